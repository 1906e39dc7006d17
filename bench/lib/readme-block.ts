/**
 * The README's benchmark block, written by `npm run bench` from the run that writes bench/RESULTS.md, so it is
 * never edited by hand. Each figure is a section's `facts` entry (bench/lib/markdown.ts), formatted exactly as the
 * section prints it: every number in the block is one RESULTS.md holds (test/docs/bench-quotes.test.ts checks it).
 * A figure whose section did not run reads "not run"; a goal is marked met or missed from the figures themselves.
 */
import fs from "node:fs";
import os from "node:os";
import { versionOf } from "./env.js";
import type { Section } from "./markdown.js";

export const BLOCK_START = "<!-- BENCHMARKS";
export const BLOCK_END = "<!-- END BENCHMARKS -->";

/** Headline figures of one run, by fact id (see each section's `facts`). */
export type Facts = Record<string, string>;

/** All sections' facts in one map; types-cost.ts's ratios, which it prints only in its table, are read from there. */
export function collectFacts(sections: readonly Section[]): Facts {
  const facts: Facts = {};
  for (const section of sections) Object.assign(facts, section.facts ?? {});
  // types-cost.ts prints its ratios in a table, `| label | plain | [before | ratio |] ours | ratio | goal |`: the
  // instantiations row, and the check-time row its goal is judged on (the median one when there are several).
  for (const section of sections) {
    for (const line of section.markdown.split("\n")) {
      const cells = line.split(" | ").map((c) => c.replace(/^\| |\s*\|$/g, "").trim());
      const [label, ...rest] = cells;
      const ratioCell = rest.at(-2);
      if (rest.length < 3 || !ratioCell || !/^\d+(?:\.\d+)?×$/.test(ratioCell) || !rest.at(-1)!.startsWith("≤")) continue;
      if (label === "instantiations") facts["types.instantiations"] ??= ratioCell;
      else if (label?.startsWith("check") && (label.includes("median") || facts["types.check"] === undefined)) facts["types.check"] = ratioCell;
    }
  }
  return facts;
}

/** The numbers in a figure such as `98.1% / 100.0%` or `0.16×`. */
const numbers = (text: string | undefined): number[] => [...(text ?? "").matchAll(/-?\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, "")));

/** ✅ when every number of the figure meets the goal, ❌ when one misses, nothing when the figure was not measured. */
function mark(figure: string | undefined, meets: (n: number) => boolean): string {
  const ns = numbers(figure);
  if (ns.length === 0) return "";
  return ns.every(meets) ? " ✅" : " ❌";
}

