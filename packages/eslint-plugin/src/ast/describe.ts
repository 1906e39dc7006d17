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
  return capText(describe(node, sourceCode), MAX_DESCRIPTION);
}

/** Longest description a message quotes; longer ones are cut with `…`. */
export const MAX_DESCRIPTION = 60;

/**
 * Cuts `text` to at most `max` characters with `…`, keeping its start, or its end with `keep: "end"` (the method
 * at the end of a long chain is the part that names a sink).
 */
export function capText(text: string, max: number, keep: "start" | "end" = "start"): string {
  if (text.length <= max) return text;
  return keep === "end" ? `…${text.slice(text.length - max + 1)}` : `${text.slice(0, max - 1)}…`;
}

/**
 * A callee or receiver for messages (`logger.info`, `caches[…].sessionStore`, `loadCrypto(…).createHmac`): like
 * `describeExpression` but cut from the start, so the method at the end stays readable.
 */
export function describeCallee(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  return capText(describe(node, sourceCode), MAX_DESCRIPTION, "end");
}

/**
 * A class member's or property's key for messages: an identifier or `#private` name as written; a string, number
 * or computed key becomes `[…]`, since a key can be any text, a hard-coded secret included.
 *
 * @example
 * describeKey(parse("class A { ['sk_live_…']() {} }").key, true); // "[…]"
 */
export function describeKey(key: TSESTree.Node, computed: boolean): string {
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return capText(key.name, MAX_DESCRIPTION);
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return capText(`#${key.name}`, MAX_DESCRIPTION);
  return "[…]";
}

/**
 * Type text for messages (from `checker.typeToString`): every string or template literal type becomes `"…"`, so
 * `Secret<"sk_live_…">` reads `Secret<"…">`; capped at `max` characters.
 *
 * @example
 * describeTypeText('Secret<"sk_live_abc">'); // 'Secret<"…">'
 */
export function describeTypeText(text: string, max = 40): string {
  const placeholders = text.replace(/"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|`(?:[^`\\]|\\.)*`?/g, '"…"');
  return capText(placeholders, max);
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


/**
 * Whether a node is a chain of plain names (`input`, `this.input.db`, `Input.#ref`), with no computed member, call
 * or literal anywhere, so its source text can be quoted in a message as it is.
 */
export function isPlainChain(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.ThisExpression) return true;
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    (node.property.type === AST_NODE_TYPES.Identifier || node.property.type === AST_NODE_TYPES.PrivateIdentifier) &&
    isPlainChain(node.object)
  );
}
