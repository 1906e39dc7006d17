import path from "node:path";
import { ESLint } from "eslint";
import { configDir, repoRoot } from "./paths.js";

export interface Finding {
  file: string;
  line: number;
  ruleId: string;
  messageId: string | undefined;
  message: string;
}

export interface LintRun {
  findings: Finding[];
  /** Parse errors and other fatal messages, per file. */
  fatal: { file: string; message: string }[];
  wallMs: number;
  /** CPU time (user + system) of this process during the lint: less sensitive than wall-clock to other load. */
  cpuMs: number;
  /** Sums over files of ESLint's own stats (`stats: true`). */
  parseMs: number;
  rulesMs: number;
  totalMs: number;
  ruleMs: Map<string, number>;
}

export interface LintOptions {
  concurrency?: number | "off";
  cache?: string;
  stats?: boolean;
}

/** The ESLint options of one bench run; node_modules is linted on purpose (it is the corpus). */
export function eslintFor(config: string, opts: LintOptions = {}): ESLint {
  return new ESLint({
    cwd: repoRoot,
    overrideConfigFile: path.join(configDir, config),
    ignorePatterns: ["!**/node_modules/"],
    warnIgnored: false,
    // Third-party files carry their own eslint-disable and /* eslint ... */ comments; ignore them all,
    // so every file is linted with exactly the bench config and nothing is suppressed.
    allowInlineConfig: false,
    stats: opts.stats ?? true,
    ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
    ...(opts.cache !== undefined ? { cache: true, cacheLocation: opts.cache, cacheStrategy: "content" as const } : {}),
  });
}

/** Lints `files` with the config in bench/configs/<config> and collects findings and timings. */
export async function lint(config: string, files: readonly string[], opts: LintOptions = {}): Promise<LintRun> {
  const eslint = eslintFor(config, opts);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const results = await eslint.lintFiles([...files]);
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const run: LintRun = { findings: [], fatal: [], wallMs, cpuMs, parseMs: 0, rulesMs: 0, totalMs: 0, ruleMs: new Map() };
  for (const r of results) {
    for (const m of r.messages) {
      if (m.fatal || !m.ruleId) run.fatal.push({ file: r.filePath, message: m.message });
      else run.findings.push({ file: r.filePath, line: m.line, ruleId: m.ruleId, messageId: m.messageId, message: m.message });
    }
    for (const pass of r.stats?.times.passes ?? []) {
      run.parseMs += pass.parse?.total ?? 0;
      run.totalMs += pass.total;
      for (const [rule, t] of Object.entries(pass.rules ?? {})) {
        run.rulesMs += t.total;
        run.ruleMs.set(rule, (run.ruleMs.get(rule) ?? 0) + t.total);
      }
    }
  }
  return run;
}

/** A stable, comparable key per finding (for serial vs concurrent vs cached comparisons). */
export const findingKey = (f: Finding): string => `${f.file}:${f.line}:${f.ruleId}:${f.messageId ?? ""}`;
