/**
 * Runs one lint in a fresh process and prints its summary as JSON: typed runs must not share
 * typescript-eslint's per-process project service, or the second config would reuse a warm program.
 * Usage: node --import tsx bench/lib/lint-worker.ts <config> <file-list.json>
 */
import fs from "node:fs";
import { lint } from "./lint.js";

const [config, listFile] = process.argv.slice(2);
const files = JSON.parse(fs.readFileSync(listFile!, "utf8")) as string[];
const r = await lint(config!, files);
process.stdout.write(
  JSON.stringify({
    wallMs: r.wallMs,
    cpuMs: r.cpuMs,
    totalMs: r.totalMs,
    parseMs: r.parseMs,
    rulesMs: r.rulesMs,
    ruleMs: [...r.ruleMs],
    findings: r.findings.length,
    fatal: r.fatal.map((f) => f.message.split("\n")[0]),
  }),
);
