import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { checkFiles, compareExpectations, parseExpectations, type ExpectationReport } from "../../../test/support/tsc-expectations.js";

const compileDir = fileURLToPath(new URL("./compile/", import.meta.url));
const files = readdirSync(compileDir)
  .filter((f) => f.endsWith(".ts"))
  .sort();
let reports: Map<string, ExpectationReport>;

// Each fixture gets its own program (module augmentations stay private to their file): a few seconds in all.
beforeAll(() => {
  reports = new Map(checkFiles(files.map((f) => path.join(compileDir, f))).map((r) => [path.basename(r.file), r]));
}, 120_000);

describe("compile fixtures produce exactly the diagnostics marked in them", () => {
  test("there are good and bad fixtures", () => {
    expect(files.filter((f) => f.startsWith("good-")).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith("bad-")).length).toBeGreaterThanOrEqual(6);
  });

  test.each(files.filter((f) => f.startsWith("good-")))("%s compiles without a diagnostic", (file) => {
    const report = reports.get(file)!;
    expect(report.expected).toEqual([]);
    expect(report.actual.map((d) => `${d.line} TS${d.code} ${d.message}`)).toEqual([]);
    expect(report.unexpected).toEqual([]);
  });

  test.each(files.filter((f) => f.startsWith("bad-")))("%s fails exactly where marked", (file) => {
    const report = reports.get(file)!;
    expect(report.expected.length).toBeGreaterThan(0);
    expect(report.missing).toEqual([]);
    expect(report.unexpected).toEqual([]);
  });
});

// A consumer with legacy decorators on: @task must say so, not blame the class or the method.
test("with experimentalDecorators on, @task says legacy decorators are on", { timeout: 120_000 }, () => {
  const fixture = path.join(compileDir, "legacy-decorators", "bad-legacy-decorators.ts");
  const [report] = checkFiles([fixture], { experimentalDecorators: true });
  expect(report!.expected.length).toBe(2);
  expect(report!.missing).toEqual([]);
  expect(report!.unexpected).toEqual([]);
});

describe("marker parsing and comparison", () => {
  const text = [
    "const a = 1;",
    'void a.nope; // error TS2339 "nope"',
    "f(); // error TS2304, TS2554",
  ].join("\n");

  test("reads line, codes and message fragment", () => {
    expect(parseExpectations(text)).toEqual([
      { line: 2, codes: [2339], fragment: "nope" },
      { line: 3, codes: [2304, 2554] },
    ]);
  });

  test("reports a missing code, a wrong fragment and an unmarked diagnostic", () => {
    const report = compareExpectations("/x.ts", text, [
      { file: "/x.ts", line: 2, code: 2339, message: "Property 'other' does not exist" },
      { file: "/x.ts", line: 3, code: 2304, message: "Cannot find name 'f'." },
      { file: "/x.ts", line: 1, code: 2322, message: "Type mismatch" },
      { file: "/lib.d.ts", line: 4, code: 2300, message: "Duplicate identifier" },
    ]);
    expect(report.missing).toEqual([
      'line 2: TS2339 without "nope" in: Property \'other\' does not exist',
      "line 3: expected TS2554, got TS2304",
    ]);
    expect(report.unexpected).toEqual(["/lib.d.ts:4 TS2300 Duplicate identifier", "line 1: TS2322 Type mismatch"]);
  });
});
