/**
 * Whether a file's text spells a word, as code reads it: directly, or through the escapes identifiers and strings
 * allow (`resolve\u0043redential`, `ctx["getS\x65cret"]`). The per-file early exits of the rules and the flow
 * engine's own activity check both ask it; it knows no word of its own.
 */
import type { TSESLint } from "@typescript-eslint/utils";

/** Per file (by its AST): each word's answer, and the text with its escapes decoded (built once, when needed). */
interface FileWords {
  readonly text: string;
  readonly answers: Map<string, boolean>;
  /** The text with its escapes decoded; the text itself when it has no backslash. */
  decoded?: string;
}

const files = new WeakMap<object, FileWords>();

/**
 * Whether the file's text spells one of `words`, directly or through escapes: when it does not, a rule whose
 * reports all need one of those words can return no listeners. Each word is searched once per file, whichever
 * rules ask for it, and the escapes are decoded at most once per file.
 *
 * @example
 * if (!fileMentions(context.sourceCode, ["resolveCredential", "getSecret"])) return {};
 */
export function fileMentions(sourceCode: Readonly<TSESLint.SourceCode>, words: readonly string[]): boolean {
  let file = files.get(sourceCode.ast);
  if (!file) files.set(sourceCode.ast, (file = { text: sourceCode.text, answers: new Map<string, boolean>() }));
  for (const word of words) if (spells(file, word)) return true;
  return false;
}

function spells(file: FileWords, word: string): boolean {
  if (word.length === 0) return false;
  let answer = file.answers.get(word);
  if (answer === undefined) {
    const { text } = file;
    if (text.includes(word)) answer = true;
    else {
      file.decoded ??= text.includes("\\") ? decodeEscapes(text) : text;
      answer = file.decoded !== text && file.decoded.includes(word);
    }
    file.answers.set(word, answer);
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
