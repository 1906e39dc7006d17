/**
 * What is NOT a secret even where a secret is expected: placeholders (`changeme`, `<password>`,
 * `${DB_PASSWORD}`, `xxxx`, `your-api-key`), documentation example keys, names and references
 * (`DB_PASSWORD`, `db-password`), words, sentences, paths, URLs, code, UUIDs and checksums.
 *
 * Two strengths: `isPlaceholderToken` for a string that already has a secret's FORMAT (only filler,
 * placeholder words and published example keys excuse it), and `isNonSecretValue` for a string that a
 * credential-shaped NAME holds (anything that does not look like a real credential value is excused).
 */
import { splitIdentifierWords } from "./credential-names.js";
import { isDummyAfterPrefix, isDummyShape, isDummyValue, isMixedCaseHex } from "./dummies.js";

/**
 * Example keys published in vendor documentation; they appear in tutorials and tests, never work.
 * AWS marks every example key with an `EXAMPLE` suffix; jwt.io shows one sample token (John Doe).
 */
const DOCUMENTATION_EXAMPLES: readonly RegExp[] = [
  /^(?:AKIA|ASIA)[A-Z2-7]{9}EXAMPLE$/,
  /EXAMPLEKEY$/,
  /eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ\.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c$/,
];

/** Four or more filler characters in a row: `xxxx`, `XXXX`, `****`, `####`, `••••`. */
const FILLER_RUN = /[xX*#•]{4}|\.{3}|…/;

/** Words that say "put the real value here" (matched against the lower-case words of a segment). */
const PLACEHOLDER_WORDS = new Set([
  "your", "yours", "my", "our", "insert", "replace", "replaceme", "put", "here", "enter", "fill", "todo", "tbd",
  "fixme", "changeme", "change", "me", "example", "examples", "sample", "placeholder", "dummy", "fake", "mock",
  "redacted", "hidden", "masked", "removed", "omitted", "secret", "secrets", "password", "passwd", "pwd", "pass",
  "token", "key", "api", "apikey", "value", "foo", "bar", "baz", "qux", "xxx", "xyz", "abc", "with", "the", "a",
  "an", "of", "for", "goes", "to", "not", "real", "set", "this", "it", "none", "null", "nil", "undefined",
  "empty", "default", "test", "testing", "demo", "some", "actual", "access", "auth", "client", "private",
  "public", "user", "username", "new", "old", "id", "name", "str", "string", "text", "credential", "credentials",
  "bearer", "basic", "generated", "random", "long", "valid", "invalid", "expired", "wrong", "bad", "good", "dev",
  "local", "localhost", "admin", "root", "guest",
]);

/** Words of PLACEHOLDER_WORDS that alone make a segment a placeholder (the rest only qualify). */
const STRONG_PLACEHOLDER_WORDS = new Set([
  "your", "yours", "insert", "replace", "replaceme", "here", "enter", "todo", "tbd", "fixme", "changeme", "example",
  "examples", "sample", "placeholder", "dummy", "fake", "mock", "redacted", "hidden", "masked", "removed",
  "omitted", "xxx", "foo", "bar", "baz", "undefined", "null", "none",
]);

/** `${VAR}`, `{{var}}`, `{var}`, `$(cmd)`, `$VAR`, `%VAR%`, `<value>`, `[VALUE]`, `:var`, `@var@`. */
const TEMPLATE_MARKER = /\$\{[^}]*\}|\{\{[^}]*\}\}|^\{[^{}]*\}$|\$\([^)]*\)|^\$[A-Za-z_]|%[A-Za-z_][A-Za-z0-9_]*%|<[^<>]{1,40}>|^\[[^\]]{1,40}\]$|^:[a-z_]+$|^@[A-Za-z_]+@$/;

/** The characters template markers are made of (`${…}`, `{{…}}`, `$(…)`, `%…%`, `<…>`, `[…]`, `:x`, `@…@`). */
const MARKER_SYNTAX = /[${}()%<>[\]:@]/;
const MARKER_SYNTAX_ALL = new RegExp(MARKER_SYNTAX.source, "g");

/**
 * Whether a token body holds a template marker. A format whose own alphabet holds a marker's characters (a Twitter
 * bearer token's `%`, a key drawn from all printable ASCII) makes them by chance in random bodies, so there a marker
 * counts only when it wraps a placeholder word (`<YOUR_KEY>`, `%API_TOKEN%`), which random text hardly ever spells.
 */
