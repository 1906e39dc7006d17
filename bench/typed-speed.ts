/**
 * Cost of `@credref/recommended-type-checked` over a typed baseline (the parser with the project
 * service, no rules) on two TypeScript projects with tsconfigs: a generated app made of copies of the
 * labeled corpus (credential-dense: nearly every function resolves, logs or returns credentials, the
 * worst case for the flow rules) and the repository's own sources (ordinary TypeScript with a heavy
 * type graph). Each run is a fresh child process, so both configs include creating the TypeScript
 * program, as a CI run does.
 */
import path from "node:path";
import { countLines, listFiles } from "./lib/files.js";
import { lintInFreshProcess, type WorkerRun } from "./lib/fresh-process.js";
import { table, ms, pct, type Section } from "./lib/markdown.js";
import { repoRoot } from "./lib/paths.js";
import { generateTypedProject } from "./lib/typed-project.js";
import { verdict } from "./real-code.js";

const COPIES = Number(process.env.BENCH_TYPED_COPIES ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

interface Project {
  label: string;
  describe: string;
  files: string[];
}

function projects(): Project[] {
  const generated = generateTypedProject(COPIES);
  const own = ["packages/types/src", "packages/eslint-plugin/src", "fixtures/good-app/src"].flatMap((dir) =>
    listFiles(path.join(repoRoot, dir), /(?<!\.d)\.ts$/),
  );
  return [
    {
      label: "generated app",
      describe: `${COPIES} copies of test/corpus/src in bench/.out/typed-app under one tsconfig (credential-dense app code)`,
      files: generated,
    },
    {
      label: "repository sources",
      describe: "packages/types/src, packages/eslint-plugin/src and fixtures/good-app/src, each with its own tsconfig",
      files: own,
    },
  ];
}

/** One project's section text, and its headline figures (wall-clock and rule time over the rest of the run). */
function measure(project: Project): { text: string; wall: string; rules: string } {
  const { lines } = countLines(project.files);
  const runs: Record<"base" | "typed", WorkerRun[]> = { base: [], typed: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = [["base", "typed-baseline.mjs"], ["typed", "credref-typed.mjs"]] as const;
    for (const [key, config] of round % 2 === 0 ? order : [...order].reverse()) {
      const r = lintInFreshProcess(config, project.files);
      runs[key].push(r);
      console.error(`  typed ${project.label}, round ${round + 1}: ${config} ${Math.round(r.wallMs)} ms`);
    }
  }
  const best = (k: "base" | "typed") => runs[k].reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
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
  const text = [
    `### ${project.label}`,
    "",
    `${project.describe}: ${project.files.length} files, ${lines} lines.`,
    "",
    table(["config", "wall", "CPU", "ESLint total", "parse", "rules", "wall vs baseline", "CPU vs baseline", "rules / rest of same run", "findings"], rows),
    "",
    table(["rule", "time", "of baseline total"], typed.ruleMs.sort((a, b) => b[1] - a[1]).map(([r, t]) => [r, ms(t), pct(t / base.totalMs)])),
    "",
    `Goal: the typed config adds at most 10% to the typed baseline: wall-clock ${pct(wallOverhead)}, rule time / baseline total ${pct(ruleOverhead)}, ` +
      `rule time / rest of the same run ${pct(rulesOverRest)} → **${verdict(rulesOverRest)}**`,
    fatal.length ? `\nFatal messages: ${fatal.length} (first: ${fatal[0]})` : "",
  ].join("\n");
  return { text, wall: pct(wallOverhead), rules: pct(rulesOverRest) };
}

export async function run(): Promise<Section> {
  const parts = projects().map(measure);
  return {
    title: "Speed with type information",
    markdown: [
      `Each run is a fresh process (program creation included, counted in parse time); ${ROUNDS} round(s), order alternating, ` +
        "per config the round with the least CPU time.",
      "",
      ...parts.map((p) => p.text),
    ].join("\n"),
    facts: Object.fromEntries(
      parts.flatMap((p, i) => {
        const key = i === 0 ? "typed.generated" : "typed.own";
        return [[`${key}.wall`, p.wall], [`${key}.rules`, p.rules]];
      }),
    ),
  };
}
