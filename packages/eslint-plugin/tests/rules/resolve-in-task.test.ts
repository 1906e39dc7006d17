import { vi } from "vitest";
import rule from "../../src/rules/resolve-in-task.js";
import { syntacticRuleTester, typedRuleTester } from "../rule-tester.js";
import { runInBothConfigs } from "./flow-cases.js";

const ruleTester = syntacticRuleTester();

ruleTester.run("resolve-in-task", rule, {
  valid: [
    {
      name: "resolveCredential in a @task method, bare and with options",
      code: `
import { App, Input, Output, task, basicRef } from "@credref/types";
import { Pool } from "pg";

class ConnectInput extends Input {
  credential = basicRef("warehouse-db");
}

export class WarehouseApp extends App {
  @task
  async connect(input: ConnectInput): Promise<Output> {
    const cred = await this.context.resolveCredential(input.credential);
    const pool = new Pool({ user: cred.username, password: cred.password });
    await pool.end();
    return new Output();
  }

  @task({ timeoutSeconds: 60, retries: 3 })
  async sync(input: ConnectInput): Promise<Output> {
    const secret = await this.context.getSecret("signing-key");
    return new Output();
  }
}`,
    },
    {
      name: "closures and Promise.all(refs.map(...)) belong to the task",
      code: `
import { App, task } from "@credref/types";

class FanOutApp extends App {
  @task
  async resolveAll(input: { refs: CredentialRef[] }) {
    const creds = await Promise.all(input.refs.map(async (ref) => this.context.resolveCredential(ref)));
    const later = () => this.context?.resolveCredential(input.refs[0]!);
    function nested(ctx: TaskContext) { return ctx.resolveCredential(input.refs[1]!); }
    return { count: creds.length };
  }
}`,
    },
    {
      name: "renamed imports: task as activity, App as Base",
      code: `
import { task as activity, App as Base } from "@credref/types";

class Renamed extends Base {
  @activity
  async fetch(input: FetchInput) {
    return this.context.resolveCredential(input.credential);
  }
}`,
    },
    {
      name: "namespace import and a local base class extending App",
      code: `
import * as cr from "@credref/types";

abstract class BaseConnector extends cr.App {
  protected readonly region = "eu-west-1";
}

class S3Connector extends BaseConnector {
  @cr.task({ timeoutSeconds: 120 })
  async list(input: ListInput) {
    const key = await this.context.resolveCredential(input.credential);
    return { region: this.region, keyHeader: key.headerName };
  }
}`,
    },
    {
      name: "AtlanClientMixin(App) task creating the Atlan client",
      code: `
import { App, AtlanClientMixin, task } from "@credref/types";

class AssetSync extends AtlanClientMixin(App) {
  @task
  async fetchAssets(input: FetchInput) {
    const client = await this.getOrCreateAsyncAtlanClient(input.credential);
    return { assets: await client.assets.search({ typeName: "Table" }) };
  }
}`,
    },
    {
      name: "private, #private and closure-called helpers reached only from tasks",
      code: `
import { App, task } from "@credref/types";

class CrmApp extends App {
  @task
  async importContacts(input: ImportInput) {
    const api = await this.#client(input);
    const pages = await Promise.all(input.pages.map((page) => this.fetchPage(input, page)));
    return { pages: pages.length };
  }

  @task
  async exportContacts(input: ImportInput) {
    return this.#client(input);
  }

  async #client(input: ImportInput) {
    const key = await this.context.resolveCredential(input.credential);
    return createCrmClient(key.toHeaders());
  }

  private async fetchPage(input: ImportInput, page: number) {
    const token = await this.authenticate(input);
    return fetch(\`https://crm.example.com/contacts?page=\${page}\`, { headers: { authorization: token } });
  }

  private async authenticate(input: ImportInput) {
    const cred = await this.context.resolveCredential(input.oauth);
    return cred.accessToken;
  }
}`,
    },
    {
      name: "free functions in the file called only from tasks, with the context passed in",
      code: `
import { App, task, type TaskContext } from "@credref/types";

async function openWarehouse(ctx: TaskContext, ref: WarehouseRef) {
  const cred = await ctx.resolveCredential(ref);
  return connect(cred);
}

const readSigningKey = async (context: TaskContext) => context.getSecret("signing-key");

class ReportApp extends App {
  @task
  async build(input: ReportInput) {
    const db = await openWarehouse(this.context, input.warehouse);
    const key = await readSigningKey(this.context);
    return { rows: await db.count() };
  }
}`,
    },
    {
      name: "getSecret in Handler methods and in helpers they call",
      code: `
import { Handler, type HandlerContext } from "@credref/types";

function verifySignature(context: HandlerContext, body: string) {
  return context.getSecret("webhook-signing-key").then((key) => hmac(key, body));
}

export class WebhookHandler extends Handler {
  async testAuth(input: AuthInput) {
    const key = await this.context.getSecret("api-key");
    return { ok: key.length > 0 };
  }

  async preflight(body: string) {
    return verifySignature(this.context, body);
  }
}`,
    },
    {
      name: "alias of this.context and destructured context",
      code: `
import { App, task } from "@credref/types";

class AliasApp extends App {
  @task
  async go(input: GoInput) {
    const ctx = this.context;
    const { context } = this;
    await ctx.resolveCredential(input.a);
    await context.getSecret("b");
  }
}`,
    },
    {
      name: "unrelated APIs that share the names (cloud SDK secret clients)",
      code: `
import { SecretClient } from "@azure/keyvault-secrets";
import { SecretsManager } from "@aws-sdk/client-secrets-manager";

const vault = new SecretClient(url, credential);
const stored = await vault.getSecret("db-password");

class Settings {
  constructor(private readonly secrets: SecretsManager) {}
  load() {
    return this.secrets.getSecretValue({ SecretId: "x" });
  }
  async fromVault(client: SecretClient) {
    return client.getSecret("x");
  }
}

export async function fromResolver(resolver: CredentialResolver) {
  return resolver.resolveCredential("db");
}`,
    },
    {
      name: "a shared base class whose helper only subclass tasks call",
      code: `
import { App, task, type BasicRef } from "@credref/types";
import { createPool, type Pool } from "mysql2/promise";

abstract class SqlConnector extends App {
  protected async openPool(ref: BasicRef): Promise<Pool> {
    const cred = await this.context.resolveCredential(ref);
    return createPool({ host: this.host, user: cred.username, password: cred.password });
  }
  protected abstract readonly host: string;
}

export class OrdersConnector extends SqlConnector {
  protected readonly host = "orders.db.internal";

  @task({ timeoutSeconds: 300 })
  async extract(input: ExtractInput) {
    const pool = await this.openPool(input.credential);
    try {
      return { rows: (await pool.query("select count(*) from orders"))[0] };
    } finally {
      await pool.end();
    }
  }
}`,
    },
    {
      name: "without types, a base imported from another module and named like a handler is a Handler",
      code: `
import { BaseHandler } from "./handlers/base.js";
export class SlackEvents extends BaseHandler {
  async onEvent(event: SlackEvent) {
    const signingSecret = await this.context.getSecret("slack-signing-secret");
    return verify(event, signingSecret);
  }
}`,
    },
    {
      name: "CommonJS: a Handler imported with require under another name",
      languageOptions: { parserOptions: { sourceType: "script" } },
      code: `
const { Handler: Base } = require("@credref/types");
class PreviewHandler extends Base {
  async preview(input) {
    const key = await this.context.getSecret("preview-key");
    return { ok: key.length > 0 };
  }
}
module.exports = { PreviewHandler };`,
    },
    {
      name: "a configured task decorator marks a task in another framework",
      options: [{ taskDecorators: ["activity.defn"] }],
      code: `
class Activities {
  @activity.defn
  async fetchRows(ctx: TaskContext, ref: Ref) {
    return ctx.resolveCredential(ref);
  }
}`,
    },
    {
      name: "a class extending an App imported from another module is trusted",
      code: `
import { task } from "@credref/types";
import { BaseApp } from "./base-app.js";

export class Billing extends BaseApp {
  @task
  async invoice(input: InvoiceInput) {
    return this.context.resolveCredential(input.stripe);
  }
}`,
    },
    {
      name: "extra source calls are allowed inside tasks",
      options: [{ sourceCalls: ["fetchCredential"] }],
      code: `
import { App, task } from "@credref/types";
class A extends App {
  @task
  async t(input: I) { return vault.fetchCredential(input.ref); }
}`,
    },
  ],
  invalid: [
    {
      name: "module scope",
      code: `
import { App, task } from "@credref/types";
const context = App.bootstrapContext();
const db = await context.resolveCredential(basicRef("warehouse-db"));
const key = await context.getSecret("signing-key");`,
      errors: [
        { messageId: "resolveOutsideTask", line: 4, column: 26, data: { method: "resolveCredential", where: "at module scope" } },
        { messageId: "secretOutsideTask", line: 5, column: 27, data: { method: "getSecret", where: "at module scope" } },
      ],
    },
    {
      name: "constructor, field initializer, static method, static block, getter",
      code: `
import { App, task, type TaskContext } from "@credref/types";
declare const staticContext: TaskContext;
export class ConnectorApp extends App {
  private readonly pending = this.context.resolveCredential(basicRef("db"));
  static shared = staticContext.getSecret("shared");

  static {
    void staticContext.resolveCredential(basicRef("boot"));
  }

  constructor(private readonly input: ConnectInput) {
    super();
    void this.context.resolveCredential(input.credential);
  }

  static async create(ctx: TaskContext) {
    return ctx.resolveCredential(basicRef("factory"));
  }

  get client() {
    return this.context.resolveCredential(this.input.credential);
  }
}`,
      errors: [
        {
          messageId: "resolveOutsideTask",
          line: 5,
          column: 43,
          data: { method: "resolveCredential", where: "in the initializer of the field `pending` of `ConnectorApp`" },
        },
        {
          messageId: "secretOutsideTask",
          line: 6,
          column: 33,
          data: { method: "getSecret", where: "in the initializer of the static field `shared` of `ConnectorApp`" },
        },
        { messageId: "resolveOutsideTask", line: 9, column: 24, data: { method: "resolveCredential", where: "in a static block of `ConnectorApp`" } },
        { messageId: "resolveOutsideTask", line: 14, column: 23, data: { method: "resolveCredential", where: "in the constructor of `ConnectorApp`" } },
        {
          messageId: "resolveOutsideTask",
          line: 18,
          column: 16,
          data: { method: "resolveCredential", where: "in the static method `create` of `ConnectorApp`" },
        },
        { messageId: "resolveOutsideTask", line: 22, column: 25, data: { method: "resolveCredential", where: "in the getter `client` of `ConnectorApp`" } },
      ],
    },
    {
      name: "workflow orchestration method run, and a configured workflow decorator",
      options: [{ workflowDecorators: ["workflow.run"] }],
      code: `
import { App, task } from "@credref/types";

class ExtractApp extends App {
  async run(input: ExtractInput) {
    const cred = await this.context.resolveCredential(input.credential);
    await this.extract(input);
  }

  @workflow.run
  async orchestrate(input: ExtractInput) {
    await this.context.getSecret("x");
  }

  @task
  async extract(input: ExtractInput) {}
}`,
      errors: [
        { messageId: "resolveOutsideTask", line: 6, column: 37, data: { method: "resolveCredential", where: "in `run`, a workflow method of `ExtractApp`" } },
        { messageId: "secretOutsideTask", line: 12, column: 24, data: { method: "getSecret", where: "in `orchestrate`, a workflow method of `ExtractApp`" } },
      ],
    },
    {
      name: "a helper also reached from the constructor or run is not part of a task",
      code: `
import { App, task } from "@credref/types";

class SyncApp extends App {
  constructor() {
    super();
    this.warmUp();
  }

  @task
  async pull(input: PullInput) {
    await this.warmUp();
    await this.#connect(input);
  }

  async run(input: PullInput) {
    await this.pull(input);
    await this.#connect(input);
  }

  private async warmUp() {
    await this.context.resolveCredential(defaultRef);
  }

  async #connect(input: PullInput) {
    return this.context.resolveCredential(input.credential);
  }
}`,
      errors: [
        {
          messageId: "resolveOutsideTask",
          line: 22,
          column: 24,
          data: { method: "resolveCredential", where: "in the method `warmUp` of `SyncApp`, which is reached from the constructor of `SyncApp`" },
        },
        {
          messageId: "resolveOutsideTask",
          line: 26,
          column: 25,
          data: { method: "resolveCredential", where: "in the method `#connect` of `SyncApp`, which is reached from `run`, a workflow method of `SyncApp`" },
        },
      ],
    },
    {
      name: "a helper shared by a task and a public method nothing in the file calls (an outside entry point)",
      code: `
import { App, task } from "@credref/types";

export class WarehouseApp extends App {
  @task
  async sync(input: SyncInput) {
    const pool = await this.openPool(input);
    return { rows: await pool.count() };
  }

  async healthCheck(input: SyncInput) {
    const pool = await this.openPool(input);
    return pool.ping();
  }

  private async openPool(input: SyncInput) {
    const cred = await this.context.resolveCredential(input.credential);
    return connect(cred);
  }
}`,
      errors: [
        {
          messageId: "resolveOutsideTask",
          line: 17,
          column: 37,
          data: {
            method: "resolveCredential",
            where: "in the method `openPool` of `WarehouseApp`, which is reached from the method `healthCheck` of `WarehouseApp`",
          },
        },
      ],
    },
    {
      name: "a context named like one, held in a module variable; a workflow class of its own",
      code: `
import type { TaskContext } from "@credref/types";

const frameworkContext = (globalThis as unknown as { credrefContext: TaskContext }).credrefContext;
export const warehousePassword = frameworkContext.getSecret("warehouse-password");

export class OrdersWorkflow {
  async run(context: TaskContext) {
    return context.resolveCredential(ordersRef);
  }
}`,
      errors: [
        { messageId: "secretOutsideTask", line: 5, column: 51, data: { method: "getSecret", where: "at module scope" } },
        { messageId: "resolveOutsideTask", line: 9, column: 20, data: { method: "resolveCredential", where: "in `run`, a workflow method of `OrdersWorkflow`" } },
      ],
    },
    {
      name: "a public method that no task calls, and a task-decorated method of a class that is not an App",
      code: `
import { App, task } from "@credref/types";

class ReportApp extends App {
  async refreshToken(input: ReportInput) {
    return this.context.resolveCredential(input.credential);
  }
}

class NotAnApp {
  @task
  async fetch(ctx: TaskContext, ref: Ref) {
    return ctx.resolveCredential(ref);
  }
}`,
      errors: [
        {
          messageId: "resolveOutsideTask",
          line: 6,
          column: 25,
          data: { method: "resolveCredential", where: "in the method `refreshToken` of `ReportApp`, which no @task method calls" },
        },
        {
          messageId: "resolveOutsideTask",
          line: 13,
          column: 16,
          data: { method: "resolveCredential", where: "in the @task method `fetch` of `NotAnApp`, which does not extend App" },
        },
      ],
    },
    {
      name: "free functions: exported, called from module scope, never called",
      code: `
import { App, task, type TaskContext } from "@credref/types";

export async function loadCredentials(ctx: TaskContext, ref: Ref) {
  return ctx.resolveCredential(ref);
}

async function preload(ctx: TaskContext) {
  return ctx.getSecret("preload");
}
await preload(globalContext);

const unused = (ctx: TaskContext) => ctx.resolveCredential(basicRef("x"));`,
      errors: [
        { messageId: "resolveOutsideTask", line: 5, column: 14, data: { method: "resolveCredential", where: "in the function `loadCredentials`, which is exported" } },
        {
          messageId: "secretOutsideTask",
          line: 9,
          column: 14,
          data: { method: "getSecret", where: "in the function `preload`, which is reached from module scope" },
        },
        {
          messageId: "resolveOutsideTask",
          line: 13,
          column: 42,
          data: { method: "resolveCredential", where: "in the function `unused`, which no @task method calls" },
        },
      ],
    },
    {
      name: "CommonJS: an App reached through a namespace require",
      languageOptions: { parserOptions: { sourceType: "script" } },
      code: `
const credref = require("@credref/types");
class Loader extends credref.App {
  constructor() {
    super();
    this.ready = this.context.resolveCredential(credref.basicRef("db"));
  }
}`,
      errors: [{ messageId: "resolveOutsideTask", line: 6, column: 31, data: { method: "resolveCredential", where: "in the constructor of `Loader`" } }],
    },
    {
      name: "a Handler may read secrets but not resolve credentials; getSecret in a Handler constructor",
      code: `
import { Handler } from "@credref/types";

class AuthHandler extends Handler {
  constructor() {
    super();
    void this.context.getSecret("boot");
  }

  async testAuth(input: AuthInput) {
    return this.context.resolveCredential(input.credential);
  }
}`,
      errors: [
        { messageId: "secretOutsideTask", line: 7, column: 23, data: { method: "getSecret", where: "in the constructor of `AuthHandler`" } },
        {
          messageId: "resolveOutsideTask",
          line: 11,
          column: 25,
          data: { method: "resolveCredential", where: "in the method `testAuth` of the Handler `AuthHandler`" },
        },
      ],
    },
    {
      name: "getOrCreateAsyncAtlanClient outside a task, under renamed imports",
      code: `
import { App as Base, AtlanClientMixin as WithAtlan, task as activity } from "@credref/types";

class Lineage extends WithAtlan(Base) {
  private client = this.getOrCreateAsyncAtlanClient(atlanApiTokenRef("atlan"));

  @activity
  async fetch(input: LineageInput) {
    return this.getOrCreateAsyncAtlanClient(input.credential);
  }
}`,
      errors: [
        {
          messageId: "resolveOutsideTask",
          line: 5,
          column: 25,
          data: { method: "getOrCreateAsyncAtlanClient", where: "in the initializer of the field `client` of `Lineage`" },
        },
      ],
    },
    {
      name: "a shadowing local named like the decorator is not the task decorator",
      code: `
import { App, task } from "@credref/types";

export function makeApp(task: (value: unknown, context: unknown) => void) {
  return class Dynamic extends App {
    @task
    async go(input: GoInput) {
      return this.context.resolveCredential(input.credential);
    }
  };
}`,
      errors: [
        {
          messageId: "resolveOutsideTask",
          line: 8,
          column: 27,
          data: { method: "resolveCredential", where: "in the method `go` of `Dynamic`, which no @task method calls" },
        },
      ],
    },
    {
      name: "known limitation: a helper reached only through a computed name has no known caller",
      code: `
import { App, task } from "@credref/types";

class Dispatch extends App {
  @task
  async go(input: GoInput) {
    const step = "load" as const;
    return this[step](input);
  }

  async load(input: GoInput) {
    return this.context.resolveCredential(input.credential);
  }
}`,
      errors: [
        {
          messageId: "resolveOutsideTask",
          line: 12,
          column: 25,
          data: { method: "resolveCredential", where: "in the method `load` of `Dispatch`, which no @task method calls" },
        },
      ],
    },
    {
      name: "known limitation: a task registered as a callback counts as module-scope code",
      code: `
import type { TaskContext } from "@credref/types";
worker.task("sync", async (ctx: TaskContext, input: SyncInput) => {
  return ctx.resolveCredential(input.credential);
});`,
      errors: [
        { messageId: "resolveOutsideTask", line: 4, column: 14, data: { method: "resolveCredential", where: "in a function created at module scope" } },
      ],
    },
    {
      name: "a receiver annotated as a context, and sourceCalls outside a task",
      options: [{ sourceCalls: ["fetchCredential"] }],
      code: `
export function boot(app: { context: HandlerContext }, vault: Vault, ctx: any) {
  void app.context.getSecret("x");
  void vault.fetchCredential("db");
  void ctx.getSecret("y");
}`,
      errors: [
        { messageId: "secretOutsideTask", line: 3, column: 20, data: { method: "getSecret", where: "in the function `boot`, which is exported" } },
        { messageId: "resolveOutsideTask", line: 4, column: 14, data: { method: "fetchCredential", where: "in the function `boot`, which is exported" } },
        { messageId: "secretOutsideTask", line: 5, column: 12, data: { method: "getSecret", where: "in the function `boot`, which is exported" } },
      ],
    },
  ],
});

