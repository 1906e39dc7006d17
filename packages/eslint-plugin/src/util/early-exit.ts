/**
 * The per-file early exit of rules that act only on code using credref: decided once per file from its text,
 * before a rule builds anything. On code that never uses credref (most of what a repository-wide lint sees) those
 * rules then cost a few substring searches per file.
 *
 * The test is a cheap sufficient condition for "nothing to do": the code a rule looks at must spell one of its
 * words (a method name, the module name, a configured name), directly or through escapes (`./file-mentions.ts`).
 */
import type { TSESLint } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import { SECRET_BRAND_PREFIX } from "../model/secret-brand.js";
import { fileMentions } from "./file-mentions.js";

export { fileMentions };

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
