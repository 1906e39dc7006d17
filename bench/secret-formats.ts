/**
 * The secret-format catalogue of `no-hardcoded-secrets`, measured in one run:
 * 1. generated recall: every format's samples (drawn from its own declaration, seeded) in the four wrappings
 *    the rule sees, and its near misses, through the rule;
 * 2. linear cost on pathological strings: the scanner and the rule at size n and 8n (time ratio ≈ 8 when
 *    linear), best of three;
 * 3. rule speed on the bench's real-code files: `no-hardcoded-secrets` alone vs eslint-plugin-no-secrets
 *    alone (ESLint's per-rule stats, interleaved rounds) and Biome's `noSecrets` alone (wall-clock of
 *    `biome lint`, a native multi-threaded run, parsing included).
 * Run alone: `npx tsx bench/secret-formats.ts`.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import plugin from "../packages/eslint-plugin/src/index.js";
import { CATALOGUE } from "../packages/eslint-plugin/src/secrets/catalogue/index.js";
import { nearMissesOf, sampleOf, seededRandom, WRAPPINGS } from "../packages/eslint-plugin/src/secrets/catalogue/samples.js";
import type { FormatDefinition } from "../packages/eslint-plugin/src/secrets/catalogue/types.js";
import { findTokens } from "../packages/eslint-plugin/src/secrets/token-patterns.js";
import { lint } from "./lib/lint.js";
import { ms, pct, ratio, table, type Section } from "./lib/markdown.js";
import { outDir, repoRoot } from "./lib/paths.js";
import { realCorpus } from "./lib/real-corpus.js";

const RULE = "@credref/no-hardcoded-secrets";
const KB = 1024;
const MB = 1024 * KB;

const ruleConfig: Linter.Config[] = [
  {
    files: ["**/*.ts"],
    languageOptions: { parser: parser as Linter.Parser },
    plugins: { "@credref": plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] },
    rules: { [RULE]: "error" },
  },
];
const noRules: Linter.Config[] = [{ files: ["**/*.ts"], languageOptions: { parser: parser as Linter.Parser } }];

function verify(code: string, configs: Linter.Config[] = ruleConfig): Linter.LintMessage[] {
  return new Linter({ cwd: "/formats" }).verify(code, configs, { filename: "/formats/file.ts" });
}

// --- 1. generated recall

/** The wrapping a keyword-gated format is written in: its provider word beside it, as people write it. */
function gatedWrap(definition: FormatDefinition, wrapping: string, sample: string): string {
  const keyword = definition.keywords![0]!;
  const name = `${keyword.replace(/[^a-z0-9]+/g, "_").toUpperCase()}_KEY`;
  if (wrapping === "named constant") return `const ${name.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())} = ${JSON.stringify(sample)};`;
  const text = `${name}=${sample}`;
  return WRAPPINGS.find((w) => w.name === wrapping)!.wrap(text);
}

function recall(): Section {
  const byWrapping = new Map<string, { found: number; total: number; gatedFound: number; gatedTotal: number }>();
  const missed = new Map<string, string[]>();
  let nearTotal = 0;
  let nearSameFormat = 0;
  let nearAny = 0;
  for (const definition of CATALOGUE) {
    for (let i = 0; i < 3; i++) {
      const sample = sampleOf(definition, seededRandom(5000 + i), i);
      for (const wrapping of WRAPPINGS) {
        const code = definition.keywordRequired ? gatedWrap(definition, wrapping.name, sample) : wrapping.wrap(sample);
        const found = verify(code).some((m) => m.ruleId === RULE);
        const row = byWrapping.get(wrapping.name) ?? { found: 0, total: 0, gatedFound: 0, gatedTotal: 0 };
        if (definition.keywordRequired) {
          row.gatedTotal++;
          if (found) row.gatedFound++;
        } else {
          row.total++;
          if (found) row.found++;
        }
        byWrapping.set(wrapping.name, row);
        if (!found) missed.set(definition.id, [...new Set([...(missed.get(definition.id) ?? []), wrapping.name])]);
      }
    }
    for (const miss of nearMissesOf(definition, seededRandom(77))) {
      // A near miss as a bare string argument: no credential-shaped name to judge it by.
      const messages = verify(`use(${JSON.stringify(miss.text)});`).filter((m) => m.ruleId === RULE);
      nearTotal++;
      if (messages.length > 0) nearAny++;
      if (messages.some((m) => m.message.includes(` ${definition.label}.`))) nearSameFormat++;
    }
  }
  const rows = [...byWrapping].map(([name, r]) => [name, `${r.found}/${r.total}`, pct(r.found / r.total), `${r.gatedFound}/${r.gatedTotal}`, pct(r.gatedFound / r.gatedTotal)]);
  return {
    title: "Secret formats: generated recall per wrapping",
    markdown: [
      `${CATALOGUE.length} formats (${CATALOGUE.filter((d) => d.keywordRequired).length} keyword-gated); three seeded samples each, drawn from each format's own declaration, in each wrapping, linted by the rule alone. ` +
        "Keyword-gated formats are written with their provider word beside them (`HEROKU_KEY=...`, `const herokuKey = ...`).",
      "",
      table(["wrapping", "prefixed formats found", "recall", "keyword-gated found", "recall"], rows),
      "",
      `Near misses (a run one character short or long, a character outside the alphabet, a wrong opening), as a bare string argument: ` +
        `${nearSameFormat}/${nearTotal} (${pct(nearSameFormat / nearTotal)}) reported as the same format, ${nearAny}/${nearTotal} (${pct(nearAny / nearTotal)}) reported at all.`,
      "",
      missed.size
        ? `Formats with a sample missed (${missed.size}): ${[...missed].sort(([a], [b]) => a.localeCompare(b)).map(([id, where]) => `${id} (${where.join(", ")})`).join("; ")}.`
        : "No format missed in any wrapping.",
    ].join("\n"),
  };
}