// With type information, a receiver is a context because of its type, whatever it is called. The first typed
// case builds the TypeScript program, which takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });
typedRuleTester().run("resolve-in-task (typed)", rule, {
  valid: [
    {
      name: "getSecret on a SecretClient-like object is not a context call",
      code: `
interface SecretStore { getSecret(name: string): Promise<string>; resolveCredential(name: string): Promise<string>; }
declare const store: SecretStore;
export const value = store.getSecret("db");
export const other = store.resolveCredential("db");`,
    },
    {
      name: "a TaskContext under an unusual name, inside a task",
      code: `
import { App, task, type TaskContext } from "@credref/types";
declare function currentTask(): TaskContext;
export class Typed extends App {
  @task
  async go() {
    const scope = currentTask();
    return scope.getSecret("signing-key");
  }
}`,
    },
    {
      name: "a Handler base imported from another module, recognised by its context type",
      code: `
import { SharedBase } from "./task-scope-bases.js";
export class Webhooks extends SharedBase {
  async verify(body: string) {
    return this.context.getSecret("webhook-signing-key");
  }
}`,
    },
  ],
  invalid: [
    {
      name: "an App base imported from another module, recognised by its context type",
      code: `
import { SharedAtlanApp } from "./task-scope-bases.js";
export class Lineage extends SharedAtlanApp {
  async warm() {
    return this.context.getSecret("x");
  }
}`,
      errors: [
        { messageId: "secretOutsideTask", line: 5, column: 25, data: { method: "getSecret", where: "in the method `warm` of `Lineage`, which no @task method calls" } },
      ],
    },
    {
      name: "a TaskContext under an unusual name, at module scope",
      code: `
import type { TaskContext } from "@credref/types";
declare function currentTask(): TaskContext;
const scope = currentTask();
export const key = scope.getSecret("signing-key");`,
      errors: [{ messageId: "secretOutsideTask", line: 5, column: 26, data: { method: "getSecret", where: "at module scope" } }],
    },
  ],
});

