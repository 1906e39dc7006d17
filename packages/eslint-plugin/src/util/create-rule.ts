import { ESLintUtils } from "@typescript-eslint/utils";
import { createOptionCache } from "./option-cache.js";

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

const baseCreator = ESLintUtils.RuleCreator<CredrefRuleDocs>((name) => `${DOCS_BASE}/${name}.md`);

/**
 * Builds a rule with a docs URL pointing at `docs/rules/<name>.md`, as typescript-eslint's `RuleCreator` does, with
 * one difference: the options merged with `meta.defaultOptions` are computed once per configured value, not once
 * per file. `RuleCreator` deep-clones the defaults for every file and rule (`structuredClone`), which on a
 * repository-wide lint costs more than some rules' whole work. ESLint hands each file a new options array holding
 * the same option objects from the config, so the merge is keyed by those objects; the merged options are frozen,
 * since every file of the run shares them.
 *
 * @example
 * export default createRule({ name: "my-rule", meta: { ... }, defaultOptions: [{}], create(context, [options]) { ... } });
 */
export const createRule: typeof baseCreator = (spec) => {
  const rule = baseCreator(spec);
  const defaults = (spec.meta.defaultOptions ?? spec.defaultOptions ?? []) as readonly unknown[];
  const merged = mergedOptionsCache(defaults);
  return {
    ...rule,
    create(context) {
      return spec.create(context, merged(context.options) as Parameters<typeof spec.create>[1]);
    },
  };
};

/** No option given: the key for an empty options array. */
const NO_OPTIONS = {};

/**
 * `applyDefault(defaults, options)` memoised by the option value: by the identity of the object in the options
 * array (ESLint reuses the config's objects for every file the same config applies to), then by its JSON text (a
 * new but equal object, as when a config array is normalised again). Options of another shape (several entries, a
 * primitive) are merged afresh each time.
 */
function mergedOptionsCache(defaults: readonly unknown[]): (options: readonly unknown[]) => readonly unknown[] {
  const merge = (options: readonly unknown[]) => deepFreeze(ESLintUtils.applyDefault(defaults as unknown[], options as unknown[]));
  const cached = createOptionCache((first: object) => merge(first === NO_OPTIONS ? [] : [first]));
  return (options) => {
    if (options.length === 0) return cached(NO_OPTIONS);
    if (options.length === 1 && typeof options[0] === "object" && options[0] !== null) return cached(options[0]);
    return merge(options);
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
