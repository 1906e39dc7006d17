// Every config form the READMEs show, loaded from its own config file by the ESLint Node API (what the CLI and the
// editor extension use) and run on a fixture with one file of each kind: TS, TSX, MTS, CTS, JS, JSX, MJS, CJS. Each
// form must lint every file and find exactly the mistakes marked on their lines; the typed config files must compile.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, test } from "vitest";
import plugin from "@credref/eslint-plugin";
import { compareLint } from "../support/lint-expectations.js";
import { fixturesDir, readFixture, repoRoot } from "../support/fixtures.js";

const fixture = path.join(fixturesDir, "config-forms");
const sources = readdirSync(path.join(fixture, "src")).map((file) => path.join(fixture, "src", file)).sort();
const allRules = new Set(Object.keys(plugin.rules));

const forms = [
  { file: "array.mjs", what: "the config spread into an array", typed: false },
  { file: "define-config.mjs", what: "defineConfig with extends", typed: false },
  { file: "type-checked.mjs", what: "recommended-type-checked with the project service", typed: true },
  { file: "commonjs.cjs", what: "a CommonJS config with require", typed: false },
  { file: "typed.mjs", what: "a // @ts-check config", typed: false },
];

describe("the fixture", () => {
  test("has a file of every kind the shared configs lint", () => {
    expect([...new Set(sources.map((file) => path.extname(file)))].sort()).toEqual([".cjs", ".cts", ".js", ".jsx", ".mjs", ".mts", ".ts", ".tsx"]);
  });

  test("shared configs name those kinds in `files`", () => {
    for (const config of Object.values(plugin.configs)) expect(config.files).toEqual(["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"]);
  });
});

describe.each(forms)("$file ($what)", ({ file, typed }) => {
  test("lints every file and finds exactly the marked mistakes", async () => {
    const eslint = new ESLint({ cwd: fixture, overrideConfigFile: `configs/${file}` });
    const results = await eslint.lintFiles(["src"]);
    expect(results.map((result) => path.relative(fixture, result.filePath)).sort()).toEqual(
      sources.map((source) => path.relative(fixture, source)),
    );
    const problems = results.flatMap((result) => {
      const { missing, unexpected } = compareLint(readFixture(result.filePath), result.messages, { enabledRules: allRules, typed });
      const name = path.relative(fixture, result.filePath);
      return [...missing.map((m) => `${name} missing ${m}`), ...unexpected.map((m) => `${name} unexpected ${m}`)];
    });
    expect(problems).toEqual([]);
  });
});

describe("CommonJS and typed configs", () => {
  test("require returns the plugin object itself, the one import gives and the configs register", () => {
    // In a plain Node process: vitest loads modules through its own graph, which would make two copies.
    const script = `
      const required = require("@credref/eslint-plugin");
      import("@credref/eslint-plugin").then(({ default: imported }) => {
        console.log(JSON.stringify({
          same: required === imported,
          registered: required.configs.recommended.plugins["@credref"] === required,
          name: required.meta.name,
        }));
      });`;
    const output = execFileSync(process.execPath, ["--input-type=commonjs", "-e", script], { cwd: fixture, encoding: "utf8" });
    expect(JSON.parse(output)).toEqual({ same: true, registered: true, name: "@credref/eslint-plugin" });
  });

  test("eslint.config.ts, a // @ts-check config and a CommonJS config compile against ESLint's types", () => {
    const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
    // skipLibCheck is off in that tsconfig, so the plugin's declaration files are checked as well.
    const run = () => execFileSync(process.execPath, [tsc, "-p", path.join(fixture, "configs")], { stdio: "pipe", encoding: "utf8" });
    expect(run).not.toThrow();
  });
});
