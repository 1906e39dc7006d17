/**
 * Building blocks for catalogue files: parts, alphabets and the structural validators formats share,
 * and `compileFormat`, which turns a declaration into a linear-time regular expression.
 */
import type { CharsPart, FormatDefinition, LiteralPart, Part, TokenPattern, Validator } from "./types.js";

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";

/** Alphabets of token bodies, as the exact set of characters they allow. */
export const ALPHABETS = {
  digits: DIGITS,
  hex: `${DIGITS}abcdef`,
  hexUpper: `${DIGITS}ABCDEF`,
  hexAnyCase: `${DIGITS}abcdefABCDEF`,
  lower: LOWER,
  upper: UPPER,
  letters: UPPER + LOWER,
  lowerAlnum: LOWER + DIGITS,
  upperAlnum: UPPER + DIGITS,
  alnum: UPPER + LOWER + DIGITS,
  /** Base64url without padding: alphanumerics, `-` and `_`. */
  base64url: `${UPPER}${LOWER}${DIGITS}-_`,
  /** Base64 without padding: alphanumerics, `+` and `/`. */
  base64: `${UPPER}${LOWER}${DIGITS}+/`,
  /** RFC 4648 base32 (upper case, digits 2-7). */
  base32: `${UPPER}234567`,
  /** Bech32's data alphabet (lower case, no `1`, `b`, `i`, `o`). */
  bech32: "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
  /** Crockford-free base58 (Bitcoin's alphabet: no `0`, `O`, `I`, `l`). */
  base58: "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
} as const;

/** A literal part with one or more accepted spellings. */
export function lit(...options: string[]): LiteralPart {
  if (options.length === 0 || options.some((option) => option.length === 0)) throw new Error("a literal part needs non-empty options");
  return { kind: "literal", options };
}

/** A run of `min` to `max` (default `min`) characters of `alphabet`. */
export function chars(alphabet: string, min: number, max = min): CharsPart {
  if (!(min >= 1 && max >= min && max <= 8192)) throw new Error(`bad run length ${min}..${max}`);
  return { kind: "chars", alphabet, min, max };
}

/** A 36-character UUID (8-4-4-4-12 hex, lower or upper case), as parts. */
export function uuid(alphabet: string = ALPHABETS.hexAnyCase): Part[] {
  return [chars(alphabet, 8), lit("-"), chars(alphabet, 4), lit("-"), chars(alphabet, 4), lit("-"), chars(alphabet, 4), lit("-"), chars(alphabet, 12)];
}

// --- regex compilation

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/** A character class for exactly the characters of `alphabet` (ranges folded). */
export function charClass(alphabet: string, negate = false): string {
  const codes = [...new Set([...alphabet].map((c) => c.charCodeAt(0)))].sort((a, b) => a - b);
  let out = "";
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    const from = escapeRegex(String.fromCharCode(codes[i]!));
    const to = escapeRegex(String.fromCharCode(codes[j]!));
    out += j - i >= 2 ? `${from}-${to}` : j === i ? from : from + to;
    i = j + 1;
  }
  return `[${negate ? "^" : ""}${out}]`;
}

const ALNUM = ALPHABETS.alnum;
const isAlnum = (c: string): boolean => ALNUM.includes(c);

/** Characters a token may not be glued to on its left. */
function leftBoundary(first: Part): string {
  if (first.kind === "chars") return `(?<!${charClass(ALNUM + first.alphabet)})`;
  return first.options.some((option) => isAlnum(option[0]!)) ? `(?<!${charClass(ALNUM)})` : "";
}

/** Characters a token may not run on into on its right. */
function rightBoundary(last: Part): string {
  if (last.kind === "chars") return `(?!${charClass(`${ALNUM}_${last.alphabet}`)})`;
  return last.options.some((option) => isAlnum(option[option.length - 1]!)) ? `(?!${charClass(`${ALNUM}_`)})` : "";
}

