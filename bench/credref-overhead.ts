/**
 * What `@credref/recommended` costs a repository that never uses credref: the whole run's wall time of
 * `@credref/recommended` against a parse-only run, side by side, on the shared real code
 * (`../shared/corpus/real-code/*.tar.gz`: six public TypeScript projects, about a million lines, extracted into a
 * temporary folder at run time and removed after). Each run is a fresh Node process linting every file with
 * `ESLint#lintFiles` (same process setup, same parser, inline config off); the two configs alternate for
 * `BENCH_ROUNDS` rounds (default 2), the order rotating, and the fastest run of each is compared.
 * Goal: `recommended` at most 110% of parse-only.
 *
 * Run alone: `npx tsx bench/credref-overhead.ts` (build the plugin first: the configs import its dist).
 * `BENCH_REAL_CODE_EVERY=k` lints every k-th file only (a quicker, noisier sample).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ESLint } from "eslint";
import { configDir, repoRoot } from "./lib/paths.js";
import { countLines, listFiles } from "./lib/files.js";
import { table, ms, pct, type Section } from "./lib/markdown.js";

const CONFIGS = { "parse-only": "parse-only.mjs", "@credref/recommended": "credref-recommended.mjs" } as const;
type ConfigName = keyof typeof CONFIGS;

interface Run {
  wallMs: number;
  cpuMs: number;
  files: number;
  parseErrors: number;
  findings: number;
  rulesMs: Record<string, number>;
}

/** One lint in this process (the worker side): prints a `Run` as JSON. */
async function worker(config: string, listFile: string, cwd: string): Promise<void> {
  const files = JSON.parse(fs.readFileSync(listFile, "utf8")) as string[];
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: path.join(configDir, config),
    allowInlineConfig: false,
    warnIgnored: false,
    stats: true,
  });
  const cpu = process.cpuUsage();
  const started = performance.now();
  const results = await eslint.lintFiles(files);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const run: Run = { wallMs, cpuMs: (used.user + used.system) / 1000, files: results.length, parseErrors: 0, findings: 0, rulesMs: {} };
  for (const result of results) {
    for (const m of result.messages) {
      if (m.fatal) run.parseErrors++;
      else run.findings++;
    }
    for (const pass of result.stats?.times.passes ?? []) {
      for (const [rule, time] of Object.entries(pass.rules ?? {})) run.rulesMs[rule] = (run.rulesMs[rule] ?? 0) + time.total;
    }
  }
  process.stdout.write(JSON.stringify(run));
}

function lintInProcess(config: string, listFile: string, cwd: string): Run {
  const out = execFileSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "bench/credref-overhead.ts"), "--worker", config, listFile, cwd], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out) as Run;
}

export async function run(): Promise<Section> {
  const title = "Cost on code that never uses credref: `recommended` vs parse-only, whole run";
  const corpusDir = path.resolve(repoRoot, "../shared/corpus/real-code");
  const tarballs = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter((f) => f.endsWith(".tar.gz")).sort() : [];
  if (tarballs.length === 0) return { title, markdown: `No tarballs in ${corpusDir}: section skipped.` };
  const every = Math.max(1, Number(process.env["BENCH_REAL_CODE_EVERY"] ?? 1));
  const rounds = Math.max(1, Number(process.env["BENCH_ROUNDS"] ?? 2));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "credref-overhead-"));
  try {
    for (const tarball of tarballs) execFileSync("tar", ["-xzf", path.join(corpusDir, tarball), "-C", tmp]);
    const files = listFiles(tmp, /(?<!\.d)\.(?:ts|mts|cts)$/).filter((_, i) => i % every === 0);
    const { lines } = countLines(files);
    const listFile = path.join(tmp, "files.json");
    fs.writeFileSync(listFile, JSON.stringify(files));
    const runs = new Map<ConfigName, Run[]>(Object.keys(CONFIGS).map((name) => [name as ConfigName, []]));
    for (let round = 0; round < rounds; round++) {
      const order = (Object.keys(CONFIGS) as ConfigName[]).slice();
      if (round % 2 === 1) order.reverse();
      for (const name of order) {
        const r = lintInProcess(CONFIGS[name], listFile, tmp);
        console.error(`  round ${round + 1} ${name}: ${ms(r.wallMs)} wall, ${ms(r.cpuMs)} CPU`);
        runs.get(name)!.push(r);
      }
    }
    const best = (name: ConfigName) => runs.get(name)!.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
    const base = best("parse-only");
    const ours = best("@credref/recommended");
    const rows = (Object.keys(CONFIGS) as ConfigName[]).map((name) => {
      const r = best(name);
      return [name, r.files, ms(r.wallMs), runs.get(name)!.map((x) => ms(x.wallMs)).join(", "), ms(r.cpuMs), pct(r.wallMs / base.wallMs), r.findings];
    });
    const ruleRows = Object.entries(ours.rulesMs)
      .sort((a, b) => b[1] - a[1])
      .map(([rule, time]) => [rule, ms(time), pct(time / ours.wallMs)]);
    const ratio = ours.wallMs / base.wallMs;
    return {
      facts: { "overhead.wall": pct(ratio), "overhead.cpu": pct(ours.cpuMs / base.cpuMs), "overhead.lines": String(lines) },
      title,
      markdown: [
        `${files.length} TypeScript files (${lines} lines${every > 1 ? `, every ${every}th file` : ""}) of ${tarballs.length} public projects (${tarballs.map((t) => t.replace(".tar.gz", "")).join(", ")}); ${base.parseErrors} files do not parse (deliberately invalid parser fixtures) in both runs. ${rounds} rounds, each run a fresh process; the fastest run of each config is compared.`,
        "",
        table(["config", "files", "wall (best)", "wall (each round)", "CPU (best run)", "of parse-only", "findings"], rows),
        "",
        "Rule time inside the best `recommended` run (ESLint stats), and its share of that run's wall time:",
        "",
        table(["rule", "time", "share of wall"], ruleRows),
        "",
        `Goal: \`recommended\` at most 110% of parse-only's wall time → **${ratio <= 1.1 ? "met" : "missed"}** (${pct(ratio)}). CPU time of the same runs (less sensitive to other load on a shared machine): ${pct(ours.cpuMs / base.cpuMs)}.`,
      ].join("\n"),
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--worker") {
  await worker(process.argv[3]!, process.argv[4]!, process.argv[5]!);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await run();
  console.log(`## ${section.title}\n\n${section.markdown}`);
}
