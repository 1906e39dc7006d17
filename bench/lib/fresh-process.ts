import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { outDir, benchDir } from "./paths.js";

export interface WorkerRun {
  wallMs: number;
  cpuMs: number;
  totalMs: number;
  parseMs: number;
  rulesMs: number;
  ruleMs: [string, number][];
  findings: number;
  fatal: string[];
}

/** Lints `files` with a bench config in a child process (same process tree, fresh caches). */
export function lintInFreshProcess(config: string, files: readonly string[]): WorkerRun {
  fs.mkdirSync(outDir, { recursive: true });
  const listFile = path.join(outDir, "files.json");
  fs.writeFileSync(listFile, JSON.stringify(files));
  const out = execFileSync(process.execPath, ["--import", "tsx", path.join(benchDir, "lib/lint-worker.ts"), config, listFile], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out) as WorkerRun;
}
