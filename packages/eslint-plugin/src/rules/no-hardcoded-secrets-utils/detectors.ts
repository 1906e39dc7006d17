/**
 * The value judgements of `no-hardcoded-secrets`, free of reporting: known token formats that are
 * not placeholders, credentials in connection strings, literals that are structure rather than
 * values, and whether a credential-shaped name's literal is a secret.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { ConnectionCredential } from "../../secrets/connection-strings.js";
import { parseCredentialName, splitIdentifierWords, type CredentialName, type CredentialRole } from "../../secrets/credential-names.js";
import { decodeBasicCredentials, findTextAssignments } from "../../secrets/text-assignments.js";
import { isDummyPair } from "../../secrets/dummies.js";
import { isNonSecretValue, isPlaceholderToken } from "../../secrets/placeholders.js";
import { shapeSource } from "../../secrets/catalogue/dsl.js";
import { staticKeyName } from "../../secrets/secret-bindings.js";
import { DYNAMIC_PART, type StringNode } from "../../ast/static-text.js";
import { findTokens, mentionsKeyword, TOKEN_PATTERNS, type TokenMatch, type TokenPattern } from "../../secrets/token-patterns.js";

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

/**
 * A search-only API key in a client-side search config (Algolia and DocSearch: an object with `appId` and
 * `indexName`, or under an `algolia` / `docsearch` key) is public by design: it ships to every browser.
 */
export function isPublicSearchKey(position: TSESTree.Node): boolean {
  const property = position.parent;
  if (property?.type !== AST_NODE_TYPES.Property) return false;
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const keys = new Set(
    object.properties.map((p) => (p.type === AST_NODE_TYPES.Property ? staticKeyName(p.key, p.computed) : undefined)),
  );
  if (keys.has("indexName") && (keys.has("appId") || keys.has("applicationId"))) return true;
  const owner = object.parent;
  const ownerKey = owner?.type === AST_NODE_TYPES.Property ? staticKeyName(owner.key, owner.computed) : undefined;
  return ownerKey !== undefined && /^(?:algolia|docsearch)$/i.test(ownerKey) && keys.has("appId");
}

/** Per format: the characters its random runs draw from, and tests for its shapes whose runs are hex only. */
interface FormatFacts {
  readonly alphabet: string;
  readonly wider: boolean;
  readonly hexShapes: readonly RegExp[];
}
const factsOf = new WeakMap<TokenPattern, FormatFacts>();
const HEX = /^[0-9a-fA-F]*$/;
function formatFacts(pattern: TokenPattern): FormatFacts {
  let facts = factsOf.get(pattern);
  if (facts === undefined) {
    const shapes = pattern.definition?.shapes ?? [];
    const runs = (shape: (typeof shapes)[number]) => shape.flatMap((part) => (part.kind === "chars" ? [part.alphabet] : []));
    const alphabet = [...new Set(shapes.flatMap(runs).join(""))].join("");
    facts = {
      alphabet,
      wider: /[g-zG-Z]/.test(alphabet),
      hexShapes: shapes.filter((shape) => runs(shape).every((run) => HEX.test(run))).map((shape) => new RegExp(`^(?:${shapeSource(shape, "body")})$`)),
    };
    factsOf.set(pattern, facts);
  }
  return facts;
}

/**
 * A match whose body is a hex digest in one case, digits and letters mixed (an asset's content hash, a page id)
 * while its format draws bodies from a wider alphabet: a random body of 24 alphanumerics is all hex with
 * odds below one in a billion, so the value is a hash or an identifier that happens to follow the prefix. A format
 * with a hex-only shape as well (`sbp_` + 40 hex beside `sb_secret_` + base64url) is judged by the shape the
 * match has: `matched`, the matched text, fits a hex-only shape, hex is what its real tokens are.
 */
export function isDigestInWiderFormat(match: TokenMatch, matched?: string): boolean {
  const body = match.body;
  if (!(body.length >= 24 && (/^[0-9a-f]+$/.test(body) || /^[0-9A-F]+$/.test(body)) && /[0-9]/.test(body) && /[a-fA-F]/.test(body))) return false;
  const facts = formatFacts(match.pattern);
  if (!facts.wider) return false;
  return matched === undefined || !facts.hexShapes.some((shape) => shape.test(matched));
}

/**
 * The first known token format in `text` that is not a placeholder or a published example;
 * `context` (the name the text is assigned to) lets formats gated by a keyword fire.
 */
