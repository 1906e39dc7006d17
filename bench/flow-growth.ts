/**
 * Growth of the flow rules on the shapes that used to be exponential or super-linear: rule time on one generated
 * file at size n and 8n, in one process (linear growth reads about 8×). Time is the rule's own, from ESLint's
 * per-rule stats (`create` and listeners, not parsing), best of three.
 * Run alone: `npx tsx bench/flow-growth.ts [word]` (prints the table; with a word, only the shapes whose name holds it).
 */
import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import plugin from "../packages/eslint-plugin/src/index.js";
import { table, ms, type Section } from "./lib/markdown.js";

interface Shape {
  /** What the file holds, for the table. */
  name: string;
  rule: string;
  /** Size the row starts at; the second column is at 8× this. */
  n: number;
  /** Source text at size `n`. */
  code: (n: number) => string;
}

/** A task body with `cred` resolved; `body` is the task's statements. */
function inTask(body: string, outside = ""): string {
  return `import { App, Input, task, basicRef } from "@credref/types";
class SyncInput extends Input { credential = basicRef("warehouse-db"); host = "db.internal"; }
${outside}
export class SyncApp extends App {
  @task
  async sync(input: SyncInput): Promise<void> {
    const cred = await this.context.resolveCredential(input.credential);
${body}
  }
}
`;
}

/** A local helper with `levels` levels of `` const sK = `${sJ}|${sJ}|…` `` (six references each). */
function nestedHelper(levels: number): string {
  const lines = Array.from({ length: levels }, (_, i) => `  const s${i + 1} = \`${Array.from({ length: 6 }, () => `\${s${i}}`).join("|")}\`;`);
  return `function build(s0: string): string {\n${lines.join("\n")}\n  return s${levels};\n}`;
}

/** The flow shapes; each row reports at least one leak at both sizes (checked while timing). */
export const shapes: Shape[] = [
  {
    name: "local helper with n levels of `${sJ}|${sJ}|…` (six references each), called with a host, then a password",
    rule: "no-credential-logging",
    n: 40,
    code: (n) => inTask(`    console.log(build(input.host));\n    console.log(build(cred.password));`, nestedHelper(n)),
  },
  {
    name: "chain of n copies `const x1 = x0; …` logged at its end, then its start logged",
    rule: "no-credential-logging",
    n: 500,
    code: (n) =>
      inTask(`    const x0 = cred.password;\n${Array.from({ length: n }, (_, i) => `    const x${i + 1} = x${i};`).join("\n")}\n    console.log(x${n});\n    console.log(x0);`),
  },
  {
    name: "connection string of n parts joined with +, logged, then the password logged",
    rule: "no-credential-logging",
    // The parser itself overflows its stack near 1,500 operands.
    n: 100,
    code: (n) =>
      inTask(`    const p = input.host;\n    const dsn = cred.password + ";" + ${Array.from({ length: n }, () => "p").join(" + ")};\n    console.log(dsn);\n    console.log(cred.password);`),
  },
  {
    name: "n lines of `console.log(cred.password)`",
    rule: "no-credential-logging",
    n: 12_500,
    code: (n) => inTask(Array.from({ length: n }, () => "    console.log(cred.password);").join("\n")),
  },
  {
    name: "n lines of `this.sessionStore.set(k, cred.password)`",
    rule: "no-credential-in-output",
    n: 6_250,
    code: (n) => inTask(Array.from({ length: n }, (_, i) => `    this.sessionStore.set("k${i}", cred.password);`).join("\n")),
  },
];

function config(rule: string): Linter.Config[] {
  return [
    {
      files: ["**/*.ts"],
      languageOptions: { parser: parser as Linter.Parser },
      plugins: { "@credref": plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] },
      rules: { [`@credref/${rule}`]: "error" },
    },
  ];
}

/**
 * Best of three: the rule's own milliseconds on `code` (ESLint's per-rule stats: its `create` and listeners, not
 * parsing), and how many problems it reported.
 */
function ruleTime(shape: Shape, n: number): { ms: number; reported: number } {
  const code = shape.code(n);
  let best = Infinity;
  let reported = 0;
  for (let round = 0; round < 3; round++) {
    const linter = new Linter({ cwd: "/growth" });
    // `verifyAndFix` (without fixing) is the entry point that keeps ESLint's per-rule times.
    const { messages } = linter.verifyAndFix(code, config(shape.rule), { filename: "/growth/file.ts", stats: true, fix: false } as Linter.FixOptions);
    const fatal = messages.find((m) => m.fatal);
    if (fatal) throw new Error(`line ${fatal.line}: ${fatal.message}`);
    let total = 0;
    for (const pass of linter.getTimes().passes) total += pass.rules?.[`@credref/${shape.rule}`]?.total ?? 0;
    best = Math.min(best, total);
    reported = messages.length;
  }
  return { ms: best, reported };
}

export async function run(only?: string): Promise<Section> {
  const rows: (string | number)[][] = [];
  let worst = 0;
  for (const shape of shapes.filter((s) => only === undefined || s.name.includes(only))) {
    const small = ruleTime(shape, shape.n);
    const large = ruleTime(shape, shape.n * 8);
    const ratio = large.ms / Math.max(small.ms, 1);
    worst = Math.max(worst, ratio);
    rows.push([shape.rule, shape.name, shape.n, ms(small.ms), small.reported, shape.n * 8, ms(large.ms), large.reported, `${ratio.toFixed(1)}×`]);
    console.error(`  ${shape.rule} ${shape.name}: ${ms(small.ms)} at ${shape.n}, ${ms(large.ms)} at ${shape.n * 8}`);
  }
  return {
    title: "Growth: flow rules at n and 8n",
    markdown: [
      "Rule time (ESLint's per-rule stats: `create` and listeners, not parsing; best of three) on one generated file at size n and 8n, in one process, with the number of problems reported. Linear growth reads about 8×; times under a few milliseconds make the ratio noisy (it is taken against at least 1 ms).",
      "",
      table(["rule", "shape", "n", "time", "reported", "8n", "time", "reported", "ratio"], rows),
      "",
      `Goal: linear growth (ratio near 8, well under 64) → worst ratio ${worst.toFixed(1)}×.`,
    ].join("\n"),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await run(process.argv[2]);
  console.log(`## ${section.title}\n\n${section.markdown}`);
}
