import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ESLint, type Linter } from "eslint";
import { parse } from "@typescript-eslint/parser";
import plugin from "../../src/index.js";
import { allRulesConfig } from "./lint-helpers.js";

/**
 * Our own output never repeats a secret: every message and suggestion description of every rule, on
 * the bad fixture app (which is full of them), with and without type information. SARIF and the demo
 * are checked by the end-to-end tests.
 */
const fixturesDir = fileURLToPath(new URL("../../../../fixtures/", import.meta.url));
const badApp = path.join(fixturesDir, "bad-app");
const hasBadApp = fs.existsSync(path.join(badApp, "src"));

function sourceFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.[cm]?ts$/.test(f) && !f.endsWith(".d.ts") && !f.includes("node_modules"))
    .map((f) => path.join(dir, f));
}

/** Literal text that looks secret: long, no spaces, at least three character classes. */
function looksSecret(text: string): boolean {
  if (text.length < 10 || /\s/.test(text)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((c) => c.test(text)).length;
  return classes >= 3;
}

/** String, template and comment contents of a file that look secret, plus `user:pass` parts of URLs. */
function secretLiterals(file: string): string[] {
  const ast = parse(fs.readFileSync(file, "utf8"), { tokens: true, comment: true, range: true, loc: true });
  const texts = [
    ...(ast.tokens ?? []).filter((t) => t.type === "String" || t.type === "Template").map((t) => t.value.replace(/^["'`}]|["'`]$|\$\{$/g, "")),
    ...(ast.comments ?? []).map((c) => c.value),
  ];
  const found = new Set<string>();
  for (const text of texts) {
    for (const word of text.split(/[\s"'`,;()]+/)) if (looksSecret(word)) found.add(word);
    for (const m of text.matchAll(/\/\/[^:/@\s]+:([^@\s]+)@/g)) if (m[1]!.length >= 4) found.add(m[1]!);
  }
  return [...found];
}

/** The exact text of each span the hard-coded secrets rule reported (the literal itself). */
function reportedSpans(results: ESLint.LintResult[]): string[] {
  const spans: string[] = [];
  for (const r of results) {
    const lines = fs.readFileSync(r.filePath, "utf8").split("\n");
    for (const m of r.messages) {
      if (m.ruleId !== "@credref/no-hardcoded-secrets" || m.endLine !== m.line || m.endColumn === undefined) continue;
      const text = lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1).replace(/^["'`]|["'`]$/g, "");
      if (text.length >= 6) spans.push(text);
    }
  }
  return spans;
}

function eslintFor(typed: boolean): ESLint {
  const configs: Linter.Config[] = typed
    ? [
        { files: ["**/*.ts"] },
        {
          ...(plugin.configs["recommended-type-checked"] as Linter.Config),
          languageOptions: {
            ...(plugin.configs["recommended-type-checked"] as Linter.Config).languageOptions,
            parserOptions: { projectService: true, tsconfigRootDir: fixturesDir },
          },
        },
        // Strict-only rules too, so every rule's messages are covered.
        { files: ["**/*.ts"], rules: allRulesConfig()[0]!.rules },
      ]
    : allRulesConfig();
  return new ESLint({ cwd: fixturesDir, overrideConfigFile: true, overrideConfig: configs });
}

describe.skipIf(!hasBadApp)("no secret in our own output", () => {
  for (const typed of [false, true]) {
    it(`messages and suggestions on the bad fixture never contain its secrets (${typed ? "typed" : "syntactic"})`, async () => {
      const files = sourceFiles(badApp);
      const results = await eslintFor(typed).lintFiles(files);
      const messages = results.flatMap((r) => r.messages);
      expect(messages.filter((m) => m.fatal).map((m) => m.message)).toEqual([]);
      expect(messages.length).toBeGreaterThan(0);
      const secrets = [...new Set([...files.flatMap(secretLiterals), ...reportedSpans(results)])];
      expect(secrets.length).toBeGreaterThan(0);
      const leaks: string[] = [];
      for (const r of results) {
        for (const m of r.messages) {
          const texts = [m.message, ...(m.suggestions ?? []).map((s) => s.desc)];
          for (const secret of secrets) {
            // Report where, never the value itself (this test's own output must not print it either).
            if (texts.some((t) => t.includes(secret))) leaks.push(`${path.relative(fixturesDir, r.filePath)}:${m.line} ${m.ruleId}`);
          }
        }
      }
      expect(leaks).toEqual([]);
    }, 60_000);
  }
});
