// Propagation: what stays secret on its way from a source to a sink.
import rule from "../../../src/rules/no-credential-logging.js";
import { typedRuleTester } from "../../rule-tester.js";
import { error, fromCred, fromSource, inTask, runInBothConfigs } from "../flow-cases.js";

const cases = {
  reassigned: inTask(`    let shown = "none";
    if (input.verbose) shown = cred.password;
    logger.info(shown);`),
  cycle: inTask(`    let acc = "";
    for (const part of [cred.username, cred.password]) acc = acc + part;
    logger.info(acc);`),
  rest: inTask(`    const { username: user, ...secretParts } = cred;
    logger.info("credential fields", { user, secretParts });`),
  defaults: inTask(`    const { token = cred.password } = {} as { token?: string };
    logger.info(token);`),
  spread: inTask(`    const opts = { host: input.host, password: cred.password };
    const merged = { ...opts, port: 5432 };
    logger.debug(merged, "options");
    const list = [input.host, ...[cred.password]];
    logger.debug(list);`),
  strings: inTask(`    const header = Buffer.from(\`\${cred.username}:\${cred.password}\`).toString("base64");
    logger.debug({ header }, "basic auth");
    logger.debug("json " + JSON.stringify(cred));
    logger.debug(String(cred.password).padEnd(24, "."));
    logger.debug(cred.password.toString());`),
  slicing: inTask(`    logger.debug(\`starts \${cred.password.slice(0, 3)}\`);
    logger.debug(cred.password.substring(0, 4));
    logger.debug(cred.password[0]);
    logger.debug(cred.password.at(-1));
    logger.debug([input.host, cred.password].join("|"));
    logger.debug(cred.password.split("").reverse());`),
  partialReplace: inTask(`    const hint = cred.password.replace(/^(.{2}).*$/, "$1...");
    logger.debug(hint);`),
  conditional: inTask(`    const fallback = input.host.endsWith(".example") ? cred.password : "";
    logger.trace(\`fallback \${fallback}\`);
    logger.trace(input.verbose && cred.password);
    logger.trace(cred.password ?? "none");`),
  helper: inTask(
    `    logger.warn(describeLogin(cred));
    logger.warn(quote(cred.password));`,
    `function describeLogin(login: { username: string; password: string }): string {
  return \`\${login.username}:\${login.password}\`;
}
const quote = (value: string) => "'" + value + "'";`,
  ),
  helperObject: inTask(
    `    const headers = authHeaders(cred.password);
    logger.info(headers);
    logger.info(headers.Authorization);`,
    `function authHeaders(token: string) {
  return { Authorization: \`Bearer \${token}\`, "X-Region": "eu" };
}`,
  ),
  closure: inTask(`    const attempt = async (n: number) => {
      const auth = n > 1 ? cred.password : cred.password.trim();
      console.warn(\`attempt \${n} with \${auth}\`);
    };
    await attempt(1);`),
  callbacks: inTask(`    const logins = await Promise.all([input.credential].map((ref) => this.context.resolveCredential(ref)));
    logins.forEach((login) => logger.debug(\`secret \${login.password}\`));
    for (const login of logins) logger.debug(login.password);
    logger.debug(logins[0]?.password);`),
  thenCallback: inTask(`    void this.context.getSecret("signing-key").then((key) => console.log(\`key \${key}\`));`),
  classField: `import { App, Input, Output, task, basicRef, type BasicCredential } from "@credref/types";
import pino from "pino";
const logger = pino();
class DbInput extends Input { credential = basicRef("db"); }
export class DbApp extends App {
  private login?: BasicCredential;
  private session = "";
  @task
  async connect(input: DbInput): Promise<Output> {
    this.session = (await this.context.resolveCredential(input.credential)).password;
    this.report();
    return new Output();
  }
  private report(): void {
    logger.info(\`session \${this.session}\`);
  }
}
`,
};

/** Where the credentials of `cases.callbacks` come from: the `resolveCredential` inside its `map`. */
const RESOLVED_IN_MAP = fromSource("resolveCredential", cases.callbacks, "resolveCredential(ref)");

