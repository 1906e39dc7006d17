/**
 * Where a value leaks when it is passed in: log calls (console, process streams, app and library loggers),
 * error messages, and telemetry (span and metric attributes, error trackers).
 *
 * Loggers, spans, instruments and error trackers are recognised by **where they come from**: the origin tracker
 * (`model/origins/`) follows a receiver back to a logging or telemetry library (`model/loggers.ts`,
 * `model/telemetry.ts`) through imports under any name, other files of the project, aliases, destructuring, class
 * fields, factories and `.child()`, and, with type information, through the package that declares the receiver's
 * type. What the tracker cannot see falls back to names (`logger`, `log`, `auditLog`, `span`, `loginCounter`).
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import { calleeName, describeCallee, memberName } from "../ast/describe.js";
import { unwrap } from "../ast/nodes.js";
import type { FileView } from "./origins/module-files.js";
import { leakOf, MEMBER_NAMES, typeRole, type Role } from "./origins/roles.js";
import type { Leak } from "./origins/role-spec.js";
import { createOriginTracker, type OriginTracker } from "./origins/tracker.js";
import { isContextExpression } from "./sources.js";

const { DefinitionType } = TSESLint.Scope;

/** What kind of place a sink is; rules give each its own message so teams can tune them. */
export type SinkKind = "log" | "error" | "telemetry";

export interface Sink {
  readonly kind: SinkKind;
  /** The sink as written, for messages: `logger.info`, `console.log`, `new Error`, `throw`, `span.setAttribute`. */
  readonly name: string;
  /** The arguments whose values leak. */
  readonly values: readonly TSESTree.Node[];
}

export interface SinkOptions {
  /** Extra sinks by dotted callee name (`audit.record`, `reportToSlack`); a name matches that callee or any ending in it. */
  readonly sinks?: readonly string[];
  /** Whether error constructors and `throw` count. Default true. */
  readonly errorSinks?: boolean;
  /** Whether span and metric attributes count. Default true. */
  readonly telemetrySinks?: boolean;
}

export interface SinkMatcher {
  /** The sink a call, `new` or `throw` is, if any. */
  sinkOf(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.ThrowStatement): Sink | undefined;
}

/** Methods of `console` that print their arguments (`assert` prints all but the first). */
const CONSOLE_METHODS: ReadonlySet<string> = new Set([
  "log",
  "info",
  "debug",
  "warn",
  "error",
  "trace",
  "dir",
  "dirxml",
  "table",
  "assert",
  "group",
  "groupCollapsed",
  "timeLog",
  "count",
]);
/** Level methods of loggers named like loggers (the name-based fallback). */
const LOG_METHODS: ReadonlySet<string> = new Set([
  "trace",
  "debug",
  "info",
  "warn",
  "warning",
  "error",
  "fatal",
  "log",
  "verbose",
  "silly",
  "notice",
  "critical",
  "crit",
  "alert",
  "emerg",
  "emergency",
  "http",
  "success",
  "fail",
  "write",
]);
/** Modules whose default export, namespace or calls are loggers. */
const LOGGING_MODULES: ReadonlySet<string> = new Set([
  "pino",
  "winston",
  "bunyan",
  "log4js",
  "loglevel",
  "debug",
  "npmlog",
  "consola",
  "signale",
  "tslog",
  "roarr",
  "@nestjs/common",
  "electron-log",
]);
/** Methods that make a logger out of a logger. */
const LOGGER_FACTORY_METHODS: ReadonlySet<string> = new Set(["child", "getLogger", "createLogger", "extend", "scope", "withTag", "tag", "getSubLogger", "createChild"]);
/** Names of loggers: `log`, `logger`, `auditLog`, `taskLogger`, `_log`, `LOGGER` (but not `catalog` or `dialog`). */
const LOGGER_NAME = /^(?:_*log|_*logger|logging)$|(?:[a-z0-9$])(?:Log|Logger)$|_(?:log|logger)$|^[A-Z_]*(?:LOG|LOGGER)$|logger$/;
/** Names of functions that hand out loggers: `taskLogger(...)`, `getLogger(...)`, `createLogger(...)`. */
const LOGGER_FUNCTION_NAME = /(?:^|[a-z])(?:Logger|Log)$|^(?:get|create|make|new|child)(?:Log|Logger)\w*$|^logger$/;
/** Names of spans. */
const SPAN_NAME = /span$/i;
const SPAN_FACTORIES: ReadonlySet<string> = new Set(["startSpan", "getActiveSpan", "getSpan", "startActiveSpan"]);
const TELEMETRY_METHODS: ReadonlySet<string> = new Set(["setAttribute", "setAttributes", "addEvent", "recordException", "setStatus", "updateName"]);
/** Error-tracking calls that send their arguments to a service (`Sentry.captureMessage`, `Sentry.setContext`). */
const ERROR_TRACKER_METHODS: ReadonlySet<string> = new Set([
  "captureMessage",
  "captureException",
  "captureEvent",
  "setContext",
  "setExtra",
  "setExtras",
  "setTag",
  "setTags",
  "setUser",
  "addBreadcrumb",
]);
/** Metric instruments take attributes as their second argument: `counter.add(1, attrs)`, `histogram.record(ms, attrs)`. */
const METRIC_NAME = /counter|histogram|gauge|metric|meter|instrument/i;
const ERROR_CONSTRUCTOR = /^[A-Z]\w*(?:Error|Exception)$|^Error$/;

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** How deep the walk from a logger variable to its making may go. */
const MAX_DEPTH = 8;

