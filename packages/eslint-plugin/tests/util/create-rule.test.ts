import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { createRule } from "../../src/util/create-rule.js";

type Options = [{ names?: string[]; strict?: boolean }];

/** A rule that records the options object each file's `create` received. */
function recordingRule(seen: unknown[]) {
  return createRule<Options, "found">({
    name: "recording",
    meta: {
      type: "problem",
      docs: { description: "records options" },
      messages: { found: "found" },
      schema: [{ type: "object", properties: { names: { type: "array", items: { type: "string" } }, strict: { type: "boolean" } }, additionalProperties: false }],
      defaultOptions: [{ names: ["a"], strict: false }],
    },
    defaultOptions: [{ names: ["a"], strict: false }],
    create(context, options) {
      seen.push(options);
      return {};
    },
  });
}

function lintFiles(seen: unknown[], ruleEntry: Linter.RuleEntry, files: number): void {
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config[] = [{ plugins: { t: { rules: { recording: recordingRule(seen) as never } } }, rules: { "t/recording": ruleEntry } }];
  for (let i = 0; i < files; i++) linter.verify(`const x${i} = ${i};`, config, `file${i}.js`);
}

describe("createRule", () => {
  it("merges the defaults with the configured options", () => {
    const seen: unknown[] = [];
    lintFiles(seen, ["error", { strict: true }], 1);
    expect(seen[0]).toEqual([{ names: ["a"], strict: true }]);
    lintFiles(seen, "error", 1);
    expect(seen[1]).toEqual([{ names: ["a"], strict: false }]);
  });

  it("merges once per configured value, not once per file", () => {
    const seen: unknown[] = [];
    lintFiles(seen, ["error", { names: ["b"] }], 3);
    expect(seen).toHaveLength(3);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
    const empty: unknown[] = [];
    lintFiles(empty, "error", 2);
    expect(empty[1]).toBe(empty[0]);
  });

  it("keeps different configured values apart", () => {
    const seen: unknown[] = [];
    lintFiles(seen, ["error", { names: ["b"] }], 1);
    lintFiles(seen, ["error", { names: ["c"] }], 1);
    expect(seen[0]).toEqual([{ names: ["b"], strict: false }]);
    expect(seen[1]).toEqual([{ names: ["c"], strict: false }]);
  });

  it("hands out frozen options, so no file can change what the next one sees", () => {
    const seen: unknown[] = [];
    lintFiles(seen, ["error", { names: ["b"] }], 1);
    const [options] = seen[0] as Options;
    expect(Object.isFrozen(options)).toBe(true);
    expect(Object.isFrozen(options.names)).toBe(true);
  });
});
