// Every complete ESLint config the docs show (README, the plugin README, docs/ci.md, docs/editor.md), run as written:
// each is saved as a project's eslint.config file, next to a copy of the config-forms fixture (a file of every kind,
// each mistake marked on its line), and ESLint finds the config itself as it does in a user's project. A block counts
// as a complete config when it loads the plugin and exports a config; fragments (a `{ ... }` to merge) are left out.
// `eslint.config.ts` blocks need jiti to run on Node 20; their twin fixtures/config-forms/configs/typed.ts is compiled.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, test } from "vitest";
import plugin from "@credref/eslint-plugin";
import { compareLint } from "../support/lint-expectations.js";
import { fixturesDir, readFixture, repoRoot } from "../support/fixtures.js";

const docs = ["README.md", "packages/eslint-plugin/README.md", "docs/ci.md", "docs/editor.md"];
const allRules = new Set(Object.keys(plugin.rules));

interface Block {
  doc: string;
  line: number;
  code: string;
}

function configBlocks(): Block[] {
  return docs.flatMap((doc) => {
    const text = readFileSync(path.join(repoRoot, doc), "utf8");
    return [...text.matchAll(/```js\n([\s\S]*?)```/g)]
      .filter((m) => /from "@credref\/eslint-plugin"|require\("@credref\/eslint-plugin"\)/.test(m[1]!) && /export default|module\.exports/.test(m[1]!))
      .map((m) => ({ doc, line: text.slice(0, m.index).split("\n").length, code: m[1]! }));
  });
}

const blocks = configBlocks();
const scratch = mkdtempSync(path.join(os.tmpdir(), "credref-readme-configs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the docs' config blocks", () => {
  test("include the array, defineConfig, CommonJS and type-checked forms", () => {
    const forms = blocks.map((b) => (b.code.includes("module.exports") ? "cjs" : b.code.includes("defineConfig") ? "defineConfig" : "array"));
    expect(new Set(forms)).toEqual(new Set(["cjs", "defineConfig", "array"]));
    expect(blocks.some((b) => b.code.includes("recommended-type-checked"))).toBe(true);
  });
});

describe.each(blocks.map((block) => ({ ...block, name: `${block.doc}:${block.line}` })))("$name", ({ doc, line, code }) => {
  test("lints every file of the fixture and finds exactly the marked mistakes", async () => {
    const dir = path.join(scratch, `${doc.replace(/\W+/g, "-")}-${line}`);
    cpSync(path.join(fixturesDir, "config-forms/src"), path.join(dir, "src"), { recursive: true });
    cpSync(path.join(fixturesDir, "config-forms/tsconfig.json"), path.join(dir, "tsconfig.json"));
    cpSync(path.join(fixturesDir, "config-forms/package.json"), path.join(dir, "package.json"));
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
    writeFileSync(path.join(dir, code.includes("module.exports") ? "eslint.config.cjs" : "eslint.config.js"), code);

    const results = await new ESLint({ cwd: dir }).lintFiles(["src"]);
    expect(results.map((r) => path.basename(r.filePath)).sort()).toEqual(
      ["app.ts", "helper.ts", "legacy.cjs", "plain.js", "script.mjs", "settings.cts", "view.tsx", "widget.jsx", "worker.mts"],
    );
    const typed = code.includes("recommended-type-checked");
    const problems = results.flatMap((result) => {
      const { missing, unexpected } = compareLint(readFixture(result.filePath), result.messages, { enabledRules: allRules, typed });
      const name = path.basename(result.filePath);
      return [...missing.map((m) => `${name} missing ${m}`), ...unexpected.map((m) => `${name} unexpected ${m}`)];
    });
    expect(problems).toEqual([]);
  });
});
