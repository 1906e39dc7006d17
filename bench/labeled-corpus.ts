/**
 * Accuracy of the flow rules on test/corpus: labeled app code (see its README) linted with
 * `@credref/recommended` and `@credref/recommended-type-checked`; per rule recall and false positives, the
 * development files and the held-out split (`src/holdout/`) apart.
 */
import fs from "node:fs";
import path from "node:path";
import { listFiles, countLines } from "./lib/files.js";
import { lint, type Finding } from "./lib/lint.js";
import { table, pct, type Section } from "./lib/markdown.js";
import { rel, repoRoot } from "./lib/paths.js";

const corpusDir = path.join(repoRoot, "test/corpus/src");
const LABEL = /\/\/\s*expect(-typed)?:\s*([\w-]+(?:\s*,\s*[\w-]+)*)/;

interface Label {
  file: string;
  line: number;
  rule: string;
  typedOnly: boolean;
}

export function readLabels(files: readonly string[]): Label[] {
  const labels: Label[] = [];
  for (const file of files) {
    fs.readFileSync(file, "utf8")
      .split("\n")
      .forEach((text, i) => {
        const m = LABEL.exec(text);
        if (!m) return;
        for (const rule of m[2]!.split(",")) {
          labels.push({ file, line: i + 1, rule: `@credref/${rule.trim()}`, typedOnly: m[1] !== undefined });
        }
      });
  }
  return labels;
}

interface Score {
  expected: number;
  found: number;
  missed: string[];
  falsePositives: string[];
}

function score(rule: string, labels: Label[], findings: Finding[], typed: boolean): Score {
  const at = (f: string, l: number) => `${rel(f)}:${l}`;
  const required = labels.filter((l) => l.rule === rule && (typed || !l.typedOnly));
  const tolerated = new Set(labels.filter((l) => l.rule === rule).map((l) => at(l.file, l.line)));
  const reported = new Set(findings.filter((f) => f.ruleId === rule).map((f) => at(f.file, f.line)));
  const missed = required.filter((l) => !reported.has(at(l.file, l.line))).map((l) => at(l.file, l.line));
  const falsePositives = [...reported].filter((where) => !tolerated.has(where));
  return { expected: required.length, found: required.length - missed.length, missed, falsePositives };
}

export async function run(): Promise<Section> {
  const files = listFiles(corpusDir, /\.ts$/);
  const { lines } = countLines(files);
  const labels = readLabels(files);
  const { rules } = (await import("@credref/eslint-plugin")).default;
  const registered = Object.keys(rules).map((r) => `@credref/${r}`);
  const labeledRules = [...new Set(labels.map((l) => l.rule))].sort();
  const ruleList = [...new Set([...labeledRules, ...registered])].sort();

  const rows: (string | number)[][] = [];
  const details: string[] = [];
  const facts: Record<string, string> = {};
  const heldOut = (file: string) => file.includes(`${path.sep}holdout${path.sep}`);
  const groups = [
    { label: "development", keep: (file: string) => !heldOut(file) },
    { label: "held-out", keep: heldOut },
  ].filter((g) => files.some(g.keep));
  for (const [config, typed] of [["credref-recommended.mjs", false], ["credref-typed.mjs", true]] as const) {
    const result = await lint(config, files, { stats: false });
    const name = typed ? "recommended-type-checked" : "recommended";
    if (result.fatal.length > 0) details.push(`- ${name}: ${result.fatal.length} fatal message(s), first: ${result.fatal[0]!.message.split("\n")[0]}`);
    for (const group of groups) {
      const groupLabels = labels.filter((l) => group.keep(l.file));
      const groupFindings = result.findings.filter((f) => group.keep(f.file));
      const total = { expected: 0, found: 0, falsePositives: 0 };
      for (const rule of ruleList) {
        if (!registered.includes(rule)) {
          rows.push([rule, name, group.label, "not registered", "", "", ""]);
          continue;
        }
        const s = score(rule, groupLabels, groupFindings, typed);
        total.expected += s.expected;
        total.found += s.found;
        total.falsePositives += s.falsePositives.length;
        rows.push([rule, name, group.label, s.expected, s.found, s.expected ? pct(s.found / s.expected) : "n/a", s.falsePositives.length]);
        if (s.missed.length) details.push(`- ${name} · ${rule} missed: ${s.missed.join(", ")}`);
        if (s.falsePositives.length) details.push(`- ${name} · ${rule} false positives: ${s.falsePositives.join(", ")}`);
      }
      const recall = total.expected ? pct(total.found / total.expected) : "n/a";
      rows.push(["all rules", name, group.label, total.expected, total.found, recall, total.falsePositives]);
      const key = `flow.${group.label === "held-out" ? "heldOut" : "development"}.${typed ? "typed" : "recommended"}`;
      facts[`${key}.recall`] = recall;
      facts[`${key}.labels`] = String(total.expected);
      facts[`${key}.falsePositives`] = String(total.falsePositives);
    }
  }
  for (const group of groups) {
    const key = group.label === "held-out" ? "heldOut" : "development";
    const groupFiles = files.filter(group.keep);
    facts[`flow.${key}.files`] = String(groupFiles.length);
    facts[`flow.${key}.lines`] = String(countLines(groupFiles).lines);
  }
  const markdown = [
    `Labeled corpus: ${files.length} files, ${lines} lines of app code in \`test/corpus/src\`, ${labels.length} labels ` +
      `(${labels.filter((l) => l.typedOnly).length} of them typed-only). A finding on an unlabeled line is a false positive. ` +
      "**\"development\"** files were in the repository while the flow rules were written (a development set: the rules were tuned on them); " +
      "**\"held-out\"** files (src/holdout/) were added only for the final run, and their figures are quoted apart.",
    "",
    table(
      ["set", "files", "lines"],
      groups.map((g) => {
        const key = g.label === "held-out" ? "heldOut" : "development";
        return [g.label, Number(facts[`flow.${key}.files`]), Number(facts[`flow.${key}.lines`])];
      }),
    ),
    "",
    table(["rule", "config", "set", "labeled", "found", "recall", "false positives"], rows),
    "",
    details.length ? ["Misses and false positives (file:line):", "", ...details].join("\n") : "No misses, no false positives.",
  ].join("\n");
  return { title: "Accuracy: flow rules on labeled app code", markdown, facts };
}
