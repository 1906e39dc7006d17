/**
 * Noise and speed on real third-party code (bench/lib/real-corpus.ts): findings per 100k lines for
 * our rules, eslint-plugin-no-secrets and secretlint, and ESLint's time with each config against a
 * parse-only baseline. After a full warm-up pass, configs run interleaved for BENCH_ROUNDS rounds
 * (default 2), the order rotating each round; per config the round with the least CPU time is reported, and the
 * findings come from the first round.
 */
import { realCorpus } from "./lib/real-corpus.js";
import { lint, type LintRun } from "./lib/lint.js";
import { secretlint } from "./lib/secretlint.js";
import { table, ms, pct, ratio, type Section } from "./lib/markdown.js";
import { rel } from "./lib/paths.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONFIGS = [
  { id: "parse-only.mjs", label: "parser only (baseline)" },
  { id: "credref-recommended.mjs", label: "@credref/recommended" },
  { id: "no-secrets.mjs", label: "eslint-plugin-no-secrets" },
] as const;

const per100k = (count: number, lines: number): string => ((count * 100_000) / lines).toFixed(2);

export async function run(): Promise<Section[]> {
  const parts = realCorpus();
  const files = parts.flatMap((p) => p.files);
  const lines = parts.reduce((n, p) => n + p.lines, 0);
  const bytes = parts.reduce((n, p) => n + p.bytes, 0);
  const corpusTable = table(
    ["package/folder", "version", "kind", "files", "lines"],
    [...parts.map((p) => [p.label, p.version, p.kind, p.files.length, p.lines]), ["total", "", `${(bytes / 1e6).toFixed(1)} MB`, files.length, lines]],
  );

  // Warm-up: a full parse-only pass loads and JIT-compiles the parser and grows the heap, which
  // otherwise makes whichever config runs first look up to twice as slow.
  await lint("parse-only.mjs", files, { stats: false });

  const runs = new Map<string, LintRun[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of [...CONFIGS.slice(round % CONFIGS.length), ...CONFIGS.slice(0, round % CONFIGS.length)]) {
      const r = await lint(c.id, files);
      runs.set(c.id, [...(runs.get(c.id) ?? []), r]);
      console.error(`  real code, round ${round + 1}: ${c.label} ${Math.round(r.wallMs)} ms`);
    }
  }
  const best = (id: string): LintRun => runs.get(id)!.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
  const first = (id: string): LintRun => runs.get(id)![0]!;
  const sl = await secretlint(files);

  // --- noise
  const ours = first("credref-recommended.mjs");
  const { rules } = (await import("@credref/eslint-plugin")).default;
  const recommendedRules = Object.entries(rules)
    .filter(([, r]) => (r.meta.docs as { recommended?: string } | undefined)?.recommended === "recommended")
    .map(([name]) => `@credref/${name}`);
  const noiseRows: (string | number)[][] = [
    ...recommendedRules.map((rule) => {
      const n = ours.findings.filter((f) => f.ruleId === rule).length;
      return [`ours: ${rule}`, n, per100k(n, lines)];
    }),
    ["ours: all of @credref/recommended", ours.findings.length, per100k(ours.findings.length, lines)],
    ["eslint-plugin-no-secrets (no-secrets/no-secrets)", first("no-secrets.mjs").findings.length, per100k(first("no-secrets.mjs").findings.length, lines)],
    ["secretlint (preset-recommend)", sl.findings.length, per100k(sl.findings.length, lines)],
  ];
  const ourList = ours.findings.map((f) => `- \`${rel(f.file)}:${f.line}\` ${f.ruleId} (${f.messageId ?? "no message id"})`);
  const slByRule = countBy(sl.findings.map((f) => f.ruleId));
  const fatal = ours.fatal.length ? `\n\nFiles ESLint could not parse (excluded from nothing; reported as fatal): ${ours.fatal.length}.` : "";
  const noise: Section = {
    title: "Noise on real code",
    markdown: [
      `Corpus: ${files.length} files, ${lines} lines (${(bytes / 1e6).toFixed(1)} MB) of installed third-party code, none of which holds a real secret:`,
      "",
      corpusTable,
      "",
      table(["tool", "findings", "per 100k lines"], noiseRows),
      "",
      `secretlint findings by rule: ${Object.entries(slByRule).map(([r, n]) => `${r} ${n}`).join(", ") || "none"}.${fatal}`,
      "",
      ourList.length ? `Our findings, each to be reviewed (file:line, rule, message id; values are never printed):\n\n${ourList.join("\n")}` : "Our findings: none.",
    ].join("\n"),
  };

  // --- speed
  const base = best("parse-only.mjs");
  const rec = best("credref-recommended.mjs");
  const ns = best("no-secrets.mjs");
  // Within one run, rules and parsing share the machine's load, so this ratio is the least noisy.
  const inRun = (r: LintRun) => r.rulesMs / (r.totalMs - r.rulesMs);
  const speedRows = CONFIGS.map((c) => {
    const r = best(c.id);
    const vsBase = c.id === "parse-only.mjs" ? "—" : pct(r.wallMs / base.wallMs - 1);
    const cpuVsBase = c.id === "parse-only.mjs" ? "—" : pct(r.cpuMs / base.cpuMs - 1);
    return [c.label, ms(r.wallMs), ms(r.cpuMs), ms(r.totalMs), ms(r.parseMs), ms(r.rulesMs), vsBase, cpuVsBase, c.id === "parse-only.mjs" ? "—" : pct(inRun(r))];
  });
  const ruleRows = [...rec.ruleMs, ...ns.ruleMs].sort((a, b) => b[1] - a[1]).map(([rule, t]) => [rule, ms(t), pct(t / base.totalMs)]);
  const wallOverhead = rec.wallMs / base.wallMs - 1;
  const ruleOverhead = rec.rulesMs / base.totalMs;
  const vsNoSecrets = rec.rulesMs / ns.rulesMs;
  // The same comparison with each side normalised by its own run's parse-and-traverse time.
  const vsNoSecretsNormalised = inRun(rec) / inRun(ns);
  const speed: Section = {
    title: "Speed on real code (syntactic)",
    markdown: [
      `Same ${files.length} files, one process, configs interleaved over ${ROUNDS} round(s); per config the round with the least CPU time. ` +
        "Wall = `ESLint#lintFiles` wall-clock; CPU = this process's user+system time during it; " +
        "ESLint total/parse/rules = sums of ESLint's per-file `stats` (`stats: true`).",
      "",
      table(["config", "wall", "CPU", "ESLint total", "parse", "rules", "wall vs baseline", "CPU vs baseline", "rules / rest of same run"], speedRows),
      "",
      table(["rule", "time", "of baseline total"], ruleRows),
      "",
      "Goals:",
      `- \`@credref/recommended\` adds at most 10% to the parse-only baseline: wall-clock ${pct(wallOverhead)}, ` +
        `rule time / baseline total ${pct(ruleOverhead)}, rule time / rest of the same run ${pct(inRun(rec))} → ` +
        `**${verdict(inRun(rec))}**`,
      `- our rule time at most 1/3 of no-secrets' rule time: ${ms(rec.rulesMs)} vs ${ms(ns.rulesMs)} = ${ratio(vsNoSecrets)}; ` +
        `normalised by each run's own parse time ${ratio(vsNoSecretsNormalised)} → **${Math.max(vsNoSecrets, vsNoSecretsNormalised) <= 1 / 3 ? "met" : "missed"}**`,
      `- secretlint (not ESLint-based) on the same files: ${ms(sl.wallMs)} wall.`,
    ].join("\n"),
  };
  return [noise, speed];
}

/**
 * The 10% goals are judged on rule time over the rest of the same run (ESLint's stats): both halves see
 * the same machine load, while wall-clock differences between runs on a shared 2-core machine swing by
 * more than 10% on their own. The other views are printed beside it.
 */
export function verdict(rulesOverRest: number): string {
  return rulesOverRest <= 0.1 ? "met" : "missed";
}

function countBy(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}
