// Sources: what the rule knows to be secret. Propagation, sinks, sanitizers and known limitations have their own
// files in ./no-credential-logging/. Every suite runs without and with type information.
import rule from "../../src/rules/no-credential-logging.js";
import { declaredAs, error, fromCred, fromSource, inTask, runInBothConfigs } from "./flow-cases.js";

const wholeCredential = inTask(`    logger.info({ cred }, "resolved");`);
const secretField = inTask(`    console.log(\`connecting as \${cred.username} with \${cred.password}\`);`);
const bearer = inTask(`    const api = await this.context.resolveCredential(input.api);
    logger.debug("token", api.token);`);
const notAwaited = inTask(`    const pending = this.context.resolveCredential(input.key);
    pending.then((key) => logger.info(key.apiKey));`);
const getSecret = inTask(`    const signingKey = await this.context.getSecret("webhook-signing-key");
    this.context.logger.debug("verifying with", signingKey);`);
const destructured = inTask(`    const { username, password } = cred;
    logger.debug(\`login \${username}/\${password}\`);`);
const storedContext = inTask(`    const ctx = this.context;
    const oauth = await ctx.resolveCredential(input.oauth);
    logger.warn(oauth.clientSecret);`);
const methods = inTask(`    const key = await this.context.resolveCredential(input.key);
    logger.info({ headers: key.toHeaders() }, "crm headers");
    logger.info({ auth: cred.toAuthHeader() }, "db auth");`);
const atlanClient = `import { App, AtlanClientMixin, Input, Output, task, atlanApiTokenRef } from "@credref/types";
import pino from "pino";
const log = pino();
class FetchInput extends Input { atlan = atlanApiTokenRef("atlan"); }
export class CatalogApp extends AtlanClientMixin(App) {
  @task
  async fetchAssets(input: FetchInput): Promise<Output> {
    const client = await this.getOrCreateAsyncAtlanClient(input.atlan);
    log.info({ client }, "Atlan client ready");
    log.info(\`connected to \${client.baseUrl}\`);
    return new Output();
  }
}
`;
const contextParameter = `import type { HandlerContext } from "@credref/types";
export async function ping(ctx: HandlerContext, url: string): Promise<void> {
  const token = await ctx.getSecret("ping-token");
  console.info(\`ping \${url} with \${token}\`);
}
`;
const annotatedParameter = `import type { BearerTokenCredential, Secret } from "@credref/types";
export function describe(cred: BearerTokenCredential, key: Secret<string>): void {
  console.log(\`expires \${cred.expiresAt}, expired=\${cred.isExpired()}\`);
  console.table({ token: cred.token });
  console.warn("key", key);
}
`;
const annotatedField = `import { Handler, type GitTokenCredential } from "@credref/types";
export class Mirror extends Handler {
  private cred?: GitTokenCredential;
  async push(): Promise<void> {
    this.context.logger.info(\`pushing with \${this.cred?.token}\`);
  }
}
`;
const extraSource = inTask(`    const vault = await this.fetchFromVault("svc");
    logger.info(vault.password);`);