function hasTemplateMarker(body: string, bodyAlphabet: string | undefined): boolean {
  const marker = TEMPLATE_MARKER.exec(body);
  if (!marker) return false;
  if (bodyAlphabet === undefined || !MARKER_SYNTAX.test(bodyAlphabet)) return true;
  const inner = marker[0].replace(MARKER_SYNTAX_ALL, " ");
  return inner.split(/[^A-Za-z]+/).some((word) => word.length >= 3 && PLACEHOLDER_WORDS.has(word.toLowerCase()));
}

/** A string made of one character repeated (`aaaa`, `1111`, `----`), separators aside. */
function isRepeatedCharacter(text: string): boolean {
  const chars = text.replace(/[\s_.-]/g, "");
  return chars.length > 0 && [...chars].every((c) => c === chars[0]);
}

/** The longest word of PLACEHOLDER_WORDS, for splitting glued words. */
const LONGEST_PLACEHOLDER_WORD = Math.max(...[...PLACEHOLDER_WORDS].map((word) => word.length));

/**
 * `randomstringhere`, `yourapikeyhere`: a letters-only run (one case, as `RANDOMSTRINGHERE` lower-cased)
 * that splits wholly into placeholder words, one of them a strong one. Words of two letters or less
 * (`a`, `me`, `id`) are left out of the split, so a random run does not split by chance.
 */
function isGluedPlaceholder(lower: string): boolean {
  if (lower.length < 8 || lower.length > 64 || !/^[a-z]+$/.test(lower)) return false;
  // reach[i]: 0 unreachable, 1 reachable with plain words only, 2 reachable with a strong word.
  const reach = new Uint8Array(lower.length + 1);
  reach[0] = 1;
  for (let i = 0; i < lower.length; i++) {
    if (reach[i] === 0) continue;
    for (let end = i + 3; end <= Math.min(lower.length, i + LONGEST_PLACEHOLDER_WORD); end++) {
      const word = lower.slice(i, end);
      if (!PLACEHOLDER_WORDS.has(word)) continue;
      const state = STRONG_PLACEHOLDER_WORDS.has(word) ? 2 : reach[i]!;
      if (state > reach[end]!) reach[end] = state;
    }
  }
  return reach[lower.length] === 2;
}

/** True when one separator-delimited segment of the text consists of placeholder words only. */
function hasPlaceholderSegment(text: string): boolean {
  for (const segment of text.split(/[\s_.\-~:/]+/)) {
    if (segment.length === 0) continue;
    const words = splitIdentifierWords(segment);
    if (words.length === 0) continue;
    const glued = segment.toLowerCase();
    if (STRONG_PLACEHOLDER_WORDS.has(glued)) return true;
    if (words.length === 1 && isGluedPlaceholder(glued)) return true;
    if (words.every((word) => PLACEHOLDER_WORDS.has(word)) && words.some((word) => STRONG_PLACEHOLDER_WORDS.has(word))) {
      return true;
    }
  }
  return false;
}

/**
 * For a string that matches a known token FORMAT: is it a placeholder or a published example rather
 * than a real token? `body` is the variable part (without the vendor prefix, so `sk_test_` stays a
 * prefix and does not read as "test"); `surroundings` is the run of token characters around the match,
 * so `xoxp-...-####` counts as filled in; `bodyAlphabet`, the characters the format allows in its body, tells
 * which template-marker characters its real bodies hold by chance.
 *
 * @example
 * isPlaceholderToken("x".repeat(36));                       // true
 * isPlaceholderToken("XXXXXXXXXX_PUT_YOUR_TOKEN_HERE_XXXX"); // true
 * isPlaceholderToken("AKIAIOSFODNN7EXAMPLE");               // true (AWS documentation key)
 */
export function isPlaceholderToken(body: string, surroundings: string = body, bodyAlphabet?: string): boolean {
  if (FILLER_RUN.test(surroundings) || hasTemplateMarker(body, bodyAlphabet)) return true;
  if (DOCUMENTATION_EXAMPLES.some((example) => example.test(surroundings))) return true;
  return hasPlaceholderSegment(body);
}

