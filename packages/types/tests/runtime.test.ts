import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, test } from "vitest";
import * as credref from "../src/index.js";
import {
  App,
  AtlanClientMixin,
  Handler,
  apiKeyRef,
  atlanApiTokenRef,
  atlanOAuthClientRef,
  attachHandlerContext,
  attachTaskRuntime,
  basicRef,
  bearerTokenRef,
  certificateRef,
  credentialRef,
  getTaskMetadata,
  task,
  gitSshRef,
  gitTokenRef,
  oauthClientRef,
  type AsyncAtlanClient,
  type HandlerContext,
  type TaskContext,
  type TaskRuntime,
} from "../src/index.js";

const factories = [
  [basicRef, "basic"],
  [apiKeyRef, "api_key"],
  [bearerTokenRef, "bearer_token"],
  [oauthClientRef, "oauth_client"],
  [certificateRef, "certificate"],
  [gitSshRef, "git_ssh"],
  [gitTokenRef, "git_token"],
  [atlanApiTokenRef, "atlan_api_token"],
  [atlanOAuthClientRef, "atlan_oauth_client"],
] as const;

/** A value shaped like a real token, to prove messages never repeat what they were given. */
const SECRET_LOOKING = ["ghp", "_", "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z"].join("");

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

describe("ref factories", () => {
  test.each(factories)("%o makes a frozen ref of its wire type", (factory, wire) => {
    const ref = factory("my-cred");
    expect(ref).toEqual({ name: "my-cred", credentialType: wire, storeName: "default" });
    expect(Object.keys(ref)).toEqual(["name", "credentialType", "storeName"]);
    expect(Object.isFrozen(ref)).toBe(true);
    expect(() => {
      (ref as { name: string }).name = "other";
    }).toThrow(TypeError);
    expect(factory("svc", { storeName: "vault" }).storeName).toBe("vault");
  });

  test("a ref serialises to its three fields and nothing else", () => {
    expect(JSON.parse(JSON.stringify(apiKeyRef("svc", { storeName: "vault" })))).toEqual({
      name: "svc",
      credentialType: "api_key",
      storeName: "vault",
    });
  });

  test("credentialRef accepts a custom wire name", () => {
    expect(credentialRef("slack" as "basic", "bot")).toEqual({ name: "bot", credentialType: "slack", storeName: "default" });
  });

  test.each([
    ["an empty name", () => basicRef(""), /basic ref: the credential name must be a non-empty string \(got an empty string\)/],
    ["a blank name", () => basicRef("  "), /non-empty string \(got a string of 2 characters\)/],
    ["a non-string name", () => basicRef(42 as unknown as string), /non-empty string \(got a value of type number\)/],
    ["an unknown-looking type", () => credentialRef("Slack Bot" as "basic", "x"), /credentialRef: the credential type must be a lowercase wire name/],
    ["a non-string type", () => credentialRef(undefined as unknown as "basic", "x"), /wire name .*got a value of type undefined/],
    ["an empty store", () => apiKeyRef("x", { storeName: "" }), /api_key ref: storeName must be 1-128 characters/],
    ["a store with spaces", () => apiKeyRef("x", { storeName: "my vault" }), /storeName must be/],
    ["options that are not an object", () => apiKeyRef("x", "vault" as never), /options must be an object/],
  ])("%s is a one-line TypeError", (_, run, message) => {
    const error = errorOf(run);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
  });

  test("messages never repeat the bad value", () => {
    for (const run of [
      () => credentialRef(SECRET_LOOKING as "basic", "x"),
      () => basicRef("x", { storeName: `${SECRET_LOOKING} !` }),
    ]) {
      expect(errorOf(run).message).not.toContain(SECRET_LOOKING);
    }
  });
});

