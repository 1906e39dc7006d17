import { createRequire } from "node:module";
import type { ESLint } from "eslint";
import { buildConfigs, CONFIG_FILES, type ConfigName, type CredrefConfig } from "./configs.js";
import { rules as ruleModules } from "./rules/index.js";

/** A rule as ESLint's plugin type declares it (`ESLint.Plugin["rules"]` values, in ESLint 9 and 10 alike). */
type EslintRule = NonNullable<ESLint.Plugin["rules"]>[string];
/** The name of a rule, without the `@credref/` prefix. */
type RuleName = keyof typeof ruleModules;
/**
 * Every rule, by name. The modules are typescript-eslint rules; they are exposed as ESLint's rule type so the plugin
 * type-checks where ESLint's `Plugin` is expected (typescript-eslint's `RuleContext` is not ESLint's).
 */
const rules = ruleModules as unknown as Record<RuleName, EslintRule>;

const { name, version } = createRequire(import.meta.url)("../package.json") as { name: string; version: string };

/**
 * The plugin object: typed as ESLint's `ESLint.Plugin`, so it goes into `plugins: { "@credref": credref }` of a typed
 * `eslint.config.ts` (ESLint's `defineConfig` or a `Linter.Config[]`) and into typescript-eslint's `config(...)`.
 */
interface CredrefPlugin extends ESLint.Plugin {
  /** The package name and version, and the prefix its rules are registered under (`@credref/<rule>`). */
  meta: { name: string; version: string; namespace: string };
  /** Every rule, by name without the `@credref/` prefix. */
  rules: typeof rules;
  /** The shared configs; each lints {@link CONFIG_FILES} and registers this plugin as `@credref`. */
  configs: Record<ConfigName, CredrefConfig>;
}

const plugin: CredrefPlugin = {
  meta: { name, version, namespace: "@credref" },
  rules,
  configs: {} as CredrefPlugin["configs"],
};
// The configs refer back to the plugin object, so they are attached after it exists.
Object.assign(plugin.configs, buildConfigs(plugin, ruleModules));

/** `import credref from "@credref/eslint-plugin"`; `require("@credref/eslint-plugin")` returns this same object. */
export default plugin;
/** The plugin's name, version and namespace (also on the default export). */
export const meta: CredrefPlugin["meta"] = plugin.meta;
/** The shared configs by name (also on the default export). */
export const configs: CredrefPlugin["configs"] = plugin.configs;
export { rules, CONFIG_FILES };
export type { CredrefPlugin, ConfigName, CredrefConfig, RuleName };