function partSource(part: Part): string {
  if (part.kind === "literal") {
    const options = [...part.options].sort((a, b) => b.length - a.length).map(escapeRegex);
    return options.length === 1 ? options[0]! : `(?:${options.join("|")})`;
  }
  const count = part.min === part.max ? `{${part.min}}` : `{${part.min},${part.max}}`;
  return charClass(part.alphabet) + count;
}

/** The regex source of one shape; the body group (named `group`) opens at the first run of characters. */
export function shapeSource(shape: readonly Part[], group: string): string {
  const firstRun = shape.findIndex((part) => part.kind === "chars");
  const pieces = shape.map(partSource);
  const head = firstRun === -1 ? pieces.join("") : pieces.slice(0, firstRun).join("");
  const body = firstRun === -1 ? "" : `(?<${group}>${pieces.slice(firstRun).join("")})`;
  return `${leftBoundary(shape[0]!)}${head}${body}${rightBoundary(shape[shape.length - 1]!)}`;
}

/** The keywords of a definition: given, or the opening literals of its shapes, lower-cased. */
export function keywordsOf(definition: FormatDefinition): string[] {
  if (definition.keywords) return [...definition.keywords];
  const keywords = definition.shapes.flatMap((shape) => (shape[0]?.kind === "literal" ? shape[0].options.map((o) => o.toLowerCase()) : []));
  if (definition.shapes.some((shape) => shape[0]?.kind !== "literal")) throw new Error(`format ${definition.id} needs keywords: a shape does not open with a literal`);
  return [...new Set(keywords)];
}

/** Compiles one declaration into the pattern the scanner runs. */
export function compileFormat(definition: FormatDefinition): TokenPattern {
  const sources = definition.shapes.map((shape, i) => shapeSource(shape, i === 0 ? "body" : `body${i}`));
  const regex = new RegExp(sources.length === 1 ? sources[0]! : sources.map((s) => `(?:${s})`).join("|"), "g");
  const keywords = keywordsOf(definition);
  if (keywords.some((k) => k !== k.toLowerCase() || k.length === 0)) throw new Error(`format ${definition.id}: keywords must be non-empty and lower-case`);
  return {
    id: definition.id,
    label: definition.label,
    keywords,
    regex,
    ...(definition.validate ? { validate: definition.validate } : {}),
    ...(definition.keywordRequired ? { keywordRequired: true } : {}),
    definition,
  };
}

// --- validators shared by the catalogue files

/** The random part of a match: its first defined named group, or the whole match. */
export function bodyOf(match: RegExpExecArray): string {
  for (const value of Object.values(match.groups ?? {})) if (value !== undefined) return value;
  return match[0];
}

/** Upper case, lower case and digits: how many of the three classes a string uses. */
export function charClasses(text: string): number {
  return Number(/[A-Z]/.test(text)) + Number(/[a-z]/.test(text)) + Number(/[0-9]/.test(text));
}

/** A random body mixes at least `minClasses` character classes; words and counters do not. */
export const mixed =
  (minClasses: number): Validator =>
  (match) =>
    charClasses(bodyOf(match)) >= minClasses;

/** The class of a character: 0 upper, 1 lower, 2 digit, 3 other. */
function classOf(code: number): number {
  if (code >= 65 && code <= 90) return 0;
  if (code >= 97 && code <= 122) return 1;
  if (code >= 48 && code <= 57) return 2;
  return 3;
}

/**
 * A body that looks generated: it mixes upper case, lower case and digits; or, since a short random body
 * often lacks one class, two of them mixed as chance mixes them. Words and camelCase identifiers do not:
 * `getElementsByTagName` has a fifth of its letters upper case, a random string about half.
 */
