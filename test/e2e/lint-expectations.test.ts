// The marker parser and the comparison are what make the fixture suites able to fail, so they are tested here.
import { describe, expect, test } from "vitest";
import { compareLint, parseLintExpectations } from "../support/lint-expectations.js";

const text = [
  'const a = "x"; // expect: no-hardcoded-secrets',
  "log(a); // expect: no-credential-logging, no-credential-in-output",
  "log(b); // expect: no-credential-logging (typed)",
  "await ctx.resolveCredential(r); // expect: resolve-in-task // error TS2339",
  "const fine = 1;",
].join("\n");

const all = new Set(["no-hardcoded-secrets", "no-credential-logging", "no-credential-in-output", "resolve-in-task"]);

describe("parseLintExpectations", () => {
  test("reads lines, several rules, the typed suffix and a marker shared with a compiler marker", () => {
    expect(parseLintExpectations(text)).toEqual([
      { line: 1, rule: "no-hardcoded-secrets", typedOnly: false },
      { line: 2, rule: "no-credential-logging", typedOnly: false },
      { line: 2, rule: "no-credential-in-output", typedOnly: false },
      { line: 3, rule: "no-credential-logging", typedOnly: true },
      { line: 4, rule: "resolve-in-task", typedOnly: false },
    ]);
  });

  test("rejects a malformed entry instead of expecting nothing", () => {
    expect(() => parseLintExpectations("x; // expect: No Such Rule!")).toThrow(/line 1: malformed/);
  });
});

describe("compareLint", () => {
  const finding = (line: number, rule: string) => ({ line, ruleId: `@credref/${rule}`, message: "m" });

  test("passes when each marked rule reports on its line", () => {
    const messages = [
      finding(1, "no-hardcoded-secrets"),
      finding(2, "no-credential-logging"),
      finding(2, "no-credential-in-output"),
      finding(3, "no-credential-logging"),
      finding(4, "resolve-in-task"),
    ];
    expect(compareLint(text, messages, { enabledRules: all, typed: true })).toEqual({ missing: [], unexpected: [] });
  });

  test("reports a marked finding that disappeared and one on an unmarked line", () => {
    const messages = [finding(1, "no-hardcoded-secrets"), finding(2, "no-credential-logging"), finding(4, "resolve-in-task"), finding(5, "no-credential-logging")];
    const result = compareLint(text, messages, { enabledRules: all, typed: true });
    expect(result.missing).toEqual([
      "no-credential-in-output line 2: log(a); // expect: no-credential-logging, no-credential-in-output",
      "no-credential-logging line 3: log(b); // expect: no-credential-logging (typed)",
    ]);
    expect(result.unexpected).toEqual(["@credref/no-credential-logging line 5: const fine = 1; -- m"]);
  });

  test("a typed-only marker is optional without types, and rules outside the config are not expected", () => {
    const messages = [finding(1, "no-hardcoded-secrets")];
    const enabled = new Set(["no-hardcoded-secrets", "no-credential-logging"]);
    expect(compareLint(text, messages, { enabledRules: enabled, typed: false }).missing).toEqual([
      "no-credential-logging line 2: log(a); // expect: no-credential-logging, no-credential-in-output",
    ]);
  });

  test("a finding from a rule the config does not enable, or a parse error, is unexpected", () => {
    const messages = [finding(4, "resolve-in-task"), { line: 5, ruleId: null, message: "Parsing error" }];
    const enabled = new Set(["no-hardcoded-secrets"]);
    expect(compareLint(text, messages, { enabledRules: enabled, typed: false }).unexpected).toHaveLength(2);
  });
});
