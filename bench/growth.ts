/**
 * Growth on pathological shapes: each rule's time on one generated file at size n and 8n, in one process, so the
 * ratio says whether cost grows linearly (≈8×) or worse. Time is the rule's own, from ESLint's stats (`create`
 * and listeners, not parsing), best of three.
 * Run alone: `npx tsx bench/growth.ts` (prints the table).
 */
import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import plugin from "../packages/eslint-plugin/src/index.js";
import { fakeChars } from "../packages/eslint-plugin/tests/fake-tokens.js";
import { table, ms, type Section } from "./lib/markdown.js";

interface Shape {
  /** What the file holds, for the table. */
  name: string;
  rule: string;
  /** The rule's options, if any. */
  options?: unknown[];
  /** Size the row starts at; the second column is at 8× this. */
  n: number;
  /** Source text at size `n`. */
  code: (n: number) => string;
  /** File name at size `n` (default `file.ts`). */
  filename?: (n: number) => string;
}

const HEAD = `import { App, Input, task, basicRef } from "@credref/types";\n`;

/** The shapes of the scope analysis, the options and the early exit (other shapes live with their rules' benches). */
export const shapes: Shape[] = [
  {
    name: "class whose methods call each other (a chain both ways), each resolving a credential",
    rule: "resolve-in-task",
    n: 300,
    code: (n) =>
      `${HEAD}export class Chain extends App {\n  @task async go() { return this.m0(); }\n${Array.from(
        { length: n },
        (_, i) => `  async m${i}() { await this.context.resolveCredential(this.input.db); return ${i > 0 ? `this.m${i - 1}()` : "0"} + ${i + 1 < n ? `this.m${i + 1}()` : "0"}; }`,
      ).join("\n")}\n}\n`,
  },
  {
    name: "class with n `this.f = ...` writes, then one log of `this.f`",
    rule: "no-credential-logging",
    n: 2500,
    code: (n) =>
      `${HEAD}export class Writes extends App {\n  f = "";\n  @task async go() {\n${Array.from({ length: n }, (_, i) => `    this.f = "v${i}";`).join("\n")}\n    console.log(this.f);\n  }\n}\n`,
  },
  {
    name: "free helpers calling each other, each reading a secret",
    rule: "resolve-in-task",
    n: 300,
    code: (n) =>
      `${HEAD}${Array.from({ length: n }, (_, i) => `async function h${i}(ctx: any) { await ctx.getSecret("k"); return ${i > 0 ? `h${i - 1}(ctx)` : "0"}; }`).join("\n")}\nexport class T extends App { @task async go() { return h${n - 1}(this.context); } }\n`,
  },
  {
    name: "testFilePatterns glob `*a*a…*b` against an n-character file name",
    rule: "no-hardcoded-secrets",
    options: [{ testFilePatterns: [`${"*a".repeat(12)}*b`] }],
    n: 40,
    code: () => `export const label = "x";\n`,
    filename: (n) => `${"a".repeat(n)}.ts`,
  },
  {
    name: "n `ignoredNames` (options compiled once, not per file): 50 files",
    rule: "no-hardcoded-secrets",
    n: 2500,
    options: [],
    // The value is built at run time (no secret-looking literal in the repository).
    code: () => `export const password = "${fakeChars(16, 5)}!";\n`,
  },
];

function config(rule: string | undefined, options: unknown[] | undefined): Linter.Config[] {
  return [
    {
      files: ["**/*.ts"],
      languageOptions: { parser: parser as Linter.Parser },
      plugins: { "@credref": plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] },
      rules: rule ? { [`@credref/${rule}`]: ["error", ...(options ?? [])] } : {},
    },
  ];
}

/**
 * Best of three: the rule's milliseconds over `files` verifications of `code`, from ESLint's own per-rule stats
 * (its `create` and its listeners; parsing is not counted).
 */
function time(code: string, filename: string, rule: string, configs: () => Linter.Config[], files = 1): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const linter = new Linter({ cwd: "/growth" });
    let total = 0;
    for (let i = 0; i < files; i++) {
      // A fresh config array per file, as ESLint builds for each file of a run: a cache keyed by identity misses.
      // `verifyAndFix` (without fixing) is the entry point that keeps ESLint's per-rule times.
      const { messages } = linter.verifyAndFix(code, configs(), { filename: `/growth/${i}-${filename}`, stats: true, fix: false } as Linter.FixOptions);
      const fatal = messages.find((m) => m.fatal);
      if (fatal) throw new Error(`${filename}: ${fatal.message}`);
      for (const pass of linter.getTimes().passes) total += pass.rules?.[`@credref/${rule}`]?.total ?? 0;
    }
    best = Math.min(best, total);
  }
  return best;
}

/** The rule's time on `shape` at size `n`. */
function ruleTime(shape: Shape, n: number): number {
  const code = shape.code(n);
  const filename = shape.filename?.(n) ?? "file.ts";
  const ignored = shape.name.includes("ignoredNames");
  const options = (): unknown[] | undefined => (ignored ? [{ ignoredNames: Array.from({ length: n }, (_, i) => `name${i}`) }] : shape.options);
  return time(code, filename, shape.rule, () => config(shape.rule, options()), ignored ? 50 : 1);
}

export async function run(): Promise<Section> {
  const rows: (string | number)[][] = [];
  let worst = 0;
  // `npx tsx bench/growth.ts <word>` runs only the shapes whose rule or description holds the word.
  const only = import.meta.url === `file://${process.argv[1]}` ? process.argv[2] : undefined;
  for (const shape of shapes.filter((s) => only === undefined || `${s.rule} ${s.name}`.includes(only))) {
    ruleTime(shape, shape.n); // warm-up: the first run of a rule also compiles it
    const small = ruleTime(shape, shape.n);
    const large = ruleTime(shape, shape.n * 8);
    const ratio = large / Math.max(small, 1);
    worst = Math.max(worst, ratio);
    rows.push([shape.rule, shape.name, shape.n, ms(small), shape.n * 8, ms(large), `${ratio.toFixed(1)}×`]);
    console.error(`  ${shape.rule} ${shape.name}: ${ms(small)} at ${shape.n}, ${ms(large)} at ${shape.n * 8}`);
  }
  return {
    title: "Growth: pathological shapes at n and 8n",
    markdown: [
      "Rule time (ESLint's per-rule stats: `create` and listeners, not parsing; best of three) on one generated file at size n and 8n, in one process. Linear growth reads about 8×; times under a few milliseconds make the ratio noisy (it is taken against at least 1 ms).",
      "",
      table(["rule", "shape", "n", "time", "8n", "time", "ratio"], rows),
      "",
      `Goal: linear growth (ratio near 8, well under 64) → worst ratio ${worst.toFixed(1)}×.`,
    ].join("\n"),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await run();
  console.log(`## ${section.title}\n\n${section.markdown}`);
}
