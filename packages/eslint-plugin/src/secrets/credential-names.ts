/**
 * Credential-shaped names: does an identifier, property key or parameter name HOLD a secret
 * (`dbPassword`, `API_KEY`, `client-secret`) or merely LABEL one (`passwordField`, `tokenUrl`,
 * `secretName`)? Shared by every rule that reasons about names; the answer is syntactic only.
 *
 * The model is English noun compounds: the last meaningful word is the head (`passwordField` is a
 * field, `dbPassword` is a password). Words that only qualify the value (`value`, `raw`, `b64`,
 * `new`, `confirm`) are skipped when looking for the head.
 */

import { REF_FACTORY_BY_WIRE_NAME } from "../model/credref-api.js";

/** Credential types of `@credref/types` that a name can suggest, by their wire names. */
export type CredentialKind = "basic" | "api_key" | "bearer_token" | "oauth_client" | "certificate";

/** What sort of secret a name holds; rules use it to word messages and to tune value checks. */
export type CredentialRole =
  | "password"
  | "passphrase"
  | "secret"
  | "token"
  | "api_key"
  | "private_key"
  | "authorization"
  | "credentials"
  | "connection_string";

/** A name that holds a secret. */
export interface CredentialName {
  /** The name as written. */
  readonly name: string;
  /** Its lower-case words, compounds split (`APIKey` -> `["api", "key"]`). */
  readonly words: readonly string[];
  readonly role: CredentialRole;
  /** The credential type whose ref factory would replace a literal held by this name. */
  readonly kind: CredentialKind;
  /**
   * `true` when the name says unambiguously that its value is secret (`password`, `apiKey`,
   * `clientSecret`); `false` for words that often name other things (`token` in a lexer,
   * `auth` or `credentials` holding a mode such as `"include"`). Rules ask more of the value of
   * an ambiguous name before reporting it.
   */
  readonly unambiguous: boolean;
}

/** The ref factory of `@credref/types` for each credential kind. */
export const REF_FACTORY_BY_KIND: Readonly<Record<CredentialKind, string>> = REF_FACTORY_BY_WIRE_NAME;

// Glued lower-case compounds as they appear in `apikey`, `APIKEY`, `client_secret` is already split.
const COMPOUNDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["apikey", ["api", "key"]],
  ["apikeys", ["api", "keys"]],
  ["accesskey", ["access", "key"]],
  ["secretkey", ["secret", "key"]],
  ["privatekey", ["private", "key"]],
  ["clientsecret", ["client", "secret"]],
  ["accesstoken", ["access", "token"]],
  ["refreshtoken", ["refresh", "token"]],
  ["authtoken", ["auth", "token"]],
  ["apitoken", ["api", "token"]],
  ["bearertoken", ["bearer", "token"]],
  ["sessiontoken", ["session", "token"]],
  ["idtoken", ["id", "token"]],
  ["connectionstring", ["connectionstring"]],
  ["connstr", ["connectionstring"]],
  ["connstring", ["connectionstring"]],
  ["dbpassword", ["db", "password"]],
  ["dbpass", ["db", "pass"]],
  ["sshkey", ["ssh", "key"]],
  ["signingkey", ["signing", "key"]],
  ["masterkey", ["master", "key"]],
  ["appkey", ["app", "key"]],
  ["appsecret", ["app", "secret"]],
  ["passphrase", ["passphrase"]],
]);

/** Words that qualify a value without changing what it is (`passwordValue`, `rawToken`, `newPassword`). */
const TRANSPARENT = new Set([
  "value", "val", "str", "string", "raw", "plain", "plaintext", "clear", "cleartext", "literal",
  "b64", "base64", "hex", "encoded", "decoded", "enc", "bytes", "buf", "buffer",
  "new", "old", "current", "curr", "confirm", "confirmation", "repeat", "again", "verify", "retype",
  "default", "fallback", "initial", "temp", "tmp", "my", "the", "user", "admin", "root", "db", "database",
  "live", "prod", "production", "staging", "dev", "test", "primary", "secondary", "backup",
]);

/**
 * Leading words that make the whole name a predicate, action or UI concern rather than a value:
 * `isPasswordValid`, `showPassword`, `validateToken`, `hasApiKey`.
 */
const NON_VALUE_LEADS = new Set([
  "is", "has", "have", "should", "can", "could", "must", "will", "did", "does", "was", "needs", "need",
  "show", "hide", "toggle", "use", "enable", "enabled", "disable", "disabled", "allow", "require", "required",
  "get", "set", "fetch", "load", "read", "write", "save", "store", "validate", "check", "verify", "parse",
  "create", "generate", "gen", "make", "build", "update", "delete", "remove", "rotate",
  "revoke", "handle", "on", "with", "no", "num", "count", "max", "min", "mask", "masked", "redact", "redacted",
  "hash", "hashed", "encrypt", "encrypted", "decrypt", "compare", "match", "forgot", "forgotten", "lost",
  "change", "changed", "expected", "invalid", "valid", "missing", "empty", "resolve", "resolved",
]);

