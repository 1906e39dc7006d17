import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { fileMentions, mayHoldSecrets, programMayCarryBrand } from "../../src/util/early-exit.js";
import { decodeEscapes } from "../../src/util/file-mentions.js";

/** Lints `code` with one rule and returns the rule ids of its reports. */
function reports(rule: string, code: string): string[] {
  const linter = new Linter({ cwd: "/early-exit" });
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: parser as Linter.Parser },
        plugins: { "@credref": plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] },
        rules: { [`@credref/${rule}`]: "error" },
      },
    ],
    { filename: "/early-exit/file.ts" },
  );
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => m.ruleId ?? "");
}

describe("per-file early exit", () => {
  it("finds a word anywhere in the text, also through a \\u escape", () => {
    const source = (text: string) => ({ text, ast: {} }) as never;
    expect(fileMentions(source("const a = ctx.resolveCredential(ref);"), ["getSecret", "resolveCredential"])).toBe(true);
    expect(fileMentions(source("const a = vault.read(ref);"), ["getSecret", "resolveCredential"])).toBe(false);
    expect(fileMentions(source("const a = ctx.resolve\\u0043redential(ref);"), ["resolveCredential"])).toBe(true);
  });

  it("reads words spelled through escapes, and skips a file whose escapes spell none", () => {
    const source = (text: string) => ({ text, ast: {} }) as never;
    const words = ["getSecret", "resolveCredential"];
    expect(fileMentions(source('const a = ctx.resolve\\u{43}redential(ref);'), words)).toBe(true);
    expect(fileMentions(source('const a = ctx["getS\\x65cret"]("db");'), words)).toBe(true);
    expect(fileMentions(source('const a = ctx["get\\Secret"]("db");'), words)).toBe(true);
    expect(fileMentions(source('const a = ctx["get\\\nSecret"]("db");'), words)).toBe(true);
    expect(fileMentions(source('const e = "caf\\u00e9", re = /\\d+\\s/;'), words)).toBe(false);
    // An escaped backslash is a backslash: `\\u0043` is not `C`.
    expect(fileMentions(source('const s = "resolve\\\\u0043redential";'), words)).toBe(false);
  });

  it("decodes every escape form JavaScript source has", () => {
    expect(decodeEscapes("a\\u0041\\u{1F600}\\x42\\q\\\nc")).toBe("aA\u{1F600}Bqc");
    expect(decodeEscapes("\\\\u0041")).toBe("\\u0041");
    expect(decodeEscapes("\\u{110000}")).toBe("\\u{110000}");
  });

  it("with type information, a file without source words may hold secrets only if its program declares the brand", () => {
    const withProgram = (files: string[]) =>
      ({ text: "export const a = load();", ast: {}, parserServices: { program: { getSourceFiles: () => files.map((text) => ({ text })) } } }) as never;
    const credrefProgram = withProgram(["export {};", "declare const SecretBrand: unique symbol;"]);
    const otherProgram = withProgram(["export {};", "declare const somethingElse: unique symbol;"]);
    expect(programMayCarryBrand(credrefProgram)).toBe(true);
    expect(programMayCarryBrand(otherProgram)).toBe(false);
    expect(mayHoldSecrets(credrefProgram, ["resolveCredential"])).toBe(true);
    expect(mayHoldSecrets(otherProgram, ["resolveCredential"])).toBe(false);
    expect(mayHoldSecrets({ text: "x.resolveCredential(r)", ast: {} } as never, ["resolveCredential"])).toBe(true);
  });

  it("resolve-in-task still reports a source call spelled with an escape", () => {
    const code = `export class Job { go() { return this.context.resolve\\u0043redential(this.input.db); } }`;
    expect(reports("resolve-in-task", code)).toEqual(["@credref/resolve-in-task"]);
  });

  it("no-credential-logging still reports a secret read through a method name spelled with escapes", () => {
    const code = `export class Job { async go() { const pw = await this.context.getS\\u0065cret("db"); console.log(pw); } }`;
    expect(reports("no-credential-logging", code)).toEqual(["@credref/no-credential-logging"]);
  });

  it("require-credential-ref still reports a hand-made ref in a file that does not import credref", () => {
    expect(reports("require-credential-ref", `export const ref = { name: "db", credentialType: "basic" };`)).toEqual(["@credref/require-credential-ref"]);
  });
});
