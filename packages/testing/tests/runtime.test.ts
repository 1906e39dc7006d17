import {
  App,
  AtlanClientMixin,
  Handler,
  Input,
  Output,
  apiKeyRef,
  atlanApiTokenRef,
  basicRef,
  bearerTokenRef,
  certificateRef,
  credentialRef,
  task,
  type ResolvedCredential,
  type Secret,
} from "@credref/types";
import { describe, expect, test } from "vitest";
import { SecretLeakError, createTestRuntime, type Leak } from "@credref/testing";
import { fakeSecret } from "./support/values.js";

interface SlackCredential extends ResolvedCredential<"slack"> {
  readonly botToken: Secret<string>;
  readonly workspace: string;
}
declare module "@credref/types" {
  interface CredentialTypes {
    slack: SlackCredential;
  }
}

// Characters that every encoding changes: URL and form encoding, JSON escaping, and "~~~" (base64 "fn5+", base64url
// "fn5-") so each base64 core differs between the two alphabets.
const PASSWORD = `${fakeSecret(1, 12)}/+ &?="~~~~~~`;
const API_KEY = fakeSecret(2, 24);
const TOKEN = fakeSecret(3, 32);
const SIGNING = fakeSecret(4, 32);
const ALL = [PASSWORD, API_KEY, TOKEN, SIGNING];

class DbInput extends Input {
  db = basicRef("warehouse-db");
  note = "";
}
class DbOutput extends Output {
  user = "";
  extra: unknown = undefined;
}

/** One app whose tasks each do one thing with the credential, chosen by the test through `behaviour`. */
class DbApp extends App {
  behaviour: (cred: { username: string; password: string; toAuthHeader(): string }, app: DbApp, input: DbInput) => unknown = () => undefined;

  @task({ timeoutSeconds: 5 })
  async connect(input: DbInput): Promise<DbOutput> {
    const cred = await this.context.resolveCredential(input.db);
    this.context.logger.info("connecting", { user: cred.username, ref: input.db.name });
    const extra = await this.behaviour(cred, this, input);
    return { user: cred.username, extra };
  }

  @task({ timeoutSeconds: 0.05 })
  async slow(input: DbInput): Promise<DbOutput> {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { user: input.db.name, extra: undefined };
  }

  @task
  async later(input: DbInput): Promise<DbOutput> {
    const cred = await this.context.resolveCredential(input.db);
    setTimeout(() => console.log(`late: ${cred.password}`), 5);
    pending = new Promise((resolve) => setTimeout(() => resolve(this.context.resolveCredential(input.db)), 10));
    return { user: cred.username, extra: undefined };
  }

  async helper(input: DbInput): Promise<DbOutput> {
    return { user: input.db.name, extra: undefined };
  }
}
let pending: Promise<unknown> | undefined;

function runtimeWithDb() {
  return createTestRuntime().provide(basicRef("warehouse-db"), { username: "svc-orders", password: PASSWORD });
}

async function leaksOf(behaviour: DbApp["behaviour"]): Promise<readonly Leak[]> {
  const runtime = runtimeWithDb();
  const app = runtime.attach(new DbApp());
  app.behaviour = behaviour;
  const error = await runtime.run(app, "connect", new DbInput()).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SecretLeakError);
  const message = (error as SecretLeakError).message;
  for (const secret of ALL) expect(message).not.toContain(secret);
  expect(message).not.toContain("\n");
  return (error as SecretLeakError).leaks;
}

const pick = (leaks: readonly Leak[]) => leaks.map(({ ref, field, place, path, form }) => ({ ref, field, place, path, form }));

describe("a clean run", () => {
  test("resolves the provided credential, returns the output and keeps the logs", async () => {
    const runtime = runtimeWithDb();
    const app = runtime.attach(new DbApp());
    app.behaviour = (cred) => cred.password.length;
    const output = await runtime.run(app, "connect", new DbInput());
    expect(output).toEqual({ user: "svc-orders", extra: PASSWORD.length });
    expect(runtime.logs).toEqual([
      {
        run: "DbApp.connect",
        source: "logger",
        level: "info",
        place: "logger.info call 1",
        message: "connecting",
        args: ["connecting", { user: "svc-orders", ref: "warehouse-db" }],
        text: "connecting { user: 'svc-orders', ref: 'warehouse-db' }",
      },
    ]);
    expect(runtime.leaks).toEqual([]);
  });

  test("a credential logged whole prints redacted, so it is no leak", async () => {
    const runtime = runtimeWithDb();
    const app = runtime.attach(new DbApp());
    app.behaviour = (cred, self) => {
      self.context.logger.info("resolved", cred);
      console.log("resolved", cred, `${String(cred)}`, JSON.stringify(cred));
    };
    await runtime.run(app, "connect", new DbInput());
    expect(runtime.logs[2]!.text).toContain("<redacted>");
    expect(runtime.logs.map((r) => r.text).join("\n")).not.toContain(PASSWORD);
  });
});

