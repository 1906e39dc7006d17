import * as tsParser from "@typescript-eslint/parser";
import { createRequire } from "node:module";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

type ParserOptions = NonNullable<Parameters<typeof tsParser.parseForESLint>[1]>;

/**
 * What typescript-eslint throws when a file has no place in any TypeScript project: not found by the
 * project service (no tsconfig includes it, not in `allowDefaultProject`), or outside every
 * `parserOptions.project`.
 */
const NO_PROJECT = /was not found by the project service|none of those TSConfigs include this file|TSConfig does not include this file/;

let warned = false;

/** Says once per process that some files are linted without types, naming the first and the fix. */
function warnOnce(filePath: string | undefined): void {
  if (warned) return;
  warned = true;
  process.emitWarning(
    `no type information for ${filePath ?? "a file"} (no tsconfig.json includes it); it and any other such files ` +
      `are linted with the syntactic rules only. Add them to a tsconfig "include" or to ` +
      `parserOptions.projectService.allowDefaultProject to get typed checks.`,
    { type: "CredrefWarning", code: "CREDREF_NO_TYPE_INFO" },
  );
}

/**
 * The parser of `@credref/recommended-type-checked`: typescript-eslint's parser, except that a file no
 * TypeScript project includes is parsed without type information instead of failing the whole run.
 * Our rules read types only when `parserServices.program` is there, so such files get the syntactic
 * checks. Every other parse error is rethrown unchanged.
 *
 * @example
 * // eslint.config.js: spread the config; the parser comes with it
 * export default [credref.configs["recommended-type-checked"]];
 */
export function parseForESLint(code: string, options?: ParserOptions): ReturnType<typeof tsParser.parseForESLint> {
  try {
    return tsParser.parseForESLint(code, options);
  } catch (error) {
    if (!(error instanceof Error) || !NO_PROJECT.test(error.message) || options === undefined) throw error;
    warnOnce(options.filePath);
    return tsParser.parseForESLint(code, tsParser.withoutProjectParserOptions(options));
  }
}

export const meta = { name: "@credref/eslint-plugin/parser", version };