/** ISO 8601 dates and times (`2024-01-15T09:30:00Z`): `lastAuth`, `tokenExpiry` values. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Subresource-integrity and content digests: `sha512-...`, `sha256:...`, `md5=...`. */
const DIGEST = /(?:^|[@:=\s])(?:sha(?:1|224|256|384|512)|md5|blake2b?|sri)[-:=][A-Za-z0-9+/=_-]{16,}$/i;
const URL_LIKE = /^[a-z][a-z0-9+.-]{1,20}:\/\//i;
const PATH_LIKE = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|\\\\)|\.(?:pem|key|crt|cer|p12|pfx|jks|json|ya?ml|txt|env|ini|conf|cfg|toml|xml|gpg|asc|pub|keytab|keystore)$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
/** Code or markup: calls, blocks, arrows, tags, key-value text (`a=b`, `key: value`), quotes. */
const CODE_LIKE = /[()].*[()]|[{}].*[{}]|=>|<\/?[a-z]|^-{0,2}[A-Za-z_][\w.-]*\s*[=:]\s*\S|["'`]/;
/** SCREAMING_CASE names: environment variables, enum members, secret names (`DB_PASSWORD`). */
const CONSTANT_NAME = /^[A-Z][A-Z_]*$/;
/** Dotted property paths and i18n keys: `auth.password`, `errors.token.expired`. */
const DOTTED_PATH = /^[a-z_][a-zA-Z0-9_]*(?:\.[a-zA-Z_][a-zA-Z0-9_]*)+$/;

/** `password`, `mypassword`, `secret`, `your_token`: a value that only names what belongs there. */
const SELF_DESCRIBING = /^(?:my|your|the|some|new|old|db|user|admin|app)?[-_]?(?:password|passwd|pwd|secret|token|apikey|api[-_]key|key)s?$/i;

/** A value whose words read like a name: letters only, a few humps (`currentPassword`, `include`). */
function isWordLike(value: string): boolean {
  if (!/^[A-Za-z]+(?:[-_ ,][A-Za-z]+)*$/.test(value)) return false;
  let humps = 0;
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const prev = value.charCodeAt(i - 1);
    if (c >= 65 && c <= 90 && prev >= 97 && prev <= 122) humps++;
  }
  return humps / value.length < 0.2;
}

/** Words that, inside a value, show it names or describes a credential instead of being one. */
const CREDENTIAL_MENTIONS = new Set([
  "password", "passwd", "pwd", "pass", "passphrase", "secret", "secrets", "token", "tokens", "apikey", "credential",
  "credentials", "creds", "key",
]);

/** The word "password" in other languages: UI labels for a password field. */
const TRANSLATED_PASSWORD = /^(?:passwort|kennwort|contrase(?:ñ|n)a|senha|wachtwoord|l(?:ö|o)senord|salasana|has(?:ł|l)o|parola|jelsz(?:ó|o)|heslo|passord|adgangskode|sifre|şifre)$/i;

function mentionsCredential(value: string): boolean {
  return TRANSLATED_PASSWORD.test(value) || splitIdentifierWords(value).some((word) => CREDENTIAL_MENTIONS.has(word));
}

/**
 * Words that describe how a credential is handled rather than being one: input types, schema
 * types and validation rules, auth schemes, fetch modes, storage kinds (`password: "required"`,
 * `credentials: "same-origin"`, `auth: "bearer"`, `secret: "env"`).
 */
const VOCABULARY = new Set([
  "string", "text", "hidden", "required", "optional", "nullable", "boolean", "number", "object", "array", "true",
  "false", "null", "none", "off", "on", "yes", "no", "enabled", "disabled", "masked", "hashed", "bcrypt", "argon2",
  "scrypt", "pbkdf2", "plain", "plaintext", "encrypted", "env", "vault", "file", "prompt", "keychain", "keyring",
  "inherit", "auto", "default", "basic", "bearer", "oauth", "oauth2", "digest", "ntlm", "kerberos", "include", "omit",
  "same-origin", "sensitive", "redact", "secure", "confidential", "write-only", "writeonly", "readonly", "sha256",
]);
/** Validation rule strings: `required|min:8`, `string|confirmed`. */
const VALIDATION_RULES = /^[a-z_]+(?::[\w,.]+)?(?:\|[a-z_]+(?::[\w,.]+)?)+$/;

/** Long placeholder words that give a value away wherever they sit in it (`ABSK...EXAMPLE`, `my_dummy_key`). */
const EMBEDDED_PLACEHOLDER = /example|placeholder|changeme|redacted|replace_?me|dummy/i;

/** How strict `isNonSecretValue` is. */
export interface ValueExpectation {
  /**
   * `true` for names that say plainly they hold a secret (`password`, `apiKey`); `false` for ambiguous
   * names (`token`, `auth`, `credentials`), whose value must itself look like a credential.
   */
  readonly unambiguous: boolean;
  /**
   * `true` for secrets people choose (passwords, passphrases): any remaining value, even a plain word
   * such as `letmein`, is a finding. `false` for machine-made secrets (keys, tokens, client secrets),
   * which are never words or identifiers.
   */
  readonly humanChosen: boolean;
}

