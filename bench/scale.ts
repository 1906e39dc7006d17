/**
 * Scale: the same lint (every @credref rule) serially, with `concurrency: 2` (ESLint's `--concurrency`),
 * and twice with `cache` in a temporary location (`--cache --cache-location`); all four must give the
 * same findings. Inputs: the labeled corpus and fixtures (many findings) plus eslint/lib (volume).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { listFiles, countLines } from "./lib/files.js";
import { lint, findingKey, type LintRun } from "./lib/lint.js";
import { table, ms, type Section } from "./lib/markdown.js";
import { repoRoot } from "./lib/paths.js";

function same(a: LintRun, b: LintRun): { equal: boolean; onlyA: string[]; onlyB: string[] } {
  const ka = new Set(a.findings.map(findingKey));
  const kb = new Set(b.findings.map(findingKey));
  const onlyA = [...ka].filter((k) => !kb.has(k)).map((k) => path.relative(repoRoot, k));
  const onlyB = [...kb].filter((k) => !ka.has(k)).map((k) => path.relative(repoRoot, k));
  return { equal: onlyA.length === 0 && onlyB.length === 0 && a.findings.length === b.findings.length, onlyA, onlyB };
}

export async function run(): Promise<Section> {
  const files = [
    ...listFiles(path.join(repoRoot, "test/corpus/src")),
    ...listFiles(path.join(repoRoot, "fixtures")).filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`)),
    ...listFiles(path.join(repoRoot, "node_modules/eslint/lib"), /\.js$/),
  ];
  const { lines } = countLines(files);
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "credref-bench-cache-"));
  const cache = path.join(cacheDir, "eslintcache");
  try {
    const serial = await lint("credref-all.mjs", files, { concurrency: "off", stats: false });
    const parallel = await lint("credref-all.mjs", files, { concurrency: 2, stats: false });
    const cold = await lint("credref-all.mjs", files, { cache, stats: false });
    const warm = await lint("credref-all.mjs", files, { cache, stats: false });
    const differences: string[] = [];
    const rows: (string | number)[][] = [
      ["serial", ms(serial.wallMs), serial.findings.length, "—"],
      ...([["concurrency 2", parallel], ["cache, first run", cold], ["cache, second run", warm]] as const).map(([name, r]) => {
        const s = same(serial, r);
        for (const k of s.onlyA.slice(0, 10)) differences.push(`- ${name}: missing \`${k}\``);
        for (const k of s.onlyB.slice(0, 10)) differences.push(`- ${name}: extra \`${k}\``);
        return [name, ms(r.wallMs), r.findings.length, s.equal ? "yes" : `no (${s.onlyA.length} only serial, ${s.onlyB.length} only here)`];
      }),
    ];
    const allSame = rows.slice(1).every((r) => r[3] === "yes");
    return {
      title: "Scale: concurrency and cache",
      markdown: [
        `Inputs: ${files.length} files, ${lines} lines (test/corpus/src, fixtures/, node_modules/eslint/lib), every registered @credref rule on. ` +
          "Findings compared by file, line, rule and message id.",
        "",
        table(["run", "wall", "findings", "same findings as serial"], rows),
        "",
        `Result: **${allSame ? "identical findings in every mode" : "findings differ"}**.`,
        ...(differences.length ? ["", "Differences (file:line:rule:messageId):", "", ...differences] : []),
      ].join("\n"),
    };
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}
