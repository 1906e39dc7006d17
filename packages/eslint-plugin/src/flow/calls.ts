/**
 * Calls: sources, sanitizers, library steps (`slice`, `JSON.stringify`, `Promise.all`), callbacks whose returns
 * make the result (`then`, `map`), local helpers (inlined, see `helpers.ts`) and, with type information,
 * functions of other files (summarised once, see `summaries.ts`).
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { calleeName, describeExpression, isPlainChain, memberName } from "../ast/describe.js";
import { isFunction, unwrap } from "../ast/nodes.js";
import { typedOrigin } from "./branded-types.js";
import { derived, evaluate, firstSecret, relabel } from "./evaluate.js";
import { helperOrigin, localFunctionOf, returnsOrigin } from "./helpers.js";
import type { Env } from "./memo.js";
import { summaryOrigin } from "./summaries.js";
import type { Engine, SecretOrigin } from "./types.js";

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf(".") + 1);
}

export function newOrigin(engine: Engine, node: TSESTree.NewExpression, env: Env, depth: number): SecretOrigin | undefined {
  const name = calleeName(node.callee);
  if (name !== undefined && engine.model.steps.propagatingConstructors.has(lastSegment(name))) return derived(firstSecret(engine, node.arguments, env, depth));
  return typedOrigin(engine, node, env);
}

/** The origin a source call hands out. */
function sourceOrigin(engine: Engine, node: TSESTree.CallExpression): SecretOrigin | undefined {
  const source = engine.model.sourceOf(node, engine.sourceCode);
  if (!source) return undefined;
  // Only a chain of plain names is quoted back (in a suggestion): `input["…"]` could hold any text.
  const refText = source.ref && isPlainChain(source.ref) ? engine.sourceCode.getText(source.ref) : undefined;
  return {
    what: describeExpression(node, engine.sourceCode),
    from: `from ${source.label} at line ${node.loc.start.line}`,
    node,
    whole: source.whole,
    ...(refText !== undefined && { refText }),
  };
}

export function callOrigin(engine: Engine, node: TSESTree.CallExpression, env: Env, depth: number): SecretOrigin | undefined {
  const source = sourceOrigin(engine, node);
  if (source) return source;
  const { model } = engine;
  const callee = unwrap(node.callee);
  const name = calleeName(callee);
  // The called function's own name decides, also at the end of a chain (`createHash("sha256").update(x).digest()`).
  const ownName = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : name;
  if (ownName !== undefined && model.isSanitizer(ownName)) return undefined;
  if (name !== undefined && model.nonPropagatingFunctions.has(name)) return undefined;
  if (name !== undefined && model.steps.propagatingFunctions.has(name)) {
    const origin = firstSecret(engine, node.arguments, env, depth);
    return model.steps.elementKeepingFunctions.has(name) ? origin : derived(origin);
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = memberName(callee);
    if (method !== undefined) {
      const viaMethod = methodCallOrigin(engine, node, callee, method, env, depth);
      if (viaMethod !== "unknown") return viaMethod;
    }
    // `cred.isExpired()`, `client.baseUrl`: safe members need no checker.
    if (model.isSafeMember(method ?? "")) return undefined;
  }
  const helper = localFunctionOf(engine, callee);
  if (helper) return helperOrigin(engine, node, helper, env, depth);
  return typedOrigin(engine, node, env) ?? summaryOrigin(engine, node, env, depth);
}

function methodCallOrigin(
  engine: Engine,
  node: TSESTree.CallExpression,
  callee: TSESTree.MemberExpression,
  method: string,
  env: Env,
  depth: number,
): SecretOrigin | undefined | "unknown" {
  const { model } = engine;
  const steps = model.steps;
  if (method === steps.thenMethod) {
    const callback = node.arguments[0];
    return isFunction(callback) ? relabel(engine, returnsOrigin(engine, callback, env, depth), node) : undefined;
  }
  if (model.isSecretMethod(method)) {
    const receiver = evaluate(engine, callee.object, env, depth + 1);
    if (receiver) return { ...receiver, whole: false, node, what: describeExpression(node, engine.sourceCode) };
    return "unknown";
  }
  if (method === "replace" || method === "replaceAll") {
    if (model.isFullMask(node)) return undefined;
    return derived(firstSecret(engine, [callee.object, node.arguments[1] ?? null], env, depth));
  }
  if (method === "toString" && node.arguments.length > 0) {
    // `buffer.toString("base64")` still encodes the secret; `n.toString(16)` of a number does too.
    return derived(evaluate(engine, callee.object, env, depth + 1));
  }
  if (steps.propagatingMethods.has(method)) {
    const receiver = evaluate(engine, callee.object, env, depth + 1);
    const origin = receiver ?? (method === "concat" ? firstSecret(engine, node.arguments, env, depth) : undefined);
    if (!origin) return "unknown";
    return steps.elementKeepingMethods.has(method) ? origin : derived(origin);
  }
  if (steps.mappingMethods.has(method)) {
    const callback = node.arguments[0];
    if (isFunction(callback)) {
      const returned = returnsOrigin(engine, callback, env, depth);
      return returned ? relabel(engine, returned, node) : undefined;
    }
    return "unknown";
  }
  if (steps.elementKeepingMethods.has(method)) {
    const receiver = evaluate(engine, callee.object, env, depth + 1);
    return receiver ?? "unknown";
  }
  return "unknown";
}
