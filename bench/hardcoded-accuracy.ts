/**
 * Accuracy of `no-hardcoded-secrets` on labeled secret strings, beside eslint-plugin-no-secrets and
 * secretlint. Each corpus text is wrapped five ways (a string literal, a template literal, the value of
 * `const apiKey`, a block comment, `//` line comments) and linted with ESLint's Node API; secretlint reads the raw texts.
 *
 * Corpus: `../shared/corpus/secrets/` beside the repository (secretlint.jsonl: label 1 must be found,
 * label 0 must not; hard-negatives.jsonl: all label 0). Run alone with `npx tsx bench/hardcoded-accuracy.ts`
 * (`--verbose` lists the ids of our misses and false alarms; values are never printed).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ESLint, Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import noSecrets from "eslint-plugin-no-secrets";
import { lintSource } from "@secretlint/core";
import { creator as secretlintRecommended } from "@secretlint/secretlint-rule-preset-recommend";
import noHardcodedSecrets from "../packages/eslint-plugin/src/rules/no-hardcoded-secrets.js";

const repoRoot = fileURLToPath(new URL("../", import.meta.url));
const corpusDir = path.resolve(repoRoot, "../shared/corpus/secrets");

interface Sample {
  id: string;
  label: 0 | 1;
  text: string;
  /** The detector family the sample was written for (secretlint's rule name without its package prefix). */
  rule?: string;
  /** The fixture's own file name (some secretlint rules key on it, e.g. a GCP key in a `.json` file). */
  file?: string;
}

type Wrapping = "string literal" | "template literal" | "const apiKey" | "block comment" | "line comment";
const WRAPPINGS: Record<Wrapping, (text: string) => string> = {
  "string literal": (text) => `const sample = ${JSON.stringify(text)};\n`,
  "template literal": (text) => `const sample = \`${text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${")}\`;\n`,
  "const apiKey": (text) => `const apiKey = ${JSON.stringify(text)};\n`,
  "block comment": (text) => `/* ${text.replace(/\*\//g, "* /")} */\nexport {};\n`,
  // Each line of the text behind its own `//`, as a pasted key or config block looks once commented out.
  "line comment": (text) => `${text.split(/\r?\n/).map((line) => `// ${line}`).join("\n")}\nexport {};\n`,
};

function readCorpus(file: string): Sample[] {
  return fs
    .readFileSync(path.join(corpusDir, file), "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Sample);
}

function eslintFor(rules: Linter.RulesRecord, plugins: Linter.Config["plugins"]): ESLint {
  return new ESLint({
    cwd: repoRoot,
    overrideConfigFile: true,
    overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser }, plugins, rules }],
  });
}

function installedVersion(pkg: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(repoRoot, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

const NO_SECRETS_VERSION = installedVersion("eslint-plugin-no-secrets");
const SECRETLINT_VERSION = installedVersion("@secretlint/secretlint-rule-preset-recommend");
const OURS = "@credref/no-hardcoded-secrets";
const NO_SECRETS = `no-secrets ${NO_SECRETS_VERSION}`;
const SECRETLINT = `secretlint ${SECRETLINT_VERSION} (preset-recommend)`;

/**
 * The rules the installed secretlint preset has, by the names the corpus's `rule` field uses
 * (`@secretlint/secretlint-rule-aws` → `aws`): the comparison with secretlint is fair only on these.
 */
export function installedPresetRules(): Set<string> {
  const rules = (secretlintRecommended as unknown as { rules: { meta: { id: string } }[] }).rules;
  return new Set(rules.map((r) => r.meta.id.replace(/^@secretlint\/secretlint-rule-/, "")));
}

const tools = {
  [OURS]: () =>
    eslintFor(
      { "@credref/no-hardcoded-secrets": "error" },
      { "@credref": { rules: { "no-hardcoded-secrets": noHardcodedSecrets } } as unknown as ESLint.Plugin },
    ),
  [NO_SECRETS]: () => eslintFor({ "no-secrets/no-secrets": "error" }, { "no-secrets": noSecrets as ESLint.Plugin }),
};

/**
 * Whether ESLint reports anything (a parse error counts as nothing found, and is counted apart). The wrapped
 * sample is TypeScript, so it is linted as a `.ts` file whatever the fixture's own name: neither ESLint rule
 * reads file names other than test folders.
 */
async function flagged(eslint: ESLint, code: string): Promise<{ found: boolean; parseError: boolean }> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, "bench/.out/sample.ts") });
  const messages = result?.messages ?? [];
  const parseError = messages.some((m) => m.fatal);
  return { found: !parseError && messages.length > 0, parseError };
}

