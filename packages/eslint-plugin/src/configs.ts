import type { ESLint, Linter } from "eslint";
import type { ConfigName, CredrefConfig } from "../cjs/types.cjs";
import type { TSESLint } from "@typescript-eslint/utils";
import * as parser from "@typescript-eslint/parser";
import * as typedParser from "./parser.js";
import type { CredrefRuleDocs } from "./util/create-rule.js";

export type { ConfigName, CredrefConfig };

type AnyRule = TSESLint.RuleModule<string, readonly unknown[], CredrefRuleDocs>;

/**
 * The files every shared config applies to: JavaScript and TypeScript in each module flavour (`.js`, `.mjs`, `.cjs`,
 * `.ts`, `.mts`, `.cts`) and with JSX (`.jsx`, `.tsx`). Without it ESLint would lint only its defaults (`.js`, `.mjs`,
 * `.cjs`), and a config spread into an array would silently skip every TypeScript file.
 */
export const CONFIG_FILES: string[] = ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"];

/**
 * Builds the shared flat configs from each rule's `meta.docs.recommended`, so a rule is never
 * added to the plugin without landing in the configs it declares.
 */
export function buildConfigs(plugin: ESLint.Plugin, rules: Record<string, AnyRule>): Record<ConfigName, CredrefConfig> {
  const levelOf = (name: string): CredrefRuleDocs["recommended"] => rules[name]?.meta.docs?.recommended;
  const ruleEntries = (include: (level: CredrefRuleDocs["recommended"]) => boolean, strict = false): Linter.RulesRecord =>
    Object.fromEntries(
      Object.keys(rules)
        .filter((name) => include(levelOf(name)))
        .map((name): [string, Linter.RuleEntry] => {
          const strictOptions = strict ? rules[name]?.meta.docs?.strictOptions : undefined;
          return [`@credref/${name}`, strictOptions ? ["error", ...strictOptions] : "error"];
        }),
    );
  const base = { files: CONFIG_FILES, plugins: { "@credref": plugin }, languageOptions: { parser: parser as Linter.Parser } };
  return {
    recommended: {
      name: "@credref/recommended",
      ...base,
      rules: ruleEntries((level) => level === "recommended"),
    },
    strict: {
      name: "@credref/strict",
      ...base,
      rules: ruleEntries((level) => level !== undefined, true),
    },
    "recommended-type-checked": {
      name: "@credref/recommended-type-checked",
      files: CONFIG_FILES,
      plugins: base.plugins,
      // Files outside every tsconfig fall back to syntactic linting instead of failing the run.
      languageOptions: { parser: typedParser as Linter.Parser, parserOptions: { projectService: true } },
      rules: ruleEntries((level) => level === "recommended"),
    },
  };
}
