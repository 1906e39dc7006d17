import { describe, expect, it } from "vitest";
import { ESLint, type Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import plugin from "../../src/index.js";
import { ruleNames } from "./lint-helpers.js";

/**
 * A wrong option must stop the run with ESLint's schema error (which the CLI prints as a short
 * message without a stack) or, failing that, an error whose first line names the option, never an
 * exception from deep inside a rule. Invalid regular expressions can be rejected by the schema itself:
 * ESLint's Ajv validates `format: "regex"`.
 */

interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode | SchemaNode[];
  required?: string[];
}

/** Code that reaches every rule's candidate paths (credential names, literals, logs, tasks, inputs). */
const SAMPLE = `
import { App, Input, task, basicRef } from "@credref/types";
const apiKey = "Zq8vKp2LmW4xRt7YbN3c";
const dsn = "postgres://svc:Rq7uLm2xVb9s@db.internal:5432/app";
class LoginInput extends Input { credential = basicRef("db"); password: string = ""; }
export class Demo extends App {
  @task
  async run(input: LoginInput) {
    const cred = await this.context.resolveCredential(input.credential);
    console.log(cred.password, apiKey, dsn);
    this.appState.set("pw", cred.password);
    return { token: cred.password };
  }
  helper() { return this.context.getSecret("k"); }
}
`;

const typeOf = (node: SchemaNode): string | undefined => (Array.isArray(node.type) ? node.type[0] : node.type);
const looksLikePattern = (name: string, node: SchemaNode) =>
  /pattern|regex|regular expression/i.test(`${name} ${node.description ?? ""}`) && !/\bglob/i.test(node.description ?? "");
/**
 * A field that takes "a name or a regular expression" may read a bare `(` as a name; written in slashes
 * it can only be meant as a regular expression.
 */
const invalidRegexFor = (node: SchemaNode) => (/\bor (a |as )?regular expressions?/i.test(node.description ?? "") ? "/(unclosed/" : "(unclosed");

function wrongValueFor(node: SchemaNode): unknown {
  switch (typeOf(node)) {
    case "array":
      return "not-an-array";
    case "boolean":
      return "yes";
    case "string":
      return 42;
    case "number":
    case "integer":
      return "many";
    case "object":
      return 7;
    default:
      return undefined;
  }
}

function validValueFor(node: SchemaNode): unknown {
  return { array: [], boolean: false, string: "x", number: 1, integer: 1, object: {} }[typeOf(node) ?? ""] ?? "x";
}

/** An options object with one pattern-bearing field set to an invalid regular expression. */
function invalidRegexCases(schema: SchemaNode): { option: string; value: Record<string, unknown> }[] {
  const cases: { option: string; value: Record<string, unknown> }[] = [];
  for (const [key, node] of Object.entries(schema.properties ?? {})) {
    const items = Array.isArray(node.items) ? node.items[0] : node.items;
    if (typeOf(node) === "string" && looksLikePattern(key, node)) cases.push({ option: key, value: { [key]: invalidRegexFor(node) } });
    if (typeOf(node) === "array" && items && typeOf(items) === "string" && looksLikePattern(key, node)) {
      cases.push({ option: key, value: { [key]: [invalidRegexFor(node)] } });
    }
    if (typeOf(node) === "array" && items && typeOf(items) === "object") {
      for (const [field, fieldNode] of Object.entries(items.properties ?? {})) {
        if (!looksLikePattern(field, fieldNode) || typeOf(fieldNode) !== "string") continue;
        const entry = Object.fromEntries((items.required ?? []).map((r) => [r, validValueFor(items.properties?.[r] ?? {})]));
        cases.push({ option: `${key}[].${field}`, value: { [key]: [{ ...entry, [field]: invalidRegexFor(fieldNode) }] } });
      }
    }
  }
  return cases;
}

async function lintWith(rule: string, options: unknown[]): Promise<unknown> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: parser as Linter.Parser },
        plugins: { "@credref": plugin as unknown as ESLint.Plugin },
        rules: { [`@credref/${rule}`]: ["error", ...options] as Linter.RuleEntry },
      },
    ],
  });
  try {
    await eslint.lintText(SAMPLE, { filePath: "sample.ts" });
    return undefined;
  } catch (error) {
    return error;
  }
}

