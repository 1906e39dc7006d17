// Runs `scripts/demo.mjs` as a newcomer would (after the build that `pretest` does) and checks its report: it exits
// cleanly, lists every bad-app finding by rule with file:line, shows the compiler errors, passes the good app, and
// never prints a secret.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { parseExpectations } from "../support/tsc-expectations.js";
import { fixtureEslint, fixtureFiles, readFixture, repoRoot } from "../support/fixtures.js";
import { leakedSecrets, markedSecrets } from "../support/fixture-secrets.js";

let demo: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  const run = spawnSync(process.execPath, [path.join(repoRoot, "scripts/demo.mjs")], { cwd: repoRoot, encoding: "utf8" });
  demo = { status: run.status, stdout: run.stdout, stderr: run.stderr };
});

test("exits 0 although the bad app has findings", () => {
  expect(demo.stderr).toBe("");
  expect(demo.status).toBe(0);
});

test("lists every finding of the bad app under its rule with file:line", async () => {
  const results = await fixtureEslint("recommended-type-checked").lintFiles(["fixtures/bad-app/src/**/*.ts"]);
  const appDir = path.join(repoRoot, "fixtures/bad-app");
  const findings = results.flatMap((r) => r.messages.map((m) => ({ rule: m.ruleId!, where: `${path.relative(appDir, r.filePath)}:${m.line}` })));
  expect(findings.length).toBeGreaterThan(0);
  for (const { rule, where } of findings) {
    const section = demo.stdout.split(/\n\n/).find((block) => block.trimStart().startsWith(`${rule} (`)) ?? "";
    expect(section, `${rule} at ${where}`).toContain(`    ${where}  `);
  }
});

test("shows each marked compiler error of the bad app", () => {
  const appDir = path.join(repoRoot, "fixtures/bad-app");
  for (const file of fixtureFiles("bad-app")) {
    for (const { line, codes } of parseExpectations(readFixture(file))) {
      for (const code of codes) expect(demo.stdout).toContain(`${path.relative(appDir, file)}:${line}  TS${code}`);
    }
  }
});

test("passes the good app", () => {
  expect(demo.stdout).toContain("✔ fixtures/good-app: 0 lint findings from 0 rules, 0 compiler errors");
});

test("prints none of the bad app's secrets", () => {
  const secrets = fixtureFiles("bad-app").flatMap((file) => markedSecrets(readFixture(file)));
  expect(secrets.length).toBeGreaterThan(0);
  expect(leakedSecrets(demo.stdout + demo.stderr, secrets)).toEqual([]);
});
