/*
 * Code templates that put a string literal where a message describes code (a callee's argument, a computed member
 * of a sink or a store, a method or field key, a type argument, a ref's values), random secrets to put there, and
 * the check that none of our text copies it. Shared by the property test and the bench's larger run.
 */
import fc from "fast-check";
import type { Linter } from "eslint";
import { fakeChars } from "../fake-tokens.js";

export const TASK = (body: string) => `import { App, Input, Output, task, basicRef, credentialRef, type Secret } from "@credref/types";
export class Job extends App {
  @task async go() {
    const cred = await this.context.resolveCredential(this.input.db);
    ${body}
  }
}`;

/** A literal usable as a property key: a template literal cannot be one, so it is written with double quotes. */
const asKey = (L: string): string => (L.startsWith("`") ? `"${L.slice(1, -1)}"` : L);

/** Each template puts the literal `L` (a quoted secret) in one describable position, and is reported there. */
export const TEMPLATES: Record<string, (L: string) => string> = {
  "callee argument": (L) => TASK(`loadLogger(${L}).info(cred.password);`),
  "computed member of a sink": (L) => TASK(`this.loggers[${L}].logger.info(cred.password);`),
  "computed member of a metric": (L) => TASK(`meters[${L}].requestCounter.add(1, { pw: cred.password });`),
  "computed member of a store": (L) => TASK(`caches[${L}].sessionStore.set("k", cred.password);`),
  "computed member of an error class": (L) => TASK(`throw new errs[${L}].AuthError(cred.password);`),
  "computed key of an output": (L) => TASK(`const out = new Output(); out[${L}] = cred.password;`),
  "key of a logged object": (L) => TASK(`console.log({ [${L}]: cred.password, ${asKey(L)}: cred.password });`),
  "computed ref": (L) => TASK(`const other = await this.context.resolveCredential(this.input[${L}]); console.log(other);`),
  "computed method name": (L) => `import { App } from "@credref/types";
export class Job extends App { [${L}]() { return this.context.resolveCredential(this.input.db); } }`,
  "string method name": (L) => `import { App } from "@credref/types";
export class Job extends App { ${asKey(L)}() { return this.context.getSecret("k"); } }`,
  "hand-made ref values": (L) => `import { basicRef } from "@credref/types";
export const ref = { name: ${L}, credentialType: "basic", storeName: ${L} };`,
  // The second argument of createHmac is a secret key: reported, and the message names the callee.
  "callee holding a literal, with a secret argument": (L) => `declare function loadCrypto(name: string): { createHmac(alg: string, key: string): unknown };
export const mac = loadCrypto(${L}).createHmac("sha256", ${JSON.stringify(`${fakeChars(20, 41)}!`)});`,
  "credentialRef arguments": (L) => `import { credentialRef } from "@credref/types";
export const ref = credentialRef("basic", ${L}, { storeName: ${L} });`,
};

/** Random secrets: a common token prefix (or none) and a random body. */
export const secret = fc
  .tuple(fc.constantFrom("", "sk_live_", "ghp_", "xoxb-", "AKIA", "glpat-"), fc.stringMatching(/^[A-Za-z0-9]{16,40}$/))
  .map(([prefix, body]) => prefix + body);

/** Every window of 8 characters of `value` (its prefix included). */
function windows(value: string): string[] {
  return Array.from({ length: value.length - 7 }, (_, i) => value.slice(i, i + 8));
}

/**
 * What is wrong with one lint result, as lines naming rule and place (never the value): a parse error, a message or
 * suggestion description holding 8 characters of `value`, or a fix that puts `value` somewhere it was not.
 */
export function copiesOf(code: string, value: string, messages: readonly Linter.LintMessage[], where: string): string[] {
  const problems = messages.filter((m) => m.fatal).map((m) => `parse error in ${where}: ${m.message}`);
  const leaks = (text: string) => windows(value).some((w) => text.includes(w));
  const occurrences = (text: string) => text.split(value).length - 1;
  for (const m of messages) {
    if (leaks(m.message)) problems.push(`${m.ruleId} message quotes the literal (${where})`);
    for (const s of m.suggestions ?? []) if (leaks(s.desc)) problems.push(`${m.ruleId} suggestion quotes the literal (${where})`);
    // A fix may move the user's code (the literal with it), never copy the literal somewhere new.
    for (const fix of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
      if (fix && occurrences(fix.text) > occurrences(code.slice(fix.range[0], fix.range[1]))) problems.push(`${m.ruleId} fix copies the literal (${where})`);
    }
  }
  return problems;
}