// --- 2. linear cost on pathological strings

interface Shape {
  name: string;
  n: number;
  text: (size: number) => string;
}

const fill = (unit: string, size: number, end = ""): string => unit.repeat(Math.ceil((size - end.length) / unit.length)).slice(0, size - end.length) + end;
const token = (i: number): string => `ghp_${(i.toString(36) + "Ab3dE5gH7jK9mN1pQ2rS4tU6vW8xY0zA").slice(0, 36)}`;

export const PATHOLOGICAL: readonly Shape[] = [
  { name: "`-----BEGIN PRIVATE KEY-----` repeated", n: 128 * KB, text: (size) => fill(`-----BEGIN ${"PRIVATE"} KEY-----\n`, size) },
  { name: "the same, one END at the end", n: 128 * KB, text: (size) => fill(`-----BEGIN ${"PRIVATE"} KEY-----\n`, size, `-----END ${"PRIVATE"} KEY-----`) },
  { name: "a PuTTY header repeated", n: 256 * KB, text: (size) => fill(`${["PuTTY", "User", "Key", "File"].join("-")}-3: ssh-rsa\n`, size) },
  { name: "`ghp_` tokens joined by `-`, ending in `-xxxx`", n: 32 * KB, text: (size) => fill(`${token(7)}-`, size, "-xxxx") },
  {
    name: "space-separated tokens",
    n: 1 * MB,
    text: (size) => {
      const parts: string[] = [];
      let length = 0;
      for (let i = 0; length < size; i++) {
        const t = i % 3 === 0 ? token(i) : i % 3 === 1 ? `AKIA${"QWERTYUIOPASDFGH"}` : `xoxb-${"1234567890"}-${"1234567890"}-${"aB3dE5gH7jK9mN1pQ2rS4tU6"}`;
        parts.push(t);
        length += t.length + 1;
      }
      return parts.join(" ").slice(0, size);
    },
  },
];

function best(fn: () => void, runs = 3): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

/** Rule time on a file holding `text` as a string literal: verify with the rule minus verify with none. */
function ruleTime(text: string): number {
  const code = `export const blob = ${JSON.stringify(text)};\n`;
  return Math.max(0, best(() => verify(code)) - best(() => verify(code, noRules)));
}

function growth(): Section {
  const rows: (string | number)[][] = [];
  let worstPerMb = 0;
  let worstRatio = 0;
  for (const shape of PATHOLOGICAL) {
    const small = shape.text(shape.n);
    const large = shape.text(8 * shape.n);
    const scanSmall = best(() => findTokens(small));
    const scanLarge = best(() => findTokens(large));
    const ruleSmall = ruleTime(small);
    const ruleLarge = ruleTime(large);
    const perMb = (ruleLarge / 1000) / (large.length / MB);
    worstPerMb = Math.max(worstPerMb, perMb);
    worstRatio = Math.max(worstRatio, ruleLarge / Math.max(ruleSmall, 1));
    rows.push([
      shape.name,
      `${Math.round(shape.n / KB)} KB → ${Math.round((8 * shape.n) / KB)} KB`,
      `${ms(scanSmall)} → ${ms(scanLarge)}`,
      ratio(scanLarge / Math.max(scanSmall, 1)),
      `${ms(ruleSmall)} → ${ms(ruleLarge)}`,
      ratio(ruleLarge / Math.max(ruleSmall, 1)),
      `${perMb.toFixed(2)} s/MB`,
    ]);
  }
  return {
    title: "Secret formats: linear cost on pathological strings",
    markdown: [
      "Each shape as one string at size n and 8n, in one process, best of three: `findTokens` alone, and the rule's time on a file holding the string " +
        "(verify with the rule minus verify with no rules). Linear growth reads about 8×; ratios are taken against at least 1 ms.",
      "",
      table(["shape", "n → 8n", "scanner", "scanner growth", "rule", "rule growth", "rule cost at 8n"], rows),
      "",
      `Goal: linear, at most a few seconds per MB → worst ${worstPerMb.toFixed(2)} s/MB, worst growth ${ratio(worstRatio)} → **${worstPerMb <= 3 && worstRatio <= 12 ? "met" : "missed"}**.`,
    ].join("\n"),
  };
}

