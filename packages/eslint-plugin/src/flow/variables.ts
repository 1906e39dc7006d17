/**
 * Names: an identifier holds what its variable holds, and a variable holds what is written into it (every
 * definition, default value, destructuring path, `for...of` element and later assignment), answered once per
 * variable and environment. Also callback parameters (`.then((cred) => ...)`, `creds.forEach((cred) => ...)`).
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { unwrap, type FunctionNode } from "../ast/nodes.js";
import { memberName } from "../ast/describe.js";
import { annotationOf, annotationOrigin } from "./annotations.js";
import { typedOrigin } from "./branded-types.js";
import { evaluate, relabel } from "./evaluate.js";
import type { Env } from "./memo.js";
import type { Engine, PathStep, SecretOrigin } from "./types.js";

const { DefinitionType } = TSESLint.Scope;
type Variable = TSESLint.Scope.Variable;

/** The key of a property, class member or method as written (`#x` for private names), if it is static. */
export function keyName(property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | undefined {
  const key = property.key;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  return undefined;
}

/** Whether `node` is `root` or inside it. */
export function containsNode(root: TSESTree.Node, node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) if (current === root) return true;
  return false;
}

export function identifierOrigin(engine: Engine, node: TSESTree.Identifier, env: Env, depth: number): SecretOrigin | undefined {
  if (node.name === "undefined") return undefined;
  const variable = ASTUtils.findVariable(engine.sourceCode.getScope(node), node);
  if (!variable) return typedOrigin(engine, node, env);
  if (env.bindings?.has(variable)) return relabel(engine, env.bindings.get(variable), node);
  const fromVariable = engine.memo.run(env, variable, () => variableOrigin(engine, variable, env, depth));
  if (fromVariable) return relabel(engine, fromVariable, node);
  return variable.defs.some((def) => needsTypeCheck(engine, variable, def)) ? typedOrigin(engine, node, env) : undefined;
}

/**
 * Whether the syntax cannot see what a definition holds, so the checker is asked about the name itself: imports,
 * parameters, destructured names and declarations without an initialiser. A plain `const x = value` needs no
 * question of its own: the walk through `value` already asked about each opaque part of it. Nor do two kinds of
 * names the syntax answers for (asking would make the checker infer the declaration's type, often by resolving the
 * call that initialises it):
 * - a field destructured under a safe member's key (`const { username, expiresAt } = cred`): it holds what
 *   `cred.username` holds, which is safe whatever its type;
 * - a name declared with a primitive type (`host: string`, `attempt: number`) that nothing could narrow to a branded
 *   one (see {@link holdsPlainPrimitive}).
 */
function needsTypeCheck(engine: Engine, variable: Variable, def: TSESLint.Scope.Definition): boolean {
  if (def.type === DefinitionType.ImportBinding) return true;
  if (def.type !== DefinitionType.Parameter && def.type !== DefinitionType.Variable) return false;
  if (safeKeyOf(engine, def.name)) return false;
  if (def.type === DefinitionType.Variable && def.node.init !== null && def.node.id === def.name) return false;
  return !holdsPlainPrimitive(variable, def.name);
}

/** Whether `name` is bound under a key of a destructuring pattern that the model calls safe (`{ username }`). */
function safeKeyOf(engine: Engine, name: TSESTree.Node): boolean {
  const bound = name.parent?.type === AST_NODE_TYPES.AssignmentPattern && name.parent.left === name ? name.parent : name;
  const property = bound.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== bound || property.parent.type !== AST_NODE_TYPES.ObjectPattern) return false;
  const key = keyName(property);
  return key !== undefined && engine.model.isSafeMember(key);
}

/** Primitive types: none of them, nor any of their literal subtypes, carries the secret brand. */
const PRIMITIVE_TYPES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSStringKeyword,
  AST_NODE_TYPES.TSNumberKeyword,
  AST_NODE_TYPES.TSBooleanKeyword,
  AST_NODE_TYPES.TSBigIntKeyword,
  AST_NODE_TYPES.TSSymbolKeyword,
  AST_NODE_TYPES.TSUndefinedKeyword,
  AST_NODE_TYPES.TSNullKeyword,
  AST_NODE_TYPES.TSVoidKeyword,
  AST_NODE_TYPES.TSLiteralType,
]);