runInBothConfigs("no-credential-logging: propagation", rule, {
  valid: [
    {
      name: "length, comparisons, typeof, Boolean, !!, ! and === undefined are not the secret",
      code: inTask(`    const pass = cred.password;
    logger.debug(\`has password: \${pass !== undefined && pass.length > 0}\`);
    logger.debug(\`type \${typeof pass}, set=\${!!pass}, empty=\${!pass}, boolean=\${Boolean(pass)}\`);
    logger.debug({ same: pass === input.host, length: pass.length });
    logger.debug(\`first set: \${cred.password ? "yes" : "no"}\`);`),
    },
    {
      name: "destructuring the safe field out of a credential, and the rest of a token credential",
      code: inTask(`    const { username } = cred;
    logger.info(username);
    const api = await this.context.resolveCredential(input.api);
    const { token, ...meta } = api;
    logger.info({ meta }, "token meta");`),
    },
    {
      name: "a safe property of an object literal that also holds a secret",
      code: inTask(`    const opts = { host: input.host, user: cred.username, password: cred.password };
    logger.info({ host: opts.host, user: opts.user });`),
    },
    {
      name: "a safe header of an object built by a local helper",
      code: inTask(`    const headers = authHeaders(cred.password);
    logger.info("region", headers["X-Region"]);`, `function authHeaders(token: string) {
  return { Authorization: \`Bearer \${token}\`, "X-Region": "eu" };
}`),
    },
    {
      name: "an unknown call taking the secret returns something else",
      code: inTask(`    const pool = await connect(input.host, cred.username, cred.password);
    logger.info({ connected: pool.ready });`, `declare function connect(host: string, user: string, password: string): Promise<{ ready: boolean }>;`),
    },
  ],
  invalid: [
    {
      name: "a conditional re-assignment",
      code: cases.reassigned,
      errors: [error("logged", cases.reassigned, "shown);", { data: { what: "shown", from: fromCred(cases.reassigned), sink: "logger.info" } })],
    },
    {
      name: "a self-referencing accumulation (x = x + y) terminates and is found",
      code: cases.cycle,
      errors: [error("logged", cases.cycle, "acc);", { data: { what: "acc", from: fromCred(cases.cycle), sink: "logger.info" } })],
    },
    { name: "the rest of a credential without its username", code: cases.rest, errors: [
        error("logged", cases.rest, "secretParts });", {
          data: { what: "secretParts", from: fromCred(cases.rest), sink: "logger.info" },
          suggestions: [
            {
              messageId: "useRefName",
              data: { ref: "input.credential" },
              output: cases.rest.replace("{ user, secretParts }", "{ user, secretParts: input.credential.name }"),
            },
          ],
        }),
      ],
    },
    { name: "a default value", code: cases.defaults, errors: [error("logged", cases.defaults, "token);", { data: { what: "token", from: fromCred(cases.defaults), sink: "logger.info" } })] },
    {
      name: "spread into objects and arrays",
      code: cases.spread,
      errors: [
        error("logged", cases.spread, "merged, ", { data: { what: "merged", from: fromCred(cases.spread), sink: "logger.debug" } }),
        error("logged", cases.spread, "list);", { data: { what: "list", from: fromCred(cases.spread), sink: "logger.debug" } }),
      ],
    },
    {
      name: "Buffer.from, base64, JSON.stringify, String(), padEnd, toString",
      code: cases.strings,
      // Inside a larger argument, the message names the secret it holds: `cred` in `JSON.stringify(cred)`.
      errors: [
        error("logged", cases.strings, "header }", { data: { what: "header", from: fromCred(cases.strings), sink: "logger.debug" } }),
        error("logged", cases.strings, "cred));", { data: { what: "cred", from: fromCred(cases.strings), sink: "logger.debug" } }),
        error("logged", cases.strings, "cred.password).padEnd", { data: { what: "cred.password", from: fromCred(cases.strings), sink: "logger.debug" } }),
        error("logged", cases.strings, "cred.password.toString()", { data: { what: "cred.password", from: fromCred(cases.strings), sink: "logger.debug" } }),
      ],
    },
    {
      name: "slices, characters and joins of a secret",
      code: cases.slicing,
      errors: [
        error("logged", cases.slicing, "cred.password.slice(0, 3)", { data: { what: "cred.password", from: fromCred(cases.slicing), sink: "logger.debug" } }),
        error("logged", cases.slicing, "cred.password.substring(0, 4)", { data: { what: "cred.password", from: fromCred(cases.slicing), sink: "logger.debug" } }),
        // An element read by index is named with its index; a method call (`.at(-1)`) by the secret it is called on.
        error("logged", cases.slicing, "cred.password[0]", { data: { what: "cred.password[0]", from: fromCred(cases.slicing), sink: "logger.debug" } }),
        error("logged", cases.slicing, "cred.password.at(-1)", { data: { what: "cred.password", from: fromCred(cases.slicing), sink: "logger.debug" } }),
        error("logged", cases.slicing, "cred.password].join", { data: { what: "cred.password", from: fromCred(cases.slicing), sink: "logger.debug" } }),
        error("logged", cases.slicing, `cred.password.split("").reverse()`, { data: { what: "cred.password", from: fromCred(cases.slicing), sink: "logger.debug" } }),
      ],
    },
    {
      name: "a replace that keeps part of the secret",
      code: cases.partialReplace,
      errors: [error("logged", cases.partialReplace, "hint);", { data: { what: "hint", from: fromCred(cases.partialReplace), sink: "logger.debug" } })],
    },
    {
      name: "conditional and logical expressions",
      code: cases.conditional,
      errors: [
        error("logged", cases.conditional, "fallback}", { data: { what: "fallback", from: fromCred(cases.conditional), sink: "logger.trace" } }),
        error("logged", cases.conditional, "cred.password);", { data: { what: "cred.password", from: fromCred(cases.conditional), sink: "logger.trace" } }),
        error("logged", cases.conditional, "cred.password ??", { data: { what: "cred.password", from: fromCred(cases.conditional), sink: "logger.trace" } }),
      ],
    },
    {
      name: "simple local helpers that build a string from their argument",
      code: cases.helper,
      errors: [
        error("logged", cases.helper, "cred));", { data: { what: "cred", from: fromCred(cases.helper), sink: "logger.warn" } }),
        error("logged", cases.helper, "cred.password));", { data: { what: "cred.password", from: fromCred(cases.helper), sink: "logger.warn" } }),
      ],
    },
    {
      name: "an object built by a local helper, and its secret field",
      code: cases.helperObject,
      errors: [
        error("logged", cases.helperObject, "headers);", { data: { what: "headers", from: fromCred(cases.helperObject), sink: "logger.info" } }),
        error("logged", cases.helperObject, "headers.Authorization", { data: { what: "headers.Authorization", from: fromCred(cases.helperObject), sink: "logger.info" } }),
      ],
    },
    {
      name: "a closure inside the task",
      code: cases.closure,
      errors: [error("logged", cases.closure, "auth}", { data: { what: "auth", from: fromCred(cases.closure), sink: "console.warn" } })],
    },
    {
      name: "array callbacks, for-of and elements of resolved credentials",
      code: cases.callbacks,
      errors: [
        error("logged", cases.callbacks, "login.password}", { data: { what: "login.password", from: RESOLVED_IN_MAP, sink: "logger.debug" } }),
        error("logged", cases.callbacks, "login.password);", { data: { what: "login.password", from: RESOLVED_IN_MAP, sink: "logger.debug" } }),
        error("logged", cases.callbacks, "logins[0]?.password", { data: { what: "logins[0]?.password", from: RESOLVED_IN_MAP, sink: "logger.debug" } }),
      ],
    },
    {
      name: "the parameter of a .then callback",
      code: cases.thenCallback,
      errors: [error("logged", cases.thenCallback, "key}", { data: { what: "key", from: fromSource("getSecret", cases.thenCallback, "getSecret("), sink: "console.log" } })],
    },
    {
      name: "a field written in one method and logged in another",
      code: cases.classField,
      errors: [error("logged", cases.classField, "this.session}", { data: { what: "this.session", from: fromCred(cases.classField), sink: "logger.info" } })],
    },
  ],
});