export function realTokens(text: string, patterns: readonly TokenPattern[], context?: string): TokenMatch | undefined {
  return findTokens(text, patterns, context === undefined ? {} : { context }).find((match) => {
    const matched = text.slice(match.index, match.index + match.length);
    const alphabet = match.pattern.definition ? formatFacts(match.pattern).alphabet : undefined;
    return !isPlaceholderToken(match.body, surroundingRun(text, match.index, match.length), alphabet) && !isDigestInWiderFormat(match, matched);
  });
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
 * (`Bearer `, `Basic `) is taken off first, and a `Basic` value is judged by its decoded password. A
 * value that opens like a known token format but fails it (a wrong length, a character outside the
 * alphabet) is judged like any other literal of the name: random-looking values are secrets, a
 * truncated `glpat-abc` is not. With `generatedOnly`, even a password must look generated (long enough,
 * mixed classes): the standard for values read out of text, where examples and docs are common.
 */
export function isSecretValue(text: string, credential: CredentialName, generatedOnly = false): boolean {
  const scheme = /^(Bearer|Basic|Token|Bot|Digest|ApiKey|Key)\s+(\S+)$/i.exec(text.trim());
  let value = scheme ? scheme[2]! : text;
  let humanChosen = !generatedOnly && (credential.role === "password" || credential.role === "passphrase");
  if (scheme?.[1]!.toLowerCase() === "basic") {
    const decoded = decodeBasicCredentials(value);
    if (decoded) {
      if (isDummyPair(decoded.user, decoded.password)) return false;
      value = decoded.password;
      humanChosen = !generatedOnly;
    }
  }
  return !isNonSecretValue(value, { unambiguous: scheme ? true : credential.unambiguous, humanChosen });
}

/** Provider words of keyword-gated formats (`snyk`, `sumologic`): a key naming one holds that provider's secret. */
let vendorWords: ReadonlySet<string> | undefined;
function vendorKeywords(): ReadonlySet<string> {
  vendorWords ??= new Set(
    TOKEN_PATTERNS.filter((pattern) => pattern.keywordRequired).flatMap((pattern) => pattern.keywords.filter((k) => /^[a-z0-9]{3,}$/.test(k))),
  );
  return vendorWords;
}

/** Keys that can name a credential: every credential-shaped name holds one of these words (see credential-names). */
const CREDENTIAL_KEY = /pass|pw|secret|token|jwt|bearer|pat|key|auth|cred|dsn|conn/i;

const textKeyCache = new Map<string, CredentialName | null>();

/** The credential a key of text names: `db.password` -> `password`; a vendor word makes a `token` name unambiguous. */
export function credentialOfTextKey(key: string): CredentialName | undefined {
  const cached = textKeyCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const result = credentialOfTextKeyUncached(key);
  if (textKeyCache.size >= 4096) textKeyCache.clear();
  textKeyCache.set(key, result ?? null);
  return result;
}

function credentialOfTextKeyUncached(key: string): CredentialName | undefined {
  const segment = key.split(/[.:/\\[\]]/).filter((part) => part.length > 0).pop() ?? key;
  const parsed = parseCredentialName(segment);
  if (!parsed || parsed.unambiguous) return parsed;
  const vendors = vendorKeywords();
  // A provider word of its own (`SUMO_KEY`, `oktaToken`), not letters inside another word (`rookTable`, `sumOfExposures`).
  const vendor = splitIdentifierWords(key).some((word) => vendors.has(word)) || [...vendors].some((word) => mentionsKeyword(key, word));
  return vendor ? { ...parsed, unambiguous: true } : parsed;
}

const LOCAL_URL = /:\/\/(?:localhost|127\.[0-9.]+|0\.0\.0\.0|\[::1\])(?:[:/\s"']|$)/;

/** A secret found in text: where its value sits in the text, and the key that names it. */
export interface TextSecret {
  readonly index: number;
  readonly length: number;
  readonly key: string;
  readonly credential: CredentialName;
}

/**
 * The first value that the text assigns to a credential-shaped key (`SNYK_TOKEN=...`, `password: ...`,
 * `<add key="ClearTextPassword" value="..."/>`, `curl -u user:pass`, `Authorization: Basic ...`) and
 * that is a secret by the named-literal judgement for generated values (`isSecretValue`, a chosen
 * password must be long and mixed to count). Values holding an interpolation
 * (`${...}`) are not literal and are skipped.
 */
export function findSecretInText(text: string): TextSecret | undefined {
  // Cheap gate: every shape has a separator and a credential word or an auth scheme.
  if (!/[=:<\s]/.test(text) || !/pass|pwd|secret|token|key|auth|cred|login|-u\b|--user|bearer|basic/i.test(text)) return undefined;
  for (const assignment of findTextAssignments(text, { keys: CREDENTIAL_KEY })) {
    let { key, value } = assignment;
    // The key is quoted in the message: only a name-like key (an XML `key="..."` may hold any text).
    if (!/^[A-Za-z_$][\w.:-]{0,79}$/.test(key)) continue;
    const written = assignment.form === "authorization" ? "Authorization" : key;
    if (value.length < 4 || value.includes(DYNAMIC_PART) || value.includes("${")) continue;
    // docker `auths` and config `auth` fields hold base64 of `user:password`.
    if (assignment.form === "key-value" && /^(?:auth|authorization|basic_?auth)$/i.test(key)) {
      const decoded = decodeBasicCredentials(value);
      if (decoded) {
        if (isDummyPair(decoded.user, decoded.password)) continue;
        key = "password";
        value = decoded.password;
      }
    }
    if (assignment.user !== undefined && isDummyPair(assignment.user, value)) continue;
    // `curl -u` against a local server is a development default, as a loopback URL is.
    if (assignment.form === "curl-user" && LOCAL_URL.test(text)) continue;
    const credential = credentialOfTextKey(key);
    if (!credential || credential.role === "connection_string") continue;
    const judged = assignment.form === "authorization" && assignment.scheme !== "basic" ? `Bearer ${value}` : value;
    // Text holds examples and docs (`password: hunter2`): only values that look generated count there.
    if (isSecretValue(judged, credential, true)) {
      return { index: assignment.index, length: assignment.length, key: written, credential };
    }
  }
  return undefined;
}
