/**
 * `npm run bench`: every measurement in one process tree and one run, so ratios compare on a noisy
 * machine. Prints each section as it finishes, writes bench/RESULTS.md, and rewrites the README's benchmark block
 * from the same run's figures (bench/lib/readme-block.ts). See bench/README.md.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describeEnvironment, loadAverage } from "./lib/env.js";
import type { Section } from "./lib/markdown.js";
import { benchDir, repoRoot } from "./lib/paths.js";
import { collectFacts, readmeBlock, writeReadmeBlock } from "./lib/readme-block.js";
import * as labeled from "./labeled-corpus.js";
import * as realCode from "./real-code.js";
import * as typedSpeed from "./typed-speed.js";
import * as scale from "./scale.js";
import * as largeInputs from "./large-inputs.js";
import * as crashSweep from "./crash-sweep.js";
import * as editorLatency from "./editor-latency.js";

type Step = { name: string; run: () => Promise<Section | Section[]> };

/** Sections owned by other parts of the project; each exports `run(): Promise<{ title, markdown }>`. */
function optionalStep(file: string): Step | undefined {
  const full = path.join(benchDir, file);
  if (!fs.existsSync(full)) return undefined;
  return {
    name: file,
    run: async () => ((await import(pathToFileURL(full).href)) as { run: () => Promise<Section> }).run(),
  };
}

// types-cost.ts repeats each tsc run TYPES_COST_RUNS times (5 by default, minutes on 2 cores); three
// alternating runs keep the whole bench within a few minutes. Set it explicitly for a longer run.
process.env["TYPES_COST_RUNS"] ??= "3";

const steps: Step[] = [
  optionalStep("hardcoded-accuracy.ts"),
  optionalStep("secret-formats.ts"),
  optionalStep("types-cost.ts"),
  { name: "labeled-corpus.ts", run: labeled.run },
  { name: "real-code.ts", run: realCode.run },
  { name: "typed-speed.ts", run: typedSpeed.run },
  { name: "scale.ts", run: scale.run },
  { name: "large-inputs.ts", run: largeInputs.run },
  optionalStep("growth.ts"),
  optionalStep("flow-growth.ts"),
  optionalStep("message-fuzz.ts"),
  optionalStep("credref-overhead.ts"),
  { name: "editor-latency.ts", run: editorLatency.run },
  { name: "crash-sweep.ts", run: () => crashSweep.run({ maxKb: crashSweep.DEFAULT_MAX_KB }) },
].filter((s): s is Step => s !== undefined);

const started = performance.now();
const out: string[] = [
  "# Benchmark results",
  "",
  "Written by `npm run bench` (bench/run.ts); how each number is measured is in bench/README.md.",
  "",
  describeEnvironment(),
  "",
];
console.log(out.join("\n"));
let failed = 0;
const all: Section[] = [];
for (const step of steps) {
  const t = performance.now();
  console.error(`> ${step.name}`);
  let sections: Section[];
  try {
    const result = await step.run();
    sections = Array.isArray(result) ? result : [result];
  } catch (error) {
    failed++;
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    sections = [{ title: `${step.name} failed`, markdown: `The section could not run: ${message}` }];
  }
  const seconds = ((performance.now() - t) / 1000).toFixed(1);
  all.push(...sections);
  for (const s of sections) {
    const text = `## ${s.title}\n\n${s.markdown}\n\n_${step.name}: ${seconds} s_\n`;
    console.log(text);
    out.push(text);
  }
}
// The mutation score is measured by `npm run mutate` (too slow for this run); its last recorded section is kept.
const mutation = path.join(benchDir, "MUTATION.md");
if (fs.existsSync(mutation)) out.push(fs.readFileSync(mutation, "utf8"));
out.push(`Total bench time: ${((performance.now() - started) / 1000).toFixed(0)} s; load average at the end ${loadAverage()}.`);
fs.writeFileSync(path.join(benchDir, "RESULTS.md"), `${out.join("\n")}\n`);
// The README's benchmark block quotes this run only: written here, never by hand (bench/lib/readme-block.ts).
writeReadmeBlock(path.join(repoRoot, "README.md"), readmeBlock(collectFacts(all)));
console.log(`\nWrote bench/RESULTS.md and the README's benchmark block (${((performance.now() - started) / 1000).toFixed(0)} s).`);
if (failed > 0) process.exitCode = 1;
