/**
 * Whether a file's text spells a word, as code reads it: directly, or through the escapes identifiers and strings
 * allow (`resolve\u0043redential`, `ctx["getS\x65cret"]`). The per-file early exits of the rules and the flow
 * engine's own activity check both ask it; it knows no word of its own.
 */
import type { TSESLint } from "@typescript-eslint/utils";

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