/** secretlint on the raw text under the fixture's own file name (`input.txt` when the corpus gives none). */
async function secretlintFlags(sample: Sample): Promise<boolean> {
  const file = sample.file ?? "input.txt";
  const result = await lintSource({
    source: { content: sample.text, filePath: file, ext: path.extname(file), contentType: "text" },
    options: { config: { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: secretlintRecommended }] }, maskSecrets: true },
  });
  return result.messages.length > 0;
}

/** One tool in one wrapping: which samples it reported. */
interface Outcome {
  tool: string;
  wrapping: string;
  found: Set<string>;
  parseErrors: number;
}

/** Counts of one outcome over one set of samples. */
interface Row {
  tool: string;
  wrapping: string;
  positives: number;
  positivesFound: number;
  negatives: number;
  negativesFlagged: number;
  hardNegativesFlagged: number;
  parseErrors: number;
  misses: string[];
  falseAlarms: string[];
}

function rowOf(outcome: Outcome, positives: Sample[], negatives: Sample[], hard: Sample[]): Row {
  const hit = (s: Sample) => outcome.found.has(s.id);
  return {
    tool: outcome.tool,
    wrapping: outcome.wrapping,
    positives: positives.length,
    positivesFound: positives.filter(hit).length,
    negatives: negatives.length,
    negativesFlagged: negatives.filter(hit).length,
    hardNegativesFlagged: hard.filter(hit).length,
    parseErrors: outcome.parseErrors,
    misses: positives.filter((s) => !hit(s)).map((s) => s.id),
    falseAlarms: [...negatives, ...hard].filter(hit).map((s) => s.id),
  };
}

/** Adversarial texts for the text reader, by size: assignment operators, keys, tags and flags repeated. */
const GROWTH_SHAPES: { name: string; n: number; code: (n: number) => string }[] = [
  { name: "string of `a=` repeated", n: 25_000, code: (n) => `export const s = "${"a=".repeat(n / 2)}";\n` },
  { name: "string of `password: a ` repeated", n: 25_000, code: (n) => `export const s = "${"password: a ".repeat(n / 12)}";\n` },
  { name: "string of `<a k='1' ` repeated (open tags)", n: 25_000, code: (n) => `export const s = "${"<a k='1' ".repeat(n / 9)}";\n` },
  { name: "string of `<secret>` repeated (unclosed)", n: 25_000, code: (n) => `export const s = "${"<secret>".repeat(n / 8)}";\n` },
  { name: "string of `curl -u a:b ` repeated", n: 25_000, code: (n) => `export const s = "${"curl -u a:b ".repeat(n / 12)}";\n` },
  { name: "template of `Authorization: Basic ` repeated", n: 25_000, code: (n) => `export const s = \`${"Authorization: Basic ".repeat(n / 21)}\`;\n` },
  // 64 key names over and over, as a pasted config repeats its keys (with n distinct keys, the name cache's hits at
  // n and misses at 8n would be what the ratio measures).
  { name: "`// API_KEY_i=value` line comments (n lines, 64 key names)", n: 2_000, code: (n) => `${Array.from({ length: n }, (_, i) => `// API_KEY_${i % 64}=v${i}`).join("\n")}\nexport {};\n` },
];

function textGrowth(): { name: string; n: number; atN: number; at8n: number }[] {
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config[] = [
    {
      files: ["**/*.ts"],
      languageOptions: { parser },
      plugins: { "@credref": { rules: { "no-hardcoded-secrets": noHardcodedSecrets } } as never },
      rules: { "@credref/no-hardcoded-secrets": "error" },
    },
  ];
  const ruleMs = (code: string): number => {
    let best = Infinity;
    linter.verify(code, config, { filename: "file.ts" }); // warm-up
    for (let i = 0; i < 3; i++) {
      linter.verifyAndFix(code, config, { filename: "file.ts", stats: true, fix: false } as Linter.FixOptions);
      let total = 0;
      for (const pass of linter.getTimes().passes) total += pass.rules?.["@credref/no-hardcoded-secrets"]?.total ?? 0;
      best = Math.min(best, total);
    }
    return best;
  };
  return GROWTH_SHAPES.map((shape) => ({ name: shape.name, n: shape.n, atN: ruleMs(shape.code(shape.n)), at8n: ruleMs(shape.code(shape.n * 8)) }));
}

const pct = (n: number, d: number): string => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);