function isPrimitiveType(type: TSESTree.TypeNode): boolean {
  if (PRIMITIVE_TYPES.has(type.type)) return true;
  if (type.type === AST_NODE_TYPES.TSUnionType) return type.types.every(isPrimitiveType);
  return type.type === AST_NODE_TYPES.TSArrayType && isPrimitiveType(type.elementType);
}

/**
 * Whether the checker can only answer a primitive type for `name` (`host: string`, `ids: number[]`): its annotation
 * says so, and only a type guard (`isSecret(host)`, `assertSecret(host)`) or `instanceof` could narrow the name to a
 * branded subtype, which needs the name as a call's argument or `instanceof`'s operand. Assignments narrow a name
 * only within its declared type.
 */
function holdsPlainPrimitive(variable: Variable, name: TSESTree.Node): boolean {
  const type = annotationOf(name);
  if (!type || !isPrimitiveType(type)) return false;
  return variable.references.every((reference) => {
    const parent = reference.identifier.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) {
      return !parent.arguments.includes(reference.identifier as TSESTree.CallExpressionArgument);
    }
    return !(parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === "instanceof");
  });
}

/** Everything written into `variable`: the first secret among its definitions and assignments. */
function variableOrigin(engine: Engine, variable: Variable, env: Env, depth: number): SecretOrigin | undefined {
  for (const def of variable.defs) {
    const fromDef = definitionOrigin(engine, def, env, depth);
    if (fromDef) return fromDef;
  }
  for (const reference of variable.references) {
    if (!reference.isWrite() || reference.init || !reference.writeExpr) continue;
    const assignment = reference.writeExpr.parent;
    if (assignment?.type === AST_NODE_TYPES.ForOfStatement && assignment.right === reference.writeExpr) {
      const value = applyPath(engine, evaluate(engine, assignment.right, env, depth + 1), [{ kind: "element" }]);
      if (value) return value;
      continue;
    }
    const target = assignment?.type === AST_NODE_TYPES.AssignmentExpression ? assignment.left : reference.identifier;
    const value = valueAtPath(engine, reference.writeExpr, patternPath(reference.identifier, target), env, depth);
    if (value) return value;
  }
  return undefined;
}

function definitionOrigin(engine: Engine, def: TSESLint.Scope.Definition, env: Env, depth: number): SecretOrigin | undefined {
  const name = def.name;
  const annotated = annotationOrigin(engine, annotationOf(name), name);
  if (annotated) return annotated;
  // A default value (`{ token = fallback } = ...`, `(key = secret) => ...`) may be what the name holds.
  if (name.parent?.type === AST_NODE_TYPES.AssignmentPattern && name.parent.left === name) {
    const fallback = evaluate(engine, name.parent.right, env, depth + 1);
    if (fallback) return fallback;
  }
  if (def.type === DefinitionType.Parameter) return callbackParameterOrigin(engine, def.node as FunctionNode, name, env, depth);
  if (def.type !== DefinitionType.Variable) return undefined;
  const declarator = def.node;
  const path = patternPath(name, declarator.id);
  if (declarator.init) return valueAtPath(engine, declarator.init, path, env, depth);
  const loop = declarator.parent.parent;
  if (loop.type === AST_NODE_TYPES.ForOfStatement && loop.left === declarator.parent) {
    // for (const x of secrets): each element.
    return applyPath(engine, evaluate(engine, loop.right, env, depth + 1), [{ kind: "element" }, ...path]);
  }
  return undefined;
}

