/**
 * No secret in our own text, with a larger budget than `npm test` gives it: random string-literal secrets in every
 * position a message can describe (tests/reliability/message-templates.ts), every rule on, syntactic. Lists
 * problems by rule and position only, never a value. Run alone: `npx tsx bench/message-fuzz.ts [runs]`.
 */
import fc from "fast-check";
import { Linter } from "eslint";
import { lintAll } from "../packages/eslint-plugin/tests/reliability/lint-helpers.js";
import { copiesOf, secret, TEMPLATES } from "../packages/eslint-plugin/tests/reliability/message-templates.js";
import type { Section } from "./lib/markdown.js";

/** Runs in the bench (the test suite runs 120 with a fixed seed). */
export const DEFAULT_RUNS = 3000;

export async function run(runs = Number(process.env["MESSAGE_FUZZ_RUNS"] ?? DEFAULT_RUNS)): Promise<Section> {
  const linter = new Linter({ cwd: "/reliability" });
  const problems = new Set<string>();
  let messages = 0;
  const started = performance.now();
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(TEMPLATES)), secret, fc.constantFrom('"', "'", "`"), (name, value, quote) => {
      const code = TEMPLATES[name]!(`${quote}${value}${quote}`);
      const result = lintAll(code, "file.ts", linter);
      messages += result.length;
      for (const problem of copiesOf(code, value, result, name)) problems.add(problem);
    }),
    { numRuns: runs, seed: Date.now() % 2 ** 31 },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return {
    title: "No secret in our text: fuzzed literals",
    markdown: [
      `${runs} random secrets, each in one of ${Object.keys(TEMPLATES).length} positions a message describes (callee argument, computed member of a sink, metric, store or error class, output key, object key, ref, method name, ref values), every rule on: ${messages} messages checked in ${seconds} s.`,
      "",
      problems.size === 0 ? "No message, suggestion description or fix copied a literal → **met**." : `**Missed**:\n\n${[...problems].map((p) => `- ${p}`).join("\n")}`,
    ].join("\n"),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await run(process.argv[2] ? Number(process.argv[2]) : undefined);
  console.log(`## ${section.title}\n\n${section.markdown}`);
}
