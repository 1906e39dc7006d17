/**
 * The logging and telemetry tables merged into one role model, with the lookups the origin tracker needs: a module's
 * import, a role's member, call and `new`, and the role of a type by its declaring package.
 */
import { LOGGER_MODULES, LOGGER_ROLES, LOGGER_TYPES, type LoggerRole } from "../loggers.js";
import { TELEMETRY_MODULES, TELEMETRY_ROLES, TELEMETRY_TYPES, telemetryModule, type TelemetryRole } from "../telemetry.js";
import type { Leak, ModuleSpec, RoleSpec } from "./role-spec.js";

/** Every role a value from a logging or telemetry library can have. */
export type Role = LoggerRole | TelemetryRole;

const ROLES: Readonly<Record<Role, RoleSpec<Role>>> = { ...LOGGER_ROLES, ...TELEMETRY_ROLES };
const TYPES: Readonly<Record<string, Readonly<Record<string, Role>>>> = { ...LOGGER_TYPES, ...TELEMETRY_TYPES };

/** How an import names what it takes from a module. */
export type ImportKind = { kind: "namespace" } | { kind: "default" } | { kind: "require" } | { kind: "named"; name: string };

/** The module spec of a logging or telemetry package, or `undefined` for any other module. */
export function moduleSpec(name: string): ModuleSpec<Role> | undefined {
  if (Object.hasOwn(LOGGER_MODULES, name)) return LOGGER_MODULES[name as keyof typeof LOGGER_MODULES];
  return telemetryModule(name);
}

/** The role of what an import takes from a logging or telemetry package. */
export function importedRole(moduleName: string, imported: ImportKind): Role | undefined {
  const spec = moduleSpec(moduleName);
  if (!spec) return undefined;
  switch (imported.kind) {
    case "namespace":
      return spec.namespace;
    case "default":
      return spec.default ?? spec.namespace;
    case "require":
      return spec.require ?? spec.default ?? spec.namespace;
    case "named":
      return memberRole(spec.namespace, imported.name);
  }
}

/** The role of `value[name]`. */
export function memberRole(role: Role, name: string): Role | undefined {
  for (let current: Role | undefined = role, hops = 0; current !== undefined && hops < 4; current = ROLES[current].extends, hops++) {
    const members = ROLES[current].members;
    if (members && Object.hasOwn(members, name)) return members[name];
  }
  return undefined;
}

function inherited<K extends "call" | "construct" | "leaks" | "callbackParameter">(role: Role, key: K): RoleSpec<Role>[K] | undefined {
  for (let current: Role | undefined = role, hops = 0; current !== undefined && hops < 4; current = ROLES[current].extends, hops++) {
    const value = ROLES[current][key];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** What calling a value of `role` returns. */
export const callRole = (role: Role): Role | undefined => inherited(role, "call");
/** What `new` on a value of `role` gives. */
export const constructRole = (role: Role): Role | undefined => inherited(role, "construct");
/** What calling a value of `role` sends to a backend, if anything. */
export const leakOf = (role: Role): Leak | undefined => inherited(role, "leaks");
/** The role of the first parameter of a function passed to a call of `role`. */
export const callbackParameterRole = (role: Role): Role | undefined => inherited(role, "callbackParameter");

/** The role of a type named `typeName` declared by `packageName` (`Logger` of `pino`, `Span` of `@opentelemetry/api`). */
export function typeRole(packageName: string, typeName: string): Role | undefined {
  const table = TYPES[packageName] ?? (packageName.startsWith("@sentry/") ? TYPES["@sentry/*"] : undefined);
  return table && Object.hasOwn(table, typeName) ? table[typeName] : undefined;
}

/** Every member name of any role: a call to a method not in this set never needs the type checker. */
export const MEMBER_NAMES: ReadonlySet<string> = new Set(Object.values(ROLES).flatMap((spec) => Object.keys(spec.members ?? {})));

/** Roles a receiver can have by its type alone (the values of the type tables). */
const TYPED_ROLES: ReadonlySet<Role> = new Set(Object.values(TYPES).flatMap((table) => Object.values(table)));

/**
 * Member names worth asking the type checker about: a method of some role a type can give whose call leaks (`info`,
 * `child`, `setAttribute`, `add`). A call to any other method (`map.get`, `list.push`) never needs the checker.
 */
export const TYPED_MEMBER_NAMES: ReadonlySet<string> = new Set(
  [...TYPED_ROLES].flatMap((role) => [...MEMBER_NAMES].filter((name) => {
    const member = memberRole(role, name);
    return member !== undefined && leakOf(member) !== undefined;
  })),
);

/** Every package the tables know (`@sentry` stands for its whole scope). */
export const LIBRARY_MODULE_NAMES: readonly string[] = [...Object.keys(LOGGER_MODULES), ...Object.keys(TELEMETRY_MODULES), "@sentry"];