/** The options of each rule that take regular expressions (found from the schema; a rule not listed has none). */
const PATTERN_OPTIONS: Record<string, string[]> = {
  "no-hardcoded-secrets": ["additionalPatterns[].pattern", "ignoredNames", "ignoredValues"],
};

/** Values that would select nothing or everything by accident: an empty glob matches no file, no workflow method is a typo. */
const EMPTY_VALUES: Record<string, [string, unknown][]> = {
  "no-hardcoded-secrets": [
    ["testFilePatterns", [""]],
    ["additionalPatterns", [{ name: "", pattern: "x" }]],
  ],
  "resolve-in-task": [
    ["workflowMethods", []],
    ["workflowMethods", [""]],
  ],
};

/** ESLint's own validation error: `Key "rules": Key "@credref/x":` then what the schema rejected. */
const SCHEMA_ERROR = /^Key "rules": Key "@credref\/[\w-]+":\n\tValue [\s\S]*(should|Unexpected property)/;

function expectClearError(error: unknown, option: string): void {
  expect(error, `option ${option} was accepted`).toBeInstanceOf(Error);
  const e = error as Error;
  if (SCHEMA_ERROR.test(e.message)) {
    // Raised by the schema, before any rule code runs.
    expect(e.stack ?? "").not.toMatch(/eslint-plugin[\\/](src|dist)[\\/]rules/);
    return;
  }
  const firstLine = e.message.split("\n")[0]!;
  expect(firstLine, `not a schema error, and the message does not name the option: ${firstLine}`).toContain(option.split("[")[0]);
}

describe.each(ruleNames)("options of %s", (rule) => {
  const schema = (plugin.rules as Record<string, { meta: { schema?: SchemaNode[] | SchemaNode } }>)[rule]!.meta.schema;
  const first: SchemaNode | undefined = Array.isArray(schema) ? schema[0] : schema;

  it("rejects an unknown option", async () => {
    expectClearError(await lintWith(rule, [{ definitelyNotAnOption: true }]), "definitelyNotAnOption");
  });

  it("rejects an extra positional option", async () => {
    const extra = Array.isArray(schema) ? schema.length + 1 : 2;
    expectClearError(await lintWith(rule, Array.from({ length: extra }, () => ({}))), "options");
  });

  it("rejects a value of the wrong type for every option", async () => {
    for (const [key, node] of Object.entries(first?.properties ?? {})) {
      const wrong = wrongValueFor(node);
      if (wrong === undefined) continue;
      expectClearError(await lintWith(rule, [{ [key]: wrong }]), key);
    }
  });

  const regexCases = invalidRegexCases(first ?? {});

  it("finds exactly the pattern options this rule has", () => {
    expect(regexCases.map((c) => c.option)).toEqual(PATTERN_OPTIONS[rule] ?? []);
  });

  // A rule without a pattern option has nothing to reject: say so in the report instead of passing with no case.
  it.skipIf(regexCases.length === 0)(
    regexCases.length === 0 ? "rejects an invalid regular expression (skipped: the rule has no pattern option)" : "rejects an invalid regular expression in any pattern option",
    async () => {
      for (const { option, value } of regexCases) {
        expectClearError(await lintWith(rule, [value]), option);
      }
    },
  );

  const emptyCases = EMPTY_VALUES[rule] ?? [];
  it.skipIf(emptyCases.length === 0)(
    emptyCases.length === 0 ? "rejects empty values (skipped: no option where empty means nothing)" : "rejects an empty glob or an empty list where one must name something",
    async () => {
      for (const [option, value] of emptyCases) expectClearError(await lintWith(rule, [{ [option]: value }]), option);
    },
  );

  it("accepts its documented default options", async () => {
    const defaults = (plugin.rules as Record<string, { meta: { defaultOptions?: unknown[] } }>)[rule]!.meta.defaultOptions ?? [];
    expect(await lintWith(rule, defaults)).toBeUndefined();
  });
});