describe("the leak check", () => {
  test("a secret in a logger call names the ref, field, call and argument path", async () => {
    const leaks = await leaksOf((cred, app) => {
      app.context.logger.info("first");
      app.context.logger.warn("w", { auth: { password: cred.password } });
      app.context.logger.info("second", { copy: { ...cred } });
    });
    expect(pick(leaks)).toEqual([
      { ref: "warehouse-db", field: "password", place: "logger.warn call 1", path: "arguments[1].auth.password", form: "raw" },
      { ref: "warehouse-db", field: "password", place: "logger.info call 3", path: "arguments[1].copy.password", form: "raw" },
    ]);
  });

  test.each([
    ["URL-encoded", (p: string) => `postgres://svc:${encodeURIComponent(p)}@db/orders`, "URL-encoded"],
    ["form-encoded", (p: string) => new URLSearchParams({ password: p }).toString(), "form-encoded"],
    ["JSON-escaped", (p: string) => JSON.stringify({ p: `"${p}"` }), "JSON-escaped"],
    ["base64", (p: string) => Buffer.from(p).toString("base64"), "base64"],
    ["base64 inside a longer payload", (p: string) => Buffer.from(`{"pw":"${p}"}`).toString("base64"), "base64"],
    ["base64url", (p: string) => Buffer.from(`xy${p}`).toString("base64url"), "base64url"],
  ] as const)("finds the password %s in console output", async (_name, encode, form) => {
    const leaks = await leaksOf((cred) => console.log(encode(cred.password)));
    expect(pick(leaks)).toEqual([{ ref: "warehouse-db", field: "password", place: "console.log call 1", path: "arguments[0]", form }]);
  });

  test("finds user:password in base64, as a Basic auth header carries it", async () => {
    const leaks = await leaksOf((cred) => console.info({ headers: { authorization: cred.toAuthHeader() } }));
    expect(pick(leaks)).toEqual([
      { ref: "warehouse-db", field: "password", place: "console.info call 1", path: "arguments[0].headers.authorization", form: "base64 of username:password" },
    ]);
  });

  test("finds a secret written to process.stdout and process.stderr", async () => {
    const leaks = await leaksOf((cred) => {
      process.stdout.write(`pw=${cred.password}\n`);
      process.stderr.write(Buffer.from(`pw=${cred.password}\n`));
    });
    expect(leaks.map((l) => l.place)).toEqual(["process.stdout.write call 1", "process.stderr.write call 1"]);
  });

  test("finds a secret in the thrown error's message, stack and cause chain, and does not attach the error", async () => {
    const leaks = await leaksOf((cred) => {
      const root = new Error("socket closed");
      Object.assign(root, { config: { password: cred.password } });
      const middle = new Error("driver failed", { cause: root });
      throw new Error("could not connect", { cause: middle });
    });
    expect(pick(leaks)).toEqual([
      { ref: "warehouse-db", field: "password", place: "error.cause.cause.config.password", path: "", form: "raw" },
    ]);
    const inMessage = await leaksOf((cred) => {
      throw new Error(`login failed for ${cred.username}:${cred.password}`);
    });
    expect(inMessage.map((l) => l.place)).toEqual(["error.message", "error.stack"]);
  });

  test("rethrows the task's own error when it holds no secret", async () => {
    const runtime = runtimeWithDb();
    const app = runtime.attach(new DbApp());
    const failure = new Error("table orders is missing");
    app.behaviour = () => {
      throw failure;
    };
    await expect(runtime.run(app, "connect", new DbInput())).rejects.toBe(failure);
  });

  test("finds a secret deep in the output, through arrays, maps and a cycle", async () => {
    const leaks = await leaksOf((cred) => {
      const node: Record<string, unknown> = { name: "root" };
      node["self"] = node;
      node["debug"] = [{ ok: true }, { token: `x-${cred.password}` }];
      node["byName"] = new Map([["login", cred.password]]);
      return node;
    });
    expect(leaks.map((l) => l.place)).toEqual(['output.extra.debug[1].token', 'output.extra.byName.get("login")']);
  });

  test("finds one line of a multi-line secret such as a PEM key, printed on its own", async () => {
    const keyLines = [fakeSecret(11, 64), fakeSecret(12, 64)];
    const runtime = createTestRuntime().provide(certificateRef("mtls"), {
      certData: "public",
      keyData: [`-----BEGIN ${"PRIVATE"} KEY-----`, ...keyLines, `-----END ${"PRIVATE"} KEY-----`].join("\n"),
    });
    class TlsInput extends Input {
      tls = certificateRef("mtls");
    }
    class TlsApp extends App {
      @task
      async connect(input: TlsInput): Promise<DbOutput> {
        const tls = await this.context.resolveCredential(input.tls);
        this.context.logger.debug("key starts", tls.keyData.slice(0, 100));
        return { user: "", extra: undefined };
      }
    }
    const error = (await runtime.run(runtime.attach(new TlsApp()), "connect", new TlsInput()).catch((e: unknown) => e)) as SecretLeakError;
    expect(pick(error.leaks)).toEqual([
      { ref: "mtls", field: "keyData", place: "logger.debug call 1", path: "arguments[1]", form: "a line of the multi-line value" },
    ]);
  });

  test("reports a resolved credential returned in the output as a whole", async () => {
    const leaks = await leaksOf((cred) => ({ cred }));
    expect(pick(leaks)).toEqual([
      { ref: "warehouse-db", field: undefined, place: "output.extra.cred", path: "", form: "the resolved credential object" },
    ]);
  });

  test("finds a secret put into app state, and one the task wrote into its input", async () => {
    const leaks = await leaksOf((cred, app, input) => {
      app.appState.set("cursor", { page: 2, dsn: `svc:${cred.password}` });
      input.note = `password ${cred.password}`;
    });
    expect(pick(leaks)).toEqual([
      { ref: "warehouse-db", field: "password", place: 'appState "cursor"', path: ".dsn", form: "raw" },
      { ref: "warehouse-db", field: "password", place: "input.note", path: "", form: "raw" },
    ]);
  });

  test("an app-state key that holds the secret is a leak, shown redacted", async () => {
    const leaks = await leaksOf((cred, app) => app.appState.set(`seen:${cred.password}`, true));
    expect(pick(leaks)).toEqual([
      { ref: "warehouse-db", field: "password", place: 'appState "seen:<redacted:warehouse-db.password>"', path: "", form: "raw" },
    ]);
  });

  test("a secret carried through a Map and printed later is still found", async () => {
    const cache = new Map<string, string>();
    const leaks = await leaksOf((cred, app) => {
      cache.set("warehouse", cred.password);
      app.context.logger.debug(`cache: ${[...cache.values()].join(",")}`);
    });
    expect(leaks.map((l) => l.place)).toEqual(["logger.debug call 1"]);
  });

  test("keeps the logs with each secret form replaced by its ref and field", async () => {
    const runtime = runtimeWithDb();
    const app = runtime.attach(new DbApp());
    app.behaviour = (cred, self) => {
      self.context.logger.error(`as ${cred.username}:${cred.password}`, { header: cred.toAuthHeader() });
    };
    await expect(runtime.run(app, "connect", new DbInput())).rejects.toThrow(SecretLeakError);
    const record = runtime.logs[1]!;
    expect(record.message).toBe("as svc-orders:<redacted:warehouse-db.password>");
    expect(record.args).toEqual([record.message, { header: "Basic <redacted:warehouse-db.password>" }]);
    expect(record.text).not.toContain(PASSWORD);
  });

  test("the error message names every leak without its value, on one line", async () => {
    const runtime = runtimeWithDb();
    const app = runtime.attach(new DbApp());
    app.behaviour = (cred, self) => {
      self.context.logger.info("a", cred.password);
      self.context.logger.info("b", cred.password);
    };
    await expect(runtime.run(app, "connect", new DbInput())).rejects.toThrow(
      "DbApp.connect leaked 2 secrets: 'warehouse-db' field 'password' in logger.info call 2 at arguments[1]; 'warehouse-db' field 'password' in logger.info call 3 at arguments[1]",
    );
  });
});

