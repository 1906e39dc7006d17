/**
 * The fixture apps and how the end-to-end tests lint them: the real ESLint Node API (what the editor extension and
 * the CLI use) with one of the plugin's exported configs.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import plugin, { type ConfigName } from "@credref/eslint-plugin";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const fixturesDir = path.join(repoRoot, "fixtures");
export type FixtureApp = "good-app" | "bad-app";
export const configNames = Object.keys(plugin.configs) as ConfigName[];

/** Absolute paths of an app's TypeScript sources, sorted. */
export function fixtureFiles(app: FixtureApp): string[] {
  const root = path.join(fixturesDir, app, "src");
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => path.join(root, file))
    .sort();
}

export function readFixture(file: string): string {
  return readFileSync(file, "utf8");
}

/** Rule names (without prefix) a config turns on. */
export function enabledRules(config: ConfigName): Set<string> {
  return new Set(Object.keys(plugin.configs[config].rules ?? {}).map((id) => id.replace(/^@credref\//, "")));
}

export function isTyped(config: ConfigName): boolean {
  return plugin.configs[config].languageOptions?.parserOptions?.["projectService"] !== undefined;
}

/** An ESLint instance configured only by `config` (no config file), typed configs pointed at the fixture tsconfigs. */
export function fixtureEslint(config: ConfigName): ESLint {
  return new ESLint({
    cwd: repoRoot,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts"], ...(plugin.configs[config] as ESLint.Options["overrideConfig"] & object) },
      { files: ["**/*.ts"], languageOptions: { parserOptions: { tsconfigRootDir: fixturesDir } } },
    ],
  });
}
