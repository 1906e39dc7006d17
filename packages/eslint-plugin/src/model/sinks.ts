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
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import { calleeName, describeCallee, memberName } from "../ast/describe.js";
import { unwrap } from "../ast/nodes.js";
import type { FileView } from "./origins/module-files.js";
import { leakOf, MEMBER_NAMES, typeRole, type Role } from "./origins/roles.js";
import type { Leak } from "./origins/role-spec.js";
import { createOriginTracker, type OriginTracker } from "./origins/tracker.js";
import { CHILD_LOGGER_METHODS, createNameFallback, METRIC_NAME, NAMED_LOG_METHODS, type NameFallback } from "./sink-names.js";
import { isContextExpression } from "./sources.js";

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
  /**
   * The sink a call, `new` or `throw` is, if any. `mayLeak`, when given, says whether any argument of the call can
   * hold a secret: asked (at most once) only where telling the sink needs the type checker, it lets a call that passes
   * nothing secret skip that question. Such a call may then be answered as another sink, or none; either way nothing
   * it passes is reported.
   */
  sinkOf(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.ThrowStatement, mayLeak?: () => boolean): Sink | undefined;
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
/** Error constructors: `Error`, `TypeError`, `ConnectionError`, `TimeoutException`. */
const ERROR_CONSTRUCTOR = /^[A-Z]\w*(?:Error|Exception)$|^Error$/;
/** Recording methods of spans known by name only. */
const SPAN_METHODS: ReadonlySet<string> = new Set(["setAttribute", "setAttributes", "addEvent", "recordException", "setStatus", "updateName"]);

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

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
  let names: NameFallback | undefined;
  const byName = (): NameFallback => (names ??= createNameFallback(context));
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
  function sinkByOrigin(node: TSESTree.CallExpression, mayAskTypes?: () => boolean): Sink | null | undefined {
    const callee = unwrap(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = memberName(callee);
      if (method === undefined || !MEMBER_NAMES.has(method)) return undefined;
    } else if (callee.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }
    const role = tracker().calleeRole(callee, mayAskTypes);
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

  function isGlobal(node: TSESTree.Identifier): boolean {
    const variable = variableOf(node);
    return !variable || variable.defs.length === 0;
  }

  function extraSinkMatches(name: string | undefined): boolean {
    if (name === undefined) return false;
    return extraSinks.some((sink) => name === sink || name.endsWith(`.${sink}`));
  }

  function callSink(node: TSESTree.CallExpression, mayLeak: (() => boolean) | undefined): Sink | undefined {
    // `log.info("starting")`, `span.end()`: nothing but literals can hold no secret, whatever the callee is.
    if (node.arguments.every(isConstant)) return undefined;
    const callee = node.callee.type === AST_NODE_TYPES.ChainExpression ? node.callee.expression : node.callee;
    const name = calleeName(callee);
    const args = node.arguments;
    if (extraSinkMatches(name)) return { kind: "log", name: text(callee), values: args };
    if (callee.type === AST_NODE_TYPES.Identifier) {
      if (errorSinks && ERROR_CONSTRUCTOR.test(callee.name) && isGlobal(callee)) return { kind: "error", name: callee.name, values: args };
      return sinkByOrigin(node) ?? undefined;
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
    // Names decide what the origin tracker cannot tell. A call they make a sink has its arguments read in any case,
    // so those are read first: when none can hold a secret, the receiver's type is not asked for (it would decide
    // only which sink reports nothing).
    let named: Sink | null | undefined;
    const byNames = (): Sink | undefined => {
      if (named === undefined) named = nameSink(receiver, method, display, args) ?? null;
      return named ?? undefined;
    };
    const byOrigin = sinkByOrigin(node, mayLeak && (() => byNames() === undefined || mayLeak()));
    if (byOrigin !== undefined) return byOrigin ?? undefined;
    return byNames();
  }

  /** The sink a method call is by the names of its receiver and method, for a receiver not traced to a library. */
  function nameSink(receiver: TSESTree.Expression, method: string, display: string, args: TSESTree.CallExpressionArgument[]): Sink | undefined {
    if (CHILD_LOGGER_METHODS.has(method) && method !== "extend" && method !== "getLogger" && method !== "createLogger" && byName().isLogger(receiver)) {
      // `log.child({ token })`: a child logger writes its bindings on every line.
      return { kind: "log", name: display, values: args };
    }
    if (telemetrySinks && SPAN_METHODS.has(method) && byName().isSpan(receiver)) return { kind: "telemetry", name: display, values: args };
    if (telemetrySinks && (method === "add" || method === "record") && METRIC_NAME.test(text(receiver))) {
      return { kind: "telemetry", name: display, values: args.slice(1) };
    }
    if (NAMED_LOG_METHODS.has(method) && byName().isLogger(receiver)) return { kind: "log", name: display, values: args };
    return undefined;
  }

  return {
    sinkOf(node, mayLeak) {
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
      return callSink(node, mayLeak);
    },
  };
}

/** A literal, or a template literal with nothing interpolated. */
function isConstant(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal || (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0);
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
function typedRoles(context: RuleContext): ((node: TSESTree.Node) => Role | null | undefined) | undefined {
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
    if (!tsNode) return undefined;
    const type = checker.getTypeAtLocation(tsNode);
    // `any` / `unknown`: the type says nothing, so the caller may look further (read the file it comes from).
    return (type.flags & ANY_OR_UNKNOWN) !== 0 ? null : roleOfType(type, 0);
  };
}

/** `ts.TypeFlags.Any | ts.TypeFlags.Unknown`, spelled out so the plugin loads without TypeScript installed. */
const ANY_OR_UNKNOWN = 1 | 2;

/**
 * The package and type name in a fully qualified name: `"pino".Logger` (an ambient module),
 * `"/app/node_modules/winston/index".winston.Logger`, `"/app/node_modules/@types/debug/index".debug.Debugger`.
 */
export function declaringPackage(qualified: string): { packageName: string; typeName: string } | undefined {
  const match = /^"([^"]+)"\.(?:.*\.)?([^.]+)$/.exec(qualified);
  if (!match) return undefined;
  const [, module, typeName] = match as unknown as [string, string, string];
  // The last node_modules segment names the package (found without a regex that rescans from every start).
  const marker = module.lastIndexOf("/node_modules/");
  const inNodeModules = marker < 0 ? null : /^(?:@[^/]+\/)?[^/]+/.exec(module.slice(marker + "/node_modules/".length));
  if (!inNodeModules) return module.startsWith("/") || module.startsWith(".") || /^[A-Za-z]:/.test(module) ? undefined : { packageName: module, typeName };
  let packageName = inNodeModules[0];
  if (packageName.startsWith("@types/")) {
    const bare = packageName.slice("@types/".length);
    packageName = bare.includes("__") ? `@${bare.replace("__", "/")}` : bare;
  }
  return { packageName, typeName };
}