describe("base classes say the framework supplies the context", () => {
  test("App.context and App.appState throw one line until a runtime is attached", () => {
    class MyApp extends App {}
    const app = new MyApp();
    for (const read of [() => app.context, () => app.appState]) {
      const error = errorOf(read);
      expect(error.message).toMatch(/^MyApp\.(context|appState): no task runtime attached; the framework supplies it/);
      expect(error.message).not.toContain("\n");
    }
  });

  test("an attached runtime is what the app sees", () => {
    const runtime: TaskRuntime = { context: {} as TaskContext, appState: { get: () => undefined, set: () => {} } };
    const app = new App();
    attachTaskRuntime(app, runtime);
    expect(app.context).toBe(runtime.context);
    expect(app.appState).toBe(runtime.appState);
    expect(() => attachTaskRuntime(app, {} as TaskRuntime)).toThrow(/context and an appState/);
  });

  test("Handler.context throws one line until a context is attached", () => {
    class MyHandler extends Handler {}
    const handler = new MyHandler();
    expect(errorOf(() => handler.context).message).toMatch(/^MyHandler\.context: no handler context attached/);
    const context = {} as HandlerContext;
    attachHandlerContext(handler, context);
    expect(handler.context).toBe(context);
  });
});

describe("AtlanClientMixin", () => {
  class AtlanApp extends AtlanClientMixin(App) {}

  test("creates one client per ref through the framework's factory", async () => {
    const created: string[] = [];
    const app = new AtlanApp();
    attachTaskRuntime(app, {
      context: {} as TaskContext,
      appState: { get: () => undefined, set: () => {} },
      createAtlanClient: async (ref) => {
        created.push(ref.name);
        return { baseUrl: `https://${ref.name}.example.com` } as AsyncAtlanClient;
      },
    });
    const first = await app.getOrCreateAsyncAtlanClient(atlanApiTokenRef("acme"));
    expect(first.baseUrl).toBe("https://acme.example.com");
    expect(await app.getOrCreateAsyncAtlanClient(atlanApiTokenRef("acme"))).toBe(first);
    await app.getOrCreateAsyncAtlanClient(atlanOAuthClientRef("other"));
    expect(created).toEqual(["acme", "other"]);
    expect(app).toBeInstanceOf(App);
  });

  test("rejects a non-Atlan ref and a missing factory with one line", async () => {
    const app = new AtlanApp();
    await expect(app.getOrCreateAsyncAtlanClient(apiKeyRef("k") as never)).rejects.toThrow(
      /^getOrCreateAsyncAtlanClient: expected a ref from atlanApiTokenRef\(\) or atlanOAuthClientRef\(\)$/,
    );
    await expect(app.getOrCreateAsyncAtlanClient(atlanApiTokenRef("a"))).rejects.toThrow(/no task runtime attached/);
    attachTaskRuntime(app, { context: {} as TaskContext, appState: { get: () => undefined, set: () => {} } });
    await expect(app.getOrCreateAsyncAtlanClient(atlanApiTokenRef("a"))).rejects.toThrow(/has no createAtlanClient/);
  });
});

