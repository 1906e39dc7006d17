/**
 * Never crash: lints every JavaScript and TypeScript file installed under node_modules with every
 * @credref rule on (syntactic parser), one file at a time in two worker threads, and reports each rule
 * exception (file, rule, first line of the message). Parse errors of the third-party files are counted,
 * not failures. `npm run bench` sweeps files up to DEFAULT_MAX_KB (256 KB); `npm run bench:crash`
 * (`--all`) sweeps every file, including the multi-megabyte bundles.
 *
 * Usage: tsx bench/crash-sweep.ts [--all] [--max-kb N]
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { listFiles, SOURCE_EXT } from "./lib/files.js";
import { table, ms, type Section } from "./lib/markdown.js";
import { benchDir, repoRoot } from "./lib/paths.js";

/** Size limit of the sweep inside `npm run bench`, to keep the whole bench within a few minutes. */
export const DEFAULT_MAX_KB = 256;

interface WorkerResult {
  files: number;
  bytes: number;
  parseErrors: number;
  findings: number;
  /** `file:line rule (messageId)` of each finding; never the value. */
  found: string[];
  exceptions: { file: string; rule: string; message: string; at: string }[];
  slowest: { file: string; ms: number; bytes: number }[];
}

export async function run(options: { maxKb?: number } = {}): Promise<Section & { exceptions: number }> {
  const maxBytes = options.maxKb === undefined ? Infinity : options.maxKb * 1024;
  const all = listFiles(path.join(repoRoot, "node_modules"), SOURCE_EXT).filter((f) => !fs.lstatSync(f).isSymbolicLink());
  const files = all.filter((f) => fs.statSync(f).size <= maxBytes);
  const entries = files.map((file) => ({ file, name: path.relative(path.join(repoRoot, "node_modules"), file) }));
  const started = performance.now();
  const shares = [0, 1].map((w) => entries.filter((_, i) => i % 2 === w));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<WorkerResult>((resolve, reject) => {
          const worker = new Worker(pathToFileURL(path.join(benchDir, "lib/crash-worker.mjs")), { workerData: { files: share } });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  const wall = performance.now() - started;
  const sum = (k: "files" | "bytes" | "parseErrors" | "findings") => results.reduce((n, r) => n + r[k], 0);
  const exceptions = results.flatMap((r) => r.exceptions);
  const found = results.flatMap((r) => r.found).sort();
  const slowest = results.flatMap((r) => r.slowest).sort((a, b) => b.ms - a.ms).slice(0, 5);
  const scope = maxBytes === Infinity ? "every file" : `every file up to ${options.maxKb} KB (${all.length - files.length} larger bundles skipped; \`npm run bench:crash\` sweeps them too)`;
  return {
    exceptions: exceptions.length,
    facts: { "crash.files": String(sum("files")), "crash.exceptions": String(exceptions.length) },
    title: "Never crash: sweep of installed code",
    markdown: [
      `Scope: ${scope} with a JS/TS extension under node_modules. Every registered @credref rule, syntactic parser, two worker threads.`,
      "",
      table(
        ["files linted", "MB", "parse errors (not ours)", "findings", "rule exceptions", "wall"],
        [[sum("files"), (sum("bytes") / 1e6).toFixed(1), sum("parseErrors"), sum("findings"), exceptions.length, ms(wall)]],
      ),
      "",
      exceptions.length
        ? `Exceptions (file, rule, message):\n\n${exceptions.map((e) => `- \`${e.file}\` ${e.rule}: ${e.message} ${e.at.trim()}`).join("\n")}`
        : "No rule threw on any file.",
      "",
      found.length
        ? `Findings in installed code (file:line, rule, message id), to review like the noise list above:\n\n${found.slice(0, 100).map((f) => `- \`${f.split(" ")[0]}\` ${f.split(" ").slice(1).join(" ")}`).join("\n")}${found.length > 100 ? `\n- … and ${found.length - 100} more` : ""}`
        : "No findings in installed code.",
      "",
      `Slowest files (all rules, parse included): ${slowest.map((s) => `\`${s.file}\` ${ms(s.ms)} (${(s.bytes / 1e6).toFixed(2)} MB)`).join(", ")}.`,
    ].join("\n"),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const kbAt = args.indexOf("--max-kb");
  const maxKb = args.includes("--all") ? undefined : kbAt >= 0 ? Number(args[kbAt + 1]) : DEFAULT_MAX_KB;
  const section = await run(maxKb === undefined ? {} : { maxKb });
  console.log(`## ${section.title}\n\n${section.markdown}`);
  if (section.exceptions > 0) process.exitCode = 1;
}
