/*
 * The rule docs' code examples are code: every "incorrect" block must be reported by its rule, every "correct"
 * block must be clean, and both must parse. Users copy these blocks; a doc that drifted from the rule is a bug.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

const docsDir = fileURLToPath(new URL("../docs/rules/", import.meta.url));

/**
 * What every example may use without importing it, as an app written against `@credref/types` would have in scope.
 * Blocks that import for themselves are linted as written.
 */
const PRELUDE = [
  "import { App, task, Handler, Input, Output, AtlanClientMixin, basicRef, apiKeyRef, bearerTokenRef, oauthClientRef,",
  "  certificateRef, gitSshRef, gitTokenRef, atlanApiTokenRef, atlanOAuthClientRef, credentialRef } from \"@credref/types\";",
  "import type { BasicCredential, ApiKeyCredential, BearerTokenCredential, TaskContext, HandlerContext, Secret } from \"@credref/types\";",
  "",
].join("\n");

type Kind = "incorrect" | "correct";

interface Example {
  readonly kind: Kind;
  readonly line: number;
  readonly code: string;
}

/** Code blocks (`ts`, `tsx`, `js`) under an "Examples of incorrect / correct code" paragraph. */
function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split("\n");
  let kind: Kind | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heading = /\*\*(incorrect|correct)\*\*/.exec(line);
    if (heading && !line.startsWith("```")) kind = heading[1] as Kind;
    else if (/^#{1,6} /.test(line)) kind = undefined;
    const fence = /^```(ts|tsx|js|mjs|typescript)\s*$/.exec(line);
    if (!fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith("```")) end++;
    if (kind) examples.push({ kind, line: start, code: lines.slice(start, end).join("\n") });
    i = end;
  }
  return examples;
}

function lint(ruleName: string, code: string, tsx: boolean) {
  const linter = new Linter({ configType: "flat" });
  const source = /^import\b.*from\s+["']@credref\/types["']/m.test(code) ? code : PRELUDE + code;
  return linter.verify(
    source,
    [
      {
        files: ["**/*.ts", "**/*.tsx"],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: tsx } } },
        plugins: { "@credref": plugin as never },
        rules: { [`@credref/${ruleName}`]: "error" },
      },
    ],
    { filename: tsx ? "src/app/example.tsx" : "src/app/example.ts" },
  );
}

const docs = readdirSync(docsDir)
  .filter((file) => file.endsWith(".md"))
  .map((file) => ({ rule: file.replace(/\.md$/, ""), markdown: readFileSync(`${docsDir}${file}`, "utf8") }));

describe("rule docs", () => {
  it("has a doc page for every rule", () => {
    expect(docs.map((d) => d.rule).sort()).toEqual(Object.keys(plugin.rules).sort());
  });

  for (const { rule, markdown } of docs) {
    describe(rule, () => {
      const examples = examplesOf(markdown);

      it("shows at least one incorrect and one correct example", () => {
        expect(examples.filter((e) => e.kind === "incorrect").length).toBeGreaterThan(0);
        expect(examples.filter((e) => e.kind === "correct").length).toBeGreaterThan(0);
      });

      for (const example of examples) {
        it(`the ${example.kind} example at line ${example.line} is ${example.kind === "incorrect" ? "reported" : "clean"}`, () => {
          const messages = lint(rule, example.code, /<\w/.test(example.code) && /\bjsx\b|<\/\w|\/>/.test(example.code));
          const fatal = messages.filter((m) => m.fatal).map((m) => `${m.line}: ${m.message}`);
          expect(fatal, "the example must parse").toEqual([]);
          const own = messages.filter((m) => m.ruleId === `@credref/${rule}`);
          if (example.kind === "incorrect") expect(own.length, "an incorrect example must be reported").toBeGreaterThan(0);
          else expect(own.map((m) => `${m.line}: ${m.messageId}`), "a correct example must be clean").toEqual([]);
        });
      }
    });
  }
});
