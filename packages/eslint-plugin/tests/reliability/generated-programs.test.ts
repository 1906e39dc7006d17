import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ESLint, Linter } from "eslint";
import plugin from "../../src/index.js";
import { allRules, lintAll, ruleNames, ruleOfError } from "./lint-helpers.js";
import { programShape, render, type GeneratedProgram } from "./program-generator.js";

const typedFixtureDir = fileURLToPath(new URL("../fixture/", import.meta.url));

/** What must hold of the findings on one generated program, with or without type information. */
function check(program: GeneratedProgram, messages: Linter.LintMessage[]): void {
  const context = `\n--- generated program ---\n${program.code}`;
  expect(messages.filter((m) => m.fatal).map((m) => m.message), `parse error${context}`).toEqual([]);
  for (const m of messages) {
    // No rule reports outside the sink lines.
    expect(program.sinks.has(m.line), `${m.ruleId} reported line ${m.line}, not a sink${context}`).toBe(true);
    // No generated secret appears in a message or a suggestion description.
    const texts = [m.message, ...(m.suggestions ?? []).map((s) => s.desc)];
    for (const secret of program.secrets) {
      expect(texts.some((t) => t.includes(secret)), `${m.ruleId} printed a secret value${context}`).toBe(false);
    }
  }
  // Every definite leak is reported by its rule, if that rule is registered.
  for (const [line, { rule, required }] of program.sinks) {
    if (!required || !ruleNames.includes(rule)) continue;
    const reported = messages.some((m) => m.line === line && m.ruleId === `@credref/${rule}`);
    expect(reported, `@credref/${rule} missed line ${line}${context}`).toBe(true);
  }
}

describe("generated programs", () => {
  it("rules never throw, never report outside sink lines, and report the definite leaks (syntactic)", () => {
    const linter = new Linter({ cwd: "/reliability" });
    fc.assert(
      fc.property(programShape, (shape) => {
        const program = render(shape);
        let messages: Linter.LintMessage[];
        try {
          messages = lintAll(program.code, "generated.ts", linter);
        } catch (error) {
          throw new Error(`${ruleOfError(error)} threw: ${String((error as Error).message).split("\n")[0]}\n${program.code}`);
        }
        check(program, messages);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("the same holds with type information", async () => {
    const eslint = new ESLint({
      cwd: typedFixtureDir,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ["**/*.ts"],
          languageOptions: {
            parser: (await import("@typescript-eslint/parser")) as Linter.Parser,
            parserOptions: { projectService: true, tsconfigRootDir: typedFixtureDir },
          },
          linterOptions: { reportUnusedDisableDirectives: "off" },
          plugins: { "@credref": plugin as unknown as ESLint.Plugin },
          rules: allRules,
        },
      ],
    });
    await fc.assert(
      fc.asyncProperty(programShape, async (shape) => {
        const program = render(shape);
        const [result] = await eslint.lintText(program.code, { filePath: `${typedFixtureDir}file.ts` });
        check(program, result!.messages);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
