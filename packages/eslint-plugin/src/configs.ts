import type { TSESLint } from "@typescript-eslint/utils";
import * as parser from "@typescript-eslint/parser";
import * as typedParser from "./parser.js";
import type { CredrefRuleDocs } from "./util/create-rule.js";

type AnyRule = TSESLint.RuleModule<string, readonly unknown[], CredrefRuleDocs>;
export type ConfigName = "recommended" | "strict" | "recommended-type-checked";

/**
 * Builds the shared flat configs from each rule's `meta.docs.recommended`, so a rule is never
 * added to the plugin without landing in the configs it declares.
 */
export function buildConfigs(
  plugin: TSESLint.FlatConfig.Plugin,
  rules: Record<string, AnyRule>,
): Record<ConfigName, TSESLint.FlatConfig.Config> {
  const levelOf = (name: string): CredrefRuleDocs["recommended"] => rules[name]?.meta.docs?.recommended;
  const ruleEntries = (
    include: (level: CredrefRuleDocs["recommended"]) => boolean,
    strict = false,
  ): TSESLint.FlatConfig.Rules =>
    Object.fromEntries(
      Object.keys(rules)
        .filter((name) => include(levelOf(name)))
        .map((name): [string, TSESLint.FlatConfig.RuleEntry] => {
          const strictOptions = strict ? rules[name]?.meta.docs?.strictOptions : undefined;
          return [`@credref/${name}`, strictOptions ? ["error", ...strictOptions] : "error"];
        }),
    );
  const base = { plugins: { "@credref": plugin }, languageOptions: { parser } };
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
      plugins: base.plugins,
      // Files outside every tsconfig fall back to syntactic linting instead of failing the run.
      languageOptions: { parser: typedParser, parserOptions: { projectService: true } },
      rules: ruleEntries((level) => level === "recommended"),
    },
  };
}
