/**
 * Options of `no-hardcoded-secrets`: their JSON schema, defaults, and their compilation (regexes for
 * patterns, names, values and test-file globs), done once per options object.
 */
import type { JSONSchema4 } from "@typescript-eslint/utils/json-schema";
import { globToRegExp } from "../../util/file-globs.js";
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
        items: { type: "string", description: "A glob such as `**/*.test.ts`." },
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
  readonly ignoredNames: readonly RegExp[];
  readonly ignoredValues: readonly RegExp[];
  readonly checkTestFiles: boolean;
  readonly testFiles: readonly RegExp[];
  readonly checkComments: boolean;
}

const compiledByOptions = new WeakMap<RuleOptions, CompiledOptions>();

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

/**
 * Compiles the options once per options object (ESLint passes the same object to every file).
 * A bad regular expression throws one line naming the option.
 */
export function compileOptions(options: RuleOptions): CompiledOptions {
  let compiled = compiledByOptions.get(options);
  if (!compiled) {
    const extra = options.additionalPatterns.map(({ name, pattern }, i): TokenPattern => ({
      id: `custom-${i}`,
      label: name,
      keywords: [""],
      regex: compileRegex(pattern, `additionalPatterns[${i}].pattern`, "g"),
    }));
    compiled = {
      patterns: [...extra, ...TOKEN_PATTERNS],
      ignoredNames: options.ignoredNames.map((name, i) => compileNameOrRegex(name, `ignoredNames[${i}]`)),
      ignoredValues: options.ignoredValues.map((value, i) => compileNameOrRegex(value, `ignoredValues[${i}]`)),
      checkTestFiles: options.checkTestFiles,
      testFiles: options.testFilePatterns.map(globToRegExp),
      checkComments: options.checkComments,
    };
    compiledByOptions.set(options, compiled);
  }
  return compiled;
}
