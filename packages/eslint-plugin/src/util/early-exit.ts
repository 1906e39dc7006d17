/**
 * The per-file early exit of rules that act only on code using credref: decided once per file from its text,
 * before a rule builds anything. On code that never uses credref (most of what a repository-wide lint sees) those
 * rules then cost a few substring searches per file.
 *
 * The test is a cheap sufficient condition for "nothing to do": the code a rule looks at must spell one of its
 * words (a method name, the module name, a configured name). A `\u` escape anywhere keeps the rule on, since an
 * identifier may spell a word with escapes.
 */
import type { TSESLint } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import { SECRET_BRAND_PREFIX } from "../model/secret-brand.js";

const decided = new WeakMap<object, Map<string, boolean>>();

/**
 * Whether the file's text spells one of `words` (or holds a `\u` escape): when it does not, a rule whose reports
 * all need one of those words can return no listeners. Cached per file and word list.
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
    answer = text.includes("\\u") || words.some((word) => word.length > 0 && text.includes(word));
    byWords.set(key, answer);
  }
  return answer;
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
