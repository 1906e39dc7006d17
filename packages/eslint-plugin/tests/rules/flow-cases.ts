/**
 * Helpers for the flow rules' tests: positions found from a snippet of the code (so a case states *what* is
 * reported, not numbers), and one suite run in both configs, without and with type information.
 */
import type { InvalidTestCase, RunTests, ValidTestCase } from "@typescript-eslint/rule-tester";
import type { TSESLint } from "@typescript-eslint/utils";
import { syntacticRuleTester, typedRuleTester } from "../rule-tester.js";

/** Line and column (1-based) of `snippet` in `code`; the snippet must occur exactly once. */
export function at(code: string, snippet: string): { line: number; column: number } {
  const index = code.indexOf(snippet);
  if (index < 0) throw new Error(`snippet not found: ${snippet}`);
  if (code.indexOf(snippet, index + 1) >= 0) throw new Error(`snippet occurs more than once: ${snippet}`);
  const before = code.slice(0, index).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** An expected error of `messageId` at `snippet`. */
export function error<M extends string>(messageId: M, code: string, snippet: string, extra: Record<string, unknown> = {}) {
  return { messageId, ...at(code, snippet), ...extra };
}

/**
 * The `from` text of a secret handed out by the source call `label` found at `snippet`, as messages state it:
 * `fromSource("getSecret", code, "getSecret(")` is "from getSecret at line 20".
 */
export function fromSource(label: string, code: string, snippet: string): string {
  return `from ${label} at line ${at(code, snippet).line}`;
}

/** The `from` text of `cred`, the credential `inTask` resolves from `input.credential`. */
export function fromCred(code: string): string {
  return fromSource("resolveCredential", code, "resolveCredential(input.credential)");
}

/** The `from` text of a name declared with the credential or secret type `kind` at `snippet`. */
export function declaredAs(kind: string, code: string, snippet: string): string {
  return `declared as ${kind} at line ${at(code, snippet).line}`;
}

/** Code inside a @task method of an App, with `cred` resolved from a basic ref and `input` in scope. */
export function inTask(body: string, imports = ""): string {
  return `import { App, Input, Output, task, basicRef, bearerTokenRef, apiKeyRef, oauthClientRef, certificateRef } from "@credref/types";
import pino from "pino";
${imports}
const logger = pino({ name: "sync" });

class SyncInput extends Input {
  credential = basicRef("warehouse-db");
  api = bearerTokenRef("crm-api");
  key = apiKeyRef("payments");
  oauth = oauthClientRef("salesforce");
  cert = certificateRef("mtls");
  host = "db.internal";
  verbose = false;
}

export class SyncApp extends App {
  @task
  async sync(input: SyncInput): Promise<Output> {
    const cred = await this.context.resolveCredential(input.credential);
${body}
    return new Output();
  }
}
`;
}

type Rule = TSESLint.RuleModule<string, readonly unknown[]>;

/** Runs the same cases without type information and with it. */
export function runInBothConfigs<M extends string>(
  name: string,
  rule: TSESLint.RuleModule<M, readonly unknown[]>,
  tests: RunTests<M, readonly unknown[]>,
): void {
  syntacticRuleTester().run(`${name} (syntactic)`, rule as Rule, tests as RunTests<string, readonly unknown[]>);
  typedRuleTester().run(`${name} (typed)`, rule as Rule, tests as RunTests<string, readonly unknown[]>);
}

export type { InvalidTestCase, ValidTestCase };
