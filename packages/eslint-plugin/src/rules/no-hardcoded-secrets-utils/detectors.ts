/**
 * The value judgements of `no-hardcoded-secrets`, free of reporting: known token formats that are
 * not placeholders, credentials in connection strings, literals that are structure rather than
 * values, and whether a credential-shaped name's literal is a secret.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { ConnectionCredential } from "../../secrets/connection-strings.js";
import type { CredentialName, CredentialRole } from "../../secrets/credential-names.js";
import { isNonSecretValue, isPlaceholderToken } from "../../secrets/placeholders.js";
import { staticKeyName } from "../../secrets/secret-bindings.js";
import type { StringNode } from "../../ast/static-text.js";
import { claimedTokenFormat, findTokens, type TokenMatch, type TokenPattern } from "../../secrets/token-patterns.js";

/** How messages call the literal a name of each role holds. */
export const DESCRIPTION_BY_ROLE: Record<CredentialRole, string> = {
  password: "password literal",
  passphrase: "passphrase literal",
  secret: "secret literal",
  token: "token literal",
  api_key: "API key literal",
  private_key: "private key literal",
  authorization: "authorization header value",
  credentials: "credential literal",
  connection_string: "connection string literal",
};

/** The run of token characters around a match, so `xoxp-...-####` reads as filled in. */
function surroundingRun(text: string, index: number, length: number): string {
  const tokenChar = /[A-Za-z0-9_\-.#*•+/=~]/;
  let start = index;
  let end = index + length;
  while (start > 0 && tokenChar.test(text[start - 1]!)) start--;
  while (end < text.length && tokenChar.test(text[end]!)) end++;
  return text.slice(start, end);
}

/**
 * A Google API key in a Firebase web config (`{ apiKey, authDomain, projectId, ... }`) identifies the
 * project to browsers and is public by design; Google documents it as not secret.
 */
export function isFirebaseWebConfigKey(position: TSESTree.Node, token: TokenMatch): boolean {
  if (token.pattern.id !== "gcp-api-key") return false;
  const object = position.parent?.type === AST_NODE_TYPES.Property ? position.parent.parent : undefined;
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return object.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      ["authDomain", "messagingSenderId", "storageBucket"].includes(staticKeyName(property.key, property.computed) ?? ""),
  );
}

/** The first known token format in `text` that is not a placeholder or a published example. */
export function realTokens(text: string, patterns: readonly TokenPattern[]): TokenMatch | undefined {
  return findTokens(text, patterns).find(
    (match) => !isPlaceholderToken(match.body, surroundingRun(text, match.index, match.length)),
  );
}

/** `a postgres URL` or `a connection string`, for messages. */
export function describeConnection(found: ConnectionCredential): string {
  return found.form === "url" ? `a ${found.scheme} URL` : "a connection string";
}

/** Literals that are not values: module specifiers, directives, keys, literal types, enum member names. */
export function isStructuralString(node: StringNode): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.TSExternalModuleReference:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSModuleDeclaration:
    case AST_NODE_TYPES.TSEnumMember:
    case AST_NODE_TYPES.TSImportType:
      return parent.type !== AST_NODE_TYPES.TSEnumMember || parent.id === node;
    case AST_NODE_TYPES.ExpressionStatement:
      return parent.directive !== undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.MethodDefinition:
      return parent.key === node;
    default:
      return false;
  }
}

/**
 * Whether a literal held by a credential name is a hard-coded secret. An `Authorization` scheme
 * (`Bearer `, `Basic `) is taken off first; a value that opens like a known token format but failed it
 * (`glpat-abc`) is a truncated or made-up example.
 */
export function isSecretValue(text: string, credential: CredentialName): boolean {
  const scheme = /^(?:Bearer|Basic|Token|Bot|Digest|ApiKey|Key)\s+(\S+)$/i.exec(text.trim());
  const value = scheme ? scheme[1]! : text;
  if (claimedTokenFormat(value)) return false;
  const humanChosen = credential.role === "password" || credential.role === "passphrase";
  return !isNonSecretValue(value, { unambiguous: scheme ? true : credential.unambiguous, humanChosen });
}
