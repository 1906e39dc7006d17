import { vi } from "vitest";
import rule from "../../src/rules/require-credential-ref.js";
import { syntacticRuleTester, typedRuleTester } from "../rule-tester.js";

const ruleTester = syntacticRuleTester();

/** An Input subclass with one field line, after a value import of `@credref/types`. */
const inputWith = (field: string, imports = "Input") => `import { ${imports} } from "@credref/types";

export class ConnectInput extends Input {
  host = "warehouse.internal";
  ${field}
}`;

ruleTester.run("require-credential-ref", rule, {
  valid: [
    {
      name: "refs declared with factories on an Input, and label-like string fields",
      code: `
import { Input, basicRef, apiKeyRef, oauthClientRef } from "@credref/types";

export class SyncInput extends Input {
  credential = basicRef("warehouse-db");
  crm = apiKeyRef("crm-api", { storeName: "vault" });
  oauth = oauthClientRef("salesforce");
  passwordField = "password";
  tokenUrl = "https://login.example.com/oauth2/token";
  secretName = "warehouse";
  apiKeyHeader = "X-API-Key";
  nextPageToken?: string;
  username = "etl";
}`,
    },
    {
      name: "credential-shaped strings outside task inputs are another rule's concern",
      code: `
import { Output } from "@credref/types";

interface LoginForm { password: string; }
class UiState { token?: string; }
export class Report extends Output { tokenCount = 0; }`,
    },
    {
      name: "ref names: literals, templates without substitutions, module constants, as const objects, enums",
      code: `
import { basicRef, credentialRef, apiKeyRef as key } from "@credref/types";

const WAREHOUSE = "warehouse-db";
const PREFIX = "crm";
const REFS = { slack: "slack-bot" } as const;
enum Stores { Crm = "crm-api" }

export const refs = [
  basicRef("orders-db"),
  basicRef(\`reporting-db\`),
  basicRef(WAREHOUSE),
  key(PREFIX + "-api"),
  key(Stores.Crm),
  credentialRef("slack", REFS.slack),
];`,
    },
    {
      name: "computed names when allowed",
      options: [{ allowComputedNames: true }],
      code: `
import { basicRef } from "@credref/types";
export const refFor = (tenant: string) => basicRef(\`\${tenant}-db\`);`,
    },
    {
      name: "objects that are not refs: extra keys, a type passed through, and assertions",
      code: `
import { credentialRef } from "@credref/types";

const manifest = { name: "warehouse", credentialType: "basic", description: "Primary warehouse login" };
export function toWire(ref: { name: string; credentialType: string }) {
  return { name: ref.name, credentialType: ref.credentialType };
}
expect(credentialRef("slack", "bot")).toEqual({ name: "bot", credentialType: "slack", storeName: "default" });`,
    },
    {
      name: "factories from another package are not ours",
      code: `
import { basicRef } from "./legacy-refs.js";
export const ref = basicRef(process.env.DB_REF);
export const handMade = credentialRef("basic", "db");`,
    },
    {
      name: "known limitations: ambiguous names and string aliases are not reported",
      code: `
import { Input } from "@credref/types";
type Text = string;
export class ImportInput extends Input {
  dsn: string = "";
  credentials?: string;
  password: Text = "";
}`,
    },
  ],
  invalid: [
    {
      name: "password: string on an Input subclass, with the import added to the existing one",
      code: inputWith("password: string;"),
      errors: [
        {
          messageId: "plainCredentialField",
          line: 5,
          column: 3,
          data: { name: "password", factory: "basicRef(...)" },
          suggestions: [
            {
              messageId: "suggestRefField",
              data: { name: "password", replacement: 'basicRef("password")' },
              output: inputWith('password = basicRef("password");', "Input, basicRef"),
            },
          ],
        },
      ],
    },
    {
      name: "apiKey = empty string",
      code: inputWith('apiKey = "";'),
      errors: [
        {
          messageId: "plainCredentialField",
          line: 5,
          column: 3,
          data: { name: "apiKey", factory: "apiKeyRef(...)" },
          suggestions: [{ messageId: "suggestRefField", output: inputWith('apiKey = apiKeyRef("api-key");', "Input, apiKeyRef") }],
        },
      ],
    },
    {
      name: "optional token, readonly client secret with undefined, private key, passphrase",
      code: `import { Input, basicRef } from "@credref/types";

export class GitInput extends Input {
  token?: string;
  readonly clientSecret: string | undefined;
  privateKey: string = "";
  sshPassphrase: string | null = null;
}`,
      errors: [
        {
          messageId: "plainCredentialField",
          line: 4,
          column: 3,
          data: { name: "token", factory: "bearerTokenRef(...)" },
          suggestions: [
            {
              messageId: "suggestRefField",
              output: `import { Input, basicRef, bearerTokenRef } from "@credref/types";

export class GitInput extends Input {
  token = bearerTokenRef("token");
  readonly clientSecret: string | undefined;
  privateKey: string = "";
  sshPassphrase: string | null = null;
}`,
            },
          ],
        },
        {
          messageId: "plainCredentialField",
          line: 5,
          column: 12,
          data: { name: "clientSecret", factory: "oauthClientRef(...)" },
          suggestions: [
            {
              messageId: "suggestRefField",
              output: `import { Input, basicRef, oauthClientRef } from "@credref/types";

export class GitInput extends Input {
  token?: string;
  readonly clientSecret = oauthClientRef("client-secret");
  privateKey: string = "";
  sshPassphrase: string | null = null;
}`,
            },
          ],
        },
        {
          messageId: "plainCredentialField",
          line: 6,
          column: 3,
          data: { name: "privateKey", factory: "certificateRef(...)" },
          suggestions: [
            {
              messageId: "suggestRefField",
              output: `import { Input, basicRef, certificateRef } from "@credref/types";

export class GitInput extends Input {
  token?: string;
  readonly clientSecret: string | undefined;
  privateKey = certificateRef("private-key");
  sshPassphrase: string | null = null;
}`,
            },
          ],
        },
        {
          messageId: "plainCredentialField",
          line: 7,
          column: 3,
          data: { name: "sshPassphrase", factory: "certificateRef(...)" },
          suggestions: [
            {
              messageId: "suggestRefField",
              output: `import { Input, basicRef, certificateRef } from "@credref/types";

export class GitInput extends Input {
  token?: string;
  readonly clientSecret: string | undefined;
  privateKey: string = "";
  sshPassphrase = certificateRef("ssh-passphrase");
}`,
            },
          ],
        },
      ],
    },
    {
      name: "the factory follows what the name says: git SSH keys, git tokens, Atlan tokens",
      code: `import { Input } from "@credref/types";
export class DeployInput extends Input {
  gitSshKey = "";
  githubToken?: string;
  atlanApiToken: string;
}`,
      errors: [
        { messageId: "plainCredentialField", line: 3, column: 3, data: { name: "gitSshKey", factory: "gitSshRef(...)" }, suggestions: 1 },
        { messageId: "plainCredentialField", line: 4, column: 3, data: { name: "githubToken", factory: "gitTokenRef(...)" }, suggestions: 1 },
        { messageId: "plainCredentialField", line: 5, column: 3, data: { name: "atlanApiToken", factory: "atlanApiTokenRef(...)" }, suggestions: 1 },
      ],
    },
    {
      name: "renamed and namespace imports, a local base Input class, a constructor parameter property",
      code: `import * as cr from "@credref/types";
import { Input as BaseInput } from "@credref/types";

abstract class TenantInput extends BaseInput {
  tenant = "acme";
}

export class WarehouseInput extends TenantInput {
  dbPassword!: string;
  constructor(public readonly apiToken: string) {
    super();
  }
}`,
      errors: [
        {
          messageId: "plainCredentialField",
          line: 9,
          column: 3,
          data: { name: "dbPassword", factory: "basicRef(...)" },
          suggestions: [
            {
              messageId: "suggestRefField",
              data: { name: "dbPassword", replacement: 'cr.basicRef("db-password")' },
              output: `import * as cr from "@credref/types";
import { Input as BaseInput } from "@credref/types";

abstract class TenantInput extends BaseInput {
  tenant = "acme";
}

export class WarehouseInput extends TenantInput {
  dbPassword = cr.basicRef("db-password");
  constructor(public readonly apiToken: string) {
    super();
  }
}`,
            },
          ],
        },
        { messageId: "plainCredentialField", line: 10, column: 31, data: { name: "apiToken", factory: "bearerTokenRef(...)" }, suggestions: [] },
      ],
    },
    {
      name: "plain JavaScript: fields assigned in the constructor",
      code: `const { Input } = require("@credref/types");
class SftpInput extends Input {
  constructor() {
    super();
    this.host = "sftp.example.com";
    this.password = "";
    this.passwordPrompt = "Password:";
  }
}`,
      languageOptions: { parserOptions: { sourceType: "script" } },
      errors: [{ messageId: "plainCredentialField", line: 6, column: 10, data: { name: "password", factory: "basicRef(...)" }, suggestions: [] }],
    },
    {
      name: "interfaces, type aliases and inline types used as a @task parameter",
      code: `import { App, task as activity } from "@credref/types";

interface ExportInput {
  bucket: string;
  secretAccessKey: string;
}
type ImportInput = { source: string } & { password?: string };

export class TransferApp extends App {
  @activity
  async export(input: ExportInput) {}
  @activity({ timeoutSeconds: 30 })
  async import(input: ImportInput) {}
  @activity
  async ping(input: { bearerToken: string | undefined }) {}
}`,
      errors: [
        {
          messageId: "plainCredentialField",
          line: 5,
          column: 3,
          data: { name: "secretAccessKey", factory: "apiKeyRef(...)" },
          suggestions: [
            {
              messageId: "suggestRefField",
              data: { name: "secretAccessKey", replacement: "ApiKeyRef" },
              output: `import { App, task as activity, type ApiKeyRef } from "@credref/types";

interface ExportInput {
  bucket: string;
  secretAccessKey: ApiKeyRef;
}
type ImportInput = { source: string } & { password?: string };

export class TransferApp extends App {
  @activity
  async export(input: ExportInput) {}
  @activity({ timeoutSeconds: 30 })
  async import(input: ImportInput) {}
  @activity
  async ping(input: { bearerToken: string | undefined }) {}
}`,
            },
          ],
        },
        {
          messageId: "plainCredentialField",
          line: 7,
          column: 43,
          data: { name: "password", factory: "basicRef(...)" },
          suggestions: [
            {
              messageId: "suggestRefField",
              output: `import { App, task as activity, type BasicRef } from "@credref/types";

interface ExportInput {
  bucket: string;
  secretAccessKey: string;
}
type ImportInput = { source: string } & { password?: BasicRef };

export class TransferApp extends App {
  @activity
  async export(input: ExportInput) {}
  @activity({ timeoutSeconds: 30 })
  async import(input: ImportInput) {}
  @activity
  async ping(input: { bearerToken: string | undefined }) {}
}`,
            },
          ],
        },
        {
          messageId: "plainCredentialField",
          line: 15,
          column: 23,
          data: { name: "bearerToken", factory: "bearerTokenRef(...)" },
          suggestions: [
            {
              messageId: "suggestRefField",
              output: `import { App, task as activity, type BearerTokenRef } from "@credref/types";

interface ExportInput {
  bucket: string;
  secretAccessKey: string;
}
type ImportInput = { source: string } & { password?: string };

export class TransferApp extends App {
  @activity
  async export(input: ExportInput) {}
  @activity({ timeoutSeconds: 30 })
  async import(input: ImportInput) {}
  @activity
  async ping(input: { bearerToken: BearerTokenRef | undefined }) {}
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a task parameter wrapped in Readonly and destructured",
      code: `import { App, task } from "@credref/types";

type SftpInput = { host: string; sshPassword: string };

export class SftpApp extends App {
  @task
  async upload({ host }: Readonly<SftpInput>) {}
}`,
      errors: [
        {
          messageId: "plainCredentialField",
          line: 3,
          column: 34,
          data: { name: "sshPassword", factory: "basicRef(...)" },
          suggestions: [
            {
              messageId: "suggestRefField",
              output: `import { App, task, type BasicRef } from "@credref/types";

type SftpInput = { host: string; sshPassword: BasicRef };

export class SftpApp extends App {
  @task
  async upload({ host }: Readonly<SftpInput>) {}
}`,
            },
          ],
        },
      ],
    },
    {
      name: "an interface extending Input, with the type added to an existing type-only import",
      code: `import type { Input } from "@credref/types";

export interface LoginInput extends Input {
  clientSecret: string;
}`,
      errors: [
        {
          messageId: "plainCredentialField",
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: "suggestRefField",
              output: `import type { Input, OAuthClientRef } from "@credref/types";

export interface LoginInput extends Input {
  clientSecret: OAuthClientRef;
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a hand-made ref is rewritten to its factory, keeping a non-default store",
      code: `import { Input } from "@credref/types";

export class SyncInput extends Input {
  warehouse = { name: "warehouse-db", credentialType: "basic" };
  crm = { name: "crm", credentialType: "api_key", storeName: "vault" };
}`,
      output: [
        `import { Input, basicRef } from "@credref/types";

export class SyncInput extends Input {
  warehouse = basicRef("warehouse-db");
  crm = { name: "crm", credentialType: "api_key", storeName: "vault" };
}`,
        `import { Input, basicRef, apiKeyRef } from "@credref/types";

export class SyncInput extends Input {
  warehouse = basicRef("warehouse-db");
  crm = apiKeyRef("crm", { storeName: "vault" });
}`,
      ],
      errors: [
        { messageId: "handMadeRef", line: 4, column: 15, data: { factory: "basicRef" } },
        { messageId: "handMadeRef", line: 5, column: 9, data: { factory: "apiKeyRef" } },
      ],
    },
    {
      name: "a hand-made ref in a file without the import gets one; default store is dropped",
      code: `const DB = "orders-db";
export const ref = { name: DB, credentialType: "git_token", storeName: "default" };`,
      output: `import { gitTokenRef } from "@credref/types";
const DB = "orders-db";
export const ref = gitTokenRef(DB);`,
      errors: [{ messageId: "handMadeRef", line: 2, column: 20, data: { factory: "gitTokenRef" } }],
    },
    {
      name: "a hand-made ref of a custom type is only a suggestion of credentialRef",
      code: `import * as cr from "@credref/types";
export const bot = { credentialType: "slack", name: "slack-bot" };`,
      output: null,
      errors: [
        {
          messageId: "handMadeRef",
          line: 2,
          column: 20,
          data: { factory: "credentialRef" },
          suggestions: [
            {
              messageId: "suggestFactory",
              output: `import * as cr from "@credref/types";
export const bot = cr.credentialRef("slack", "slack-bot");`,
            },
          ],
        },
      ],
    },
    {
      name: "a hand-made ref with a comment inside is a suggestion, not an autofix",
      code: `import { atlanApiTokenRef } from "@credref/types";
export const atlan = { name: "atlan", /* rotated monthly */ credentialType: "atlan_api_token" };`,
      output: null,
      errors: [
        {
          messageId: "handMadeRef",
          line: 2,
          column: 22,
          suggestions: [
            {
              messageId: "suggestFactory",
              output: `import { atlanApiTokenRef } from "@credref/types";
export const atlan = atlanApiTokenRef("atlan");`,
            },
          ],
        },
      ],
    },
    {
      name: "an empty name would make the factory throw, so the rewrite is only a suggestion",
      code: `import { basicRef } from "@credref/types";
export const placeholder = { name: "", credentialType: "basic" };`,
      output: null,
      errors: [
        {
          messageId: "handMadeRef",
          line: 2,
          column: 28,
          suggestions: [{ messageId: "suggestFactory", output: `import { basicRef } from "@credref/types";
export const placeholder = basicRef("");` }],
        },
      ],
    },
    {
      name: "no fix when the factory name is taken by another binding",
      code: `import { Input } from "@credref/types";
function basicRef(name: string) { return name; }
export const ref = { name: "db", credentialType: "basic" };`,
      output: null,
      errors: [{ messageId: "handMadeRef", line: 3, column: 20, suggestions: [] }],
    },
    {
      name: "no fix in a CommonJS script without the import",
      languageOptions: { parserOptions: { sourceType: "script" } },
      code: `module.exports.ref = { name: "db", credentialType: "certificate" };`,
      output: null,
      errors: [{ messageId: "handMadeRef", line: 1, column: 22, suggestions: [] }],
    },
    {
      name: "credentialRef with a built-in type prefers the dedicated factory",
      code: `import { credentialRef as ref, basicRef } from "@credref/types";
export const db = ref("basic", "orders-db", { storeName: "vault" });
export const oauth = ref("oauth_client", "salesforce");`,
      // Every use of the import is rewritten, so one fix turns its specifier into the factory it now needs.
      output: `import { oauthClientRef, basicRef } from "@credref/types";
export const db = basicRef("orders-db", { storeName: "vault" });
export const oauth = oauthClientRef("salesforce");`,
      errors: [
        { messageId: "preferFactory", line: 2, column: 19, data: { wireName: "basic", factory: "basicRef" } },
        { messageId: "preferFactory", line: 3, column: 22, data: { wireName: "oauth_client", factory: "oauthClientRef" } },
      ],
    },
    {
      name: "credentialRef whose only use is rewritten leaves no import behind",
      code: `import { credentialRef } from "@credref/types";
import { basicRef } from "@credref/types";
export const db = credentialRef("basic", "orders-db");`,
      output: `import { basicRef } from "@credref/types";
export const db = basicRef("orders-db");`,
      errors: [{ messageId: "preferFactory", line: 3, column: 19, data: { wireName: "basic", factory: "basicRef" } }],
    },
    {
      name: "credentialRef beside other imports loses only its own specifier",
      code: `import { App, credentialRef, basicRef } from "@credref/types";
export class Sync extends App {}
export const db = credentialRef("basic", "orders-db");`,
      output: `import { App, basicRef } from "@credref/types";
export class Sync extends App {}
export const db = basicRef("orders-db");`,
      errors: [{ messageId: "preferFactory", line: 3, column: 19, data: { wireName: "basic", factory: "basicRef" } }],
    },
    {
      name: "credentialRef still used for a custom type keeps its import; the built-in call is rewritten alone",
      code: `import { credentialRef } from "@credref/types";
export const db = credentialRef("basic", "orders-db");
export const bot = credentialRef("slack", "slack-bot");`,
      output: `import { credentialRef, basicRef } from "@credref/types";
export const db = basicRef("orders-db");
export const bot = credentialRef("slack", "slack-bot");`,
      errors: [{ messageId: "preferFactory", line: 2, column: 19, data: { wireName: "basic", factory: "basicRef" } }],
    },
    {
      name: "a comma expression as the store keeps its parentheses, and is only a suggestion (effects change order)",
      code: `import { apiKeyRef } from "@credref/types";
declare function f(): void;
export const crm = { name: "crm", credentialType: "api_key", storeName: (f(), "vault") };`,
      output: null,
      errors: [
        {
          messageId: "handMadeRef",
          line: 3,
          column: 20,
          data: { factory: "apiKeyRef" },
          suggestions: [
            {
              messageId: "suggestFactory",
              data: { factory: "apiKeyRef" },
              output: `import { apiKeyRef } from "@credref/types";
declare function f(): void;
export const crm = apiKeyRef("crm", { storeName: (f(), "vault") });`,
            },
          ],
        },
      ],
    },
    {
      name: "a comma expression as the name stays one argument",
      code: `import { basicRef } from "@credref/types";
declare function f(): void;
export const db = { name: (f(), "db"), credentialType: "basic" };`,
      output: null,
      errors: [
        {
          messageId: "handMadeRef",
          line: 3,
          column: 19,
          data: { factory: "basicRef" },
          suggestions: [
            {
              messageId: "suggestFactory",
              data: { factory: "basicRef" },
              output: `import { basicRef } from "@credref/types";
declare function f(): void;
export const db = basicRef((f(), "db"));`,
            },
          ],
        },
      ],
    },
    {
      name: "a const assertion goes with the literal it applied to, in a suggestion",
      code: `import { basicRef } from "@credref/types";
export const db = { name: "db", credentialType: "basic" } as const;
export const old = <const>{ name: "old", credentialType: "basic" };`,
      output: null,
      errors: [
        {
          messageId: "handMadeRef",
          line: 2,
          column: 19,
          data: { factory: "basicRef" },
          suggestions: [
            {
              messageId: "suggestFactory",
              data: { factory: "basicRef" },
              output: `import { basicRef } from "@credref/types";
export const db = basicRef("db");
export const old = <const>{ name: "old", credentialType: "basic" };`,
            },
          ],
        },
        {
          messageId: "handMadeRef",
          line: 3,
          column: 27,
          data: { factory: "basicRef" },
          suggestions: [
            {
              messageId: "suggestFactory",
              data: { factory: "basicRef" },
              output: `import { basicRef } from "@credref/types";
export const db = { name: "db", credentialType: "basic" } as const;
export const old = basicRef("old");`,
            },
          ],
        },
      ],
    },
    {
      name: "credentialRef with a parenthesised name keeps the parentheses",
      code: `import { credentialRef, basicRef } from "@credref/types";
declare function f(): void;
export const db = credentialRef("basic", (f(), "db"));`,
      output: `import { basicRef } from "@credref/types";
declare function f(): void;
export const db = basicRef((f(), "db"));`,
      errors: [
        { messageId: "preferFactory", line: 3, column: 19, data: { wireName: "basic", factory: "basicRef" } },
        { messageId: "computedRefName", line: 3, column: 43, data: { factory: "credentialRef" } },
      ],
    },
    {
      name: "a name that is not a string fixed at author time is only a suggestion: the factory takes strings",
      code: `import { basicRef } from "@credref/types";
export const db = { name: 1, credentialType: "basic" };`,
      output: null,
      errors: [{ messageId: "handMadeRef", line: 2, column: 19, data: { factory: "basicRef" }, suggestions: 1 }],
    },
    {
      name: "a repeated key is only a suggestion: the factory would drop the first value",
      code: `import { basicRef } from "@credref/types";
declare function pick(): string;
export const db = { name: pick(), name: "db", credentialType: "basic" };`,
      output: null,
      errors: [{ messageId: "handMadeRef", line: 3, column: 19, data: { factory: "basicRef" }, suggestions: 1 }],
    },
    {
      name: "computed ref names: parameters, templates with substitutions, environment, mutable bindings",
      code: `import { basicRef, credentialRef, apiKeyRef } from "@credref/types";

let region = "eu";
export function refsFor(tenant: string) {
  return [
    basicRef(tenant),
    apiKeyRef(\`\${tenant}-crm\`, { storeName: "vault" }),
    credentialRef("slack", process.env.SLACK_REF ?? "slack-bot"),
    basicRef(region + "-db"),
  ];
}`,
      errors: [
        { messageId: "computedRefName", line: 6, column: 14, data: { factory: "basicRef" } },
        { messageId: "computedRefName", line: 7, column: 15, data: { factory: "apiKeyRef" } },
        { messageId: "computedRefName", line: 8, column: 28, data: { factory: "credentialRef" } },
        { messageId: "computedRefName", line: 9, column: 14, data: { factory: "basicRef" } },
      ],
    },
  ],
});

// With type information, an Input base class imported from another module is recognised through its base types.
vi.setConfig({ testTimeout: 60_000 });
typedRuleTester().run("require-credential-ref (typed)", rule, {
  valid: [
    {
      name: "a class extending a non-Input base from another module",
      code: `
import { SharedBase } from "./task-scope-bases.js";
export class Settings extends SharedBase {
  password = "";
}`,
    },
  ],
  invalid: [
    {
      name: "a class extending an Input subclass imported from another module",
      code: `
import { TenantInput } from "./task-scope-bases.js";
export class CrmInput extends TenantInput {
  apiKey = "";
}`,
      errors: [{ messageId: "plainCredentialField", line: 4, column: 3, data: { name: "apiKey", factory: "apiKeyRef(...)" }, suggestions: 1 }],
    },
  ],
});
