import { RuleTester } from "@typescript-eslint/rule-tester";
import { afterAll, describe, it } from "vitest";

/**
 * A rule-tester case is named after its code unless it names itself, and our cases' code holds fake secrets.
 * Test names are printed to every CI log, so string contents are elided from them: `password = "…"`.
 */
export function redactTestName(name: string): string {
  return name.replace(/(["'`])(?:\\.|(?!\1)[^\\\n])*\1/g, "$1…$1");
}

// Wire the rule tester to vitest's lifecycle so each case is its own test.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = (name, fn) => it(redactTestName(name), fn);
RuleTester.itOnly = (name, fn) => it.only(redactTestName(name), fn);
