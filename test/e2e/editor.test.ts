// The editor path: the VS Code ESLint extension lints the open buffer with ESLint's Node API (`lintText` with the
// document's file path), so findings and their suggestions must come through that call, typed config included.
import path from "node:path";
import type { ESLint, Linter } from "eslint";
import { describe, expect, test } from "vitest";
import { fixtureEslint, fixtureFiles, readFixture, repoRoot } from "../support/fixtures.js";
import { leakedSecrets, markedSecrets } from "../support/fixture-secrets.js";

const badConfig = path.join(repoRoot, "fixtures/bad-app/src/config.ts");
const goodCrm = path.join(repoRoot, "fixtures/good-app/src/connectors/crm.ts");
const badInputs = path.join(repoRoot, "fixtures/bad-app/src/inputs.ts");
const secrets = fixtureFiles("bad-app").flatMap((file) => markedSecrets(readFixture(file)));

async function lintBuffer(eslint: ESLint, filePath: string, text: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(text, { filePath });
  return result!.messages;
}

function applySuggestion(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

describe.each(["recommended", "recommended-type-checked"] as const)("lintText with the %s config", (config) => {
  const eslint = fixtureEslint(config);

  test("shows the findings of an open bad file, with suggestions that fix them and never show a secret", async () => {
    const text = readFixture(badConfig);
    const messages = await lintBuffer(eslint, badConfig, text);
    expect(messages.length).toBeGreaterThan(0);
    const withSuggestions = messages.filter((m) => (m.suggestions?.length ?? 0) > 0);
    expect(withSuggestions.length).toBeGreaterThan(0);
    for (const message of withSuggestions) {
      for (const suggestion of message.suggestions!) {
        expect(suggestion.desc).toBeTruthy();
        expect(leakedSecrets(suggestion.desc, secrets)).toEqual([]);
        // The suggested code replaces the secret instead of repeating it.
        const fixed = applySuggestion(text, suggestion.fix);
        const lineBefore = text.split("\n")[message.line - 1]!;
        const removed = leakedSecrets(lineBefore, secrets).filter((secret) => !fixed.includes(secret));
        expect(removed.length, `${message.ruleId} line ${message.line}`).toBeGreaterThan(0);
      }
    }
  });

  test("offers the ref factory for a plain-text credential input", async () => {
    const messages = await lintBuffer(eslint, badInputs, readFixture(badInputs));
    const plainPassword = messages.find((m) => m.ruleId === "@credref/require-credential-ref" && m.line === readFixture(badInputs).split("\n").findIndex((l) => l.includes('password = ""')) + 1);
    expect(plainPassword).toBeDefined();
    expect(plainPassword!.suggestions?.some((s) => s.fix.text.includes("basicRef("))).toBe(true);
  });

  test("a clean open file has no finding, and a leak typed into the unsaved buffer is found on its line", async () => {
    const saved = readFixture(goodCrm);
    expect(await lintBuffer(eslint, goodCrm, saved)).toEqual([]);
    const anchor = "    const session = await this.context.resolveCredential(input.session);\n";
    expect(saved).toContain(anchor);
    const edited = saved.replace(anchor, `${anchor}    log.info({ token: session.token }, "session");\n`);
    const line = edited.split("\n").findIndex((l) => l.includes("token: session.token")) + 1;
    const messages = await lintBuffer(eslint, goodCrm, edited);
    expect(messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual([`${line} @credref/no-credential-logging`]);
  });
});
