/**
 * Lint expectations written in the fixtures themselves: a line ending in `// expect: rule-a, rule-b` must get a
 * finding from each named rule, and no line may get a finding its marker does not name. A rule name followed by
 * `(typed)` is required only when the linter has type information; a syntactic run may or may not report it.
 * A marker may share its line with a compiler marker (`// expect: resolve-in-task // error TS2339`).
 */
import type { ESLint } from "eslint";

/** One expected finding read from a marker. */
export interface LintExpectation {
  /** 1-based line. */
  readonly line: number;
  /** Rule name without the plugin prefix, e.g. `no-credential-logging`. */
  readonly rule: string;
  /** Required only with type information. */
  readonly typedOnly: boolean;
}

/** How one file's findings differ from its markers; both lists empty means it linted as marked. */
export interface LintComparison {
  readonly missing: readonly string[];
  readonly unexpected: readonly string[];
}

const MARKER = /\/\/\s*expect:\s*([^/]+?)\s*(?:\/\/.*)?$/;
const ENTRY = /^([a-z][a-z0-9-]*)(\s*\(typed\))?$/;
export const PLUGIN_PREFIX = "@credref/";

/** The expectations marked in `text`; throws on a malformed marker so a typo cannot silently expect nothing. */
export function parseLintExpectations(text: string): LintExpectation[] {
  const expectations: LintExpectation[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    const match = MARKER.exec(lineText);
    if (!match) return;
    for (const entry of match[1]!.split(",").map((part) => part.trim())) {
      const parsed = ENTRY.exec(entry);
      if (!parsed) throw new Error(`line ${index + 1}: malformed expect marker entry "${entry}"`);
      expectations.push({ line: index + 1, rule: parsed[1]!, typedOnly: parsed[2] !== undefined });
    }
  });
  return expectations;
}

export interface CompareOptions {
  /** Rules (without prefix) the config under test enables; markers for other rules are not expected. */
  readonly enabledRules: ReadonlySet<string>;
  /** Whether the run had type information. */
  readonly typed: boolean;
}

/**
 * Compares one file's lint messages with its markers. Every message counts: a parse error or a finding from a
 * rule the marker does not name is unexpected.
 */
export function compareLint(
  text: string,
  messages: readonly Pick<ESLint.LintResult["messages"][number], "line" | "ruleId" | "message">[],
  options: CompareOptions,
): LintComparison {
  const lines = text.split(/\r?\n/);
  const where = (line: number): string => `line ${line}: ${lines[line - 1]?.trim().slice(0, 120) ?? ""}`;
  const expectations = parseLintExpectations(text).filter((e) => options.enabledRules.has(e.rule));
  const missing: string[] = [];
  for (const e of expectations) {
    if (e.typedOnly && !options.typed) continue;
    const found = messages.some((m) => m.line === e.line && m.ruleId === PLUGIN_PREFIX + e.rule);
    if (!found) missing.push(`${e.rule} ${where(e.line)}`);
  }
  const unexpected: string[] = [];
  for (const m of messages) {
    const rule = m.ruleId?.startsWith(PLUGIN_PREFIX) ? m.ruleId.slice(PLUGIN_PREFIX.length) : undefined;
    const marked = rule !== undefined && expectations.some((e) => e.line === m.line && e.rule === rule);
    if (!marked) unexpected.push(`${m.ruleId ?? "(fatal)"} ${where(m.line)} -- ${m.message}`);
  }
  return { missing, unexpected };
}