describe("@task records metadata (TC39 decorators, compiled by TypeScript first)", () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "credref-task-"));
  const srcIndex = pathToFileURL(fileURLToPath(new URL("../src/index.ts", import.meta.url))).href;
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** Transpiles `code` (which imports from "@credref/types") and evaluates it against this package's source. */
  async function load(code: string): Promise<Record<string, unknown>> {
    const { outputText } = ts.transpileModule(code, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    });
    const file = path.join(tmp, `app-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(file, outputText.replace('"@credref/types"', JSON.stringify(srcIndex)));
    return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
  }

  test("bare and configured tasks, in declaration order, inherited ones after", async () => {
    const mod = await load(`
      import { App, task } from "@credref/types";
      export class Base extends App {
        @task async inherited(input) { return {}; }
      }
      export class MyApp extends Base {
        @task async connect(input) { return {}; }
        helper() {}
        @task({ name: "sync-orders", timeoutSeconds: 300, retryMaxAttempts: 3, heartbeatTimeoutSeconds: 30 })
        async sync(input) { return {}; }
      }
    `);
    expect(mod["MyApp"]).toBeTypeOf("function");
    expect(getTaskMetadata(mod["MyApp"] as typeof App)).toEqual([
      { methodName: "connect", name: "connect" },
      {
        methodName: "sync",
        name: "sync-orders",
        timeoutSeconds: 300,
        retryMaxAttempts: 3,
        heartbeatTimeoutSeconds: 30,
      },
      { methodName: "inherited", name: "inherited" },
    ]);
    expect(getTaskMetadata(mod["Base"] as typeof App)).toEqual([{ methodName: "inherited", name: "inherited" }]);
    expect(getTaskMetadata(App)).toEqual([]);
  });

  test("the decorated method still runs as written", async () => {
    const mod = await load(`
      import { App, task } from "@credref/types";
      export class MyApp extends App {
        @task async double(input) { return { value: input.value * 2 }; }
      }
    `);
    const app = new (mod["MyApp"] as new () => { double(i: { value: number }): Promise<{ value: number }> })();
    await expect(app.double({ value: 21 })).resolves.toEqual({ value: 42 });
  });

  test.each([
    ["an unknown option", `@task({ timeout: 5 })`, /^@task: unknown option "timeout" \(known: name, timeoutSeconds/],
    ["a negative timeout", `@task({ timeoutSeconds: -1 })`, /^@task: timeoutSeconds must be a positive number of seconds$/],
    ["zero attempts", `@task({ retryMaxAttempts: 0 })`, /^@task: retryMaxAttempts must be an integer of at least 1$/],
    ["an empty name", `@task({ name: "" })`, /^@task: name must be a non-empty string$/],
    ["a string argument", `@task("sync")`, /^@task: options must be an object/],
    ["a static method", `@task static`, /^@task: run must be a public instance method$/],
  ])("%s fails at class definition with one line", async (_, decorator, message) => {
    await expect(
      load(`
        import { App, task } from "@credref/types";
        export class MyApp extends App { ${decorator} async run(input) { return {}; } }
      `),
    ).rejects.toThrow(message);
  });

  test("@task on a field is rejected", async () => {
    await expect(
      load(`
        import { App, task } from "@credref/types";
        export class MyApp extends App { @task run = async () => ({}); }
      `),
    ).rejects.toThrow(/^@task decorates methods/);
  });

  test("a legacy decorator call (experimentalDecorators) says so, bare and configured", () => {
    class Legacy extends App {
      async run(): Promise<void> {}
    }
    const descriptor = Object.getOwnPropertyDescriptor(Legacy.prototype, "run")!;
    const legacy = /^@task: your tsconfig has experimentalDecorators on; @task is a TC39 standard decorator/;
    expect(() => (task as (...args: unknown[]) => unknown)(Legacy.prototype, "run", descriptor)).toThrow(legacy);
    expect(() => (task({ timeoutSeconds: 5 }) as (...args: unknown[]) => unknown)(Legacy.prototype, "run", descriptor)).toThrow(legacy);
  });
});

test("the public runtime exports are exactly these", () => {
  expect(Object.keys(credref).sort()).toEqual(
    [
      "App",
      "AtlanClientMixin",
      "DEFAULT_STORE",
      "Handler",
      "Input",
      "Output",
      "apiKeyRef",
      "atlanApiTokenRef",
      "atlanOAuthClientRef",
      "attachHandlerContext",
      "attachTaskRuntime",
      "basicRef",
      "bearerTokenRef",
      "certificateRef",
      "createCredential",
      "credentialRef",
      "getTaskMetadata",
      "gitSshRef",
      "gitTokenRef",
      "oauthClientRef",
      "redactSecrets",
      "secretFieldsOf",
      "task",
    ].sort(),
  );
});
