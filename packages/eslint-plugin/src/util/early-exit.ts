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

/** Whether the file has type information (a TypeScript program): then a credref type can arrive through an import. */
export function hasTypeInformation(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return sourceCode.parserServices?.program != null;
}