export const randomLooking: Validator = (match) => {
  const body = bodyOf(match);
  const classes = charClasses(body);
  if (classes >= 3) return true;
  if (classes < 2) return false;
  const counts = [0, 0, 0, 0];
  let switches = 0;
  for (let i = 0; i < body.length; i++) {
    const kind = classOf(body.charCodeAt(i));
    counts[kind]!++;
    if (i > 0 && kind !== classOf(body.charCodeAt(i - 1))) switches++;
  }
  const [upperCount = 0, lowerCount = 0, digitCount = 0] = counts;
  if (digitCount === 0) return Math.min(upperCount, lowerCount) >= body.length * 0.3 && switches >= (body.length - 1) * 0.4;
  return digitCount >= 2 && switches >= (body.length - 1) * 0.2;
};

/** A hex body that holds both letters and digits (a counter or a word is all one kind). */
export const hexMix: Validator = (match) => {
  const body = bodyOf(match);
  return /[0-9]/.test(body) && /[a-fA-F]/.test(body);
};

/** Decodes a base64 / base64url prefix to text, for checking embedded JSON or ids. */
export function decodeBase64Prefix(text: string, chars: number): string {
  const slice = text.slice(0, chars - (chars % 4)).replace(/-/g, "+").replace(/_/g, "/");
  return Buffer.from(slice, "base64").toString("latin1");
}

/** The base64 text encodes a JSON object whose first key is printable (`{"alg":...`). */
export function isBase64Json(text: string): boolean {
  return /^\{"[\x20-\x7e]{2,}/.test(decodeBase64Prefix(text, 24));
}

/** The match, from its first `eyJ`, is base64 of a JSON object. */
export const base64JsonBody: Validator = (match) => {
  const start = match[0].indexOf("eyJ");
  return start !== -1 && isBase64Json(match[0].slice(start));
};

/** Both validators hold. */
export const both =
  (a: Validator, b: Validator): Validator =>
  (match, text) =>
    a(match, text) && b(match, text);

/** Base64 of a JSON object, as a sample body. */
export function base64Json(value: object, url = true): string {
  return Buffer.from(JSON.stringify(value)).toString(url ? "base64url" : "base64").replace(/=+$/, "");
}

/** `length` characters of `alphabet` drawn from `random`. */
export function randomChars(random: () => number, alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/** What a definition may add to its id, label and shapes. */
export type FormatExtras = Omit<FormatDefinition, "id" | "label" | "shapes">;

const isShapeList = (shapes: readonly Part[] | readonly (readonly Part[])[]): shapes is readonly (readonly Part[])[] => Array.isArray(shapes[0]);

/** A format from one shape or several alternative shapes. */
export function format(id: string, label: string, shapes: readonly Part[] | readonly (readonly Part[])[], extras: FormatExtras = {}): FormatDefinition {
  return { id, label, shapes: isShapeList(shapes) ? shapes : [shapes], ...extras };
}

/** The common case: one or more literal prefixes, then one random run. */
export function prefixed(id: string, label: string, prefixes: string | readonly string[], alphabet: string, min: number, max = min, extras: FormatExtras = {}): FormatDefinition {
  return format(id, label, [lit(...(typeof prefixes === "string" ? [prefixes] : prefixes)), chars(alphabet, min, max)], extras);
}

/**
 * A format without a distinctive prefix: reported only when one of `keywords` (the provider's name)
 * occurs in the context or just before the value.
 */
export function gated(id: string, label: string, keywords: readonly string[], shapes: readonly Part[] | readonly (readonly Part[])[], extras: FormatExtras = {}): FormatDefinition {
  return format(id, label, shapes, { keywords, keywordRequired: true, ...extras });
}

/** Memo of the last `indexOf` per needle, so validators that look ahead stay linear over one text. */
const lookahead = new Map<string, { text: string; from: number; found: number }>();

/**
 * `text.indexOf(needle, from)`, amortised linear over one text when `from` only grows (matches come in
 * text order): a found position at or after `from` is reused, and a miss stays a miss.
 */
export function nextIndexOf(text: string, needle: string, from: number): number {
  const memo = lookahead.get(needle);
  if (memo && memo.text === text && memo.from <= from && (memo.found === -1 || memo.found >= from)) return memo.found;
  const found = text.indexOf(needle, from);
  lookahead.set(needle, { text, from, found });
  return found;
}
