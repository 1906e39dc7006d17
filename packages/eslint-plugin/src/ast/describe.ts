/*
 * How code is named in rule messages: identifiers and property names only. A string literal, a computed key or
 * any other expression becomes a placeholder, so a hard-coded secret is never copied into a message.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

/**
 * Text of `what` for messages: identifiers and property names only, so a literal (which might hold a
 * hard-coded secret) is never copied into a message.
 */
export function describeExpression(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = describe(node, sourceCode);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function describe(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name;
    case AST_NODE_TYPES.ThisExpression:
      return "this";
    case AST_NODE_TYPES.PrivateIdentifier:
      return `#${node.name}`;
    case AST_NODE_TYPES.MemberExpression: {
      const object = describe(node.object, sourceCode);
      if (!node.computed) return `${object}${node.optional ? "?." : "."}${describe(node.property, sourceCode)}`;
      if (node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === "number") return `${object}[${node.property.value}]`;
      if (node.property.type === AST_NODE_TYPES.Identifier) return `${object}[${node.property.name}]`;
      return `${object}[…]`;
    }
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.AwaitExpression:
      return describe(node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node.expression, sourceCode);
    case AST_NODE_TYPES.CallExpression:
      return `${describe(node.callee, sourceCode)}(…)`;
    case AST_NODE_TYPES.NewExpression:
      return `new ${describe(node.callee, sourceCode)}(…)`;
    case AST_NODE_TYPES.TemplateLiteral:
      return "`…`";
    case AST_NODE_TYPES.ObjectExpression:
      return "{…}";
    case AST_NODE_TYPES.ArrayExpression:
      return "[…]";
    default:
      return "…";
  }
}

/** The static name of a member's property (`a.b`, `a["b"]`, `a[0]` -> "0"), or `undefined` when computed. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : node.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${node.property.name}` : undefined;
  if (node.property.type === AST_NODE_TYPES.Literal) return String(node.property.value);
  return undefined;
}

/** The dotted name of a callee (`JSON.stringify`, `this.helper`), `undefined` when it is not a plain chain. */
export function calleeName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.ThisExpression) return "this";
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(node);
    const object = calleeName(node.object);
    return name === undefined || object === undefined ? undefined : `${object}.${name}`;
  }
  return undefined;
}

