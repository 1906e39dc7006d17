/**
 * The name-based fallback of the sink model, for receivers the origin tracker cannot trace to a library (a parameter,
 * a field of an object from elsewhere, a logger built by code the rule does not read): loggers named like loggers
 * (`log`, `logger`, `auditLog`, `this.pageLog`, `LOGGER`; not `catalog` or `dialog`), or annotated with a type named
 * like one, or made from one (`log.child()`, `taskLogger("sync")`); spans named `span` or made by a `startSpan`-like
 * call; metric instruments named like `loginCounter`.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { calleeName, memberName } from "../ast/describe.js";
import { LEVEL_METHODS } from "./loggers.js";

const { DefinitionType } = TSESLint.Scope;

/** Level methods of loggers known by name only: the levels most libraries share. */
export const NAMED_LOG_METHODS: ReadonlySet<string> = LEVEL_METHODS;
/** Methods that make a logger out of a logger; the first five also write their arguments on every line. */
export const CHILD_LOGGER_METHODS: ReadonlySet<string> = new Set(["child", "scope", "withTag", "tag", "getSubLogger", "createChild", "extend", "getLogger", "createLogger"]);
/** Names of loggers: `log`, `logger`, `auditLog`, `taskLogger`, `_log`, `LOGGER` (but not `catalog` or `dialog`). */
const LOGGER_NAME = /^(?:_*log|_*logger|logging)$|(?:[a-z0-9$])(?:Log|Logger)$|_(?:log|logger)$|^[A-Z_]*(?:LOG|LOGGER)$|logger$/;
/** Names of functions that hand out loggers: `taskLogger(...)`, `getLogger(...)`, `createLogger(...)`. */
const LOGGER_FUNCTION_NAME = /(?:^|[a-z])(?:Logger|Log)$|^(?:get|create|make|new|child)(?:Log|Logger)\w*$|^logger$/;
/** Types named like loggers. */
const LOGGER_TYPE_NAME = /Logger$|^Log$|^Debugger$/;
/** Names of spans, and of the calls that make one. */
const SPAN_NAME = /span$/i;
const SPAN_FACTORIES: ReadonlySet<string> = new Set(["startSpan", "getActiveSpan", "getSpan", "startActiveSpan"]);
/** Names of metric instruments: their `add` / `record` take attributes second. */
export const METRIC_NAME = /counter|histogram|gauge|metric|meter|instrument/i;

/** How deep the walk from a variable to its making may go. */
const MAX_DEPTH = 8;

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** What names say about receivers in one file. */
export interface NameFallback {
  /** Whether an expression is named (or made) like a logger. */
  isLogger(node: TSESTree.Node): boolean;
  /** Whether an expression is named (or made) like a span. */
  isSpan(node: TSESTree.Node): boolean;
}

/**
 * Creates the name-based fallback for one file; answers about variables are cached.
 *
 * @example
 * createNameFallback(context).isLogger(receiver); // true for `auditLog`, `this.pageLog`, `taskLogger("x")`
 */
export function createNameFallback(context: RuleContext): NameFallback {
  const sourceCode = context.sourceCode;
  const loggerCache = new WeakMap<TSESLint.Scope.Variable, boolean>();
  const variableOf = (node: TSESTree.Identifier): TSESLint.Scope.Variable | null => ASTUtils.findVariable(sourceCode.getScope(node), node);

  function isLogger(node: TSESTree.Node, depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return LOGGER_NAME.test(node.name) || isLoggerVariable(node, depth);
      case AST_NODE_TYPES.MemberExpression: {
        const name = node.computed ? undefined : memberName(node);
        return name !== undefined && LOGGER_NAME.test(name);
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression: {
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.Identifier) return LOGGER_FUNCTION_NAME.test(callee.name);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
        const method = callee.computed ? undefined : memberName(callee);
        if (method === undefined) return false;
        if (CHILD_LOGGER_METHODS.has(method) && isLogger(callee.object, depth + 1)) return true;
        return LOGGER_FUNCTION_NAME.test(method) && method !== "log";
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

  /** A variable annotated with a logger-named type, or initialised with a logger. */
  function isLoggerVariable(node: TSESTree.Identifier, depth: number): boolean {
    const variable = variableOf(node);
    if (!variable) return false;
    const cached = loggerCache.get(variable);
    if (cached !== undefined) return cached;
    loggerCache.set(variable, false);
    const result = variable.defs.some((def) => {
      if (def.type === DefinitionType.Parameter) return isLoggerAnnotation(def.name);
      if (def.type !== DefinitionType.Variable || def.node.id !== def.name) return false;
      return isLoggerAnnotation(def.name) || (def.node.init !== null && isLogger(def.node.init, depth + 1));
    });
    loggerCache.set(variable, result);
    return result;
  }

  function isSpan(node: TSESTree.Node, depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    switch (node.type) {
      case AST_NODE_TYPES.Identifier: {
        if (SPAN_NAME.test(node.name)) return true;
        const def = variableOf(node)?.defs[0];
        const init = def?.type === DefinitionType.Variable ? def.node.init : null;
        return init !== null && isSpan(init, depth + 1);
      }
      case AST_NODE_TYPES.MemberExpression: {
        const name = node.computed ? undefined : memberName(node);
        return name !== undefined && SPAN_NAME.test(name);
      }
      case AST_NODE_TYPES.CallExpression: {
        const method = calleeName(node.callee);
        return method !== undefined && SPAN_FACTORIES.has(method.slice(method.lastIndexOf(".") + 1));
      }
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
        return isSpan(node.expression, depth + 1);
      default:
        return false;
    }
  }

  return { isLogger: (node) => isLogger(node, 0), isSpan: (node) => isSpan(node, 0) };
}

function isLoggerAnnotation(name: TSESTree.Node): boolean {
  if (name.type !== AST_NODE_TYPES.Identifier || !name.typeAnnotation) return false;
  const type = name.typeAnnotation.typeAnnotation;
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const typeName = type.typeName;
  const last = typeName.type === AST_NODE_TYPES.Identifier ? typeName.name : typeName.type === AST_NODE_TYPES.TSQualifiedName ? typeName.right.name : "";
  return LOGGER_TYPE_NAME.test(last);
}
