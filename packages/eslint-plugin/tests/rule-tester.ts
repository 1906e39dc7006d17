import { fileURLToPath } from "node:url";
import { RuleTester } from "@typescript-eslint/rule-tester";

/** Folder holding the tsconfig that typed rule tests resolve against. */
export const typedFixtureDir = fileURLToPath(new URL("./fixture", import.meta.url));

/** A rule tester that parses TypeScript without type information (the `recommended` setting). */
export function syntacticRuleTester(): RuleTester {
  return new RuleTester();
}

/**
 * A rule tester with full type information (the `recommended-type-checked` setting). Test code is
 * linted as `tests/fixture/file.ts` unless a case names another `filename` in that folder.
 */
export function typedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: typedFixtureDir,
      },
    },
  });
}
