import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Linter } from "eslint";
import { lintAll, ruleNames, ruleOfError } from "./lint-helpers.js";

const nodeModules = fileURLToPath(new URL("../../../../node_modules/", import.meta.url));
const SLICE_SIZE = 300;
const MAX_BYTES = 48 * 1024;

/**
 * A fixed, spread-out slice of the installed JavaScript and TypeScript (every n-th file of the sorted
 * list, small files only to keep the test fast); the full sweep is `npm run bench:crash`.
 */
function representativeSlice(): string[] {
  const all = (fs.readdirSync(nodeModules, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile() && /\.(?:[cm]?js|[cm]?ts)$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))
    .filter((f) => !f.includes(`${path.sep}@credref${path.sep}`) && fs.statSync(f).size <= MAX_BYTES)
    .sort();
  const step = Math.max(1, Math.floor(all.length / SLICE_SIZE));
  return all.filter((_, i) => i % step === 0).slice(0, SLICE_SIZE);
}

describe("never crash on installed code", () => {
  it("has rules to run", () => {
    expect(ruleNames.length).toBeGreaterThan(0);
  });

  it(`lints a slice of ${SLICE_SIZE} node_modules files with every rule and no exception`, () => {
    const files = representativeSlice();
    expect(files.length).toBeGreaterThan(SLICE_SIZE / 2);
    const linter = new Linter({ cwd: "/reliability" });
    const exceptions: string[] = [];
    let parsed = 0;
    for (const file of files) {
      const name = path.relative(nodeModules, file);
      try {
        const messages = lintAll(fs.readFileSync(file, "utf8"), name.replaceAll("node_modules", "nm"), linter);
        if (!messages.some((m) => m.fatal)) parsed++;
      } catch (error) {
        exceptions.push(`${name}: ${ruleOfError(error)}: ${String((error as Error).message).split("\n")[0]}`);
      }
    }
    expect(exceptions).toEqual([]);
    // Most files must actually reach the rules (a slice of unparsable files would prove nothing).
    expect(parsed).toBeGreaterThan(files.length * 0.9);
  }, 60_000);
});