function tableOf(rows: Row[], hardCount: number): string[] {
  const first = rows[0]!;
  return [
    `| tool | wrapping | recall (label 1, n=${first.positives}) | label-0 fixtures flagged (n=${first.negatives}) | hard negatives flagged (n=${hardCount}) | parse errors |`,
    "|---|---|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.tool} | ${r.wrapping} | ${pct(r.positivesFound, r.positives)} (${r.positivesFound}) | ${r.negativesFlagged} | ${r.hardNegativesFlagged} (${pct(r.hardNegativesFlagged, hardCount)}) | ${r.parseErrors} |`,
    ),
  ];
}

export async function run(): Promise<{ title: string; markdown: string; rows: Row[]; facts: Record<string, string> }> {
  const labeled = readCorpus("secretlint.jsonl");
  const hard = readCorpus("hard-negatives.jsonl");
  const presetRules = installedPresetRules();
  const inPreset = (s: Sample) => s.rule !== undefined && presetRules.has(s.rule);
  const subset = labeled.filter(inPreset);
  const missingRules = [...new Set(labeled.filter((s) => !inPreset(s)).map((s) => s.rule ?? "(none)"))].sort();
  const outcomes: Outcome[] = [];

  // `--ours` measures only this rule (a quick development run; the peers' figures do not change).
  const ours = process.argv.includes("--ours");
  for (const [tool, make] of Object.entries(tools)) {
    if (ours && tool !== OURS) continue;
    const eslint = make();
    // The peers run on the samples they are compared on; ours on every sample.
    const samples = tool === OURS ? [...labeled, ...hard] : [...subset, ...hard];
    for (const [wrapping, wrap] of Object.entries(WRAPPINGS)) {
      const outcome: Outcome = { tool, wrapping, found: new Set(), parseErrors: 0 };
      for (const sample of samples) {
        const { found, parseError } = await flagged(eslint, wrap(sample.text));
        if (parseError) outcome.parseErrors++;
        if (found) outcome.found.add(sample.id);
      }
      outcomes.push(outcome);
    }
  }
  if (!ours) {
    const raw: Outcome = { tool: SECRETLINT, wrapping: "raw text, fixture's own file name", found: new Set(), parseErrors: 0 };
    for (const sample of [...subset, ...hard]) if (await secretlintFlags(sample)) raw.found.add(sample.id);
    outcomes.push(raw);
  }

  const split = (samples: Sample[]) => [samples.filter((s) => s.label === 1), samples.filter((s) => s.label === 0)] as const;
  const [subsetPositives, subsetNegatives] = split(subset);
  const [allPositives, allNegatives] = split(labeled);
  const compared = outcomes.map((o) => rowOf(o, subsetPositives, subsetNegatives, hard));
  const full = outcomes.filter((o) => o.tool === OURS).map((o) => rowOf(o, allPositives, allNegatives, hard));

  // Headline figures for the README, formatted as the tables print them.
  const facts: Record<string, string> = {
    "secrets.subsetVersion": SECRETLINT_VERSION,
    "secrets.noSecretsVersion": NO_SECRETS_VERSION,
    "secrets.subsetPositives": String(subsetPositives.length),
    "secrets.subsetNegatives": String(subsetNegatives.length),
    "secrets.allPositives": String(allPositives.length),
    "secrets.hard": String(hard.length),
  };
  const perWrapping = (rows: Row[], value: (r: Row) => string) => rows.map(value).join(" / ");
  const byTool = (rows: Row[], tool: string) => rows.filter((r) => r.tool === tool);
  for (const [key, tool] of [["ours", OURS], ["noSecrets", NO_SECRETS], ["secretlint", SECRETLINT]] as const) {
    const rows = byTool(compared, tool);
    if (rows.length === 0) continue;
    facts[`secrets.subset.recall.${key}`] = perWrapping(rows, (r) => pct(r.positivesFound, r.positives));
    facts[`secrets.hard.${key}`] = perWrapping(rows, (r) => pct(r.hardNegativesFlagged, hard.length));
  }
  facts["secrets.all.recall.ours"] = perWrapping(full, (r) => pct(r.positivesFound, r.positives));
  facts["secrets.wrappings"] = Object.keys(WRAPPINGS).join(" / ");

  const growth = textGrowth();
  const markdown = [
    "Corpus: `../shared/corpus/secrets/`: the fixtures of secretlint 13.0.4's recommended preset (`secretlint.jsonl`) and",
    "gitleaks' false-positive samples (`hard-negatives.jsonl`). **A development set**: the rule's catalogue and placeholder",
    "checks were written beside these strings, so these figures are not a measure on unseen secrets (the shared real code",
    "below is the held-out set). Each text is wrapped as a string literal, a template literal, `const apiKey = ...`, a",
    "block comment and `//` line comments, and linted with ESLint's Node API as a `.ts` file; secretlint reads the raw",
    "text under the fixture's own file name. Goals: recall >= 97% in every wrapping, <= 3% of hard negatives flagged.",
    "",
    `### All tools on the rules secretlint ${SECRETLINT_VERSION}'s preset has (development set)`,
    "",
    `The installed preset (secretlint ${SECRETLINT_VERSION}; 13.x needs Node 22) has ${presetRules.size} rules: ${[...presetRules].sort().join(", ")}. ` +
      `Only the fixtures written for those rules are compared here (${subsetPositives.length} of ${allPositives.length} label-1, ` +
      `${subsetNegatives.length} of ${allNegatives.length} label-0); the fixtures of ${missingRules.join(", ")} (13.x-only rules) are left out. ` +
      `The ${hard.length} hard negatives are the same for every tool.`,
    "",
    ...(ours ? ["(`--ours`: the peers were not run.)", ""] : []),
    ...tableOf(compared, hard.length),
    "",
    `### Ours on every fixture of secretlint 13.0.4's preset (development set)`,
    "",
    ...tableOf(full, hard.length),
    "",
    "Reading text stays linear: the rule alone on one file holding each shape at size n and 8n (ESLint's rule time",
    "from `stats`, best of three after a warm-up; a ratio near 8 is linear; sub-millisecond times make it noisy, and on",
    "a loaded machine garbage collection of the many matches adds to the 8n side).",
    "",
    "| text shape | n | time at n | time at 8n | ratio |",
    "|---|---:|---:|---:|---:|",
    ...growth.map((g) => `| ${g.name} | ${g.n} | ${g.atN.toFixed(1)} ms | ${g.at8n.toFixed(1)} ms | ${(g.at8n / g.atN).toFixed(1)} |`),
  ].join("\n");
  return { title: "no-hardcoded-secrets: accuracy on labeled secrets", markdown, rows: [...compared, ...full], facts };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  console.log(`## ${result.title}\n\n${result.markdown}`);
  if (process.argv.includes("--verbose")) {
    for (const row of result.rows.filter((r) => r.tool === OURS && r.positives === Number(result.facts["secrets.allPositives"]))) {
      console.log(`\n${row.wrapping}: misses ${row.misses.join(", ") || "none"}`);
      console.log(`${row.wrapping}: false alarms ${row.falseAlarms.join(", ") || "none"}`);
    }
  }
}
