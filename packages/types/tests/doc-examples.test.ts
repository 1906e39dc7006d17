import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ts } from "ts-morph";
import { beforeAll, describe, expect, test } from "vitest";
import { collectDiagnostics, compareExpectations, createConsumerProject } from "../../../test/support/tsc-expectations.js";

/*
 * Every `@example` in the package's doc comments is compiled against the built package, the way a consumer's
 * code is. An example is one of two kinds:
 * - a module (it imports from "@credref/types" or augments it): compiled as written;
 * - a snippet: compiled as the body of an async method of an app, `this` being the app (with the Atlan client
 *   mixin) and `input` a task input with a credential and an Atlan ref, and with every export of the package in scope.
 * The free names examples use for the app's own code (`ConnectInput`, `openConnection`, ...) are declared once,
 * globally, below. A line that must not compile says so with a marker, as in the compile fixtures:
 * `// error TS2345`. Any other diagnostic fails the example.
 */

const srcDir = fileURLToPath(new URL("../src/", import.meta.url));
// Next to the compile fixtures, so "@credref/types" resolves to the built package exactly as for a consumer.
const exampleDir = fileURLToPath(new URL("./compile/__examples__/", import.meta.url));

/** What the examples' own code needs: declared here once, as globals an example may shadow. */
const GLOBALS = `import { App, AtlanClientMixin, Handler, Input, Output } from "@credref/types";
import type { ApiKeyRef, AtlanApiTokenRef, AtlanOAuthClientRef, BasicRef, HandlerContext, Logger, Secret, TaskContext, AppState } from "@credref/types";
declare global {
  class ConnectInput extends Input { credential: BasicRef<"my-db">; table: string }
  class ConnectOutput extends Output { connected: boolean }
  class SyncInput extends Input { credential: ApiKeyRef<"payments"> }
  class SyncOutput extends Output { rows: number }
  class FetchInput extends Input { credential: AtlanApiTokenRef<"atlan">; atlan: AtlanOAuthClientRef<"atlan-oauth"> }
  class FetchOutput extends Output { count: number }
  class AuthInput extends Input { payload: string }
  class AuthOutput extends Output { ok: boolean }
  class ExampleInput extends Input { credential: BasicRef<"my-db">; db: BasicRef<"my-db">; atlan: AtlanApiTokenRef<"atlan"> }
  class ExampleApp extends AtlanClientMixin(App) {}
  class MyApp extends App { connect(input: ConnectInput): Promise<ConnectOutput> }
  class WebhookHandler extends Handler {}
  interface AssetPage { readonly entities: readonly unknown[] }
  const url: string;
  const api: string;
  const query: object;
  const page: { readonly next: string };
  const logger: Logger;
  const hmac: { update(data: string): void };
  const passwordFromVault: string;
  const keyFromVault: string;
  const connectionString: string;
  const fakeContext: TaskContext;
  const fakeHandlerContext: HandlerContext;
  const memoryState: AppState;
  const git: { fetch(options: { headers: Record<string, string> }): Promise<void> };
  const sshAgent: { add(key: string, passphrase: string): Promise<void> };
  const tls: { connect(options: { cert: string; key: string; passphrase: string; ca: string }): void };
  function openConnection(user: string, password: string): Promise<boolean>;
  function connect(options: { user: string; password: string }): Promise<void>;
  function connectToAtlan(ref: AtlanApiTokenRef | AtlanOAuthClientRef): Promise<import("@credref/types").AsyncAtlanClient>;
  function verify(payload: string, key: Secret<string>): boolean;
}
export {};
`;

interface Example {
  /** Where it is: `file.ts:line (name)`. */
  readonly where: string;
  readonly text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith(".ts") ? [path.join(dir, entry.name)] : [],
  );
}

/** Tags the package's doc comments use on purpose; anything else is code in an example read as a tag. */
const KNOWN_TAGS = new Set(["example", "internal", "packageDocumentation"]);
const strayTags: string[] = [];