runInBothConfigs("no-credential-logging: sources", rule, {
  valid: [
    {
      name: "names, hosts, usernames, ref names, counts and expiry are fine to log",
      code: inTask(`    logger.info(\`connecting to \${input.host} as \${cred.username}\`);
    logger.info({ ref: input.credential.name, store: input.credential.storeName }, "resolved");
    const api = await this.context.resolveCredential(input.api);
    logger.info(\`token has \${api.token.length} chars, expired=\${api.isExpired()}, expires \${api.expiresAt}\`);
    const oauth = await this.context.resolveCredential(input.oauth);
    logger.info({ clientId: oauth.clientId, scopes: oauth.scopes, url: oauth.tokenUrl, refresh: oauth.needsRefresh() });
    const key = await this.context.resolveCredential(input.key);
    logger.debug(\`header \${key.headerName} prefix \${key.prefix}\`);
    const cert = await this.context.resolveCredential(input.cert);
    logger.debug({ cert: cert.certData, ca: cert.caData });`),
    },
    {
      name: "a getSecret of another SDK (not a context) is not a source",
      code: `import { SecretClient } from "@azure/keyvault-secrets";
const vault = new SecretClient("https://kv.example", credential);
export async function show(): Promise<void> {
  const secret = await vault.getSecret("db-password");
  console.log("fetched", secret.name);
}`,
    },
    {
      name: "a file with no source and no credential type is not analysed",
      code: `const password = process.env.DB_PASSWORD; console.log("configured", password !== undefined);`,
    },
    {
      name: "a ref is not a secret",
      code: inTask(`    logger.info({ credential: input.credential }, "resolving");`),
    },
  ],
  invalid: [
    {
      name: "a whole resolved credential",
      code: wholeCredential,
      errors: [
        error("logged", wholeCredential, "cred }", {
          data: { what: "cred", from: fromCred(wholeCredential), sink: "logger.info" },
          suggestions: [{ messageId: "useRefName", data: { ref: "input.credential" }, output: wholeCredential.replace("{ cred }", "{ cred: input.credential.name }") }],
        }),
      ],
    },
    {
      name: "a secret field in a template",
      code: secretField,
      errors: [error("logged", secretField, "cred.password", { data: { what: "cred.password", from: fromCred(secretField), sink: "console.log" } })],
    },
    {
      name: "a bearer token",
      code: bearer,
      errors: [error("logged", bearer, "api.token", { data: { what: "api.token", from: fromSource("resolveCredential", bearer, "resolveCredential(input.api)"), sink: "logger.debug" } })],
    },
    {
      name: "a credential resolved without await, read in .then",
      code: notAwaited,
      errors: [
        error("logged", notAwaited, "key.apiKey", { data: { what: "key.apiKey", from: fromSource("resolveCredential", notAwaited, "resolveCredential(input.key)"), sink: "logger.info" } }),
      ],
    },
    {
      name: "a getSecret value to the context logger",
      code: getSecret,
      errors: [
        error("logged", getSecret, "signingKey);", { data: { what: "signingKey", from: fromSource("getSecret", getSecret, "getSecret("), sink: "this.context.logger.debug" } }),
      ],
    },
    {
      name: "destructured fields: password but not username",
      code: destructured,
      errors: [error("logged", destructured, "password}", { data: { what: "password", from: fromCred(destructured), sink: "logger.debug" } })],
    },
    {
      name: "a context stored in a variable",
      code: storedContext,
      errors: [
        error("logged", storedContext, "oauth.clientSecret", {
          data: { what: "oauth.clientSecret", from: fromSource("resolveCredential", storedContext, "resolveCredential(input.oauth)"), sink: "logger.warn" },
        }),
      ],
    },
    {
      name: "toHeaders() and toAuthHeader() results",
      code: methods,
      errors: [
        // A call is named with `(…)` for its arguments, whatever they are: an argument could be a literal.
        error("logged", methods, "key.toHeaders()", { data: { what: "key.toHeaders(…)", from: fromSource("resolveCredential", methods, "resolveCredential(input.key)"), sink: "logger.info" } }),
        error("logged", methods, "cred.toAuthHeader()", { data: { what: "cred.toAuthHeader(…)", from: fromCred(methods), sink: "logger.info" } }),
      ],
    },
    { name: "the Atlan client holds the token, its baseUrl does not", code: atlanClient, errors: [
        error("logged", atlanClient, "client }", {
          data: { what: "client", from: fromSource("getOrCreateAsyncAtlanClient", atlanClient, "getOrCreateAsyncAtlanClient("), sink: "log.info" },
          suggestions: [{ messageId: "useRefName", data: { ref: "input.atlan" }, output: atlanClient.replace("{ client }", "{ client: input.atlan.name }") }],
        }),
      ],
    },
    {
      name: "a parameter typed HandlerContext",
      code: contextParameter,
      errors: [error("logged", contextParameter, "token}", { data: { what: "token", from: fromSource("getSecret", contextParameter, "getSecret("), sink: "console.info" } })],
    },
    {
      name: "parameters annotated with credential types of @credref/types",
      code: annotatedParameter,
      errors: [
        error("logged", annotatedParameter, "cred.token", {
          data: { what: "cred.token", from: declaredAs("BearerTokenCredential", annotatedParameter, "cred: BearerTokenCredential"), sink: "console.table" },
        }),
        // The type is named without its argument: `Secret<string>` is declared as `Secret`.
        error("logged", annotatedParameter, "key);", { data: { what: "key", from: declaredAs("Secret", annotatedParameter, "key: Secret<string>"), sink: "console.warn" } }),
      ],
    },
    {
      name: "a class field annotated with a credential type",
      code: annotatedField,
      errors: [
        error("logged", annotatedField, "this.cred?.token", {
          data: { what: "this.cred?.token", from: declaredAs("GitTokenCredential", annotatedField, "cred?: GitTokenCredential"), sink: "this.context.logger.info" },
        }),
      ],
    },
    {
      name: "an extra source call from the options",
      code: extraSource,
      options: [{ sourceCalls: ["fetchFromVault"] }],
      errors: [error("logged", extraSource, "vault.password", { data: { what: "vault.password", from: fromSource("fetchFromVault", extraSource, "fetchFromVault("), sink: "logger.info" } })],
    },
  ],
});
