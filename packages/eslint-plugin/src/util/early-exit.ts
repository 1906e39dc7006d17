/**
 * The per-file early exit of rules that act only on code using credref: decided once per file from its text,
 * before a rule builds anything. On code that never uses credref (most of what a repository-wide lint sees) those
 * rules then cost a few substring searches per file.
 *
 * The test is a cheap sufficient condition for "nothing to do": the code a rule looks at must spell one of its
 * words (a method name, the module name, a configured name). An identifier or a string may spell a word with
 * escapes (`resolve\u0043redential`, `ctx["getS\x65cret"]`), so a text with a backslash that does not spell one
 * is searched again with its escapes decoded.
 */
import type { TSESLint } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import { SECRET_BRAND_PREFIX } from "../model/secret-brand.js";

const decided = new WeakMap<object, Map<string, boolean>>();

/**
 * Whether the file's text spells one of `words`, directly or through escapes: when it does not, a rule whose
 * reports all need one of those words can return no listeners. Cached per file and word list.
 *
 * @example
 * if (!fileMentions(context.sourceCode, ["resolveCredential", "getSecret"])) return {};
 */
export function fileMentions(sourceCode: Readonly<TSESLint.SourceCode>, words: readonly string[]): boolean {
  let byWords = decided.get(sourceCode.ast);
  if (!byWords) decided.set(sourceCode.ast, (byWords = new Map<string, boolean>()));
  const key = words.join("\u0000");
  let answer = byWords.get(key);
  if (answer === undefined) {
    const text = sourceCode.text;
    const spells = (haystack: string) => words.some((word) => word.length > 0 && haystack.includes(word));
    answer = spells(text) || (text.includes("\\") && spells(decodeEscapes(text)));
    byWords.set(key, answer);
  }
  return answer;
}

/** One escape of JavaScript source: `\u{...}`, `\uXXXX`, `\xHH`, a line continuation, or any other escaped character. */
const ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r\n|[\s\S]))/g;

/**
 * `text` with its escapes decoded, as identifiers and strings read them: `\u0043` and `\u{43}` -> `C`, `\x43` -> `C`,
 * a line continuation -> nothing, any other escaped character -> that character (so `\n` -> `n`: the result may
 * spell more words than the code does, never fewer). An invalid code point is left as written. Linear in the text.
 *
 * @example
 * decodeEscapes("ctx.resolve\\u0043redential"); // "ctx.resolveCredential"
 */
export function decodeEscapes(text: string): string {
  return text.replace(ESCAPE, (escape, braced?: string, fixed?: string, hex?: string, other?: string) => {
    if (other !== undefined) return /^[\r\n\u2028\u2029]/.test(other) ? "" : other;
    const code = Number.parseInt(braced ?? fixed ?? hex ?? "", 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : escape;
  });
}

/** The identifier that declares the secret brand of `@credref/types` (`declare const SecretBrand: unique symbol`). */
const SECRET_BRAND_NAME = SECRET_BRAND_PREFIX.replace(/^__@/, "");

const brandedPrograms = new WeakMap<ts.Program, boolean>();

/**
 * Whether some file of the program spells the secret brand's name: only then can a type anywhere in it carry the
 * brand. A program that never includes `@credref/types` (nor a copy of the brand) has no branded type to find, so
 * the typed analysis may skip a file that spells no source word. Decided once per program.
 */
export function programMayCarryBrand(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const program = sourceCode.parserServices?.program;
  if (!program) return false;
  let answer = brandedPrograms.get(program);
  if (answer === undefined) {
    answer = program.getSourceFiles().some((file) => file.text.includes(SECRET_BRAND_NAME));
    brandedPrograms.set(program, answer);
  }
  return answer;
}

/**
 * Whether a file can hold a secret for the flow rules: it spells a source word (a source method, the module, a
 * configured name), or it has type information from a program where the brand exists (a secret can then arrive
 * through any typed call).
 *
 * @example
 * if (!mayHoldSecrets(context.sourceCode, [...SOURCE_WORDS, ...sourceCalls])) return {};
 */
export function mayHoldSecrets(sourceCode: Readonly<TSESLint.SourceCode>, sourceWords: readonly string[]): boolean {
  return fileMentions(sourceCode, sourceWords) || programMayCarryBrand(sourceCode);
}