describe("credentials, secrets and stores", () => {
  class MultiInput extends Input {
    main = apiKeyRef("crm");
    vault = apiKeyRef("crm", { storeName: "vault" });
    session = bearerTokenRef("session");
    slack = credentialRef("slack", "alerts-bot");
  }
  class MultiOutput extends Output {
    headers: string[] = [];
  }
  class MultiApp extends App {
    @task
    async headers(input: MultiInput): Promise<MultiOutput> {
      const main = await this.context.resolveCredential(input.main);
      const vault = await this.context.resolveCredential(input.vault);
      const slack = await this.context.resolveCredential(input.slack);
      const signing = await this.context.getSecret("signing-key");
      return { headers: [main.headerName, vault.headerName, vault.prefix, slack.workspace, String(signing.length)] };
    }

    @task
    async session(input: MultiInput): Promise<MultiOutput> {
      await this.context.resolveCredential(input.session);
      return { headers: [] };
    }

    @task
    async leakSlack(input: MultiInput): Promise<MultiOutput> {
      const slack = await this.context.resolveCredential(input.slack);
      const signing = await this.context.getSecret("signing-key");
      console.warn(slack.botToken, signing);
      return { headers: [] };
    }
  }
  const runtime = () =>
    createTestRuntime()
      .provide(apiKeyRef("crm"), { apiKey: API_KEY })
      .provide(apiKeyRef("crm", { storeName: "vault" }), { apiKey: fakeSecret(9, 16), headerName: "Authorization", prefix: "Token " })
      .provide(credentialRef("slack", "alerts-bot"), { botToken: TOKEN, workspace: "acme" }, { secretFields: ["botToken"] })
      .secret("signing-key", SIGNING);

  test("routes refs by store and name, applies defaults, and serves custom types and named secrets", async () => {
    const rt = runtime();
    const output = await rt.run(rt.attach(new MultiApp()), "headers", new MultiInput());
    expect(output.headers).toEqual(["X-API-Key", "Authorization", "Token ", "acme", "32"]);
  });

  test("leaks of a custom type's secret field and of a named secret are reported by their names", async () => {
    const rt = runtime();
    const error = (await rt.run(rt.attach(new MultiApp()), "leakSlack", new MultiInput()).catch((e: unknown) => e)) as SecretLeakError;
    expect(pick(error.leaks)).toEqual([
      { ref: "alerts-bot", field: "botToken", place: "console.warn call 1", path: "arguments[0]", form: "raw" },
      { ref: "signing-key", field: undefined, place: "console.warn call 1", path: "arguments[1]", form: "raw" },
    ]);
  });

  test("an unknown ref fails with its name, type and store", async () => {
    const rt = runtime();
    await expect(rt.run(rt.attach(new MultiApp()), "session", new MultiInput())).rejects.toThrow(
      /^no credential provided for ref 'session' \(bearer_token, store default\)$/,
    );
  });

  test("an unknown named secret fails with its name", async () => {
    const rt = createTestRuntime()
      .provide(apiKeyRef("crm"), { apiKey: API_KEY })
      .provide(apiKeyRef("crm", { storeName: "vault" }), { apiKey: API_KEY })
      .provide(credentialRef("slack", "alerts-bot"), { botToken: TOKEN, workspace: "acme" }, { secretFields: ["botToken"] });
    await expect(rt.run(rt.attach(new MultiApp()), "headers", new MultiInput())).rejects.toThrow(
      "no secret provided for 'signing-key': runtime.secret(\"signing-key\", value)",
    );
  });
});

