import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { ESLint, type Linter } from "eslint";
import plugin from "../../src/index.js";

const projectDir = fileURLToPath(new URL("./partial-project/", import.meta.url));
const inside = path.join(projectDir, "src/app.ts");
const outside = [path.join(projectDir, "scripts/seed.ts"), path.join(projectDir, "scripts/migrate.ts")];

function eslintWith(config: "recommended" | "recommended-type-checked"): ESLint {
  const shared = plugin.configs[config] as Linter.Config;
  return new ESLint({
    cwd: projectDir,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts"] },
      { ...shared, languageOptions: { ...shared.languageOptions, parserOptions: { ...(shared.languageOptions?.parserOptions as object | undefined), tsconfigRootDir: projectDir } } },
    ],
  });
}

const summary = (r: ESLint.LintResult) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? "fatal"} ${m.messageId ?? m.message}`);

describe("partial type information", () => {
  it("lints files outside the tsconfig without types, with the syntactic findings, and warns once", async () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    try {
      const typed = await eslintWith("recommended-type-checked").lintFiles([inside, ...outside]);
      expect(typed.flatMap((r) => r.messages.filter((m) => m.fatal || !m.ruleId))).toEqual([]);

      const syntactic = await eslintWith("recommended").lintFiles(outside);
      for (const file of outside) {
        const typedResult = typed.find((r) => r.filePath === file)!;
        const syntacticResult = syntactic.find((r) => r.filePath === file)!;
        expect(summary(typedResult)).toEqual(summary(syntacticResult));
      }
      // The fixture is not trivially clean: the outside file has findings the fallback must keep.
      expect(typed.find((r) => r.filePath === outside[0])!.messages.length).toBeGreaterThan(0);

      const ours = warn.mock.calls.filter(([, options]) => (options as { code?: string } | undefined)?.code === "CREDREF_NO_TYPE_INFO");
      expect(ours).toHaveLength(1);
      const text = String(ours[0]![0]);
      expect(text).toMatch(/scripts[\\/](seed|migrate)\.ts/);
      expect(text).toContain("allowDefaultProject");
      expect(text.split("\n")).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  }, 60_000);

  it("keeps type information for files inside the tsconfig", async () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    try {
      const [result] = await eslintWith("recommended-type-checked").lintFiles([inside]);
      expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
      expect(warn.mock.calls.filter(([, o]) => (o as { code?: string } | undefined)?.code === "CREDREF_NO_TYPE_INFO")).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  }, 60_000);

  it("still fails on a genuine syntax error", async () => {
    const [result] = await eslintWith("recommended-type-checked").lintText("const = ;", { filePath: inside });
    expect(result!.messages.some((m) => m.fatal)).toBe(true);
  }, 60_000);
});
