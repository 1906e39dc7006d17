/**
 * Options of `no-hardcoded-secrets`: their JSON schema, defaults, and their compilation (regexes for
 * patterns, names, values and test-file globs), done once per options object.
 */
import type { JSONSchema4 } from "@typescript-eslint/utils/json-schema";
import { compileGlob, MAX_GLOB_LENGTH, type GlobMatcher } from "../../util/file-globs.js";
import { createOptionCache } from "../../util/option-cache.js";
import { TOKEN_PATTERNS, type TokenPattern } from "../../secrets/token-patterns.js";

/** Options of `no-hardcoded-secrets` (see the rule doc). */
export interface RuleOptions {
  additionalPatterns: { name: string; pattern: string }[];
  ignoredNames: string[];
  ignoredValues: string[];
  checkTestFiles: boolean;
  testFilePatterns: string[];
  checkComments: boolean;
}

/** The rule's options tuple, as ESLint passes it. */
export type Options = [RuleOptions];

/**
 * Test files by default: `.test.` / `.spec.` names, and any file under a folder that holds tests, their
 * fixtures or mocks (`test/`, `tests/`, `__tests__/`, `spec/`, `fixtures/`, `e2e/`, ...), at any depth.
 */
export const DEFAULT_TEST_FILE_PATTERNS = [
  "**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}",
  "**/{test,tests,__tests__,spec,specs,__mocks__,mocks,__fixtures__,fixtures,fixture,e2e,testing,test-utils,testdata}/**",
];

/** The rule's option schema (one object). */
export const OPTIONS_SCHEMA: JSONSchema4[] = [
  {
    type: "object",
    description: "Options of no-hardcoded-secrets.",
    additionalProperties: false,
    properties: {
      additionalPatterns: {
        type: "array",
        description: "Extra secret formats of your organisation, reported like the built-in token formats.",
        items: {
          type: "object",
          description: "One extra secret format.",
          additionalProperties: false,
          required: ["name", "pattern"],
          properties: {
            name: { type: "string", minLength: 1, description: "What the secret is called in messages, e.g. `Acme deploy key`." },
            pattern: { type: "string", minLength: 1, format: "regex", description: "A JavaScript regular expression (source text) that matches the secret." },
          },
        },
      },
      ignoredNames: {
        type: "array",
        description: "Names (or regular expressions matched against the whole name) whose literals are never reported as credential-shaped.",
        items: { type: "string", format: "regex", description: "A name or a regular expression." },
      },
      ignoredValues: {
        type: "array",
        description: "Values (or regular expressions matched against the whole value) that are never reported.",
        items: { type: "string", format: "regex", description: "A value or a regular expression." },
      },
      checkTestFiles: {
        type: "boolean",
        description:
          "Whether test files get the full check. When false, only known token formats and private keys are reported in them.",
      },
      testFilePatterns: {
        type: "array",
        description: "Globs (relative to the working directory) that select test files.",
        items: { type: "string", minLength: 1, maxLength: MAX_GLOB_LENGTH, description: "A glob such as `**/*.test.ts` (picomatch syntax)." },
      },
      checkComments: {
        type: "boolean",
        description: "Whether comments are scanned for known token formats and credentials in URLs.",
      },
    },
  },
];

/** The rule's default options. */
export const DEFAULT_OPTIONS: Options = [
  {
    additionalPatterns: [],
    ignoredNames: [],
    ignoredValues: [],
    checkTestFiles: false,
    testFilePatterns: DEFAULT_TEST_FILE_PATTERNS,
    checkComments: true,
  },
];

/** Options compiled once per options object: regexes for patterns, names and values. */
export interface CompiledOptions {
  /** The user's extra formats, then the built-in catalogue. */
  readonly patterns: readonly TokenPattern[];
  /** Ignored names as one test: plain names by a set lookup, patterns by a regex each (20,000 names stay cheap). */
  readonly ignoredNames: readonly NameTest[];
  readonly ignoredValues: readonly RegExp[];
  readonly checkTestFiles: boolean;
  readonly testFiles: readonly GlobMatcher[];
  readonly checkComments: boolean;
}


function compileRegex(source: string, option: string, flags = ""): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`@credref/no-hardcoded-secrets: option "${option}" is not a valid regular expression (${reason}).`);
  }
}

/** Plain names are matched whole; anything else is read as a regular expression matched whole. */
function compileNameOrRegex(source: string, option: string): RegExp {
  return compileRegex(`^(?:${source})$`, option);
}

/** A glob of the options; a glob the schema let through but the matcher cannot read throws one line naming the option. */
function compileGlobOption(glob: string, option: string): GlobMatcher {
  try {
    return compileGlob(glob);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`@credref/no-hardcoded-secrets: option "${option}": ${reason}.`);
  }
}

/** Something that tells whether a name matches (a RegExp is one). */
export interface NameTest {
  test(name: string): boolean;
}

/** Text that a regular expression matches only as itself: such names go in a set instead of a regex each. */
const PLAIN_NAME = /^[\w$-]+$/;

/** One test for a list of names or whole-name patterns: a set for the plain ones, a regex each for the others. */
function nameMatcher(sources: readonly string[], option: string): (name: string) => boolean {
  const plain = new Set(sources.filter((source) => PLAIN_NAME.test(source)));
  const patterns = sources.flatMap((source, i) => (PLAIN_NAME.test(source) ? [] : [compileNameOrRegex(source, `${option}[${i}]`)]));
  return (name) => plain.has(name) || patterns.some((pattern) => pattern.test(name));
}

/**
 * Compiles the options once per distinct value (ESLint passes a new but equal object for each file).
 * A bad regular expression throws one line naming the option.
 */
export const compileOptions: (options: RuleOptions) => CompiledOptions = createOptionCache((options: RuleOptions): CompiledOptions => {
  const extra = options.additionalPatterns.map(({ name, pattern }, i): TokenPattern => ({
    id: `custom-${i}`,
    label: name,
    keywords: [""],
    regex: compileRegex(pattern, `additionalPatterns[${i}].pattern`, "g"),
  }));
  return {
    // The catalogue itself when nothing is added: findTokens' shortcuts and scanners are keyed by that array.
    patterns: extra.length === 0 ? TOKEN_PATTERNS : [...extra, ...TOKEN_PATTERNS],
    ignoredNames: [{ test: nameMatcher(options.ignoredNames, "ignoredNames") }],
    ignoredValues: options.ignoredValues.map((value, i) => compileNameOrRegex(value, `ignoredValues[${i}]`)),
    checkTestFiles: options.checkTestFiles,
    testFiles: options.testFilePatterns.map((glob, i) => compileGlobOption(glob, `testFilePatterns[${i}]`)),
    checkComments: options.checkComments,
  };
});