describe("misuse fails with one line that holds no secret", () => {
  const messageOf = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      const message = (error as Error).message;
      for (const secret of ALL) expect(message).not.toContain(secret);
      expect(message).not.toContain("\n");
      return message;
    }
    throw new Error("expected a throw");
  };

  test.each([
    ["a missing field", () => createTestRuntime().provide(basicRef("db"), { username: "svc" } as never), /ref 'db' \(basic, store default\): field "password" is missing/],
    ["a non-string field", () => createTestRuntime().provide(basicRef("db"), { username: "svc", password: 42 } as never), /ref 'db' \(basic, store default\): field "password" must be a string/],
    ["a field of another type", () => createTestRuntime().provide(basicRef("db"), { username: "svc", password: PASSWORD, apiKey: API_KEY } as never), /unknown field "apiKey"/],
    ["a secret too short to search for", () => createTestRuntime().provide(basicRef("db"), { username: "svc", password: "pw" }), /secret field "password" has 2 characters; give a test value of at least 8/],
    ["a custom type's short string field, secret unless secretFields says otherwise", () => createTestRuntime().provide(credentialRef("slack", "bot"), { botToken: TOKEN, workspace: "acme" }), /ref 'bot' \(slack, store default\): secret field "workspace" has 4 characters/],
    ["a short named secret", () => createTestRuntime().secret("k", "abc"), /the value of 'k' has 3 characters/],
    ["a hand-made ref", () => createTestRuntime().provide({ name: "db" } as never, { username: "svc", password: PASSWORD }), /must be a ref from a ref factory/],
    ["an app class instead of an instance", () => createTestRuntime().attach(DbApp as never), /expected an App instance \(got the class or function DbApp; pass an instance\)/],
  ])("%s", (_name, run, message) => {
    expect(messageOf(run)).toMatch(message);
  });

  test("run of something that is not an app or handler, with a non-object input, or of a task returning no output", async () => {
    const runtime = runtimeWithDb();
    await expect(runtime.run({} as DbApp, "connect", new DbInput())).rejects.toThrow(
      "run: the first argument must be an App or Handler instance (got an instance of Object)",
    );
    await expect(runtime.run(new DbApp(), "connect", "warehouse-db" as never)).rejects.toThrow(
      "run: the input of DbApp.connect must be an object (got a string)",
    );
    class NoOutput extends App {
      @task
      async nothing(input: DbInput): Promise<DbOutput> {
        void input;
        return undefined as unknown as DbOutput;
      }
    }
    await expect(runtime.run(new NoOutput(), "nothing", new DbInput())).rejects.toThrow(
      "run: NoOutput.nothing returned undefined; a task returns an Output object",
    );
  });

  test("run attaches an app it was not given through attach", async () => {
    const runtime = runtimeWithDb();
    expect(await runtime.run(new DbApp(), "connect", new DbInput())).toEqual({ user: "svc-orders", extra: undefined });
  });

  test("run of a method that is not a @task names the tasks there are", async () => {
    const runtime = runtimeWithDb();
    await expect(runtime.run(runtime.attach(new DbApp()), "helper" as "connect", new DbInput())).rejects.toThrow(
      "run: DbApp.helper is not a @task method (tasks of DbApp: connect, slow, later)",
    );
  });

  test("resolveCredential outside a run, and after the run ended", async () => {
    const runtime = runtimeWithDb();
    const app = runtime.attach(new DbApp());
    await expect(app.helper(new DbInput()).then(() => app.context.resolveCredential(basicRef("warehouse-db")))).rejects.toThrow(
      `resolveCredential(ref 'warehouse-db' (basic, store default)): called outside a task run; run the task with runtime.run(app, "method", input)`,
    );
    await runtime.run(app, "later", new DbInput());
    await expect(pending).rejects.toThrow(
      "resolveCredential(ref 'warehouse-db' (basic, store default)): called after the run of DbApp.later ended; resolve credentials while the task runs",
    );
  });

  test("output a task makes after its run ended is captured, not printed, and reported by assertNoLeaks", async () => {
    const runtime = runtimeWithDb();
    const app = runtime.attach(new DbApp());
    await runtime.run(app, "later", new DbInput());
    await pending?.catch(() => undefined);
    expect(() => runtime.assertNoLeaks()).toThrow(
      "output outside a run leaked a secret: 'warehouse-db' field 'password' in console.log call 1 (after DbApp.later ended) at arguments[0]",
    );
    expect(() => runtime.assertNoLeaks()).not.toThrow();
  });

  test("a task that outlives its timeoutSeconds fails", async () => {
    const runtime = runtimeWithDb();
    await expect(runtime.run(runtime.attach(new DbApp()), "slow", new DbInput())).rejects.toThrow(
      "run: DbApp.slow did not finish within its timeoutSeconds (0.05)",
    );
  });

  test("a credential provided under another type", async () => {
    const runtime = createTestRuntime().provide(apiKeyRef("warehouse-db"), { apiKey: API_KEY });
    await expect(runtime.run(runtime.attach(new DbApp()), "connect", new DbInput())).rejects.toThrow(
      "resolveCredential: ref 'warehouse-db' (basic, store default) was provided as type api_key",
    );
  });
});

