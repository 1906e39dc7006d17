/**
 * The static text of string-like nodes. A template literal's `${...}` parts are computed at run time,
 * so they stand in the text as a `${…}` marker: placeholder checks read it as "filled in elsewhere"
 * and no token pattern can match across it.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

/** Marker put where a template literal has an expression. */
export const DYNAMIC_PART = "${…}";

/** A string literal or a template literal. */
export type StringNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

/** The static text of a string node, and whether any part of it is computed. */
export interface StaticText {
  readonly text: string;
  /** True when a template literal has `${...}` expressions. */
  readonly dynamic: boolean;
}

/**
 * @example
 * staticTextOf(parse('`postgres://app:${pass}@db`')); // { text: "postgres://app:${…}@db", dynamic: true }
 */
export function staticTextOf(node: StringNode): StaticText {
  if (node.type === AST_NODE_TYPES.Literal) return { text: node.value, dynamic: false };
  if (node.quasis.length === 1) return { text: node.quasis[0]!.value.cooked ?? node.quasis[0]!.value.raw, dynamic: false };
  return { text: node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join(DYNAMIC_PART), dynamic: true };
}

/** A string literal node (`"..."` or `'...'`). */
export function isStringLiteral(node: TSESTree.Node): node is TSESTree.StringLiteral {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === "string";
}

/** The text of a comment without its delimiters, and where that text starts in the source. */
export function commentText(comment: TSESTree.Comment): { text: string; offset: number } {
  return { text: comment.value, offset: comment.range[0] + 2 };
}
