// The project lints itself: typescript-eslint's recommended rules (type-checked for the published sources), the
// plugin's own recommended config, and eslint-plugin-eslint-plugin's rules for the rule implementations and tests.
// The bad fixture app is meant to fail; the end-to-end tests lint it.
import { defineConfig, globalIgnores } from "eslint/config";
import eslintPlugin from "eslint-plugin-eslint-plugin";
import tseslint from "typescript-eslint";
import credref from "@credref/eslint-plugin";

export default defineConfig(
  globalIgnores([
    "**/dist/",
    "coverage/",
    // Mutation runs: StrykerJS's sandbox copy of the repository and its reports.
    ".stryker-tmp/",
    "reports/",
    "bench/.out/",
    "fixtures/bad-app/",
    // Labeled inputs for measuring the rules: leaks on purpose.
    "test/corpus/",
    "packages/eslint-plugin/tests/fixture/",
    // Compiler fixtures of the types package: wrong on purpose, each error marked on its line.
    "packages/types/tests/compile/",
    "packages/eslint-plugin/tests/reliability/partial-project/",
  ]),
  {
    name: "credref/typescript",
    files: ["**/*.{ts,mts,js,mjs}"],
    extends: [tseslint.configs.recommended],
  },
  {
    name: "credref/typescript-type-checked",
    files: ["packages/*/src/**/*.ts"],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Application-like code: the packages, scripts, the benchmark, the cross-package tests and the good fixture.
    // Unit and type tests are left out: they exercise misuse of the API and realistic fake tokens on purpose.
    name: "credref/own-rules",
    files: ["packages/*/src/**/*.ts", "scripts/**/*.{ts,mjs}", "bench/**/*.ts", "test/**/*.ts", "fixtures/good-app/**/*.ts"],
    plugins: { "@credref": credref },
    extends: ["@credref/recommended"],
  },
  {
    name: "credref/rule-implementations",
    files: ["packages/eslint-plugin/src/rules/**/*.ts"],
    extends: [eslintPlugin.configs.rules],
    rules: {
      // createRule (ESLintUtils.RuleCreator) adds meta.docs.url from the rule name, out of this rule's sight.
      "eslint-plugin/require-meta-docs-url": "off",
      // meta.docs.recommended names the config ("recommended" | "strict") the rule belongs to; see CredrefRuleDocs.
      "eslint-plugin/require-meta-docs-recommended": "off",
      // typescript-eslint 8's RuleMetaData has no `languages`; the rules run on JavaScript and TypeScript only.
      "eslint-plugin/require-meta-languages": "off",
    },
  },
  {
    name: "credref/rule-tests",
    files: ["packages/eslint-plugin/tests/rules/**/*.ts"],
    extends: [eslintPlugin.configs.tests],
  },
  {
    name: "credref/node-scripts",
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { process: "readonly", console: "readonly", performance: "readonly" } },
  },
);
