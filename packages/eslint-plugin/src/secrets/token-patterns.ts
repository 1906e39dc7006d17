/**
 * The secret formats that identify themselves (a vendor prefix, a fixed shape, an embedded marker) and
 * the scanner that finds them. The formats are declared in `catalogue/` (one file per provider family);
 * each is compiled once, at module load, into a linear-time regular expression: literal parts, character
 * classes with bounded repetition, no nested or overlapping quantifiers.
 *
 * A text is scanned in one pass: a keyword automaton (`keyword-scan.ts`) picks the formats whose keywords
 * occur in it, and only their regular expressions run. Matches are checked against placeholder conventions
 * by the caller.
 */
import { CATALOGUE } from "./catalogue/index.js";
import { bodyOf, compileFormat } from "./catalogue/dsl.js";
import type { TokenMatch, TokenPattern } from "./catalogue/types.js";
import { KeywordScanner } from "./keyword-scan.js";

export type { FormatDefinition, TokenMatch, TokenPattern } from "./catalogue/types.js";

/**
 * Every known token format, most specific first (the first match at a place names the finding).
 *
 * @example
 * TOKEN_PATTERNS.find((pattern) => pattern.id === "github-token")?.label; // "GitHub token"
 */
export const TOKEN_PATTERNS: readonly TokenPattern[] = CATALOGUE.map(compileFormat);

/** How far before a match a keyword-gated format looks for its keyword in the same text. */
export const KEYWORD_WINDOW = 80;

/** Shortest text any pattern of the catalogue can match; shorter texts are not scanned. */
export const MIN_TOKEN_TEXT_LENGTH = Math.min(
  ...CATALOGUE.map((definition) =>
    Math.min(...definition.shapes.map((shape) => shape.reduce((n, part) => n + (part.kind === "chars" ? part.min : Math.min(...part.options.map((o) => o.length))), 0))),
  ),
);

/**
 * A provider word with separators dropped, so that `duo_skey` is found in `duoSkey`, `DUO-SKEY` and
 * `duo.skey` alike (only keyword-gated formats are matched this way; prefixes stay exact).
 */
const normalise = (text: string): string => text.toLowerCase().replace(/[\s_.-]+/g, "");

/** The ways a provider word is written in text: `duo_skey`, `duoskey` (and so `duoSkey`), `duo-skey`, `duo.skey`, `duo skey`. */
function spellings(keyword: string): string[] {
  const parts = keyword.toLowerCase().split(/[\s_.-]+/).filter((part) => part !== "");
  if (parts.length <= 1) return [keyword.toLowerCase()];
  return [...new Set([keyword.toLowerCase(), ...["", "_", "-", ".", " "].map((separator) => parts.join(separator))])];
}

interface Scanners {
  /** Every pattern's keywords, over the scanned text. */
  readonly text: KeywordScanner;
  /** Keyword-gated patterns' keywords without separators, over the normalised context. */
  readonly context: KeywordScanner;
}

const scanners = new WeakMap<readonly TokenPattern[], Scanners>();

function scannersFor(patterns: readonly TokenPattern[]): Scanners {
  let found = scanners.get(patterns);
  if (!found) {
    found = {
      text: new KeywordScanner(patterns.map((pattern) => (pattern.keywordRequired ? pattern.keywords.flatMap(spellings) : pattern.keywords.map((keyword) => keyword.toLowerCase())))),
      context: new KeywordScanner(patterns.map((pattern) => (pattern.keywordRequired ? pattern.keywords.map(normalise).filter((k) => k !== "") : []))),
    };
    scanners.set(patterns, found);
  }
  return found;
}
scannersFor(TOKEN_PATTERNS);

/** Options of `findTokens`. */
export interface FindTokensOptions {
  /**
   * Text around the scanned one (the name it is assigned to, the key of its line): a keyword-gated
   * format is reported when one of its keywords occurs here or just before the match.
   */
  readonly context?: string;
}

function keywordNear(pattern: TokenPattern, text: string, index: number, rawContext: string): boolean {
  const before = text.slice(Math.max(0, index - KEYWORD_WINDOW), index);
  return pattern.keywords.some((keyword) => mentionsKeyword(before, keyword) || mentionsKeyword(rawContext, keyword));
}

const keywordRegexes = new Map<string, RegExp>();
/** The longest provider word a format may name (the catalogue's longest is far shorter). */
const MAX_KEYWORD_LENGTH = 64;

/**
 * Whether `text` names a provider `keyword` as a word of its own: the keyword (its parts joined by any
 * separator or none, any case) opens a word (`SUMO_KEY`, `sumoKey`, `my-okta-token`), not the inside of
 * another word (`rookTable` does not name okta). A keyword of five letters or less must also end a word
 * (`sumObj` and `sumOfExposures` do not name sumo); a longer one may run on glued (`sumologicaccessid`).
 *
 * @example
 * mentionsKeyword("SUMO_ACCESS_ID", "sumo"); // true
 * mentionsKeyword("sumOfExposures", "sumo"); // false
 */
export function mentionsKeyword(text: string, keyword: string): boolean {
  // Provider words are short; a longer "keyword" names no provider (and would make an oversized pattern).
  if (keyword.length > MAX_KEYWORD_LENGTH) return false;
  let regex = keywordRegexes.get(keyword);
  if (!regex) {
    const parts = keyword.toLowerCase().split(/[\s_.-]+/).filter((part) => part !== "");
    const source = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("[\\s_.-]*");
    regex = new RegExp(source, "gi");
    keywordRegexes.set(keyword, regex);
  }
  const letters = keyword.replace(/[^A-Za-z0-9]/g, "").length;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if (!opensWord(text, start)) continue;
    if (letters > 5 || endsWord(text, end)) return true;
  }
  return false;
}

