// Runs the SARIF formatter that docs/ci.md uploads to code scanning on the bad fixture's results and checks the
// log it writes: SARIF 2.1.0, one result per finding with its rule id and location, and no secret anywhere in it.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ESLint } from "eslint";
import { beforeAll, describe, expect, test } from "vitest";
import { fixtureEslint, fixtureFiles, readFixture, repoRoot } from "../support/fixtures.js";
import { leakedSecrets, markedSecrets } from "../support/fixture-secrets.js";

interface SarifResult {
  ruleId?: string;
  level?: string;
  message?: { text?: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
}
interface SarifLog {
  version: string;
  $schema: string;
  runs: { tool: { driver: { name: string; rules?: { id: string; helpUri?: string }[] } }; results: SarifResult[] }[];
}

const secrets = fixtureFiles("bad-app").flatMap((file) => markedSecrets(readFixture(file)));
let results: ESLint.LintResult[];
let eslint: ESLint;

/** Formats with the SARIF formatter; `embed` turns on its option to copy whole source files into the log. */
async function toSarif(embed: boolean): Promise<string> {
  const formatter = await eslint.loadFormatter("@microsoft/eslint-formatter-sarif");
  const previous = process.env["SARIF_ESLINT_EMBED"];
  if (embed) process.env["SARIF_ESLINT_EMBED"] = "true";
  else delete process.env["SARIF_ESLINT_EMBED"];
  try {
    return await formatter.format(results, { cwd: repoRoot, rulesMeta: eslint.getRulesMetaForResults(results) });
  } finally {
    if (previous === undefined) delete process.env["SARIF_ESLINT_EMBED"];
    else process.env["SARIF_ESLINT_EMBED"] = previous;
  }
}

beforeAll(async () => {
  eslint = fixtureEslint("recommended-type-checked");
  results = await eslint.lintFiles(["fixtures/bad-app/src/**/*.ts"]);
});

describe("SARIF for the bad app", () => {
  let text: string;
  let log: SarifLog;
  beforeAll(async () => {
    text = await toSarif(false);
    log = JSON.parse(text) as SarifLog;
  });

  test("is SARIF 2.1.0 with its schema", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.tool.driver.name).toBe("ESLint");
  });

  test("has one result per finding, each with its rule id, file uri and line", () => {
    const findings = results.flatMap((r) => r.messages.map((m) => `${pathToFileURL(r.filePath).href}:${m.line} ${m.ruleId}`)).sort();
    expect(findings.length).toBeGreaterThan(0);
    const sarifResults = log.runs[0]!.results;
    const located = sarifResults.map((r) => {
      const location = r.locations?.[0]?.physicalLocation;
      return `${location?.artifactLocation?.uri}:${location?.region?.startLine} ${r.ruleId}`;
    });
    expect(located.sort()).toEqual(findings);
    for (const result of sarifResults) {
      expect(result.ruleId).toMatch(/^@credref\/[a-z-]+$/);
      expect(result.message?.text).toBeTruthy();
    }
  });

  test("describes every reported rule with a link to its documentation", () => {
    const described = new Map((log.runs[0]!.tool.driver.rules ?? []).map((rule) => [rule.id, rule.helpUri]));
    for (const ruleId of new Set(log.runs[0]!.results.map((r) => r.ruleId!))) {
      expect(described.get(ruleId), ruleId).toMatch(/\/docs\/rules\/[a-z-]+\.md$/);
    }
  });

  test("contains none of the fixture's secrets", () => {
    expect(secrets.length).toBeGreaterThanOrEqual(10);
    expect(leakedSecrets(text, secrets)).toEqual([]);
  });

  test("the secret check can fail: embedding file contents (never do this in CI) leaks them", async () => {
    const embedded = await toSarif(true);
    expect(leakedSecrets(embedded, secrets).length).toBeGreaterThan(0);
  });
});

test("the bad app's marked secrets are the literal values in its source", () => {
  const config = readFixture(path.join(repoRoot, "fixtures/bad-app/src/config.ts"));
  for (const secret of secrets) expect(config.includes(secret) || secrets.some((s) => s.includes(secret))).toBe(true);
});