/** Upper case, lower case, digits: how many of the three classes a string uses. */
function charClasses(text: string): number {
  return Number(/[A-Z]/.test(text)) + Number(/[a-z]/.test(text)) + Number(/[0-9]/.test(text));
}

/**
 * For a string that a credential-shaped name holds: is it evidently NOT a hard-coded secret? Covers
 * placeholders, references and names, words (for ambiguous names), sentences, paths, URLs, e-mail
 * addresses, code, UUIDs and digests.
 *
 * @example
 * isNonSecretValue("hunter2", { unambiguous: true, humanChosen: true });      // false: a password
 * isNonSecretValue("include", { unambiguous: false, humanChosen: false });    // true: `credentials: "include"`
 * isNonSecretValue("${DB_PASSWORD}", { unambiguous: true, humanChosen: true }); // true
 */
export function isNonSecretValue(value: string, expectation: ValueExpectation): boolean {
  const trimmed = value.trim();
  if (trimmed.length < 4 || trimmed.length > 1000) return true;
  if (/[\r\n]/.test(trimmed)) return true;
  if (isRepeatedCharacter(trimmed) || FILLER_RUN.test(trimmed) || TEMPLATE_MARKER.test(trimmed)) return true;
  if (DOCUMENTATION_EXAMPLES.some((example) => example.test(trimmed)) || EMBEDDED_PLACEHOLDER.test(trimmed)) return true;
  if (isDummyValue(trimmed) || isDummyAfterPrefix(trimmed)) return true;
  if (UUID.test(trimmed) || DATE_TIME.test(trimmed) || DIGEST.test(trimmed) || URL_LIKE.test(trimmed) || PATH_LIKE.test(trimmed)) return true;
  if (EMAIL.test(trimmed) || CODE_LIKE.test(trimmed) || CONSTANT_NAME.test(trimmed) || DOTTED_PATH.test(trimmed)) return true;
  if (hasPlaceholderSegment(trimmed) || SELF_DESCRIBING.test(trimmed)) return true;
  // `dev-secret`, `password123`, `currentPassword` describe a credential; `MyPwd2024!` or `Qz7Lm2Secret9x`
  // only contain the word: mixing upper case, lower case and digits is what a chosen secret looks like.
  if (mentionsCredential(trimmed) && charClasses(trimmed) < 3) return true;
  if (VOCABULARY.has(trimmed.toLowerCase()) || VALIDATION_RULES.test(trimmed)) return true;
  const human = expectation.humanChosen && expectation.unambiguous;
  if (/\s/.test(trimmed)) {
    // A passphrase of a few lower-case words can be a secret; a sentence or a label is not.
    return !human || !/^[a-z]+(?: [a-z]+){1,4}$/.test(trimmed);
  }
  if (human) return false;
  // Machine-made secrets and ambiguous names: only values shaped like generated secrets count. Hex in both
  // cases is not what a generator writes (see `isMixedCaseHex`).
  if (isWordLike(trimmed) || trimmed.length < 8 || isMixedCaseHex(trimmed)) return true;
  return expectation.unambiguous ? charClasses(trimmed) < 2 : !/[0-9]/.test(trimmed) || !/[A-Za-z]/.test(trimmed) || trimmed.length < 12;
}


/**
 * For the password part of a URL's user-info or a `Password=` connection-string field: is it a
 * placeholder? Short values, template markers, filler, placeholder words and values that just name
 * the credential (`password`, `mypassword`, `YOUR_PASSWORD`) are; a weak real password such as
 * `pass` or `hunter2` is not.
 *
 * @example
 * isPlaceholderCredential("${DB_PASSWORD}"); // true
 * isPlaceholderCredential("s3cr3tP4ss");     // false
 */
export function isPlaceholderCredential(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length < 4) return true;
  if (isRepeatedCharacter(trimmed) || FILLER_RUN.test(trimmed) || TEMPLATE_MARKER.test(trimmed)) return true;
  if (/^\$|^%|^\{|^<|^\[/.test(trimmed)) return true;
  if (isDummyShape(trimmed)) return true;
  return SELF_DESCRIBING.test(trimmed) || hasPlaceholderSegment(trimmed) || (CONSTANT_NAME.test(trimmed) && trimmed.includes("_"));
}
