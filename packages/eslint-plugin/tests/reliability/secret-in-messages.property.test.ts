import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ESLint, Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import plugin from "../../src/index.js";
import { typedFixtureDir } from "../rule-tester.js";
import { fakeChars } from "../fake-tokens.js";
import { allRules, lintAll } from "./lint-helpers.js";
import { copiesOf, secret, TASK, TEMPLATES } from "./message-templates.js";

/**
 * Whatever string literal sits where a message describes code (a callee's argument, a computed member of a sink or
 * a store, a method or field key, a type argument, a ref's values), no message, suggestion description or fix may
 * copy it anywhere new. Secrets are random; a window of 8 characters of one in our text counts as a leak.
 */

describe("no literal of the code is copied into our text", () => {
  it("every template is reported (so the property below checks real messages)", () => {
    for (const [name, template] of Object.entries(TEMPLATES)) {
      expect(lintAll(template(JSON.stringify(fakeChars(20, 99)))).length, name).toBeGreaterThan(0);
    }
  });

  it("in messages, suggestions and fixes, for random secrets in every position (syntactic)", () => {
    const linter = new Linter({ cwd: "/reliability" });
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(TEMPLATES)), secret, fc.constantFrom('"', "'", "`"), (name, value, quote) => {
        const code = TEMPLATES[name]!(`${quote}${value}${quote}`);
        expect(copiesOf(code, value, lintAll(code, "file.ts", linter), name)).toEqual([]);
      }),
      { seed: 1130, numRuns: 120 },
    );
  }, 120_000);

  it("in a typed message naming a branded literal type", async () => {
    const eslint = new ESLint({
      cwd: typedFixtureDir,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ["**/*.ts"],
          languageOptions: { parser: parser as Linter.Parser, parserOptions: { projectService: true, tsconfigRootDir: typedFixtureDir } },
          linterOptions: { reportUnusedDisableDirectives: "off" },
          plugins: { "@credref": plugin as unknown as ESLint.Plugin },
          rules: allRules,
        },
      ],
    });
    let reported = 0;
    await fc.assert(
      fc.asyncProperty(secret, async (value) => {
        const code = TASK(`const key = makeKey() as Secret<${JSON.stringify(value)}>; console.log(key, wrap<Secret<${JSON.stringify(value)}>>(key));`).replace(
          "export class",
          "declare function makeKey(): string;\ndeclare function wrap<T>(value: T): T;\nexport class",
        );
        const [result] = await eslint.lintText(code, { filePath: `${typedFixtureDir}/file.ts` });
        reported += result!.messages.filter((m) => m.message.includes("typed")).length;
        expect(copiesOf(code, value, result!.messages, "branded literal type")).toEqual([]);
      }),
      { seed: 1130, numRuns: 6 },
    );
    expect(reported, "the typed template was never reported by its type").toBeGreaterThan(0);
  }, 120_000);
});
