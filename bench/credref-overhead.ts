/**
 * What `@credref/recommended` costs a repository that never uses credref: the whole run's wall time of
 * `@credref/recommended` against a parse-only run, side by side, on the shared real code
 * (`../shared/corpus/real-code/*.tar.gz`: six public TypeScript projects, about a million lines, extracted into a
 * temporary folder at run time and removed after).
 *
 * Method, built for a shared, noisy machine: each run is a fresh Node process with the same setup (same parser,
 * inline config off, `ESLint#lintFiles` over the same file list; only the config file differs), and the runs are
 * interleaved for at least three rounds, the order rotated each round (parse-only first, then the do-nothing rule
 * first, then recommended first, ...), so slow periods of the machine fall on every config alike and no config
 * always runs right after the same other one. Per config the section reports the minimum and the median of wall time
 * and of the process's CPU time (user + system) during the run, the ratio of the minimums and of the medians, and
 * the load average at the start and the end. Goal: the ratio of the minimum wall times at most 110%. Beside the goal
 * a third config, one rule that does nothing (`configs/empty-rule.mjs`), runs in the same rounds: it separates
 * what ESLint itself costs once any rule is configured from what credref's rules add.
 *
 * Run alone: `npx tsx bench/credref-overhead.ts [--sample=k] [--rounds=n] [--ours=<config file>]` (build the plugin
 * first: the configs import its dist). `--sample=k` (or `BENCH_REAL_CODE_EVERY=k`) lints every k-th file only, a
 * quicker and noisier run; `--rounds=n` (or `BENCH_ROUNDS`, at least 3) sets the rounds; `--ours` times another
 * config file (an absolute path, e.g. one importing an earlier build) in place of `@credref/recommended`.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { configDir, repoRoot } from "./lib/paths.js";
import { countLines, listFiles } from "./lib/files.js";
import { table, ms, pct, type Section } from "./lib/markdown.js";

const BASELINE = "parse-only";
/** One rule that does nothing: what ESLint itself costs once any rule is configured (shown beside, not judged). */
const ANY_RULE = "one do-nothing rule";
const OURS = "@credref/recommended";
type ConfigName = typeof BASELINE | typeof ANY_RULE | typeof OURS;
const ORDER = [BASELINE, ANY_RULE, OURS] as const;

/** The fewest rounds the section runs: a median of fewer than three runs is not a median. */
const MIN_ROUNDS = 3;

interface Run {
  wallMs: number;
  cpuMs: number;
  files: number;
  parseErrors: number;
  findings: number;
  rulesMs: Record<string, number>;
}

/**
 * One lint in a fresh process. `stats` turns on ESLint's per-rule timers, which wrap every listener call of every
 * rule: a cost only the config with rules pays and no user run has, so the timed rounds run without it.
 */
