// The plugin's public types, in one CommonJS-format declaration file so both entries share them: the ES module's
// declarations (dist/index.d.ts) import them, and so does the CommonJS entry's (index.d.cts). A CommonJS declaration
// file cannot import the ES module's types on every supported TypeScript (5.0 rejects it), the reverse works on all.
import type { ESLint, Linter } from "eslint";

/** The names of the shared configs: `credref.configs[name]`, or `"@credref/<name>"` in `extends`. */
export type ConfigName = "recommended" | "strict" | "recommended-type-checked";

/** The name of a rule, without the `@credref/` prefix. */
export type RuleName =
  | "no-credential-in-output"
  | "no-credential-logging"
  | "no-hardcoded-secrets"
  | "require-credential-ref"
  | "resolve-in-task";

/** A rule as ESLint's plugin type declares it (the values of `ESLint.Plugin["rules"]`, in ESLint 9 and 10 alike). */
type PluginRule = NonNullable<ESLint.Plugin["rules"]>[string];

/** One of this plugin's rules: ESLint's rule type, with `meta` (docs, messages, schema) always present. */
export type EslintRule = PluginRule & { meta: NonNullable<PluginRule["meta"]> };

/**
 * A shared config, typed as ESLint's own `Linter.Config` (what `defineConfig` and a `Linter.Config[]` annotation in a
 * typed `eslint.config.ts` expect), with the fields every shared config sets made required.
 */
export type CredrefConfig = Linter.Config & {
  name: string;
  files: string[];
  plugins: Record<string, ESLint.Plugin>;
  /** typescript-eslint's parser; `recommended-type-checked` also turns on its project service. */
  languageOptions: { parser: Linter.Parser; parserOptions?: { projectService?: boolean } };
  rules: Linter.RulesRecord;
};

/**
 * The plugin object: typed as ESLint's `ESLint.Plugin`, so it goes into `plugins: { "@credref": credref }` of a typed
 * `eslint.config.ts` (ESLint's `defineConfig` or a `Linter.Config[]`) and into typescript-eslint's `config(...)`.
 */
export interface CredrefPlugin extends ESLint.Plugin {
  /** The package name and version, and the prefix its rules are registered under (`@credref/<rule>`). */
  meta: { name: string; version: string; namespace: string };
  /** Every rule, by name without the `@credref/` prefix. */
  rules: Record<RuleName, EslintRule>;
  /** The shared configs; each lints JavaScript and TypeScript files of every module flavour, and JSX/TSX. */
  configs: Record<ConfigName, CredrefConfig>;
}
