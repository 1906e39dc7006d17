/**
 * Local helpers: a function declared in the file (or a method of the same class) is inlined at its call, its
 * parameters bound to what the call passes. Answers inside the helper are memoised per binding (`inlinedEnv`), so
 * a helper that refers to the same names many times costs once per name, not once per path.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { memberName } from "../ast/describe.js";
import { isFunction, type FunctionNode } from "../ast/nodes.js";
import { evaluate, relabel } from "./evaluate.js";
import { walk } from "./members.js";
import { inlinedEnv, type Env } from "./memo.js";
import type { Engine, SecretOrigin } from "./types.js";
import { applyPath, containsNode, keyName, patternPath } from "./variables.js";

const { DefinitionType } = TSESLint.Scope;
type Variable = TSESLint.Scope.Variable;

/** How many local helpers may be inlined inside each other (a recursive helper is inlined this many times). */
export const MAX_HELPER_DEPTH = 3;

/** A function declared in this file that `callee` calls: `helper(...)`, `const helper = () => ...`, `this.helper(...)`. */
export function localFunctionOf(engine: Engine, callee: TSESTree.Node): FunctionNode | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(engine.sourceCode.getScope(callee), callee);
    if (!variable || variable.defs.length !== 1) return undefined;
    const def = variable.defs[0]!;
    if (isFunction(def.node)) return def.node;
    if (def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init && isFunction(def.node.init)) return def.node.init;
    return undefined;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.ThisExpression) {
    const name = memberName(callee);
    let body: TSESTree.Node | undefined = callee.parent;
    while (body && body.type !== AST_NODE_TYPES.ClassBody) body = body.parent;
    if (!body || body.type !== AST_NODE_TYPES.ClassBody || name === undefined) return undefined;
    const method = body.body.find(
      (member): member is TSESTree.MethodDefinition => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "method" && keyName(member) === name,
    );
    return method?.value.type === AST_NODE_TYPES.FunctionExpression ? method.value : undefined;
  }
  return undefined;
}

const returnsKeys = new WeakMap<FunctionNode, object>();
/** The memo key for "what this helper returns" (the function node itself is a key for its value as an expression). */
function returnsKey(helper: FunctionNode): object {
  let key = returnsKeys.get(helper);
  if (!key) {
    key = {};
    returnsKeys.set(helper, key);
  }
  return key;
}

/** Inlines a local helper: its returns, with each parameter bound to what the call passes. */
export function helperOrigin(engine: Engine, call: TSESTree.CallExpression, helper: FunctionNode, env: Env, depth: number): SecretOrigin | undefined {
  if (env.nesting >= MAX_HELPER_DEPTH || helper.generator) return undefined;
  const scope = engine.sourceCode.scopeManager?.acquire(helper);
  if (!scope) return undefined;
  const args = helper.params.map((_, index) => {
    const argument = call.arguments[index];
    return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? evaluate(engine, argument, env, depth + 1) : undefined;
  });
  const inner = inlinedEnv(env, helper, args, () => {
    const bindings = new Map<Variable, SecretOrigin | undefined>(env.bindings ?? []);
    helper.params.forEach((param, index) => {
      const argumentOrigin = args[index];
      for (const variable of scope.variables) {
        const def = variable.defs[0];
        if (def?.type !== DefinitionType.Parameter || !containsNode(param, def.name)) continue;
        bindings.set(variable, argumentOrigin && applyPath(engine, argumentOrigin, patternPath(def.name, param)));
      }
    });
    return bindings;
  });
  const returned = engine.memo.run(inner, returnsKey(helper), () => returnsOrigin(engine, helper, inner, depth));
  if (!returned) return undefined;
  const passedSecret = args.find((arg) => arg !== undefined);
  return passedSecret ? { ...returned, node: passedSecret.node, what: passedSecret.what } : relabel(engine, returned, call);
}

/** Per function: the `return` statements of its own body (not of nested functions), found once. */
const returnsOf = new WeakMap<FunctionNode, TSESTree.ReturnStatement[]>();

function returnStatements(engine: Engine, fn: FunctionNode): TSESTree.ReturnStatement[] {
  let found = returnsOf.get(fn);
  if (!found) {
    const list: TSESTree.ReturnStatement[] = [];
    walk(engine, fn.body, (node) => {
      if (node.type === AST_NODE_TYPES.ReturnStatement) {
        list.push(node);
        return false;
      }
      return !(isFunction(node) && node !== fn);
    });
    found = list;
    returnsOf.set(fn, found);
  }
  return found;
}

/** Everything `fn` may return (its expression body, or each `return` in its own body): the first secret. */
export function returnsOrigin(engine: Engine, fn: FunctionNode, env: Env, depth: number): SecretOrigin | undefined {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return evaluate(engine, fn.body, env, depth + 1);
  for (const statement of returnStatements(engine, fn)) {
    const found = statement.argument ? evaluate(engine, statement.argument, env, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}
