// Lints both fixture apps with every exported config through the ESLint Node API and holds the results to the
// markers in the fixtures: each marked finding on its line, nothing on any other line.
import path from "node:path";
import type { ESLint } from "eslint";
import { beforeAll, describe, expect, test } from "vitest";
import plugin from "@credref/eslint-plugin";
import { compareLint, parseLintExpectations } from "../support/lint-expectations.js";
import {
  configNames,
  enabledRules,
  fixtureEslint,
  fixtureFiles,
  isTyped,
  readFixture,
  repoRoot,
  type FixtureApp,
} from "../support/fixtures.js";

const apps: FixtureApp[] = ["bad-app", "good-app"];

describe("the bad app marks a finding of every rule", () => {
  const marked = new Set(fixtureFiles("bad-app").flatMap((file) => parseLintExpectations(readFixture(file)).map((e) => e.rule)));

  test.each(Object.keys(plugin.rules))("%s has at least one marked finding", (rule) => {
    expect(marked.has(rule)).toBe(true);
  });

  test("every marker names a rule the plugin has", () => {
    expect([...marked].filter((rule) => !(rule in plugin.rules))).toEqual([]);
  });

  test("the good app has no markers", () => {
    expect(fixtureFiles("good-app").flatMap((file) => parseLintExpectations(readFixture(file)))).toEqual([]);
  });
});

describe.each(configNames)("the %s config", (config) => {
  const results = new Map<string, ESLint.LintResult>();

  beforeAll(async () => {
    const eslint = fixtureEslint(config);
    for (const result of await eslint.lintFiles(apps.map((app) => `fixtures/${app}/src/**/*.ts`))) {
      results.set(result.filePath, result);
    }
  });

  test.each(apps)("lints every file of %s", (app) => {
    for (const file of fixtureFiles(app).filter((f) => !f.endsWith(".d.ts"))) {
      expect(results.has(file), path.relative(repoRoot, file)).toBe(true);
    }
  });

  test.each(apps)("%s gets exactly the marked findings", (app) => {
    const missing: string[] = [];
    const unexpected: string[] = [];
    for (const file of fixtureFiles(app)) {
      const result = results.get(file);
      if (result === undefined) continue;
      const comparison = compareLint(readFixture(file), result.messages, { enabledRules: enabledRules(config), typed: isTyped(config) });
      const name = path.relative(repoRoot, file);
      missing.push(...comparison.missing.map((m) => `${name} ${m}`));
      unexpected.push(...comparison.unexpected.map((m) => `${name} ${m}`));
    }
    expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
  });
});