/** Every `@example` of every doc comment under src/ (and, on the way, every tag that should not be there). */
function collectExamples(): Example[] {
  const examples: Example[] = [];
  for (const file of sourceFiles(srcDir)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      for (const doc of (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []) {
        for (const tag of doc.tags ?? []) {
          const name = ts.getNameOfDeclaration(node as ts.Declaration)?.getText(source) ?? ts.SyntaxKind[node.kind];
          const line = source.getLineAndCharacterOfPosition(tag.getStart(source)).line + 1;
          if (!KNOWN_TAGS.has(tag.tagName.text)) strayTags.push(`${path.relative(srcDir, file)}:${line} @${tag.tagName.text}`);
          if (tag.tagName.text !== "example") continue;
          examples.push({ where: `${path.relative(srcDir, file)}:${line} (${name})`, text: ts.getTextOfJSDocComment(tag.comment) ?? "" });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return examples;
}

const isModule = (text: string) => /^\s*(import|declare module|export)\b/m.test(text);

const examples = collectExamples();
let reports: Map<string, { missing: readonly string[]; unexpected: readonly string[] }>;

beforeAll(() => {
  const project = createConsumerProject();
  const index = project.addSourceFileAtPath(path.join(srcDir, "index.ts"));
  const checker = project.getTypeChecker().compilerObject;
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(index.compilerNode)!);
  const imports = exported
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return target.flags & ts.SymbolFlags.Value ? symbol.name : `type ${symbol.name}`;
    })
    .join(", ");
  const files = examples.map((example, i) => {
    const file = path.join(exampleDir, `example-${String(i).padStart(3, "0")}.ts`);
    const text = isModule(example.text)
      ? // A module that imports from the package itself gets no prelude import, so its own names stay its own.
        (/from "@credref\/types"/.test(example.text) ? "" : `import { ${imports} } from "@credref/types";\n`) + example.text + "\nexport {};\n"
      : `import { ${imports} } from "@credref/types";\n` +
        `export async function example(this: ExampleApp, input: ExampleInput) {\n${example.text}\n}\n`;
    return { example, file, text };
  });
  reports = new Map();
  // Examples that augment the package get a program each (their registrations would clash); the rest share one.
  const augmenting = files.filter((f) => f.text.includes("declare module"));
  const shared = files.filter((f) => !f.text.includes("declare module"));
  for (const group of [shared, ...augmenting.map((f) => [f])]) {
    const program = createConsumerProject();
    program.createSourceFile(path.join(exampleDir, "globals.ts"), GLOBALS, { overwrite: true });
    for (const f of group) program.createSourceFile(f.file, f.text, { overwrite: true });
    const actual = collectDiagnostics(program);
    for (const f of group) {
      // This example's diagnostics, and any in the shared globals (charged to every example of the group).
      const mine = actual.filter((d) => path.resolve(d.file) === path.resolve(f.file) || path.basename(d.file) === "globals.ts");
      const { missing, unexpected } = compareExpectations(f.file, f.text, mine);
      reports.set(f.example.where, { missing, unexpected });
    }
  }
}, 180_000);

describe("every @example in @credref/types compiles against the built package", () => {
  test("there are examples to check, in every kind of declaration", () => {
    expect(examples.length).toBeGreaterThan(60);
    expect(examples.filter((e) => isModule(e.text)).length).toBeGreaterThan(0);
  });

  // A line of an example starting with a decorator (`@task`) ends the example in every editor's hover: examples
  // write `@ task`, which compiles the same.
  test("no doc comment holds a tag it does not mean (a decorator read as a tag cuts the example)", () => {
    expect(strayTags).toEqual([]);
  });

  test.each(examples.map((e) => [e.where, e] as const))("%s", (where) => {
    expect(reports.get(where)).toEqual({ missing: [], unexpected: [] });
  });
});
