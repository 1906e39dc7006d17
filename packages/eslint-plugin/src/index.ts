import { createRequire } from "node:module";
import type { TSESLint } from "@typescript-eslint/utils";
import { buildConfigs, type ConfigName } from "./configs.js";
import { rules } from "./rules/index.js";

const { name, version } = createRequire(import.meta.url)("../package.json") as { name: string; version: string };

interface CredrefPlugin extends TSESLint.FlatConfig.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<ConfigName, TSESLint.FlatConfig.Config>;
}

const plugin: CredrefPlugin = {
  meta: { name, version, namespace: "@credref" },
  rules,
  configs: {} as CredrefPlugin["configs"],
};
// The configs refer back to the plugin object, so they are attached after it exists.
Object.assign(plugin.configs, buildConfigs(plugin, rules));

export default plugin;
// Named exports too, so `require("@credref/eslint-plugin")` (Node's require of ESM returns the namespace) and tools
// that read the namespace, such as eslint-doc-generator, see a complete plugin.
export const { meta, configs } = plugin;
export { rules };
export type { CredrefPlugin, ConfigName };