function lintInProcess(config: string, listFile: string, cwd: string, stats = false): Run {
  // Plain Node, as a user's `eslint` run: no TypeScript loader hooks in the timed process (lib/overhead-worker.mjs).
  const out = execFileSync(process.execPath, [path.join(repoRoot, "bench/lib/overhead-worker.mjs"), path.resolve(configDir, config), listFile, cwd, stats ? "stats" : "no-stats"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out) as Run;
}

/** `--name=value` from the command line (when this file is the entry point), else the environment variable. */
function knob(flag: string, env: string): string | undefined {
  const main = import.meta.url === `file://${process.argv[1]}`;
  const arg = main ? process.argv.find((a) => a.startsWith(`--${flag}=`)) : undefined;
  return arg ? arg.slice(flag.length + 3) : process.env[env];
}

function positiveInteger(value: string | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a positive integer (got "${value}")`);
  return n;
}

const min = (xs: readonly number[]): number => Math.min(...xs);
function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const load = (): string => os.loadavg().map((l) => l.toFixed(2)).join(" / ");

export async function run(): Promise<Section> {
  const title = "Cost on code that never uses credref: `recommended` vs parse-only, whole run";
  const corpusDir = path.resolve(repoRoot, "../shared/corpus/real-code");
  const tarballs = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter((f) => f.endsWith(".tar.gz")).sort() : [];
  if (tarballs.length === 0) return { title, markdown: `No tarballs in ${corpusDir}: section skipped.` };
  const every = positiveInteger(knob("sample", "BENCH_REAL_CODE_EVERY"), 1, "--sample (BENCH_REAL_CODE_EVERY)");
  const rounds = Math.max(MIN_ROUNDS, positiveInteger(knob("rounds", "BENCH_ROUNDS"), MIN_ROUNDS, "--rounds (BENCH_ROUNDS)"));
  const oursConfig = knob("ours", "BENCH_OVERHEAD_CONFIG") ?? "credref-recommended.mjs";
  if (!fs.existsSync(path.resolve(configDir, oursConfig))) throw new Error(`config file not found: ${oursConfig}`);
  const configs: Record<ConfigName, string> = { [BASELINE]: "parse-only.mjs", [ANY_RULE]: "empty-rule.mjs", [OURS]: oursConfig };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "credref-overhead-"));
  try {
    for (const tarball of tarballs) execFileSync("tar", ["-xzf", path.join(corpusDir, tarball), "-C", tmp]);
    const files = listFiles(tmp, /(?<!\.d)\.(?:ts|mts|cts)$/).filter((_, i) => i % every === 0);
    const { lines } = countLines(files);
    const listFile = path.join(tmp, "files.json");
    fs.writeFileSync(listFile, JSON.stringify(files));
    const runs: Record<ConfigName, Run[]> = { [BASELINE]: [], [ANY_RULE]: [], [OURS]: [] };
    const loadStart = load();
    for (let round = 0; round < rounds; round++) {
      // The order rotates each round: every config takes every place in a round, and follows every other one.
      for (const name of ORDER.map((_, k) => ORDER[(k + round) % ORDER.length]!)) {
        const r = lintInProcess(configs[name], listFile, tmp);
        console.error(`  round ${round + 1} ${name}: ${ms(r.wallMs)} wall, ${ms(r.cpuMs)} CPU (load ${load()})`);
        runs[name].push(r);
      }
    }
    const loadEnd = load();
    // Rule times come from one more `recommended` run with ESLint's stats on, outside the timed rounds.
    const profiled = lintInProcess(configs[OURS], listFile, tmp, true);
    const stat = (name: ConfigName, of: "wallMs" | "cpuMs") => ({ min: min(runs[name].map((r) => r[of])), median: median(runs[name].map((r) => r[of])) });
    const wall = { base: stat(BASELINE, "wallMs"), ours: stat(OURS, "wallMs") };
    const cpu = { base: stat(BASELINE, "cpuMs"), ours: stat(OURS, "cpuMs") };
    const ratios = {
      wallMin: wall.ours.min / wall.base.min,
      wallMedian: wall.ours.median / wall.base.median,
      cpuMin: cpu.ours.min / cpu.base.min,
      cpuMedian: cpu.ours.median / cpu.base.median,
    };
    const anyRule = { wall: stat(ANY_RULE, "wallMs"), cpu: stat(ANY_RULE, "cpuMs") };
    const rows = ORDER.map((name) => {
      const w = stat(name, "wallMs");
      const c = stat(name, "cpuMs");
      const each = runs[name].map((x) => `${(x.wallMs / 1000).toFixed(1)}/${(x.cpuMs / 1000).toFixed(1)}`).join(", ");
      return [name, runs[name][0]!.files, ms(w.min), ms(w.median), ms(c.min), ms(c.median), each, runs[name][0]!.findings];
    });
    const ruleRows = Object.entries(profiled.rulesMs)
      .sort((a, b) => b[1] - a[1])
      .map(([rule, time]) => [rule, ms(time), pct(time / profiled.wallMs)]);
    const met = ratios.wallMin <= 1.1;
    return {
      facts: {
        "overhead.wall": pct(ratios.wallMin),
        "overhead.wall.median": pct(ratios.wallMedian),
        "overhead.cpu": pct(ratios.cpuMin),
        "overhead.lines": String(lines),
        "overhead.wall.vs-any-rule": pct(wall.ours.min / anyRule.wall.min),
      },
      title,
      markdown: [
        `${files.length} TypeScript files (${lines} lines${every > 1 ? `, every ${every}th file` : ""}) of ${tarballs.length} public projects (${tarballs.map((t) => t.replace(".tar.gz", "")).join(", ")}); ${runs[BASELINE][0]!.parseErrors} files do not parse (deliberately invalid parser fixtures) in both runs.${oursConfig === "credref-recommended.mjs" ? "" : ` \`${OURS}\` is timed with the config file \`${oursConfig}\`.`}`,
        `${rounds} rounds, interleaved, the order rotated each round (parse-only, one do-nothing rule, recommended; then one do-nothing rule, recommended, parse-only; ...), each run a fresh Node process with the same setup and no loader hooks (plain \`node\`, as a user's \`eslint\` run); a run's time is its \`ESLint\` construction and \`lintFiles\` (config and plugin loading included), its CPU time the process's user + system time over the same span. The timed runs lint as users do, without ESLint's \`stats\` (its timers wrap every listener call, a cost only the config with rules would pay); the rule times below come from one more \`recommended\` run with \`stats\` on, after the rounds. Load average (1 / 5 / 15 min) at the start: ${loadStart}; at the end: ${loadEnd} (on ${os.cpus().length} cores).`,
        "",
        table(["config", "files", "wall min", "wall median", "CPU min", "CPU median", "each run (wall/CPU s)", "findings"], rows),
        "",
        table(
          ["recommended / parse-only", "of minimums", "of medians"],
          [
            ["wall time", pct(ratios.wallMin), pct(ratios.wallMedian)],
            ["CPU time", pct(ratios.cpuMin), pct(ratios.cpuMedian)],
          ],
        ),
        "",
        table(
          ["beside the goal: ratios of minimum wall times", "ratio"],
          [
            ["one do-nothing rule / parse-only (what ESLint itself costs once any rule is configured)", pct(anyRule.wall.min / wall.base.min)],
            ["recommended / one do-nothing rule (what credref's rules add to that)", pct(wall.ours.min / anyRule.wall.min)],
          ],
        ),
        "",
        `Goal: \`recommended\` at most 110% of parse-only's wall time, judged on the **ratio of the minimum wall times** → **${met ? "met" : "missed"}** (${pct(ratios.wallMin)}). Other load on a shared machine only ever adds time to a run, never removes it, so each config's fastest run is the one closest to its undisturbed time, and the ratio of minimums is the standard low-noise estimator of the true ratio; medians move with the load of the rounds (they are given to show how much), and CPU time, which also grows under contention (caches, frequency), is given as a cross-check.`,
        "",
        `Rule time in the extra \`recommended\` run with ESLint's \`stats\` on (${ms(profiled.wallMs)} wall, ${ms(profiled.cpuMs)} CPU), and its share of that run's wall time:`,
        "",
        table(["rule", "time", "share of wall"], ruleRows),
      ].join("\n"),
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const section = await run();
    console.log(`## ${section.title}\n\n${section.markdown}`);
  } catch (error) {
    console.error(`credref-overhead: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
