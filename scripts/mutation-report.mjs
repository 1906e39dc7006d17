#!/usr/bin/env node
// After `npm run mutate`: turns StrykerJS's JSON report into bench/MUTATION.md (score per file, the surviving
// mutants by place and mutator) and puts the same section into bench/RESULTS.md, whose next full `npm run bench`
// keeps it (bench/run.ts includes bench/MUTATION.md). The score is only ever what the last mutation run measured.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const reportPath = path.join(root, process.argv[2] ?? "reports/mutation/mutation.json");
if (!existsSync(reportPath)) {
  console.error(`mutation-report: no Stryker report at ${path.relative(root, reportPath)}; run \`npm run mutate\` first`);
  process.exit(1);
}
let report;
try {
  report = JSON.parse(readFileSync(reportPath, "utf8"));
} catch (error) {
  console.error(`mutation-report: ${path.relative(root, reportPath)} is not a JSON report (${error.message.split("\n")[0]})`);
  process.exit(1);
}

const DETECTED = new Set(["Killed", "Timeout"]);
const VALID = new Set(["Killed", "Timeout", "Survived", "NoCoverage"]);
const rows = [];
const survivors = [];
let detected = 0;
let valid = 0;
for (const [file, { mutants }] of Object.entries(report.files ?? {})) {
  const counted = mutants.filter((m) => VALID.has(m.status));
  const hit = counted.filter((m) => DETECTED.has(m.status)).length;
  detected += hit;
  valid += counted.length;
  const rel = path.relative(root, path.resolve(root, file));
  rows.push(`| \`${rel}\` | ${counted.length} | ${hit} | ${counted.length - hit} | ${pct(hit, counted.length)} |`);
  for (const m of mutants.filter((x) => x.status === "Survived" || x.status === "NoCoverage")) {
    survivors.push(`- \`${rel}:${m.location.start.line}\` ${m.mutatorName}${m.status === "NoCoverage" ? " (no test covers it)" : ""}`);
  }
}
if (valid === 0) {
  console.error("mutation-report: the report holds no tested mutant");
  process.exit(1);
}

function pct(a, b) {
  return b === 0 ? "—" : `${((100 * a) / b).toFixed(1)}%`;
}

const date = new Date().toISOString().slice(0, 10);
const section = [
  "<!-- MUTATION: written by scripts/mutation-report.mjs from the last `npm run mutate`; never by hand. -->",
  `## Mutation score (\`npm run mutate\`, ${date})`,
  "",
  `StrykerJS ${report.framework?.version ?? ""} over the files below with the plugin's rule and unit tests; score = mutants`,
  "detected (killed or timed out) / mutants tested. Goal 80%. The table lists the files that run mutated: a run narrowed",
  "with `--mutate` covers part of the configured scope (stryker.config.mjs: the flow engine and the secret detection).",
  "",
  "| file | mutants | detected | survived | score |",
  "|---|---:|---:|---:|---:|",
  ...rows,
  `| **all** | ${valid} | ${detected} | ${valid - detected} | **${pct(detected, valid)}** |`,
  "",
  "Surviving mutants (file:line, mutator):",
  "",
  ...survivors,
  "<!-- END MUTATION -->",
].join("\n");

writeFileSync(path.join(root, "bench/MUTATION.md"), `${section}\n`);
const resultsPath = path.join(root, "bench/RESULTS.md");
const results = existsSync(resultsPath) ? readFileSync(resultsPath, "utf8") : "";
const start = results.indexOf("<!-- MUTATION");
const end = results.indexOf("<!-- END MUTATION -->");
const updated = start >= 0 && end > start ? `${results.slice(0, start)}${section}${results.slice(end + "<!-- END MUTATION -->".length)}` : `${results.trimEnd()}\n\n${section}\n`;
writeFileSync(resultsPath, updated);
console.log(`mutation score ${pct(detected, valid)} (${detected}/${valid}); wrote bench/MUTATION.md and its section in bench/RESULTS.md`);