const isLower = (c: string | undefined): boolean => c !== undefined && c >= "a" && c <= "z";
const isUpper = (c: string | undefined): boolean => c !== undefined && c >= "A" && c <= "Z";
const isAlnumChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

/** A word opens at `i`: text start, after a non-alphanumeric, or a lower-to-upper hump (`mySumo`). */
function opensWord(text: string, i: number): boolean {
  return i === 0 || !isAlnumChar(text[i - 1]) || (isLower(text[i - 1]) && isUpper(text[i]));
}

/** A word ends before `i`: text end, a non-alphanumeric, a lower-to-upper hump, or letters giving way to digits. */
function endsWord(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i];
  if (!isAlnumChar(next)) return true;
  if (isUpper(next) && !isUpper(prev)) return true;
  // `SUMOKey`: an upper-case word then a capitalised one.
  if (isUpper(prev) && isUpper(next) && isLower(text[i + 1]) && !isLower(text[i - 2])) return true;
  return /[A-Za-z]/.test(prev ?? "") && /[0-9]/.test(next!);
}

/**
 * Every token format found in `text`, in text order, without overlaps (at a given place the first
 * pattern of the list wins). Cost is linear in the text: one keyword pass, then the regexes of the
 * formats selected, each linear.
 *
 * @example
 * findTokens(`token: ${"ghp_" + "Ab1".repeat(12)}`)[0]?.pattern.label; // "GitHub token"
 */
export function findTokens(text: string, patterns: readonly TokenPattern[] = TOKEN_PATTERNS, options: FindTokensOptions = {}): TokenMatch[] {
  const rawContext = options.context ?? "";
  const context = options.context ? normalise(options.context) : "";
  if (text.length < MIN_TOKEN_TEXT_LENGTH && patterns === TOKEN_PATTERNS) return [];
  const scanner = scannersFor(patterns);
  const selected = scanner.text.scan(text);
  const gated = context ? scanner.context.scan(context) : [];
  const perPattern: TokenMatch[][] = [];
  for (const index of selected) {
    const pattern = patterns[index]!;
    // A keyword-gated format found by its keyword in the text still needs it near the value.
    const found = runPattern(pattern, text, rawContext);
    if (found.length > 0) perPattern.push(found);
  }
  for (const index of gated) {
    const pattern = patterns[index]!;
    if (!pattern.keywordRequired || selected.includes(index)) continue;
    const found = runPattern(pattern, text, rawContext);
    if (found.length > 0) perPattern.push(found);
  }
  if (perPattern.length === 0) return [];
  if (perPattern.length === 1) return perPattern[0]!;
  return withoutOverlaps(perPattern, text.length, patterns);
}

function runPattern(pattern: TokenPattern, text: string, rawContext: string): TokenMatch[] {
  const found: TokenMatch[] = [];
  const { regex } = pattern;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if (pattern.validate && !pattern.validate(match, text)) continue;
    if (pattern.keywordRequired && !keywordNear(pattern, text, match.index, rawContext)) continue;
    found.push({ pattern, index: match.index, length: match[0].length, body: bodyOf(match), keywords: pattern.keywords });
  }
  return found;
}

/**
 * Keeps, where matches overlap, the one of the pattern listed first. Each pattern's own matches never
 * overlap, so marking covered characters costs at most the text's length per pattern.
 */
function withoutOverlaps(perPattern: TokenMatch[][], length: number, patterns: readonly TokenPattern[]): TokenMatch[] {
  const order = new Map(patterns.map((pattern, i) => [pattern, i]));
  perPattern.sort((a, b) => order.get(a[0]!.pattern)! - order.get(b[0]!.pattern)!);
  const covered = new Uint8Array(length);
  const kept: TokenMatch[] = [];
  for (const matches of perPattern) {
    for (const match of matches) {
      const end = match.index + match.length;
      let free = true;
      for (let i = match.index; i < end; i++) {
        if (covered[i]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      covered.fill(1, match.index, end);
      kept.push(match);
    }
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** Openings ordinary text shares, never claims of a format. */
const NOT_A_CLAIM = new Set(["key-", "pat", "secret_", "sk", "do", "-us", "eyj", "api_"]);

/** Three-character openings distinctive enough to claim a format; other short openings start ordinary values too (`pk_`, `MII`, `t1.`). */
const SHORT_CLAIMS = new Set(["hf_", "r8_", "oy2"]);

const CLAIM_PREFIXES: readonly { prefix: string; pattern: TokenPattern }[] = TOKEN_PATTERNS.flatMap((pattern) => {
  const definition = pattern.definition;
  if (!definition || definition.keywordRequired || definition.claimable === false) return [];
  return definition.shapes.flatMap((shape) => {
    const first = shape[0];
    if (first?.kind !== "literal") return [];
    return first.options
      .map((option) => option.toLowerCase())
      .filter((prefix) => (prefix.length >= 4 || SHORT_CLAIMS.has(prefix)) && !NOT_A_CLAIM.has(prefix))
      .map((prefix) => ({ prefix, pattern }));
  });
});

/**
 * The token format a value claims by its opening (`glpat-`, `AIza`, `xoxb-`, case-insensitive), if any.
 * A value that claims a format but does not match it is a truncated, mangled or made-up example.
 *
 * @example
 * claimedTokenFormat("glpat-abc")?.label; // "GitLab token"
 */
export function claimedTokenFormat(value: string): TokenPattern | undefined {
  const lower = value.trimStart().slice(0, 24).toLowerCase();
  if (/^xox[a-z]-|^xoxe\./.test(lower)) return TOKEN_PATTERNS.find((pattern) => pattern.id.startsWith("slack-"));
  return CLAIM_PREFIXES.find(({ prefix }) => lower.startsWith(prefix))?.pattern;
}
