import rule from "../../src/rules/no-credential-in-output.js";
import { error, fromCred, fromSource, inTask, runInBothConfigs } from "./flow-cases.js";

/** A task returning `expression` (typed loosely so each case can shape its output). */
const returning = (body: string, expression: string): string =>
  inTask(`${body}
    return ${expression} as unknown as Output;`).replace("    return new Output();\n", "");

const returnsWhole = returning("", "cred");
const returnsField = returning("", "{ rows: 0, debug: { password: cred.password } }");
const returnsSpread = returning(`    const result = { rows: 0 };`, "{ ...result, ...cred }");
const returnsHeaders = returning(`    const key = await this.context.resolveCredential(input.key);`, "{ headers: key.toHeaders() }");
const onOutput = inTask(`    const out = new SyncOutput();
    out.rows = 1;
    out.secret = cred.password;
    const typed: SyncOutput = new SyncOutput();
    typed.debug.token = cred.password;
    Object.assign(out, { session: cred.toAuthHeader() });
    void new SyncOutput({ password: cred.password });`, `class SyncOutput extends Output { rows = 0; secret = ""; debug = { token: "" }; constructor(_init?: object) { super(); } }`);
const appState = inTask(`    this.appState.set("warehouse.password", cred.password);
    const state = { user: cred.username, password: cred.password };
    this.appState.set("login", state);
    await this.context.state.put("auth", cred.toAuthHeader());
    this.appState.lastPassword = cred.password;`);
const secretReturned = `import { Handler } from "@credref/types";
export class Webhooks extends Handler {
  async signingKey(): Promise<string> {
    return this.context.getSecret("signing-key");
  }
}
`;
const extraStore = inTask(`    await cache.put("db", cred.password);`, `declare const cache: { put(k: string, v: unknown): Promise<void> };`);

runInBothConfigs("no-credential-in-output", rule, {
  valid: [
    {
      name: "outputs and state hold names, counts, fingerprints, expiry and refs",
      code: inTask(
        `    const out = new SyncOutput();
    out.rows = 3;
    out.user = cred.username;
    out.fingerprint = fingerprint(cred.password);
    this.appState.set("lastRef", input.credential);
    this.appState.set("lastRefName", input.credential.name);
    this.appState.set("passwordLength", cred.password.length);
    const api = await this.context.resolveCredential(input.api);
    this.appState.set("expired", api.isExpired());
    this.appState.set("expiresAt", api.expiresAt);
    await fetch(input.host, { headers: { authorization: cred.toAuthHeader() } });`,
        `import { fingerprint } from "./redact.js";
class SyncOutput extends Output { rows = 0; user = ""; fingerprint = ""; }`,
      ),
    },
    {
      name: "a helper method (not a task) may return a secret to its task",
      code: `import { App, Input, Output, task, basicRef } from "@credref/types";
class DbInput extends Input { credential = basicRef("db"); }
export class DbApp extends App {
  @task
  async connect(input: DbInput): Promise<Output> {
    const password = await this.password(input);
    await open(password);
    return new Output();
  }
  private async password(input: DbInput): Promise<string> {
    const cred = await this.context.resolveCredential(input.credential);
    return cred.password;
  }
}
declare function open(password: string): Promise<void>;`,
    },
    { name: "a Handler method returning a secret to its caller is not a task output", code: secretReturned },
    {
      name: "returning inside a callback of the task is not the task's output",
      code: inTask(`    const masked = [cred.password].map((p) => { return p.length; });
    void masked;`),
    },
  ],
  invalid: [
    {
      name: "a whole credential returned from a task",
      code: returnsWhole,
      errors: [error("returned", returnsWhole, "cred as unknown", { data: { what: "cred", from: fromCred(returnsWhole), task: "sync" } })],
    },
    {
      name: "a secret field nested in the returned object",
      code: returnsField,
      errors: [error("returned", returnsField, "cred.password }", { data: { what: "cred.password", from: fromCred(returnsField), task: "sync" } })],
    },
    {
      name: "a credential spread into the returned object",
      code: returnsSpread,
      errors: [error("returned", returnsSpread, "cred }", { data: { what: "cred", from: fromCred(returnsSpread), task: "sync" } })],
    },
    {
      name: "headers returned",
      code: returnsHeaders,
      errors: [
        error("returned", returnsHeaders, "key.toHeaders()", {
          data: { what: "key.toHeaders(…)", from: fromSource("resolveCredential", returnsHeaders, "resolveCredential(input.key)"), task: "sync" },
        }),
      ],
    },
    {
      name: "fields of an Output, Object.assign onto it, and its constructor",
      code: onOutput,
      errors: [
        error("onOutput", onOutput, "cred.password;\n    const typed", { data: { what: "cred.password", from: fromCred(onOutput), target: "out.secret" } }),
        error("onOutput", onOutput, "cred.password;\n    Object.assign", { data: { what: "cred.password", from: fromCred(onOutput), target: "typed.debug.token" } }),
        error("onOutput", onOutput, "cred.toAuthHeader()", { data: { what: "cred.toAuthHeader(…)", from: fromCred(onOutput), target: "out" } }),
        error("onOutput", onOutput, "cred.password })", { data: { what: "cred.password", from: fromCred(onOutput), target: "new SyncOutput" } }),
      ],
    },
    {
      name: "app state and context state",
      code: appState,
      errors: [
        error("persisted", appState, "cred.password);", { data: { what: "cred.password", from: fromCred(appState), target: "this.appState.set" } }),
        error("persisted", appState, "state);", { data: { what: "state", from: fromCred(appState), target: "this.appState.set" } }),
        error("persisted", appState, "cred.toAuthHeader()", { data: { what: "cred.toAuthHeader(…)", from: fromCred(appState), target: "this.context.state.put" } }),
        // A field written on a store names the store, not the field (an Output's field is named in full).
        error("persisted", appState, "cred.password;", { data: { what: "cred.password", from: fromCred(appState), target: "this.appState" } }),
      ],
    },
    {
      name: "an extra store from the options",
      code: extraStore,
      options: [{ stores: ["cache.put"] }],
      errors: [error("persisted", extraStore, "cred.password)", { data: { what: "cred.password", from: fromCred(extraStore), target: "cache.put" } })],
    },
  ],
});