// Sources by receiver: a context is known by its type, under any name, wherever the call runs.
runInBothConfigs("resolve-in-task: context receivers", rule, {
  valid: [
    {
      name: "a class the file declares under the name TaskContext belongs to another framework",
      code: `
class TaskContext { getSecret(name: string) { return name; } }
export function boot(ctx: TaskContext) {
  return ctx.getSecret("x");
}`,
    },
    {
      name: "a method destructured from the task's own context, inside the task",
      code: `
import { App, Input, Output, task, basicRef } from "@credref/types";
class SyncInput extends Input { credential = basicRef("db"); }
export class Sync extends App {
  @task
  async sync(input: SyncInput): Promise<Output> {
    const { resolveCredential: resolve } = this.context;
    await resolve(input.credential);
    return new Output();
  }
}`,
    },
  ],
  invalid: [
    {
      name: "a static method taking a context whose type is imported under another name",
      code: `
import { App, type TaskContext as Runtime } from "@credref/types";
export class Billing extends App {
  static async preload(runtime: Runtime) {
    return runtime.getSecret("signing-key");
  }
}`,
      errors: [{ messageId: "secretOutsideTask", line: 5, column: 20, data: { method: "getSecret", where: "in the static method `preload` of `Billing`" } }],
    },
    {
      name: "a context kept in a class field under another name, used in the constructor",
      code: `
import { App, type TaskContext } from "@credref/types";
export class Sync extends App {
  private readonly runtime: TaskContext;
  constructor(runtime: TaskContext) {
    super();
    this.runtime = runtime;
    void this.runtime.getSecret("warm-up");
  }
}`,
      errors: [{ messageId: "secretOutsideTask", line: 8, column: 23, data: { method: "getSecret", where: "in the constructor of `Sync`" } }],
    },
    {
      name: "a source method destructured from a context declared at module scope",
      code: `
import type { HandlerContext, CredentialRef } from "@credref/types";
declare const shared: HandlerContext;
declare const ref: CredentialRef<"basic">;
const { resolveCredential: resolve } = shared;
export const db = resolve(ref);`,
      errors: [{ messageId: "resolveOutsideTask", line: 6, column: 19, data: { method: "resolveCredential", where: "at module scope" } }],
    },
  ],
});
