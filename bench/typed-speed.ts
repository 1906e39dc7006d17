/**
 * Cost of `@credref/recommended-type-checked` over a typed baseline (the parser with the project
 * service, no rules) on a generated multi-file app with a tsconfig. Each run is a fresh child process,
 * so both include creating the TypeScript program, as a CI run does.
 */
import { countLines } from "./lib/files.js";
import { lintInFreshProcess, type WorkerRun } from "./lib/fresh-process.js";
import { table, ms, pct, type Section } from "./lib/markdown.js";
import { generateTypedProject } from "./lib/typed-project.js";
import { verdict } from "./real-code.js";

const COPIES = Number(process.env.BENCH_TYPED_COPIES ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

export async function run(): Promise<Section> {
  const files = generateTypedProject(COPIES);
  const { lines } = countLines(files);
  const runs: Record<string, WorkerRun[]> = { base: [], typed: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [key, config] of [["base", "typed-baseline.mjs"], ["typed", "credref-typed.mjs"]] as const) {
      const r = lintInFreshProcess(config, files);
      runs[key]!.push(r);
      console.error(`  typed, round ${round + 1}: ${config} ${Math.round(r.wallMs)} ms`);
    }
  }
  const best = (k: string) => runs[k]!.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
  const base = best("base");
  const typed = best("typed");
  const wallOverhead = typed.wallMs / base.wallMs - 1;
  const ruleOverhead = typed.rulesMs / base.totalMs;
  const rulesOverRest = typed.rulesMs / (typed.totalMs - typed.rulesMs);
  const fatal = [...base.fatal, ...typed.fatal];
  const rows = [
    ["typed parser only (baseline)", ms(base.wallMs), ms(base.cpuMs), ms(base.totalMs), ms(base.parseMs), ms(base.rulesMs), "—", "—", "—", base.findings],
    [
      "@credref/recommended-type-checked",
      ms(typed.wallMs),
      ms(typed.cpuMs),
      ms(typed.totalMs),
      ms(typed.parseMs),
      ms(typed.rulesMs),
      pct(wallOverhead),
      pct(typed.cpuMs / base.cpuMs - 1),
      pct(rulesOverRest),
      typed.findings,
    ],
  ];
  return {
    title: "Speed with type information",
    markdown: [
      `Project: ${files.length} files, ${lines} lines — ${COPIES} copies of test/corpus/src in bench/.out/typed-app with one tsconfig ` +
        `(imports resolve \`@credref/types\` from its build). Each run is a fresh process (program creation included); ${ROUNDS} round(s), the one with the least CPU time kept. ` +
        "Parse time includes building the TypeScript program.",
      "",
      table(["config", "wall", "CPU", "ESLint total", "parse", "rules", "wall vs baseline", "CPU vs baseline", "rules / rest of same run", "findings"], rows),
      "",
      table(["rule", "time", "of baseline total"], typed.ruleMs.sort((a, b) => b[1] - a[1]).map(([r, t]) => [r, ms(t), pct(t / base.totalMs)])),
      "",
      `Goal: the typed config adds at most 10% to the typed baseline: wall-clock ${pct(wallOverhead)}, rule time / baseline total ${pct(ruleOverhead)}, ` +
        `rule time / rest of the same run ${pct(rulesOverRest)} → **${verdict(rulesOverRest)}**`,
      fatal.length ? `\nFatal messages: ${fatal.length} (first: ${fatal[0]})` : "",
    ].join("\n"),
  };
}
