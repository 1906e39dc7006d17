/*
 * The README quotes the benchmark; bench/RESULTS.md is what `npm run bench` wrote. Every number in the README's
 * benchmark block must appear in RESULTS.md, so a quote cannot drift from (or read stronger than) the run it cites.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const readme = readFileSync(`${root}README.md`, "utf8");
const results = readFileSync(`${root}bench/RESULTS.md`, "utf8");

/** The README's text between the benchmark markers. */
function benchmarkBlock(text: string): string {
  const start = text.indexOf("<!-- BENCHMARKS");
  const end = text.indexOf("<!-- END BENCHMARKS -->");
  if (start < 0 || end < start) throw new Error("README.md has no <!-- BENCHMARKS --> ... <!-- END BENCHMARKS --> block");
  return text.slice(text.indexOf("-->", start) + 3, end);
}

/** Numbers as measured values: decimals, percentages, multipliers and thousands (`4,595`), not versions or dates. */
function measuredNumbers(text: string): string[] {
  const withoutVersions = text
    .replace(/\b\d+\.\d+\.\d+\b/g, " ")
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, " ")
    .replace(/\bNode \d+(?:\.\d+)*/g, " ")
    .replace(/[≤≥<>] ?[+]?\d[\d.,]*\s*(?:%|×|x|ms|s)?/g, " ") // goals, which RESULTS.md states as goals too
    .replace(/\b\d+-core\b/g, " ");
  return [...withoutVersions.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,(?=\d{3}\b)/g, ""));
}

/** Every number RESULTS.md holds, with thousands separators removed. */
const resultNumbers = new Set(measuredNumbers(results.replace(/[≤≥<>]/g, " ")));

describe("README benchmark block", () => {
  const quoted = measuredNumbers(benchmarkBlock(readme));

  it("quotes some measured numbers", () => {
    expect(quoted.length).toBeGreaterThan(10);
  });

  it("quotes only numbers that bench/RESULTS.md holds", () => {
    expect(quoted.filter((n) => !resultNumbers.has(n))).toEqual([]);
  });
});
