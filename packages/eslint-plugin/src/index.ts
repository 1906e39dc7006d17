import { createRequire } from "node:module";
import type { ConfigName, CredrefConfig, CredrefPlugin, EslintRule, RuleName } from "../cjs/types.cjs";
import { buildConfigs, CONFIG_FILES } from "./configs.js";
import { rules as ruleModules } from "./rules/index.js";

const { name, version } = createRequire(import.meta.url)("../package.json") as { name: string; version: string };

/**
 * Every rule, by name. The modules are typescript-eslint rules; they are exposed as ESLint's rule type so the plugin
 * type-checks where ESLint's `Plugin` is expected (typescript-eslint's `RuleContext` is not ESLint's). The `satisfies`
 * keeps the published `RuleName` list equal to the registry.
 */
const rules = ruleModules satisfies Record<RuleName, unknown> as unknown as Record<RuleName, EslintRule>;
type Registered = keyof typeof ruleModules;
// Fails to compile when a rule is registered but missing from `RuleName`.
const everyRuleNamed: Registered extends RuleName ? true : never = true;
void everyRuleNamed;

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
export type { CredrefPlugin, ConfigName, CredrefConfig, RuleName, EslintRule };
