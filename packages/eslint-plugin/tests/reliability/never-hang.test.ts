import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "@typescript-eslint/parser";
import { lintAll } from "./lint-helpers.js";
import { compileGlob } from "../../src/util/file-globs.js";

/**
 * Hang detection, not a speed goal: every budget here is far above normal run time and only trips
 * on super-linear backtracking or a quadratic loop. The precise 1 MB timings are in the bench
 * (bench/large-inputs.ts).
 */
const BUDGET_MS = 1000;
const LENGTH = 100_000;
const srcDir = fileURLToPath(new URL("../../src/", import.meta.url));

interface Pattern {
  where: string;
  regex: RegExp;
}

/** A module of the analysis folders (model/, flow/, secrets/, ...): not a rule, not the plugin's entry files. */
function isAnalysisModule(file: string): boolean {
  const folder = path.relative(srcDir, path.dirname(file));
  return folder !== "" && folder.split(path.sep)[0] !== "rules";
}

function sourceFiles(): string[] {
  return (fs.readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).map((f) => path.join(srcDir, f));
}

/** Regex literals and `new RegExp("literal")` calls in the plugin's sources, found from the AST. */
function literalPatterns(): Pattern[] {
  const found: Pattern[] = [];
  for (const file of sourceFiles()) {
    const ast = parse(fs.readFileSync(file, "utf8"), { loc: true, range: true });
    const where = (node: { loc: { start: { line: number } } }) => `${path.relative(srcDir, file)}:${node.loc.start.line}`;
    const visit = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node)) return node.forEach(visit);
      const n = node as Record<string, unknown> & { type?: string; loc: { start: { line: number } } };
      if (n.type === "Literal" && n.regex) {
        const { pattern, flags } = n.regex as { pattern: string; flags: string };
        found.push({ where: where(n), regex: new RegExp(pattern, flags) });
      }
      if ((n.type === "NewExpression" || n.type === "CallExpression") && (n.callee as { name?: string }).name === "RegExp") {
        const [source, flags] = (n.arguments as { type: string; value?: unknown }[]).map((a) => (a.type === "Literal" ? a.value : undefined));
        if (typeof source === "string") found.push({ where: where(n), regex: new RegExp(source, typeof flags === "string" ? flags : "") });
      }
      for (const [key, value] of Object.entries(n)) if (key !== "parent" && key !== "loc" && key !== "range") visit(value);
    };
    visit(ast);
  }
  return found;
}

