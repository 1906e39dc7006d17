/**
 * The walk's entry and its expression steps: which part of an expression carries a secret (string building,
 * conditionals, objects and arrays, wrappers), dispatching names, members and calls to their step modules.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { calleeName, describeExpression } from "../ast/describe.js";
import { callOrigin, newOrigin } from "./calls.js";
import { memberOrigin } from "./members.js";
import type { Env } from "./memo.js";
import type { Engine, SecretOrigin } from "./types.js";
import { identifierOrigin } from "./variables.js";

/**
 * How deep one walk may go before it stops and asks the cut question again from a fresh stack (see
 * `tracker.ts`): a bound on the JavaScript stack, not on what is found.
 */
export const MAX_DEPTH = 120;

/** The secret `node` holds in `env`, or `undefined`. `depth` counts the frames of this walk. */
export function evaluate(engine: Engine, node: TSESTree.Node, env: Env, depth: number): SecretOrigin | undefined {
  if (depth > MAX_DEPTH) {
    // A cached answer is final whatever the depth; only a question still open is cut.
    const cached = env.cache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    engine.memo.cut(node, env);
    return undefined;
  }
  return engine.memo.run(env, node, () => evaluateStep(engine, node, env, depth));
}

/** The first secret among `nodes`. */
export function firstSecret(engine: Engine, nodes: readonly (TSESTree.Node | null)[], env: Env, depth: number): SecretOrigin | undefined {
  for (const node of nodes) {
    if (!node) continue;
    const origin = evaluate(engine, node, env, depth + 1);
    if (origin) return origin;
  }
  return undefined;
}

/** `origin`, now describing `node`. */
export function relabel(engine: Engine, origin: SecretOrigin | undefined, node: TSESTree.Node): SecretOrigin | undefined {
  return origin && { ...origin, node, what: describeExpression(node, engine.sourceCode) };
}

/** A value built from a secret: no longer a whole credential, but still secret. */
export function derived(origin: SecretOrigin | undefined): SecretOrigin | undefined {
  return origin && (origin.whole ? { ...origin, whole: false } : origin);
}

/**
 * The operands of a chain of `+` (`a + b + c + ...`), left to right, gathered without recursion: a long
 * concatenation costs one frame, not one per operand.
 */
function plusOperands(node: TSESTree.BinaryExpression): TSESTree.Node[] {
  const right: TSESTree.Node[] = [];
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === "+") {
    right.push(current.right);
    current = current.left;
  }
  return [current, ...right.reverse()];
}

function evaluateStep(engine: Engine, node: TSESTree.Node, env: Env, depth: number): SecretOrigin | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return identifierOrigin(engine, node, env, depth);
    case AST_NODE_TYPES.MemberExpression:
      return memberOrigin(engine, node, env, depth);
    case AST_NODE_TYPES.CallExpression:
      return callOrigin(engine, node, env, depth);
    case AST_NODE_TYPES.NewExpression:
      return newOrigin(engine, node, env, depth);
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.SpreadElement:
      return evaluate(engine, node.argument, env, depth + 1);
    case AST_NODE_TYPES.TemplateLiteral:
      return derived(firstSecret(engine, node.expressions, env, depth));
    case AST_NODE_TYPES.TaggedTemplateExpression: {
      const tag = calleeName(node.tag);
      if (tag !== undefined && engine.model.isSanitizer(tag.slice(tag.lastIndexOf(".") + 1))) return undefined;
      return tag === "String.raw" ? derived(firstSecret(engine, node.quasi.expressions, env, depth)) : undefined;
    }
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === "+" ? derived(firstSecret(engine, plusOperands(node), env, depth)) : undefined;
    case AST_NODE_TYPES.LogicalExpression:
      return node.operator === "&&" ? evaluate(engine, node.right, env, depth + 1) : firstSecret(engine, [node.left, node.right], env, depth);
    case AST_NODE_TYPES.ConditionalExpression:
      return firstSecret(engine, [node.consequent, node.alternate], env, depth);
    case AST_NODE_TYPES.AssignmentExpression:
      return evaluate(engine, node.right, env, depth + 1);
    case AST_NODE_TYPES.SequenceExpression:
      return node.expressions.length > 0 ? evaluate(engine, node.expressions[node.expressions.length - 1]!, env, depth + 1) : undefined;
    case AST_NODE_TYPES.ObjectExpression: {
      const values = node.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? property.value : property));
      const origin = firstSecret(engine, values, env, depth);
      // An object holding a secret is judged field by field, like a credential (`headers.Authorization` is
      // secret, `headers["X-Region"]` is not), when it is read through something other than its literal.
      return origin && { ...origin, whole: true, ...(origin.whole ? {} : { refText: undefined }) };
    }
    case AST_NODE_TYPES.ArrayExpression:
      return firstSecret(engine, node.elements, env, depth);
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return evaluate(engine, node.expression, env, depth + 1);
    default:
      // Literals, `this`, unary and update expressions, functions and classes hold no secret of their own.
      return undefined;
  }
}
