// The model options of both flow rules, each on code whose names the built-in model does not know, so a case
// changes verdict only through the option: a local helper that slices the value (not a sanitizer by name), a
// credential field named like a token, an in-house source method.
import logging from "../../src/rules/no-credential-logging.js";
import output from "../../src/rules/no-credential-in-output.js";
import { error, fromCred, fromSource, inTask, runInBothConfigs } from "../rules/flow-cases.js";

const helper = `function lastChars(value: string): string {
  return value.slice(-2);
}`;
const vault = `declare const vault: { fetchCredential(name: string): Promise<{ user: string; password: string }> };`;

const cases = {
  logging: {
    sliced: inTask(`    logger.info(lastChars(cred.password));`, helper),
    field: inTask(`    logger.info((cred as unknown as { workspaceToken: string }).workspaceToken);`),
    source: inTask(`    const login = await vault.fetchCredential("db");
    logger.info(login.password);`, vault),
  },
  output: {
    sliced: inTask(`    this.sessionStore.set("hint", lastChars(cred.password));`, helper),
    field: inTask(`    this.sessionStore.set("hint", (cred as unknown as { workspaceToken: string }).workspaceToken);`),
    source: inTask(`    const login = await vault.fetchCredential("db");
    this.sessionStore.set("db", login.password);`, vault),
  },
};

runInBothConfigs("no-credential-logging: model options", logging, {
  valid: [
    { name: "a local helper named in sanitizers", code: cases.logging.sliced, options: [{ sanitizers: ["lastChars"] }] },
    { name: "a credential field named in safeFields", code: cases.logging.field, options: [{ safeFields: ["workspaceToken"] }] },
    { name: "an in-house source method, not configured", code: cases.logging.source },
  ],
  invalid: [
    {
      name: "a local helper that slices the value, not configured",
      code: cases.logging.sliced,
      errors: [error("logged", cases.logging.sliced, "cred.password))", { data: { what: "cred.password", from: fromCred(cases.logging.sliced), sink: "logger.info" } })],
    },
    {
      name: "a credential field named like a token, not configured",
      code: cases.logging.field,
      // The cast is left out of the name: the field is read on `cred`.
      errors: [error("logged", cases.logging.field, "(cred as", { data: { what: "cred.workspaceToken", from: fromCred(cases.logging.field), sink: "logger.info" } })],
    },
    {
      name: "an in-house source method named in sourceCalls",
      code: cases.logging.source,
      options: [{ sourceCalls: ["fetchCredential"] }],
      errors: [error("logged", cases.logging.source, "login.password)", { data: { what: "login.password", from: fromSource("fetchCredential", cases.logging.source, 'fetchCredential("db")'), sink: "logger.info" } })],
    },
  ],
});

runInBothConfigs("no-credential-in-output: model options", output, {
  valid: [
    { name: "a local helper named in sanitizers", code: cases.output.sliced, options: [{ sanitizers: ["lastChars"] }] },
    { name: "a credential field named in safeFields", code: cases.output.field, options: [{ safeFields: ["workspaceToken"] }] },
    { name: "an in-house source method, not configured", code: cases.output.source },
  ],
  invalid: [
    {
      name: "a local helper that slices the value, not configured",
      code: cases.output.sliced,
      errors: [error("persisted", cases.output.sliced, "cred.password))", { data: { what: "cred.password", from: fromCred(cases.output.sliced), target: "this.sessionStore.set" } })],
    },
    {
      name: "a credential field named like a token, not configured",
      code: cases.output.field,
      errors: [error("persisted", cases.output.field, "(cred as", { data: { what: "cred.workspaceToken", from: fromCred(cases.output.field), target: "this.sessionStore.set" } })],
    },
    {
      name: "an in-house source method named in sourceCalls",
      code: cases.output.source,
      options: [{ sourceCalls: ["fetchCredential"] }],
      errors: [error("persisted", cases.output.source, "login.password)", { data: { what: "login.password", from: fromSource("fetchCredential", cases.output.source, 'fetchCredential("db")'), target: "this.sessionStore.set" } })],
    },
  ],
});