/** The README block (without its marker lines) for the facts of one run. */
export function readmeBlock(facts: Facts): string {
  const f = (key: string): string => facts[key] ?? "not run";
  const has = (key: string): boolean => facts[key] !== undefined;
  const cpus = os.cpus();
  const date = new Date().toISOString().slice(0, 10);
  const secretlint = f("secrets.subsetVersion");
  const noSecrets = f("secrets.noSecretsVersion");
  const flow = (set: "development" | "heldOut"): string =>
    has(`flow.${set}.recommended.recall`)
      ? `${f(`flow.${set}.recommended.recall`)} of ${f(`flow.${set}.recommended.labels`)} / ${f(`flow.${set}.typed.recall`)} of ${f(`flow.${set}.typed.labels`)} labels found; ` +
        `${f(`flow.${set}.recommended.falsePositives`)} / ${f(`flow.${set}.typed.falsePositives`)} false positives`
      : "not run";
  const rows: string[][] = [
    [
      `recall on the ${f("secrets.subsetPositives")} labeled secrets of the rules secretlint ${secretlint}'s preset has (fixtures of secretlint 13.0.4; secretlint given each fixture's own file name); ours and no-secrets in each wrapping: ${f("secrets.wrappings")}`,
      "development",
      f("secrets.subset.recall.ours"),
      f("secrets.subset.recall.noSecrets"),
      f("secrets.subset.recall.secretlint"),
      `≥ 97% in every wrapping${mark(facts["secrets.subset.recall.ours"], (n) => n >= 97)}`,
    ],
    [
      `recall on all ${f("secrets.allPositives")} labeled secrets of secretlint 13.0.4's preset, its newer rules included (ours only)`,
      "development",
      f("secrets.all.recall.ours"),
      "",
      "",
      `≥ 97% in every wrapping${mark(facts["secrets.all.recall.ours"], (n) => n >= 97)}`,
    ],
    [
      `gitleaks' ${f("secrets.hard")} hard negatives flagged (same wrappings; secretlint on the raw text)`,
      "development",
      f("secrets.hard.ours"),
      f("secrets.hard.noSecrets"),
      f("secrets.hard.secretlint"),
      `≤ 3%${mark(facts["secrets.hard.ours"], (n) => n <= 3)}`,
    ],
    [
      `flow rules on labeled app code written beside them (${f("flow.development.files")} files, ${f("flow.development.lines")} lines), \`recommended\` / \`recommended-type-checked\``,
      "development",
      flow("development"),
      "",
      "",
      "",
    ],
    [
      `flow rules on the held-out split \`test/corpus/src/holdout/\` (${f("flow.heldOut.files")} files, ${f("flow.heldOut.lines")} lines), \`recommended\` / \`recommended-type-checked\``,
      "held out",
      flow("heldOut"),
      "",
      "",
      "",
    ],
    [
      `\`no-hardcoded-secrets\` findings per 100k lines on the shared real code (${f("shared.projects")} public projects, ${f("shared.lines")} lines; real token formats in test paths counted apart)`,
      "held out",
      f("shared.per100k"),
      "",
      "",
      `≤ 1 per 100k lines${mark(facts["shared.per100k"], (n) => n <= 1)}`,
    ],
    [
      `findings per 100k lines of installed third-party code (${f("noise.lines")} lines): \`no-hardcoded-secrets\` against no-secrets' one rule and secretlint's preset (our other rules cannot report on code that never imports \`@credref/types\`)`,
      "not held out",
      f("noise.ours"),
      f("noise.noSecrets"),
      f("noise.secretlint"),
      "",
    ],
    [
      `rule time on those files, each secret rule alone: \`no-hardcoded-secrets\` / \`no-secrets/no-secrets\`${has("speed.biome") ? ` (Biome \`noSecrets\`: ${f("speed.biome")} wall, parsing included)` : ""}`,
      "not held out",
      has("speed.ours") ? `${f("speed.ours")} (${f("speed.ratio")} of no-secrets)` : "not run",
      f("speed.noSecrets"),
      "—",
      `≤ ⅕ of no-secrets${mark(facts["speed.ratio"], (n) => n <= 0.2)}`,
    ],
    [
      `\`recommended\` whole-run wall time against parse-only ESLint on the shared real code (${f("overhead.lines")} lines; only \`no-hardcoded-secrets\` does work there)`,
      "held out",
      f("overhead.wall"),
      "",
      "",
      `≤ 110% of parse-only${mark(facts["overhead.wall"], (n) => n <= 110)}`,
    ],
    [
      "`recommended-type-checked` rule time over the rest of the typed run: credential-dense generated app / this repository's sources",
      "—",
      has("typed.generated.rules") ? `+${f("typed.generated.rules")} / +${f("typed.own.rules")}` : "not run",
      "",
      "",
      `≤ +10%${mark(has("typed.generated.rules") ? `${f("typed.generated.rules")} ${f("typed.own.rules")}` : undefined, (n) => n <= 10)}`,
    ],
    [
      "`@credref/types` on a consumer's compiler (a generated app of `@task` methods against the same app with plain strings): check time (median) / instantiations",
      "—",
      `${f("types.check")} / ${f("types.instantiations")}`,
      "",
      "",
      `≤ 1.10× / ≤ 2.00×${has("types.check") && has("types.instantiations") ? (numbers(f("types.check"))[0]! <= 1.1 && numbers(f("types.instantiations"))[0]! <= 2 ? " ✅" : " ❌") : ""}`,
    ],
    [
      "one open file in the editor (`lintText` after an edit, median): `recommended` / `recommended-type-checked`",
      "—",
      `${f("editor.recommended")} / ${f("editor.recommended-type-checked")}`,
      "",
      "",
      "",
    ],
    [`rule exceptions over ${f("crash.files")} installed files`, "—", f("crash.exceptions"), "", "", `0${mark(facts["crash.exceptions"], (n) => n === 0)}`],
  ];
  const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  return [
    "",
    "`npm run bench` measures the rules' accuracy on labeled secrets and app code, noise on real code beside",
    "eslint-plugin-no-secrets and secretlint, lint speed, the extra cost of the type-checked config, and what",
    `\`@credref/types\` costs a consumer's compiler. The run quoted here: ${date}, ${cpus.length}-core ${cpus[0]?.model.trim() ?? "unknown CPU"}, Node ${process.versions.node},`,
    `ESLint ${versionOf("eslint")}, TypeScript ${versionOf("typescript")}, typescript-eslint ${versionOf("typescript-eslint")}, on a machine shared with other work. Full tables:`,
    "[bench/RESULTS.md](bench/RESULTS.md); how each number is measured: [bench/README.md](bench/README.md). This block is",
    "written by the bench from the same run; never edit it by hand.",
    "",
    "**Development** rows are measured on the data the rules were written beside (the secret catalogue, its placeholder",
    "checks and the flow rules): they show the rules do what they were built to do, not how they fare on unseen code.",
    "**Held out** rows are measured on code no rule was written or tuned on. The secretlint comparison runs secretlint",
    `${secretlint} (the newer preset needs a newer Node than this project requires) on the fixtures of the rules its preset has;`,
    "ours on every fixture is a row of its own.",
    "",
    line(["measure", "set", "@credref", `eslint-plugin-no-secrets ${noSecrets}`, `secretlint ${secretlint}`, "goal"]),
    "|---|---|---:|---:|---:|---|",
    ...rows.map(line),
    "",
  ].join("\n");
}

/** Replaces the text between the README's benchmark markers with `block`; the markers stay. */
export function writeReadmeBlock(readmePath: string, block: string): void {
  const text = fs.readFileSync(readmePath, "utf8");
  const start = text.indexOf(BLOCK_START);
  const end = text.indexOf(BLOCK_END);
  if (start < 0 || end < start) throw new Error(`${readmePath} has no ${BLOCK_START} ... ${BLOCK_END} block`);
  const marker = "<!-- BENCHMARKS: written by `npm run bench` (bench/lib/readme-block.ts) from the run that wrote bench/RESULTS.md. Never edit by hand. -->";
  fs.writeFileSync(readmePath, `${text.slice(0, start)}${marker}\n${block}\n${text.slice(end)}`);
}