/**
 * Creates the sink matcher for one file (answers about variables are cached).
 *
 * @example
 * const sinks = createSinkMatcher(context, { sinks: ["audit.record"] });
 * const sink = sinks.sinkOf(callNode);   // { kind: "log", name: "logger.info", values: [...] }
 */
export function createSinkMatcher(context: RuleContext, options: SinkOptions = {}): SinkMatcher {
  const sourceCode = context.sourceCode;
  const extraSinks = options.sinks ?? [];
  const errorSinks = options.errorSinks ?? true;
  const telemetrySinks = options.telemetrySinks ?? true;
  const loggerCache = new WeakMap<TSESLint.Scope.Variable, boolean>();
  let origins: OriginTracker | undefined;
  const tracker = (): OriginTracker =>
    (origins ??= createOriginTracker(fileViewOf(context), {
      typeRoleOf: typedRoles(context),
      isContext: (node) => isContextExpression(node, context),
    }));

  /**
   * The sink a call is by where its callee comes from: `undefined` when the tracker does not know the callee (the
   * name-based fallback decides), `null` when it knows it and the call leaks nothing (`span.end()`).
   */
  function sinkByOrigin(node: TSESTree.CallExpression): Sink | null | undefined {
    const callee = unwrap(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = memberName(callee);
      if (method === undefined || !MEMBER_NAMES.has(method)) return undefined;
    } else if (callee.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }
    const role = tracker().calleeRole(callee);
    if (role === undefined) return undefined;
    const leak = leakOf(role);
    if (!leak || (leak.kind === "telemetry" && !telemetrySinks)) return null;
    const values = leakedValues(node.arguments, leak);
    return values.length > 0 ? { kind: leak.kind, name: describeCallee(callee, sourceCode), values } : null;
  }

  // Names in messages come from identifiers and property names only (`caches[…].store`), never a literal.
  const text = (node: TSESTree.Node): string => describeCallee(node, sourceCode);

  function variableOf(node: TSESTree.Identifier): TSESLint.Scope.Variable | null {
    return ASTUtils.findVariable(sourceCode.getScope(node), node);
  }

  /** The module an identifier is imported from, if any. */
  function importedFrom(node: TSESTree.Identifier): string | undefined {
    const def = variableOf(node)?.defs[0];
    return def?.type === DefinitionType.ImportBinding ? (def.parent as TSESTree.ImportDeclaration).source.value : undefined;
  }

  /** The logging module an identifier is imported or required from, if any. */
  function loggingModuleOf(node: TSESTree.Identifier): string | undefined {
    const variable = variableOf(node);
    const def = variable?.defs[0];
    if (!def) return undefined;
    if (def.type === DefinitionType.ImportBinding) {
      const declaration = def.parent as TSESTree.ImportDeclaration;
      return LOGGING_MODULES.has(declaration.source.value) ? declaration.source.value : undefined;
    }
    if (def.type === DefinitionType.Variable) {
      const init = def.node.init;
      const required = init ? requiredModule(init) : undefined;
      return required !== undefined && LOGGING_MODULES.has(required) ? required : undefined;
    }
    return undefined;
  }

  function requiredModule(node: TSESTree.Node): string | undefined {
    let current = node;
    if (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
    if (
      current.type === AST_NODE_TYPES.CallExpression &&
      current.callee.type === AST_NODE_TYPES.Identifier &&
      current.callee.name === "require" &&
      current.arguments[0]?.type === AST_NODE_TYPES.Literal &&
      typeof current.arguments[0].value === "string"
    ) {
      return current.arguments[0].value;
    }
    return undefined;
  }

  /** Whether an expression is a logger (or a logging module used as one: `winston.info`, `log.warn` from loglevel). */
  function isLogger(node: TSESTree.Node, depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    switch (node.type) {
      case AST_NODE_TYPES.Identifier: {
        if (LOGGER_NAME.test(node.name)) return true;
        if (loggingModuleOf(node) !== undefined) return true;
        const variable = variableOf(node);
        if (!variable) return false;
        const cached = loggerCache.get(variable);
        if (cached !== undefined) return cached;
        loggerCache.set(variable, false);
        const result = variable.defs.some((def) => {
          if (def.type === DefinitionType.Parameter) return isLoggerAnnotation(def.name);
          if (def.type !== DefinitionType.Variable) return false;
          const declarator = def.node;
          if (declarator.id !== def.name) return false;
          return isLoggerAnnotation(def.name) || (declarator.init !== null && isLogger(declarator.init, depth + 1));
        });
        loggerCache.set(variable, result);
        return result;
      }
      case AST_NODE_TYPES.MemberExpression: {
        const name = !node.computed && node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
        if (name !== undefined && LOGGER_NAME.test(name)) return true;
        // `winston.default`, `pino.pino`: a module's export is the module's logger factory.
        return node.object.type === AST_NODE_TYPES.Identifier && loggingModuleOf(node.object) !== undefined;
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression: {
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.Identifier) {
          return LOGGER_FUNCTION_NAME.test(callee.name) || loggingModuleOf(callee) !== undefined || requiredModule(node) !== undefined && LOGGING_MODULES.has(requiredModule(node)!);
        }
        if (callee.type === AST_NODE_TYPES.CallExpression) return requiredModule(callee) !== undefined && LOGGING_MODULES.has(requiredModule(callee)!);
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          const method = !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : undefined;
          if (method === undefined) return false;
          if (LOGGER_FACTORY_METHODS.has(method) && isLogger(callee.object, depth + 1)) return true;
          if (LOGGER_FUNCTION_NAME.test(method) && method !== "log") return true;
          return callee.object.type === AST_NODE_TYPES.Identifier && loggingModuleOf(callee.object) !== undefined && !LOG_METHODS.has(method);
        }
        return false;
      }
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.ChainExpression:
        return isLogger(node.expression, depth + 1);
      case AST_NODE_TYPES.AwaitExpression:
        return isLogger(node.argument, depth + 1);
      default:
        return false;
    }
  }

  function isLoggerAnnotation(name: TSESTree.Node): boolean {
    if (name.type !== AST_NODE_TYPES.Identifier || !name.typeAnnotation) return false;
    const type = name.typeAnnotation.typeAnnotation;
    if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
    const typeName = type.typeName.type === AST_NODE_TYPES.Identifier ? type.typeName.name : type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right.name : "";
    return /Logger$|^Log$|^Debugger$/.test(typeName);
  }

  /** `const span = tracer.startSpan(...)`, a parameter named `span`, `trace.getActiveSpan()`. */
  function isSpan(node: TSESTree.Node, depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    if (node.type === AST_NODE_TYPES.Identifier) {
      if (SPAN_NAME.test(node.name)) return true;
      const def = variableOf(node)?.defs[0];
      const init = def?.type === DefinitionType.Variable ? def.node.init : null;
      return init !== null && isSpan(init, depth + 1);
    }
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      return !node.computed && node.property.type === AST_NODE_TYPES.Identifier && SPAN_NAME.test(node.property.name);
    }
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const method = calleeName(node.callee);
      return method !== undefined && SPAN_FACTORIES.has(method.slice(method.lastIndexOf(".") + 1));
    }
    if (node.type === AST_NODE_TYPES.ChainExpression || node.type === AST_NODE_TYPES.TSNonNullExpression) return isSpan(node.expression, depth + 1);
    return false;
  }

  /** `debug("ns")` from the `debug` package (and `.extend("sub")` of one): the instance is called directly. */
  function isCallableLogger(node: TSESTree.Node, depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    if (node.type === AST_NODE_TYPES.Identifier) {
      const def = variableOf(node)?.defs[0];
      const init = def?.type === DefinitionType.Variable ? def.node.init : null;
      return init !== null && isCallableLogger(init, depth + 1);
    }
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    const factory = node.callee;
    if (factory.type === AST_NODE_TYPES.Identifier) return loggingModuleOf(factory) === "debug";
    if (factory.type === AST_NODE_TYPES.CallExpression) return requiredModule(factory) === "debug";
    if (factory.type === AST_NODE_TYPES.MemberExpression && !factory.computed && factory.property.type === AST_NODE_TYPES.Identifier) {
      return factory.property.name === "extend" && isCallableLogger(factory.object, depth + 1);
    }
    return false;
  }

  function isGlobal(node: TSESTree.Identifier): boolean {
    const variable = variableOf(node);
    return !variable || variable.defs.length === 0;
  }

  function extraSinkMatches(name: string | undefined): boolean {
    if (name === undefined) return false;
    return extraSinks.some((sink) => name === sink || name.endsWith(`.${sink}`));
  }

  function callSink(node: TSESTree.CallExpression): Sink | undefined {
    const callee = node.callee.type === AST_NODE_TYPES.ChainExpression ? node.callee.expression : node.callee;
    const name = calleeName(callee);
    const args = node.arguments;
    if (extraSinkMatches(name)) return { kind: "log", name: text(callee), values: args };
    if (callee.type === AST_NODE_TYPES.Identifier) {
      if (errorSinks && ERROR_CONSTRUCTOR.test(callee.name) && isGlobal(callee)) return { kind: "error", name: callee.name, values: args };
      const byOrigin = sinkByOrigin(node);
      if (byOrigin !== undefined) return byOrigin ?? undefined;
      if (isCallableLogger(callee, 0)) return { kind: "log", name: callee.name, values: args };
      return undefined;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : undefined;
    if (method === undefined) return undefined;
    const receiver = callee.object;
    const display = `${text(receiver)}.${method}`;
    if (receiver.type === AST_NODE_TYPES.Identifier && receiver.name === "console" && isGlobal(receiver)) {
      if (!CONSOLE_METHODS.has(method)) return undefined;
      return { kind: "log", name: display, values: method === "assert" ? args.slice(1) : args };
    }
    if (method === "write" && receiver.type === AST_NODE_TYPES.MemberExpression) {
      const stream = calleeName(receiver);
      if (stream === "process.stdout" || stream === "process.stderr") return { kind: "log", name: display, values: args.slice(0, 1) };
    }
    const byOrigin = sinkByOrigin(node);
    if (byOrigin !== undefined) return byOrigin ?? undefined;
    if (LOGGER_FACTORY_METHODS.has(method) && method !== "getLogger" && method !== "createLogger" && isLogger(receiver, 0)) {
      // `log.child({ token })`: a child logger writes its bindings on every line.
      return { kind: "log", name: display, values: args };
    }
    if (telemetrySinks && TELEMETRY_METHODS.has(method) && isSpan(receiver, 0)) return { kind: "telemetry", name: display, values: args };
    if (telemetrySinks && ERROR_TRACKER_METHODS.has(method) && receiver.type === AST_NODE_TYPES.Identifier && importedFrom(receiver)?.startsWith("@sentry/")) {
      return { kind: "telemetry", name: display, values: args };
    }
    if (telemetrySinks && (method === "add" || method === "record") && METRIC_NAME.test(text(receiver))) {
      return { kind: "telemetry", name: display, values: args.slice(1) };
    }
    if (LOG_METHODS.has(method) && method !== "write" && isLogger(receiver, 0)) return { kind: "log", name: display, values: args };
    return undefined;
  }

  return {
    sinkOf(node) {
      if (node.type === AST_NODE_TYPES.ThrowStatement) {
        if (!errorSinks) return undefined;
        const argument = node.argument;
        // `throw new Error(...)` is reported at the constructor.
        if (argument.type === AST_NODE_TYPES.NewExpression || argument.type === AST_NODE_TYPES.CallExpression) return undefined;
        return { kind: "error", name: "throw", values: [argument] };
      }
      if (node.type === AST_NODE_TYPES.NewExpression) {
        const name = calleeName(node.callee);
        if (extraSinkMatches(name)) return { kind: "log", name: `new ${text(node.callee)}`, values: node.arguments };
        if (!errorSinks || name === undefined) return undefined;
        const last = name.slice(name.lastIndexOf(".") + 1);
        return ERROR_CONSTRUCTOR.test(last) ? { kind: "error", name: `new ${text(node.callee)}`, values: node.arguments } : undefined;
      }
      return callSink(node);
    },
  };
}

