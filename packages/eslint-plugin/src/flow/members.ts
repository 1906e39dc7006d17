/**
 * Member access: `cred.password` is secret when `cred` is a whole credential and the model calls the field
 * secret; `opts.password` of an object literal is that property's value; `this.token` is whatever the class
 * writes into the field.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { describeExpression, memberName } from "../ast/describe.js";
import { unwrap } from "../ast/nodes.js";
import { annotationOf, annotationOrigin } from "./annotations.js";
import { typedOrigin } from "./branded-types.js";
import { evaluate, relabel } from "./evaluate.js";
import { withoutTypes, type Env } from "./memo.js";
import type { Engine, SecretOrigin } from "./types.js";
import { fieldOf, keyName, propertyOfLiteral } from "./variables.js";

const { DefinitionType } = TSESLint.Scope;

export function memberOrigin(engine: Engine, node: TSESTree.MemberExpression, env: Env, depth: number): SecretOrigin | undefined {
  const name = memberName(node);
  if (name !== undefined && engine.model.isSafeMember(name)) return undefined;
  const object = unwrap(node.object);
  if (object.type === AST_NODE_TYPES.ThisExpression && name !== undefined) {
    const field = classFieldOrigin(engine, node, name, env, depth);
    if (field) return relabel(engine, field, node);
    return typedOrigin(engine, node, env);
  }
  // A property of an object literal held in a variable: only that property's value matters.
  const literal = literalBehind(engine, object);
  if (literal && name !== undefined) {
    const property = propertyOfLiteral(literal, name);
    if (property !== "unknown") return property ? relabel(engine, evaluate(engine, property, env, depth + 1), node) : undefined;
  }
  // The object is followed without the checker: when the syntax knows nothing about it, the member's own type
  // answers for the member, which is far cheaper than judging every field of the object's type.
  const objectOrigin = evaluate(engine, node.object, withoutTypes(env), depth + 1);
  if (objectOrigin) {
    const field = fieldOf(engine, objectOrigin, name);
    // A field the names do not settle (`summary.pass` of a custom type): its own type decides, when known.
    if (field) return { ...field, node, what: describeExpression(node, engine.sourceCode) };
    return objectOrigin.whole ? typedOrigin(engine, node, env) : undefined;
  }
  return typedOrigin(engine, node, env);
}

/** Per variable: the object literal it holds, when it is written exactly once (`null`: none). */
const literalOfVariable = new WeakMap<TSESLint.Scope.Variable, TSESTree.ObjectExpression | null>();

/** The object literal a `const` holds, when the variable is written exactly once. Read once per variable. */
function literalBehind(engine: Engine, node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  if (node.type === AST_NODE_TYPES.ObjectExpression) return node;
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(engine.sourceCode.getScope(node), node);
  if (!variable) return undefined;
  let literal = literalOfVariable.get(variable);
  if (literal === undefined) {
    literal = null;
    const def = variable.defs[0];
    if (variable.defs.length === 1 && def?.type === DefinitionType.Variable) {
      const declarator = def.node;
      // Only an object literal is worth the scan of the variable's references for a second write.
      const init = declarator.init && unwrap(declarator.init);
      if (declarator.id === def.name && init?.type === AST_NODE_TYPES.ObjectExpression && !variable.references.some((ref) => ref.isWrite() && !ref.init)) {
        literal = init;
      }
    }
    literalOfVariable.set(variable, literal);
  }
  return literal ?? undefined;
}

/** `this.name` inside a class: the field's annotation and initializer, and every `this.name = value` in the class. */
function classFieldOrigin(engine: Engine, node: TSESTree.MemberExpression, name: string, env: Env, depth: number): SecretOrigin | undefined {
  let body: TSESTree.Node | undefined = node.parent;
  while (body && body.type !== AST_NODE_TYPES.ClassBody) body = body.parent;
  if (!body || body.type !== AST_NODE_TYPES.ClassBody) return undefined;
  for (const value of fieldWritesOf(engine, body).get(name) ?? []) {
    const origin =
      value.type === AST_NODE_TYPES.PropertyDefinition || value.type === AST_NODE_TYPES.TSParameterProperty
        ? annotationOrigin(engine, annotationOf(value), value)
        : evaluate(engine, value, env, depth + 1);
    if (origin) return origin;
  }
  return undefined;
}

/** Per class: field name -> declarations and values written to `this.<name>` (walked once per class, linear). */
function fieldWritesOf(engine: Engine, body: TSESTree.ClassBody): Map<string, TSESTree.Node[]> {
  const cached = engine.classFields.get(body);
  if (cached) return cached;
  const found = new Map<string, TSESTree.Node[]>();
  const add = (name: string | undefined, value: TSESTree.Node | null | undefined): void => {
    if (name === undefined || !value) return;
    const list = found.get(name);
    if (list) list.push(value);
    else found.set(name, [value]);
  };
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition) {
      add(keyName(member), member);
      add(keyName(member), member.value);
    } else if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "constructor") {
      for (const param of member.value.params) {
        if (param.type === AST_NODE_TYPES.TSParameterProperty && param.parameter.type === AST_NODE_TYPES.Identifier) add(param.parameter.name, param);
      }
    }
  }
  walk(engine, body, (child) => {
    if (
      child.type === AST_NODE_TYPES.AssignmentExpression &&
      child.left.type === AST_NODE_TYPES.MemberExpression &&
      child.left.object.type === AST_NODE_TYPES.ThisExpression
    ) {
      add(memberName(child.left), child.right);
    }
  });
  engine.classFields.set(body, found);
  return found;
}

/**
 * Visits `root` and every node below it, stopping below a node when `visit` returns `false`. Iterative, so a
 * deeply nested file cannot overflow the stack.
 */
export function walk(engine: Engine, root: TSESTree.Node, visit: (node: TSESTree.Node) => boolean | void): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const keys = engine.sourceCode.visitorKeys[node.type] ?? [];
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[keys[k]!];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item: unknown = child[i];
          if (item && typeof item === "object" && "type" in item) stack.push(item as TSESTree.Node);
        }
      } else if (child && typeof child === "object" && "type" in child) {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}
