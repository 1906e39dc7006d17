/**
 * What makes a secret safe to show: one sanitizer model for every flow rule and for the suggestions that wrap a
 * value in a masking helper.
 *
 * A call is a barrier when the called function's own name says it masks, redacts, hashes or fingerprints
 * (`mask(x)`, `redactSecret(x)`, `createHash("sha256").update(x).digest()`), when it is one of the rule's
 * `sanitizers` option, when it turns the value into something that no longer holds it (`Boolean(x)`,
 * `Number(x)`), or when it is a `replace` that masks every character.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast/nodes.js";

/** The words a sanitizer's name holds: masking, redacting, hashing. Matched anywhere in the name, any case. */
export const SANITIZER_NAME = /mask|redact|hash|sha\d*|md5|hmac|digest|fingerprint|censor|obfuscate|anonymi[sz]e|scrub|truncateSecret|preview(?:Secret|Token)/i;

/**
 * The names a *masking* helper usually has (a subset of {@link SANITIZER_NAME}): the helper a suggestion offers to
 * wrap a secret in. Hashing helpers are sanitizers but are not offered, since a hash changes what the log means.
 */
export const MASK_HELPER_NAME = /^(?:mask|redact)(?:Secret|Value|Token|Credential)?$/i;

/** Global functions whose result keeps nothing of a string argument (a flag or a number). */
export const NON_PROPAGATING_FUNCTIONS: ReadonlySet<string> = new Set(["Boolean", "Number", "parseInt", "parseFloat", "isNaN"]);

/** A sanitizer check: the built-in names plus a rule's `sanitizers` option (matched case-insensitively). */
export type SanitizerCheck = (name: string) => boolean;

/**
 * The sanitizer check for a rule's options.
 *
 * @example
 * const isSanitizer = sanitizerCheck(["scrubValue"]);
 * isSanitizer("maskToken")   // true (built-in name)
 * isSanitizer("ScrubValue")  // true (option)
 */
export function sanitizerCheck(extra: readonly string[] = []): SanitizerCheck {
  const extraNames = new Set(extra.map((name) => name.toLowerCase()));
  return (name) => SANITIZER_NAME.test(name) || extraNames.has(name.toLowerCase());
}

/** `s.replace(/./g, "*")`: a global pattern matching any character, replaced by text that keeps no group. */
export function isFullMask(call: TSESTree.CallExpression): boolean {
  const [pattern, replacement] = call.arguments;
  if (pattern?.type !== AST_NODE_TYPES.Literal || !("regex" in pattern) || !pattern.regex) return false;
  const { pattern: source, flags } = pattern.regex;
  const anyChar = /^\^?(?:\.|\[\\s\\S\]|\[\\S\\s\]|\[\\w\\W\]|\[\^\]|\\S|\\w|\[\^\\s\])[+*]?\$?$/.test(source);
  const wholeMatch = /^\^?(?:\.|\[\\s\\S\]|\[\^\])[+*]\$?$/.test(source);
  if (!anyChar || (!flags.includes("g") && !wholeMatch)) return false;
  if (replacement === undefined) return false;
  if (replacement.type === AST_NODE_TYPES.Literal) return typeof replacement.value === "string" && !replacement.value.includes("$");
  return isFunction(replacement) && replacement.params.length === 0;
}