/** The steps from `pattern` (a declarator's id or an assignment's left side) down to `name`. */
export function patternPath(name: TSESTree.Node, pattern: TSESTree.Node): PathStep[] {
  const steps: PathStep[] = [];
  let current: TSESTree.Node = name;
  while (current !== pattern && current.parent) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === AST_NODE_TYPES.Property && parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
      steps.unshift({ kind: "key", name: keyName(parent) });
    } else if (parent.type === AST_NODE_TYPES.RestElement && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
      const excluded = parent.parent.properties.flatMap((p) => (p.type === AST_NODE_TYPES.Property ? [keyName(p)] : []));
      steps.unshift({ kind: "rest", excluded });
    } else if (parent.type === AST_NODE_TYPES.ArrayPattern) {
      steps.unshift({ kind: "element" });
    } else if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left !== current) {
      return steps;
    }
    current = parent;
  }
  return steps;
}

/** The value found by following `path` into `value`, and for defaults (`{ a = b }`) the default as well. */
function valueAtPath(engine: Engine, value: TSESTree.Node, path: readonly PathStep[], env: Env, depth: number): SecretOrigin | undefined {
  if (path.length === 0) return evaluate(engine, value, env, depth + 1);
  const first = path[0]!;
  // Destructuring an object literal: pick the property itself, so `{ a: secret, b: name }` does not taint `b`.
  const literal = unwrap(value);
  if (first.kind === "key" && first.name !== undefined && literal.type === AST_NODE_TYPES.ObjectExpression) {
    const property = propertyOfLiteral(literal, first.name);
    if (property !== "unknown") return property ? valueAtPath(engine, property, path.slice(1), env, depth) : undefined;
  }
  return applyPath(engine, evaluate(engine, value, env, depth + 1), path);
}

/** What following a destructuring path into a secret gives. */
export function applyPath(engine: Engine, origin: SecretOrigin | undefined, path: readonly PathStep[]): SecretOrigin | undefined {
  let current = origin;
  for (const step of path) {
    if (!current) return undefined;
    if (step.kind === "key") current = fieldOf(engine, current, step.name);
    else if (step.kind === "rest") {
      // `const { token, ...meta } = cred` leaves the safe fields; `const { username, ...rest } = cred` keeps the password.
      if (current.whole && step.excluded.some((name) => name !== undefined && engine.model.memberOfWhole(name) === "secret")) return undefined;
    }
    // An array element keeps what the array holds.
  }
  return current;
}

/** The property of an object literal with this key, `undefined` when it has none, `"unknown"` when a spread may add it. */
export function propertyOfLiteral(literal: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined | "unknown" {
  for (let i = literal.properties.length - 1; i >= 0; i--) {
    const property = literal.properties[i]!;
    if (property.type === AST_NODE_TYPES.SpreadElement) return "unknown";
    if (keyName(property) === name) return property.value;
    if (property.computed && keyName(property) === undefined) return "unknown";
  }
  return undefined;
}

/** What reading field `name` of a secret gives. */
export function fieldOf(engine: Engine, origin: SecretOrigin, name: string | undefined): SecretOrigin | undefined {
  if (name === undefined || /^\d+$/.test(name)) return origin; // an element of an array of credentials, or a character
  if (engine.model.isSafeMember(name)) return undefined;
  if (!origin.whole) return origin;
  return engine.model.memberOfWhole(name) === "secret" ? { ...origin, whole: false } : undefined;
}

/** A callback's parameter that receives an element or a settled value of a secret receiver. */
function callbackParameterOrigin(engine: Engine, fn: FunctionNode, name: TSESTree.Node, env: Env, depth: number): SecretOrigin | undefined {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(call.callee);
  const index = fn.params.findIndex((param) => param === name || containsNode(param, name));
  if (method === undefined || index < 0) return undefined;
  const steps = engine.model.steps;
  const fnIndex = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  const elementParameter =
    (method === steps.thenMethod && fnIndex === 0 && index === 0) ||
    (steps.elementCallbackMethods.has(method) && fnIndex === 0 && index === 0) ||
    (method === "sort" && index === 1) ||
    (method === steps.reduceMethod && fnIndex === 0 && index === 1);
  if (!elementParameter) return undefined;
  const receiver = evaluate(engine, call.callee.object, env, depth + 1);
  return applyPath(engine, receiver, patternPath(name, fn.params[index]!));
}
