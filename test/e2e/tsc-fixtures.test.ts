// Type-checks both fixture apps: the good app compiles cleanly (with its own tsconfig, as `tsc -p` does), and the
// bad app produces exactly the compiler errors marked on its lines.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { checkProgram, parseExpectations, type ExpectationReport } from "../support/tsc-expectations.js";
import { fixtureFiles, fixturesDir, readFixture, repoRoot } from "../support/fixtures.js";

describe("bad-app", () => {
  let reports: ExpectationReport[];
  beforeAll(() => {
    reports = checkProgram(fixtureFiles("bad-app"));
  });

  test("marks compiler errors for each mistake the types catch", () => {
    const codes = new Set(fixtureFiles("bad-app").flatMap((f) => parseExpectations(readFixture(f)).flatMap((e) => e.codes)));
    // wrong field / handler context (2339), non-ref and non-Atlan ref (2345), task signature and secret output (1270)
    expect([...codes].sort()).toEqual([1270, 2339, 2345]);
  });

  test("produces exactly the marked diagnostics", () => {
    const problems = reports.flatMap((r) => [
      ...r.missing.map((m) => `${path.relative(repoRoot, r.file)} missing ${m}`),
      ...r.unexpected.map((u) => `${path.relative(repoRoot, r.file)} unexpected ${u}`),
    ]);
    expect(problems).toEqual([]);
  });
});

describe("good-app", () => {
  test("produces no diagnostic", () => {
    const reports = checkProgram(fixtureFiles("good-app"));
    expect(reports.flatMap((r) => r.actual.map((d) => `${path.relative(repoRoot, d.file)}:${d.line} TS${d.code} ${d.message}`))).toEqual([]);
    expect(reports.flatMap((r) => r.unexpected)).toEqual([]);
  });

  test("type-checks with its own tsconfig", () => {
    const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
    expect(() => execFileSync(process.execPath, [tsc, "-p", path.join(fixturesDir, "good-app")], { stdio: "pipe" })).not.toThrow();
  });
});