// --- 3. rule speed vs eslint-plugin-no-secrets and Biome

function biomeRun(files: readonly string[]): { wallMs: number; findings: number } | string {
  const dir = path.join(outDir, "biome-corpus");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  files.forEach((file, i) => fs.copyFileSync(file, path.join(dir, `${i}${path.extname(file) === ".ts" ? (file.endsWith(".d.ts") ? ".d.ts" : ".ts") : ".js"}`)));
  fs.writeFileSync(
    path.join(dir, "biome.json"),
    JSON.stringify({ formatter: { enabled: false }, assist: { enabled: false }, linter: { enabled: true, rules: { recommended: false, security: { noSecrets: "error" } } } }),
  );
  const biome = path.join(repoRoot, "node_modules", ".bin", "biome");
  const start = performance.now();
  let output = "";
  try {
    output = execFileSync(biome, ["lint", "--max-diagnostics=none", "--reporter=summary", dir], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * MB });
  } catch (error) {
    // Biome exits non-zero when it reports; its output is still the summary.
    output = String((error as { stdout?: string }).stdout ?? "");
    if (!output) return `Biome could not run: ${(error as Error).message.split("\n")[0]}`;
  }
  const wallMs = performance.now() - start;
  const match = /Found (\d+) error/.exec(output);
  return { wallMs, findings: match ? Number(match[1]) : 0 };
}

async function speed(): Promise<Section> {
  const parts = realCorpus();
  const files = parts.flatMap((p) => p.files);
  const lines = parts.reduce((n, p) => n + p.lines, 0);
  const configs = ["hardcoded-only.mjs", "no-secrets.mjs"] as const;
  await lint("parse-only.mjs", files, { stats: false });
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  const results = new Map<string, { rulesMs: number; totalMs: number; findings: number }[]>();
  for (let round = 0; round < rounds; round++) {
    for (const config of round % 2 === 0 ? configs : [...configs].reverse()) {
      const r = await lint(config, files);
      results.set(config, [...(results.get(config) ?? []), { rulesMs: r.rulesMs, totalMs: r.totalMs, findings: r.findings.length }]);
    }
  }
  const bestOf = (config: string) => results.get(config)!.reduce((a, b) => (b.rulesMs < a.rulesMs ? b : a));
  const ours = bestOf("hardcoded-only.mjs");
  const theirs = bestOf("no-secrets.mjs");
  const biome = biomeRun(files);
  const rows: (string | number)[][] = [
    ["@credref/no-hardcoded-secrets (ESLint rule time)", ms(ours.rulesMs), ours.findings],
    ["eslint-plugin-no-secrets (ESLint rule time)", ms(theirs.rulesMs), theirs.findings],
    typeof biome === "string" ? ["Biome noSecrets", biome, "—"] : ["Biome noSecrets (wall-clock of `biome lint`, parsing included)", ms(biome.wallMs), biome.findings],
  ];
  const share = ours.rulesMs / theirs.rulesMs;
  return {
    facts: {
      "speed.ours": ms(ours.rulesMs),
      "speed.noSecrets": ms(theirs.rulesMs),
      "speed.ratio": ratio(share),
      ...(typeof biome === "string" ? {} : { "speed.biome": ms(biome.wallMs) }),
    },
    title: "Secret formats: rule speed vs no-secrets and Biome",
    markdown: [
      `The bench's real-code files (${files.length} files, ${lines} lines), each tool with only its secret rule on, in one process; ESLint configs interleaved over ${rounds} round(s), best round per config. ` +
        `Catalogue: ${CATALOGUE.length} formats.`,
      "",
      table(["tool", "time", "findings"], rows),
      "",
      `Goal: our rule time at most 1/5 of no-secrets' → ${ratio(share)} → **${share <= 0.2 ? "met" : "missed"}**.`,
    ].join("\n"),
  };
}

/** The three sections, in the order above. */
export async function run(): Promise<Section[]> {
  return [recall(), growth(), await speed()];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const only = process.env.SECRET_FORMATS_ONLY;
  const sections = only === "recall" ? [recall()] : only === "growth" ? [growth()] : only === "speed" ? [await speed()] : await run();
  for (const s of sections) console.log(`## ${s.title}\n\n${s.markdown}\n`);
}
