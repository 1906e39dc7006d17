/**
 * The editor path: the VS Code ESLint extension lints the open buffer with `ESLint#lintText`. This measures one
 * file of the bad fixture app the way the extension does: the first call (the type-checked config builds the
 * TypeScript program then) and the median of the calls after it, as the user types. ESLint's `stats` split each
 * call into parse and rule time, so our rules' share is read from the same call.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ESLint } from "eslint";
import plugin from "@credref/eslint-plugin";
import { ms, pct, table, type Section } from "./lib/markdown.js";
import { repoRoot } from "./lib/paths.js";

const FILE = path.join(repoRoot, "fixtures/bad-app/src/connectors/warehouse.ts");
const WARM_CALLS = 9;

interface Timing {
  wall: number;
  parse: number;
  rules: number;
}

async function lintOnce(eslint: ESLint, text: string): Promise<Timing> {
  const started = performance.now();
  const [result] = await eslint.lintText(text, { filePath: FILE });
  const wall = performance.now() - started;
  const passes = result?.stats?.times.passes ?? [];
  const parse = passes.reduce((sum, pass) => sum + (pass.parse?.total ?? 0), 0);
  const rules = passes.reduce(
    (sum, pass) => sum + Object.values(pass.rules ?? {}).reduce((s, rule) => s + rule.total, 0),
    0,
  );
  return { wall, parse, rules };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function run(): Promise<Section> {
  const text = fs.readFileSync(FILE, "utf8");
  const rows: (string | number)[][] = [];
  const facts: Record<string, string> = {};
  for (const config of ["recommended", "recommended-type-checked"] as const) {
    const eslint = new ESLint({
      cwd: repoRoot,
      stats: true,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ["**/*.ts"], ...(plugin.configs[config] as object) },
        { files: ["**/*.ts"], languageOptions: { parserOptions: { tsconfigRootDir: path.join(repoRoot, "fixtures") } } },
      ],
    });
    const first = await lintOnce(eslint, text);
    const warm: Timing[] = [];
    // Each call edits the buffer a little, as typing does, so nothing is served from a cache of the same text.
    for (let i = 0; i < WARM_CALLS; i++) warm.push(await lintOnce(eslint, `${text}\n// edit ${i}\n`));
    const warmWall = median(warm.map((t) => t.wall));
    const warmRules = median(warm.map((t) => t.rules));
    const warmParse = median(warm.map((t) => t.parse));
    facts[`editor.${config}`] = ms(warmWall);
    rows.push([`@credref/${config}`, ms(first.wall), ms(warmWall), ms(warmParse), ms(warmRules), pct(warmRules / Math.max(warmWall - warmRules, 1))]);
  }
  return {
    facts,
    title: "Editor path: one open file",
    markdown: [
      `\`ESLint#lintText\` on \`${path.relative(repoRoot, FILE)}\` (${text.split("\n").length} lines), as the VS Code extension calls it:`,
      `the first call, then the median of ${WARM_CALLS} calls on a slightly edited buffer. Rule time is the sum of our rules in the same call.`,
      "",
      table(["config", "first call", "next calls (median)", "parse", "our rules", "rules / rest of the call"], rows),
    ].join("\n"),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const section = await run();
  console.log(`## ${section.title}\n\n${section.markdown}`);
}
