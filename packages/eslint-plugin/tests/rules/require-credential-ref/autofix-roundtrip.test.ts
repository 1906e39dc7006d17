import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import plugin from "../../../src/index.js";

/**
 * `--fix` of require-credential-ref on generated files: the fixed text parses, type-checks wherever the input did
 * (program diagnostics against the real @credref/types), and a second `--fix` changes nothing.
 */

const fixtureDir = fileURLToPath(new URL("../../fixture/", import.meta.url));

/** Values for `name` and `storeName`: literals, constants, calls, comma expressions, templates, a number. */
const value = fc.constantFrom('"db"', "'crm'", "DB_NAME", "pick()", '(f(), "vault")', "`tenant-${DB_NAME}`", '"a" + "b"', "1", "Names.db");
const builtinType = fc.constantFrom('"basic"', '"api_key"', '"oauth_client"', '"git_token"', "BASIC");
const anyType = fc.oneof(builtinType, fc.constant('"slack"'));

const handMadeRef = fc
  .record({
    name: value,
    type: anyType,
    store: fc.option(fc.oneof(value, fc.constant('"default"')), { nil: undefined }),
    order: fc.boolean(),
    repeat: fc.boolean(),
    wrap: fc.constantFrom("", " as const", " satisfies object", "!"),
    parens: fc.boolean(),
  })
  .map(({ name, type, store, order, repeat, wrap, parens }) => {
    const parts = [`name: ${name}`, `credentialType: ${type}`, ...(store === undefined ? [] : [`storeName: ${store}`])];
    if (order) parts.reverse();
    if (repeat) parts.unshift("name: pick()");
    const object = `{ ${parts.join(", ")} }${wrap}`;
    return parens ? `(${object})` : object;
  });

const factoryCall = fc
  .record({ type: anyType, name: value, store: fc.option(value, { nil: undefined }) })
  .map(({ type, name, store }) => `credentialRef(${type}, ${name}${store === undefined ? "" : `, { storeName: ${store} }`})`);

const imports = fc.constantFrom(
  "",
  'import { credentialRef } from "@credref/types";',
  'import { basicRef, credentialRef } from "@credref/types";',
  'import { Input, credentialRef } from "@credref/types";',
  'import * as cr from "@credref/types";\nconst credentialRef = cr.credentialRef;',
);

const program = fc.record({ header: imports, refs: fc.array(fc.oneof(handMadeRef, factoryCall), { minLength: 1, maxLength: 4 }) }).map(
  ({ header, refs }) =>
    `${header}
declare function f(): void;
declare function pick(): string;
const DB_NAME = "orders";
const BASIC = "basic";
const Names = { db: "db" } as const;
${refs.map((ref, i) => `export const ref${i} = ${ref};`).join("\n")}
`,
);

const config: Linter.Config[] = [
  {
    files: ["**/*.ts"],
    languageOptions: { parser: parser as Linter.Parser },
    plugins: { "@credref": plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] },
    rules: { "@credref/require-credential-ref": "error" },
  },
];

/** One compiler host for every check, so the declarations of @credref/types and the libs are read once. */
const compilerOptions: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: [],
  skipLibCheck: true,
};
const baseHost = ts.createCompilerHost(compilerOptions);
const cache = new Map<string, ts.SourceFile | undefined>();

/** Semantic and syntactic diagnostics of `text` as a module in the fixture folder, one line each. */
function diagnostics(text: string): string[] {
  const file = path.join(fixtureDir, "roundtrip.mts");
  const host: ts.CompilerHost = {
    ...baseHost,
    getSourceFile: (name, languageVersion) => {
      if (path.resolve(name) === file) return ts.createSourceFile(name, text, languageVersion, true);
      if (!cache.has(name)) cache.set(name, baseHost.getSourceFile(name, languageVersion));
      return cache.get(name);
    },
    fileExists: (name) => path.resolve(name) === file || baseHost.fileExists(name),
    readFile: (name) => (path.resolve(name) === file ? text : baseHost.readFile(name)),
  };
  const built = ts.createProgram([file], compilerOptions, host);
  const source = built.getSourceFile(file)!;
  return [...built.getSyntacticDiagnostics(source), ...built.getSemanticDiagnostics(source)].map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "));
}

describe("require-credential-ref --fix round trip", () => {
  it("fixed output parses, type-checks where the input did, and a second --fix changes nothing", () => {
    const linter = new Linter({ cwd: fixtureDir });
    let fixedFiles = 0;
    fc.assert(
      fc.property(program, (code) => {
        const first = linter.verifyAndFix(code, config, { filename: path.join(fixtureDir, "roundtrip.ts") });
        expect(first.messages.filter((m) => m.fatal), `fixed output does not parse:\n${first.output}`).toEqual([]);
        if (!first.fixed) return;
        fixedFiles++;
        const before = diagnostics(code);
        if (before.length === 0) expect(diagnostics(first.output), `fix broke type checking:\n${code}\n--- fixed ---\n${first.output}`).toEqual([]);
        const second = linter.verifyAndFix(first.output, config, { filename: path.join(fixtureDir, "roundtrip.ts") });
        expect(second.output, `a second --fix changed the file:\n${first.output}`).toBe(first.output);
      }),
      { seed: 6, numRuns: 60 },
    );
    expect(fixedFiles, "no generated file was fixed: the generator misses the rule").toBeGreaterThan(5);
  }, 120_000);
});
