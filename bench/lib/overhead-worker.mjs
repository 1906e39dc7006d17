// One whole ESLint run for credref-overhead.ts, in this fresh process, and one JSON line on stdout: wall and CPU time
// of `new ESLint(...)` plus `lintFiles` (the config file, and so the plugin, is loaded inside the timed window, as in
// a user's run), files, parse errors, findings and, with `stats`, each rule's time. Plain Node with no loader hooks
// (no tsx): a TypeScript loader would slow the loading of every module the config imports, the plugin's included,
// a cost no user run has. Usage: node overhead-worker.mjs <config file> <file list .json> <cwd> <stats|no-stats>
import fs from "node:fs";
import { ESLint } from "eslint";

const [config, listFile, cwd, statsArg] = process.argv.slice(2);
if (!config || !listFile || !cwd) {
  console.error("overhead-worker: expected <config file> <file list .json> <cwd> [stats|no-stats]");
  process.exit(2);
}
const stats = statsArg === "stats";
const files = JSON.parse(fs.readFileSync(listFile, "utf8"));
const cpu = process.cpuUsage();
const started = performance.now();
const eslint = new ESLint({ cwd, overrideConfigFile: config, allowInlineConfig: false, warnIgnored: false, stats });
const results = await eslint.lintFiles(files);
const wallMs = performance.now() - started;
const used = process.cpuUsage(cpu);
const run = { wallMs, cpuMs: (used.user + used.system) / 1000, files: results.length, parseErrors: 0, findings: 0, rulesMs: {} };
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