const crossFile = `import { App, Input, Output, task, basicRef } from "@credref/types";
import pino from "pino";
import { loadDatabaseCredential, connectionOptions, serviceCredential } from "./flow-credentials.js";
const log = pino();
class DbInput extends Input { credential = basicRef("db"); host = "db"; }
export class DbApp extends App {
  @task
  async connect(input: DbInput): Promise<Output> {
    const cred = await loadDatabaseCredential(this.context, input.credential);
    log.info(\`as \${cred.username}\`);
    log.warn(\`check \${cred.username}: \${cred.password}\`);
    const options = connectionOptions(cred, input.host);
    log.debug({ host: options.host, user: options.user }, "options");
    log.debug({ options }, "options (full)");
    log.debug(serviceCredential.password);
    return new Output();
  }
}
`;
const crossFunction = `import type { Secret } from "@credref/types";
interface LoginSummary { readonly user: string; readonly pass: Secret<string> }
export function logSummary(summary: LoginSummary, log: { info(message: string): void }): void {
  log.info(\`login \${summary.user} / \${summary.pass}\`);
}
`;

typedRuleTester().run("no-credential-logging: propagation across functions and files (typed)", rule, {
  valid: [],
  invalid: [
    {
      name: "values imported from another file carry the secret brand",
      code: crossFile,
      errors: [
        error("logged", crossFile, "cred.password", { data: { what: "cred.password", from: "typed `Secret<string>`", sink: "log.warn" } }),
        // The type of `connectionOptions(…)` as the checker prints it, cut at 40 characters: the cut falls before
        // `Secret<string>`, the part that makes it secret.
        error("logged", crossFile, "options }", { data: { what: "options", from: "typed `{ host: string; user: string; password:…`", sink: "log.debug" } }),
        error("logged", crossFile, "serviceCredential.password", { data: { what: "serviceCredential.password", from: "typed `Secret<string>`", sink: "log.debug" } }),
      ],
    },
    {
      name: "a field typed Secret in an app-defined interface",
      code: crossFunction,
      errors: [error("logged", crossFunction, "summary.pass", { data: { what: "summary.pass", from: "typed `Secret<string>`", sink: "log.info" } })],
    },
  ],
});