/** The arguments of a call that reach the backend. */
function leakedValues(args: readonly TSESTree.CallExpressionArgument[], leak: Leak): TSESTree.Node[] {
  const from = args.slice(leak.fromArgument ?? 0);
  const fields = leak.fields;
  if (!fields) return from;
  const values: TSESTree.Node[] = [];
  for (const argument of from) {
    if (argument.type !== AST_NODE_TYPES.ObjectExpression) continue;
    for (const property of argument.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = property.computed ? undefined : property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : undefined;
      if (key !== undefined && fields.includes(key)) values.push(property.value);
    }
  }
  return values;
}

/** The linted file as the origin tracker reads it. */
function fileViewOf(context: RuleContext): FileView {
  const sourceCode = context.sourceCode;
  return {
    filename: context.filename,
    program: sourceCode.ast,
    variableOf: (identifier) => ASTUtils.findVariable(sourceCode.getScope(identifier), identifier),
  };
}

/**
 * With type information: the role of an expression from its type's declaring package (`Logger` declared by
 * `winston`, `Span` by `@opentelemetry/api`), so a logger made in another file and reached through any path is known.
 */
function typedRoles(context: RuleContext): ((node: TSESTree.Node) => Role | undefined) | undefined {
  const services = context.sourceCode.parserServices;
  const map = services?.esTreeNodeToTSNodeMap;
  if (!services?.program || !map) return undefined;
  const checker = services.program.getTypeChecker();
  const byType = new Map<ts.Type, Role | null>();
  const roleOfType = (type: ts.Type, depth: number): Role | undefined => {
    const cached = byType.get(type);
    if (cached !== undefined) return cached ?? undefined;
    byType.set(type, null);
    let found: Role | undefined;
    for (const symbol of [type.aliasSymbol, type.getSymbol()]) {
      if (!symbol) continue;
      const declared = declaringPackage(checker.getFullyQualifiedName(symbol));
      found = declared && typeRole(declared.packageName, declared.typeName);
      if (found) break;
    }
    if (!found && depth < 3 && type.isUnionOrIntersection()) {
      for (const member of type.types) {
        found = roleOfType(member, depth + 1);
        if (found) break;
      }
    }
    byType.set(type, found ?? null);
    return found;
  };
  return (node) => {
    const tsNode = map.get(node);
    return tsNode ? roleOfType(checker.getTypeAtLocation(tsNode), 0) : undefined;
  };
}

/**
 * The package and type name in a fully qualified name: `"pino".Logger` (an ambient module),
 * `"/app/node_modules/winston/index".winston.Logger`, `"/app/node_modules/@types/debug/index".debug.Debugger`.
 */
export function declaringPackage(qualified: string): { packageName: string; typeName: string } | undefined {
  const match = /^"([^"]+)"\.(?:.*\.)?([^.]+)$/.exec(qualified);
  if (!match) return undefined;
  const [, module, typeName] = match as unknown as [string, string, string];
  const inNodeModules = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (!inNodeModules) return module.startsWith("/") || module.startsWith(".") || /^[A-Za-z]:/.test(module) ? undefined : { packageName: module, typeName };
  let packageName = inNodeModules[1]!;
  if (packageName.startsWith("@types/")) {
    const bare = packageName.slice("@types/".length);
    packageName = bare.includes("__") ? `@${bare.replace("__", "/")}` : bare;
  }
  return { packageName, typeName };
}