describe("handlers and Atlan clients", () => {
  class Hooks extends Handler {
    async verify(request: { body: string }): Promise<{ ok: boolean }> {
      const key = await this.context.getSecret("signing-key");
      this.context.logger.debug("verifying", request.body.length);
      if (request.body === "leak") this.context.logger.debug("with", key);
      return { ok: key.length > 0 };
    }
  }

  test("a handler called directly gets its secret; assertNoLeaks reports what it logged", async () => {
    const runtime = createTestRuntime().secret("signing-key", SIGNING);
    const hooks = runtime.attachHandler(new Hooks());
    expect(await hooks.verify({ body: "ok" })).toEqual({ ok: true });
    runtime.assertNoLeaks();
    await hooks.verify({ body: "leak" });
    expect(() => runtime.assertNoLeaks()).toThrow("output outside a run leaked a secret: 'signing-key' in logger.debug call 3 at arguments[1]");
  });

  test("run works for handler methods too", async () => {
    const runtime = createTestRuntime().secret("signing-key", SIGNING);
    const hooks = runtime.attachHandler(new Hooks());
    await expect(runtime.run(hooks, "verify", { body: "leak" })).rejects.toThrow("Hooks.verify leaked a secret: 'signing-key' in logger.debug call 2");
  });

  class CatalogInput extends Input {
    atlan = atlanApiTokenRef("atlan-prod");
  }
  class CatalogOutput extends Output {
    assets = 0;
  }
  class CatalogApp extends AtlanClientMixin(App) {
    @task
    async count(input: CatalogInput): Promise<CatalogOutput> {
      const client = await this.getOrCreateAsyncAtlanClient(input.atlan);
      const result = await client.request<{ approximateCount: number }>("POST", "/api/meta/search/indexsearch", { size: 0 });
      if (result.approximateCount < 0) this.appState.set("client", client);
      return { assets: result.approximateCount };
    }
  }

  test("the default Atlan client answers from the responder and records each request", async () => {
    let count = 7;
    const runtime = createTestRuntime()
      .provide(atlanApiTokenRef("atlan-prod"), { token: TOKEN, baseUrl: "https://acme.atlan.example" })
      .atlan(() => ({ approximateCount: count }));
    const app = runtime.attach(new CatalogApp());
    expect(await runtime.run(app, "count", new CatalogInput())).toEqual({ assets: 7 });
    expect(runtime.atlanRequests).toEqual([
      { method: "POST", path: "/api/meta/search/indexsearch", body: { size: 0 }, ref: "atlan-prod", baseUrl: "https://acme.atlan.example" },
    ]);
    count = -1;
    const error = (await runtime.run(app, "count", new CatalogInput()).catch((e: unknown) => e)) as SecretLeakError;
    expect(pick(error.leaks)).toEqual([
      { ref: "atlan-prod", field: undefined, place: 'appState "client"', path: "", form: "the Atlan client holding the credential" },
    ]);
  });

  test("without a responder the request fails naming the call", async () => {
    const runtime = createTestRuntime().provide(atlanApiTokenRef("atlan-prod"), { token: TOKEN, baseUrl: "https://acme.atlan.example" });
    await expect(runtime.run(runtime.attach(new CatalogApp()), "count", new CatalogInput())).rejects.toThrow(
      "no Atlan response stubbed for POST /api/meta/search/indexsearch (ref 'atlan-prod' (atlan_api_token, store default)): give one with runtime.atlan((request) => body)",
    );
  });
});

test("concurrent runs each capture only their own console output", async () => {
  const runtime = runtimeWithDb();
  const make = (word: string) => {
    const app = runtime.attach(new DbApp());
    app.behaviour = async () => {
      for (let i = 0; i < 3; i++) {
        console.log(word, i);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    };
    return app;
  };
  await Promise.all([runtime.run(make("alpha"), "connect", new DbInput()), runtime.run(make("beta"), "connect", new DbInput())]);
  const byRun = (word: string) => runtime.logs.filter((r) => r.source === "console" && r.text.startsWith(word)).map((r) => r.place);
  expect(byRun("alpha")).toEqual(["console.log call 1", "console.log call 2", "console.log call 3"]);
  expect(byRun("beta")).toEqual(["console.log call 1", "console.log call 2", "console.log call 3"]);
});