/** Words that name a secret when they are the head of the name. */
const PASSWORD_WORDS = new Set(["password", "passwd", "pwd", "passw", "passwort", "pword", "passwords"]);

/** Accounts and services whose `...Pass` is a password. */
const PASS_QUALIFIERS = new Set([
  "db", "database", "smtp", "mail", "email", "imap", "pop", "ftp", "sftp", "ssh", "admin", "root", "user", "proxy",
  "redis", "mysql", "postgres", "pg", "mongo", "ldap", "vpn", "wifi", "login", "account", "service", "svc", "api",
  "app", "basic", "auth", "http", "git", "repo", "registry", "docker", "keystore", "truststore", "store", "key",
  "cert", "jks", "pfx", "rabbit", "amqp", "mq", "sql", "oracle", "jdbc", "bind", "master", "sa", "web", "portal",
]);

/** `key` is a secret only with a qualifier: `apiKey`, `secretKey`, `privateKey`, never a bare map `key`. */
const KEY_QUALIFIERS: ReadonlyMap<string, CredentialRole> = new Map<string, CredentialRole>([
  ["api", "api_key"], ["access", "api_key"], ["secret", "api_key"], ["app", "api_key"],
  ["application", "api_key"], ["master", "api_key"], ["signing", "api_key"], ["sign", "api_key"],
  ["encryption", "api_key"], ["encrypt", "api_key"], ["hmac", "api_key"], ["shared", "api_key"],
  ["server", "api_key"], ["client", "api_key"], ["subscription", "api_key"], ["license", "api_key"],
  ["service", "api_key"], ["admin", "api_key"], ["auth", "api_key"], ["session", "api_key"],
  ["jwt", "api_key"], ["webhook", "api_key"], ["consumer", "api_key"], ["cipher", "api_key"],
  ["private", "private_key"], ["ssh", "private_key"], ["priv", "private_key"], ["rsa", "private_key"],
  ["pgp", "private_key"], ["gpg", "private_key"], ["tls", "private_key"], ["ssl", "private_key"],
]);

/** Lower-case words of a name: `camelCase`, `snake_case`, `kebab-case`, `SCREAMING_CASE`, dotted paths. */
export function splitIdentifierWords(name: string): string[] {
  const words: string[] = [];
  // Split on separators and on case humps; an acronym run keeps its last capital for the next word
  // (`APIKey` -> `API`, `Key`), digits stay attached to their word (`s3Key` -> `s3`, `key`).
  const parts = name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? [];
  for (const part of parts) {
    const lower = part.toLowerCase();
    const previous = words[words.length - 1];
    // Two-word compounds that are one concept: `connection string`, `pass phrase`.
    if (previous === "connection" && (lower === "string" || lower === "str")) words[words.length - 1] = "connectionstring";
    else if (previous === "pass" && lower === "phrase") words[words.length - 1] = "passphrase";
    else words.push(...(COMPOUNDS.get(lower) ?? [lower]));
  }
  return words;
}

function roleOfHead(words: readonly string[], headIndex: number): Omit<CredentialName, "name" | "words"> | undefined {
  const head = words[headIndex]!;
  const before = headIndex > 0 ? words[headIndex - 1] : undefined;
  if (PASSWORD_WORDS.has(head)) return { role: "password", kind: "basic", unambiguous: true };
  // `pass` alone is as often "pass/fail" (`allPass`, `bypass`) as a password; after the name of an
  // account or a service (`dbPass`, `SMTP_PASS`, `adminPass`) it is a password.
  if (head === "pass" && before !== undefined && PASS_QUALIFIERS.has(before)) {
    return { role: "password", kind: "basic", unambiguous: true };
  }
  if (head === "passphrase") return { role: "passphrase", kind: "certificate", unambiguous: true };
  if (head === "secret" || head === "secrets") {
    const oauth = before === "client" || before === "consumer" || before === "app" || before === "application";
    return { role: "secret", kind: oauth ? "oauth_client" : "api_key", unambiguous: true };
  }
  if (head === "token" || head === "tokens") {
    if (before === "refresh") return { role: "token", kind: "oauth_client", unambiguous: true };
    const qualified =
      before !== undefined &&
      ["access", "auth", "api", "bearer", "session", "id", "personal", "bot", "user", "app", "github", "git",
        "slack", "npm", "oauth", "jwt", "service", "admin", "security", "secret", "private", "deploy", "ci",
        "registry", "webhook", "integration", "client", "account"].includes(before);
    return { role: "token", kind: "bearer_token", unambiguous: qualified };
  }
  if (head === "jwt" || head === "bearer" || head === "pat") return { role: "token", kind: "bearer_token", unambiguous: false };
  if (head === "key" || head === "keys") {
    const role = before === undefined ? undefined : KEY_QUALIFIERS.get(before);
    if (role === "private_key") return { role, kind: "certificate", unambiguous: true };
    if (role) return { role, kind: "api_key", unambiguous: true };
    return undefined;
  }
  if (head === "authorization" || head === "auth") return { role: "authorization", kind: "bearer_token", unambiguous: false };
  if (head === "credentials" || head === "credential" || head === "creds" || head === "cred") {
    return { role: "credentials", kind: "basic", unambiguous: false };
  }
  if (head === "dsn" || head === "connectionstring") {
    return { role: "connection_string", kind: "basic", unambiguous: false };
  }
  return undefined;
}