/** RegExp values reachable from each analysis module's exports (every folder of src/ but rules/; catalogues built at import time included). */
async function exportedValues(): Promise<{ patterns: Pattern[]; functions: { where: string; fn: (...a: unknown[]) => unknown }[] }> {
  const patterns: Pattern[] = [];
  const functions: { where: string; fn: (...a: unknown[]) => unknown }[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, where: string, depth: number): void => {
    if (value instanceof RegExp) return void patterns.push({ where, regex: value });
    if (!value || typeof value !== "object" || seen.has(value) || depth > 4) return;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`, depth + 1);
  };
  for (const file of sourceFiles().filter((f) => isAnalysisModule(f))) {
    const mod = (await import(file)) as Record<string, unknown>;
    const name = path.basename(file, ".ts");
    for (const [key, value] of Object.entries(mod)) {
      if (typeof value === "function") functions.push({ where: `${name}.${key}`, fn: value as never });
      else walk(value, `${name}.${key}`, 0);
    }
  }
  return { patterns, functions };
}

/** The literal text a pattern starts with (`ghp_`, `-----BEGIN `, `postgres://`), for near-miss inputs. */
function literalPrefix(regex: RegExp): string {
  let out = "";
  const src = regex.source.replace(/^\^|^\\b|^\(\?:/g, "");
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\\" && /[-/.:@_=+]/.test(src[i + 1] ?? "")) out += src[++i];
    else if (/[\w\- :/@=]/.test(c) && !/[?*+{]/.test(src[i + 1] ?? "")) out += c;
    else break;
  }
  return out;
}

/** An exported function of an analysis module whose first parameter is declared `string`. */
interface StringHelper {
  /** `module.export`, as `exportedValues` names functions. */
  key: string;
  params: { type: string; optional: boolean }[];
}

/** Every exported function of the analysis modules whose first parameter is a string, with its declared parameters. */
function stringHelpers(): StringHelper[] {
  const found: StringHelper[] = [];
  for (const file of sourceFiles().filter((f) => isAnalysisModule(f))) {
    const text = fs.readFileSync(file, "utf8");
    const ast = parse(text, { range: true });
    for (const statement of ast.body) {
      const fn = statement.type === "ExportNamedDeclaration" ? statement.declaration : undefined;
      if (fn?.type !== "FunctionDeclaration" || !fn.id) continue;
      const params = fn.params.map((param) => {
        const bound = param.type === "AssignmentPattern" ? param.left : param;
        const annotation = "typeAnnotation" in bound ? bound.typeAnnotation : undefined;
        const type = annotation ? text.slice(annotation.typeAnnotation.range[0], annotation.typeAnnotation.range[1]) : "unknown";
        const optional = param.type === "AssignmentPattern" || ("optional" in bound && bound.optional === true);
        return { type, optional };
      });
      // Helpers that also take syntax (a node, a source code, a rule context) are exercised by linting, below.
      const takesSyntax = params.some((param) => /TSESTree|TSESLint|SourceCode|Context\b|\bNode\b/.test(param.type));
      if (params[0]?.type === "string" && !takesSyntax) found.push({ key: `${path.basename(file, ".ts")}.${fn.id.name}`, params });
    }
  }
  return found;
}

/** Arguments of declared types for a helper whose parameters are strings, numbers, string lists or optional. */
function defaultArguments(helper: StringHelper): ((input: string) => unknown[]) | undefined {
  const builders: ((input: string) => unknown)[] = [];
  for (const { type, optional } of helper.params) {
    if (type === "string") builders.push((input) => input);
    else if (type === "number") builders.push(() => 3);
    else if (/^(?:readonly )?string\[\]$|^Iterable<string>$/.test(type)) builders.push((input) => [input.slice(0, 64)]);
    else if (optional) break;
    else return undefined;
  }
  return (input) => builders.map((build) => build(input));
}

/** Helpers whose other arguments are not plain strings: each called with values of its real types. */
const HELPER_ARGUMENTS: Record<string, (input: string) => unknown[]> = {
  // A glob option is at most MAX_GLOB_LENGTH characters (the schema says so); the path may be any length.
  "file-globs.compileGlob": (input) => [input.slice(0, 4096)],
  "file-globs.matchesAnyGlob": (input) => [input, [compileGlob("**/*.{test,spec}.ts"), compileGlob(`${"*a".repeat(12)}*b`)]],
  "placeholders.isNonSecretValue": (input) => [input, { unambiguous: true, humanChosen: true }],
  // A file path and an import specifier: the specifier is the adversarial part (a path cannot be 100k long).
  "module-files.resolveRelative": (input) => ["/project/src/app.ts", `./${input}`],
  "module-files.moduleFileView": (input) => ["/project/src/app.ts", `./${input}`],
  "roles.importedRole": (input) => [input, { kind: "named", name: input }],
};

/** Helpers not run on user text, with the reason. */
const SKIPPED_HELPERS: Record<string, string> = {
  "dsl.format": "builds the token catalogue from fixed definitions at import time",
  "dsl.prefixed": "builds the token catalogue from fixed definitions at import time",
  "dsl.gated": "builds the token catalogue from fixed definitions at import time",
  "option-schema.nameListOption": "builds a rule's JSON schema from a fixed description",
};

const FILLERS = ["a", "A", "0", "f", "_", "-", " ", "=", "/", "+", ".", ":", "@", "\\", "\n", '"', "aA0", "a-", "a ", "a.", "ab=", "a:", "0x", "%2"];

function adversarialInputs(regex: RegExp): string[] {
  const prefix = literalPrefix(regex);
  const inputs = FILLERS.map((f) => f.repeat(Math.ceil(LENGTH / f.length)).slice(0, LENGTH));
  if (prefix.length > 0) {
    for (const f of ["a", "A", "0", "-", " ", "=", "aA0"]) inputs.push((prefix + f.repeat(LENGTH)).slice(0, LENGTH));
    inputs.push(prefix.repeat(Math.ceil(LENGTH / prefix.length)).slice(0, LENGTH));
    inputs.push(`${prefix}${"a".repeat(40)} `.repeat(Math.ceil(LENGTH / (prefix.length + 41))).slice(0, LENGTH));
  }
  return inputs;
}

/** Runs a pattern the way a scanner does: every match of a global pattern, else one search. */
function exercise(regex: RegExp, input: string): void {
  const re = new RegExp(regex.source, regex.flags.replace("y", ""));
  if (re.global) {
    const matches = input.matchAll(re);
    for (let count = 0; count <= 10_000 && !matches.next().done; count++);
  } else {
    re.exec(input);
  }
}

const slowest = (label: string, timings: { where: string; ms: number }[]) =>
  timings.filter((t) => t.ms > BUDGET_MS).map((t) => `${label} ${t.where}: ${Math.round(t.ms)} ms`);

describe("never hang", () => {
  it("every regular expression in the plugin's sources handles 100k-character adversarial input", async () => {
    const patterns = [...literalPatterns(), ...(await exportedValues()).patterns];
    expect(patterns.length).toBeGreaterThan(0);
    const timings: { where: string; ms: number }[] = [];
    for (const { where, regex } of patterns) {
      for (const input of adversarialInputs(regex)) {
        const started = performance.now();
        exercise(regex, input);
        timings.push({ where: `${where} /${regex.source.slice(0, 60)}/ on ${JSON.stringify(input.slice(0, 12))}…`, ms: performance.now() - started });
      }
    }
    expect(slowest("pattern", timings)).toEqual([]);
  }, 120_000);

  it("every exported string helper of the analysis modules handles 100k-character adversarial input", async () => {
    const { functions } = await exportedValues();
    const helpers = stringHelpers();
    expect(helpers.length).toBeGreaterThan(10);
    const timings: { where: string; ms: number }[] = [];
    const unknown: string[] = [];
    for (const helper of helpers) {
      if (helper.key in SKIPPED_HELPERS) continue;
      const fn = functions.find((f) => f.where === helper.key)?.fn;
      expect(fn, `${helper.key} is exported but was not loaded`).toBeDefined();
      const argsFor = HELPER_ARGUMENTS[helper.key] ?? defaultArguments(helper);
      if (!argsFor) {
        unknown.push(`${helper.key}(${helper.params.map((p) => p.type).join(", ")})`);
        continue;
      }
      for (const filler of FILLERS) {
        const input = filler.repeat(Math.ceil(LENGTH / filler.length)).slice(0, LENGTH);
        const args = argsFor(input);
        const started = performance.now();
        // Called with arguments of its declared types: an exception here is a failure, not noise.
        fn!(...args);
        timings.push({ where: `${helper.key} on ${JSON.stringify(filler)}×`, ms: performance.now() - started });
      }
    }
    expect(unknown, "string helpers whose arguments this test cannot build: add them to HELPER_ARGUMENTS").toEqual([]);
    expect(slowest("helper", timings)).toEqual([]);
  }, 120_000);

  it("lints files holding 1 MB string literals, template literals and comments with every rule", () => {
    const mb = 1024 * 1024;
    const tokenish = Array.from({ length: mb }, (_, i) => "Ab9_-xQ7+/zK"[(i * 7919) % 12]).join("");
    const files = {
      "literal.ts": `export const blob = "${tokenish}";`,
      "password.ts": `export const password = "${tokenish}";`,
      "template.ts": `export const body = \`${tokenish}\${1}\`;`,
      "comment.ts": `// ${tokenish}\nexport {};`,
      "repeated.ts": `export const apiKey = "${"a".repeat(mb)}";`,
    };
    for (const [name, code] of Object.entries(files)) {
      const started = performance.now();
      const messages = lintAll(code, name);
      const elapsed = performance.now() - started;
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      // Parse included; ten seconds only catches a hang (the bench reports the real rule time).
      expect(elapsed, `${name} took ${Math.round(elapsed)} ms`).toBeLessThan(10_000);
    }
  }, 120_000);
});
