import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import plugin from "../../src/index.js";

/** Every registered rule, at error, so a reliability test always covers the rules present at run time. */
export const allRules: Linter.RulesRecord = Object.fromEntries(
  Object.keys(plugin.rules).map((name) => [`@credref/${name}`, "error"]),
);

export const ruleNames = Object.keys(plugin.rules);

/** A flat config with every rule on and the syntactic parser (what `recommended` does, plus strict rules). */
export function allRulesConfig(): Linter.Config[] {
  return [
    {
      files: ["**/*.{js,mjs,cjs,ts,mts,cts}"],
      languageOptions: { parser: parser as Linter.Parser },
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off" },
      plugins: { "@credref": plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] },
      rules: allRules,
    },
  ];
}

/** Lints one file's text with every rule; rule exceptions propagate (that is what the tests look for). */
export function lintAll(code: string, filename = "file.ts", linter = new Linter({ cwd: "/reliability" })): Linter.LintMessage[] {
  return linter.verify(code, allRulesConfig(), { filename: `/reliability/${filename}` });
}

/** The rule named in ESLint's wrapper of a rule exception ("Rule: \"@credref/x\""), if any. */
export function ruleOfError(error: unknown): string {
  return /Rule: "([^"]+)"/.exec(String((error as Error | undefined)?.message ?? error))?.[1] ?? "unknown rule";
}
