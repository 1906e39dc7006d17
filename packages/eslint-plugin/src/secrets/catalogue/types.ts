/**
 * The shape of a secret format in the catalogue. A format is declared as data (literal parts and
 * character runs of bounded length); its regular expression, its keywords and the tests' samples and
 * near misses are all derived from that one declaration, so they cannot drift apart.
 */

/** A fixed piece of a token: one of a few literal spellings (`ghp_`, `gho_`, ...). */
export interface LiteralPart {
  readonly kind: "literal";
  /** The accepted spellings, case-sensitive. */
  readonly options: readonly string[];
}

/** A run of characters from one alphabet, between `min` and `max` long. */
export interface CharsPart {
  readonly kind: "chars";
  /** Every character the run may hold (see `ALPHABETS`). */
  readonly alphabet: string;
  readonly min: number;
  readonly max: number;
}

/** One piece of a token's shape. */
export type Part = LiteralPart | CharsPart;

/** A structural check of a match: true when the match has the structure its format promises. */
export type Validator = (match: RegExpExecArray, text: string) => boolean;

/** A pseudo-random number source in [0, 1), for samples. */
export type Random = () => number;

/**
 * One format, as written in a catalogue file. Excess-property checks make a misspelt field a
 * compile error.
 */
export interface FormatDefinition {
  /** Stable identifier, kebab-case (`github-token`). */
  readonly id: string;
  /** What the finding is called in messages (`GitHub token`), without an article; never the value. */
  readonly label: string;
  /**
   * The token's shape; several shapes are alternatives of one format (a legacy and a current
   * spelling). The first run of characters and everything after it is the token's random `body`.
   */
  readonly shapes: readonly (readonly Part[])[];
  /**
   * Lower-case strings of which at least one occurs (case-insensitively) in every match. Defaults to
   * the spellings of each shape's opening literal. For a `keywordRequired` format, the provider
   * words that must occur near the value.
   */
  readonly keywords?: readonly string[];
  /**
   * The format has no distinctive prefix: it is only reported when one of its keywords occurs in the
   * context given to the scanner, or within `KEYWORD_WINDOW` characters before the match.
   */
  readonly keywordRequired?: boolean;
  /** Structural check beyond the regex (charset mix, embedded JSON, key material). Never a checksum that rejects. */
  readonly validate?: Validator;
  /** A valid sample for tests, when random runs of the shape would not pass `validate` (embedded JSON). */
  readonly sample?: (random: Random) => string;
  /** Texts that must not match, for a format with its own `sample` (its shape alone does not describe it). */
  readonly nearMisses?: (random: Random) => readonly string[];
  /**
   * The opening literal names the format (`glpat-`), so a value starting with it claims the format even
   * when mangled. False for openings that ordinary text shares (`key-`). Default true.
   */
  readonly claimable?: boolean;
}

/** One known secret format, compiled. */
export interface TokenPattern {
  /** Stable identifier, kebab-case (`github-token`). */
  readonly id: string;
  /** What the finding is called in messages (`GitHub token`); never includes the value. */
  readonly label: string;
  /**
   * Lower-case strings of which at least one occurs (case-insensitively) in every match; a text
   * containing none of them is skipped without running the regex. An empty string always selects the
   * pattern. For a `keywordRequired` pattern, the words that must occur in the context or near the value.
   */
  readonly keywords: readonly string[];
  /** The format, with the `g` flag; a `body` group marks the random part when there is a fixed prefix. */
  readonly regex: RegExp;
  /** Extra structural check of a match (charset mix, embedded JSON, key material length). */
  readonly validate?: Validator;
  /** Reported only when a keyword occurs in the given context or just before the match. */
  readonly keywordRequired?: boolean;
  /** The declaration the regex was built from (absent for patterns given in the rule's options). */
  readonly definition?: FormatDefinition;
}

/** A token format found in a text. */
export interface TokenMatch {
  /** The format that matched. */
  readonly pattern: TokenPattern;
  /** Offset of the match in the text. */
  readonly index: number;
  /** Length of the match. */
  readonly length: number;
  /** The random part of the token (the whole match when the format has no fixed prefix). */
  readonly body: string;
  /** The format's keywords, for text-reading code that weighs the words around a value. */
  readonly keywords: readonly string[];
}