const parsedCache = new Map<string, CredentialName | null>();
const CACHE_LIMIT = 4096;

/**
 * Parses a name that HOLDS a secret; `undefined` for names that label one (`passwordField`),
 * predicates and actions (`isPasswordValid`, `validateToken`) and names with no credential word.
 *
 * @example
 * parseCredentialName("DB_PASSWORD");   // { role: "password", kind: "basic", unambiguous: true, ... }
 * parseCredentialName("clientSecret");  // { role: "secret", kind: "oauth_client", ... }
 * parseCredentialName("tokenUrl");      // undefined
 */
export function parseCredentialName(name: string): CredentialName | undefined {
  const cached = parsedCache.get(name);
  if (cached !== undefined) return cached ?? undefined;
  const result = parseUncached(name);
  if (parsedCache.size >= CACHE_LIMIT) parsedCache.clear();
  parsedCache.set(name, result ?? null);
  return result;
}

/**
 * Qualifiers of tokens and keys that are public by design or only identify a request or a page:
 * anti-forgery tokens rendered into every form, publishable keys, pagination cursors.
 */
const PUBLIC_QUALIFIERS = new Set([
  "csrf", "xsrf", "authenticity", "antiforgery", "forgery", "nonce", "public", "publishable", "page", "next",
  "continuation", "cursor", "pagination", "lexer", "parser",
]);

/** Prepositions: a name holding one is a phrase about the head (`keyVaultToStoreSecrets`), not the value. */
const PREPOSITIONS = new Set(["to", "for", "from", "into", "by", "of"]);

function parseUncached(name: string): CredentialName | undefined {
  if (name.length > 80) return undefined;
  const words = splitIdentifierWords(name);
  if (words.length === 0 || NON_VALUE_LEADS.has(words[0]!) && words.length > 1) return undefined;
  // Find the head: the last word that is not a transparent qualifier or a bare number.
  let headIndex = words.length - 1;
  while (headIndex > 0 && (TRANSPARENT.has(words[headIndex]!) || /^[0-9]+$/.test(words[headIndex]!))) headIndex--;
  const qualifiers = words.slice(0, headIndex);
  if (qualifiers.some((word) => PUBLIC_QUALIFIERS.has(word) || PREPOSITIONS.has(word))) return undefined;
  const found = roleOfHead(words, headIndex);
  if (found) return { name, words, ...found };
  return undefined;
}

/**
 * `true` when the name holds a secret value.
 *
 * @example
 * holdsCredential("api_key");        // true
 * holdsCredential("apiKeyHeader");   // false: it names the header that carries the key
 */
export function holdsCredential(name: string): boolean {
  return parseCredentialName(name) !== undefined;
}

/** Every word that makes a name credential-related, held or labelled. */
const CREDENTIAL_WORDS = new Set([
  ...PASSWORD_WORDS, "pass", "passphrase", "connectionstring", "secret", "secrets", "token", "tokens", "jwt", "bearer",
  "authorization", "auth", "credentials", "credential", "creds", "cred", "dsn", "apikey",
]);

/**
 * `true` when the name mentions a credential but names something about it rather than the value:
 * its field, URL, name, header, type, policy, ARN or id (`passwordField`, `tokenUrl`, `secretName`,
 * `apiKeyHeader`, `tokenType`, `passwordPolicy`, `secretArn`, `tokenEndpoint`, `keyId`).
 *
 * @example
 * labelsCredential("secretName");  // true
 * labelsCredential("secret");      // false: it holds one
 */
export function labelsCredential(name: string): boolean {
  if (holdsCredential(name)) return false;
  const words = splitIdentifierWords(name);
  const mentions = words.some(
    (word, i) =>
      CREDENTIAL_WORDS.has(word) ||
      ((word === "key" || word === "keys") && (i === 0 || KEY_QUALIFIERS.has(words[i - 1]!))),
  );
  return mentions && words.length > 1;
}

/**
 * The credential kind a holding name suggests, for choosing a ref factory; `undefined` when the name
 * does not hold a secret.
 *
 * @example
 * credentialKindOfName("password");      // "basic"     -> basicRef
 * credentialKindOfName("apiKey");        // "api_key"   -> apiKeyRef
 * credentialKindOfName("accessToken");   // "bearer_token"
 * credentialKindOfName("clientSecret");  // "oauth_client"
 * credentialKindOfName("privateKey");    // "certificate"
 */
export function credentialKindOfName(name: string): CredentialKind | undefined {
  return parseCredentialName(name)?.kind;
}
