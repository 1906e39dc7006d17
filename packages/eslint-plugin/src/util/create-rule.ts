import { ESLintUtils } from "@typescript-eslint/utils";

/** Extra `meta.docs` fields our rules declare; the configs are generated from them. */
export interface CredrefRuleDocs {
  /** Which shared config turns the rule on: `recommended` (and every config above it) or only `strict`. */
  recommended?: "recommended" | "strict";
  /** Whether the rule reads type information when it is there (it always works without). */
  requiresTypeChecking?: boolean;
  /** Options the `strict` config sets, where it asks more of the rule than its defaults do. */
  strictOptions?: readonly unknown[];
}

const DOCS_BASE = "https://github.com/credref/credref/blob/main/packages/eslint-plugin/docs/rules";

/** Builds a rule with a docs URL pointing at `docs/rules/<name>.md`. */
export const createRule = ESLintUtils.RuleCreator<CredrefRuleDocs>((name) => `${DOCS_BASE}/${name}.md`);
