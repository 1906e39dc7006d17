/**
 * Never hang, measured: files holding 1 MB string literals, template literals and comments (random
 * token-like text, near-miss token prefixes, one repeated character), linted with every @credref rule;
 * ESLint's per-rule stats per file. Goal: under a second of rule time per file.
 */
import fs from "node:fs";
import path from "node:path";
import { lint } from "./lib/lint.js";
import { table, ms, type Section } from "./lib/markdown.js";
import { outDir } from "./lib/paths.js";

const MB = 1024 * 1024;

/** Deterministic pseudo-random token-like text (no real secret can come out of a fixed LCG). */
function tokenLike(length: number, seed = 7): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-";
  let x = seed;
  let out = "";
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

export function largeInputs(): Record<string, string> {
  const random = tokenLike(MB);
  const nearMiss = "ghp_AKIA-----BEGIN xoxb-sk-".repeat(Math.ceil(MB / 27)).slice(0, MB);
  return {
    "string-literal.ts": `export const blob = "${random}";\n`,
    "password-literal.ts": `export const password = "${random}";\n`,
    "template-literal.ts": `export const body = \`${random.replaceAll("`", "")}\${1}\`;\n`,
    "comment.ts": `// ${random}\nexport {};\n`,
    "near-miss-prefixes.ts": `export const text = "${nearMiss}";\n`,
    "repeated-char.ts": `export const apiKey = "${"a".repeat(MB)}";\n`,
  };
}

export async function run(): Promise<Section> {
  const dir = path.join(outDir, "large");
  fs.mkdirSync(dir, { recursive: true });
  const files = Object.entries(largeInputs()).map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  });
  const rows: (string | number)[][] = [];
  let worst = 0;
  for (const file of files) {
    const r = await lint("credref-all.mjs", [file]);
    const slowest = [...r.ruleMs].sort((a, b) => b[1] - a[1])[0];
    worst = Math.max(worst, r.rulesMs);
    rows.push([path.basename(file), ms(r.parseMs), ms(r.rulesMs), slowest ? `${slowest[0]} ${ms(slowest[1])}` : "—", r.findings.length]);
  }
  return {
    title: "Never hang: 1 MB literals",
    markdown: [
      "Each file holds one 1 MB literal or comment; every registered @credref rule on; times from ESLint's stats.",
      "",
      table(["file", "parse", "all rules", "slowest rule", "findings"], rows),
      "",
      `Goal: under 1 s of rule time per file → **${worst < 1000 ? "met" : "missed"}** (worst ${ms(worst)}).`,
    ].join("\n"),
  };
}
