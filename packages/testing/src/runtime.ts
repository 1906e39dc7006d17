import { formatWithOptions } from "node:util";
import {
  App,
  Handler,
  attachHandlerContext,
  attachTaskRuntime,
  getTaskMetadata,
  type AppState,
  type AsyncAtlanClient,
  type AtlanApiToken,
  type AtlanOAuthClient,
  type AtlanRef,
  type CredentialFields,
  type CredentialRef,
  type CredentialTypeName,
  type HandlerContext,
  type Logger,
  type Secret,
  type TaskContext,
} from "@credref/types";
import { currentSink, withCapture, type CaptureSink, type LogSource } from "./capture.js";
import { isRef, prepareCredential, refKey, refLabel, type ProvideOptions, type ProvidedCredential } from "./credentials.js";
import { SecretLeakError, type Leak } from "./errors.js";
import { redactedCopy, scan, type Finding, type KnownObject } from "./scan.js";
import { MIN_SECRET_LENGTH, SecretCatalog } from "./secrets.js";

/**
 * One line of output captured by the runtime, with every provided secret replaced by `<redacted:ref.field>`.
 *
 * @example
 * expect(runtime.logs.map((r) => r.message)).toContain("connected");
 */
export interface LogRecord {
  /** `App.method` of the run that wrote it; undefined when no run was in progress (a handler called directly). */
  readonly run: string | undefined;
  /** `logger` (`this.context.logger`), `console`, `process.stdout` or `process.stderr`. */
  readonly source: LogSource;
  /** The method called: `info`, `warn`, `log`, `write`, ... */
  readonly level: string;
  /** `logger.info call 2`: the name leak reports use. */
  readonly place: string;
  /** The first argument when it is a string (redacted), else `""`. */
  readonly message: string;
  /** The arguments, copied with secrets redacted: compare structured details with these. */
  readonly args: readonly unknown[];
  /** The whole call as it would print (`util.format`), redacted. */
  readonly text: string;
}

/**
 * One call a task made through the test Atlan client.
 *
 * @example
 * runtime.atlan((request) => (request.path.endsWith("/indexsearch") ? { approximateCount: 3 } : {}));
 */
export interface AtlanRequest {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly path: string;
  readonly body: unknown;
  /** The name of the Atlan ref the client was made for. */
  readonly ref: string;
  readonly baseUrl: string;
}

/**
 * Options of `createTestRuntime`.
 *
 * @example
 * createTestRuntime({ createAtlanClient: (ref, credential) => myFakeClient(credential.baseUrl) });
 */
export interface TestRuntimeOptions {
  /**
   * Builds the client behind `getOrCreateAsyncAtlanClient`, from the ref and its provided credential. Default: a
   * client whose `request` answers with the responder given to `runtime.atlan(...)` and records each call in
   * `runtime.atlanRequests`.
   */
  readonly createAtlanClient?: (
    ref: AtlanRef,
    credential: AtlanApiToken | AtlanOAuthClient,
  ) => AsyncAtlanClient | Promise<AsyncAtlanClient>;
}

/** The method names of `T` that take one argument and return a promise: tasks, and handler methods. */
export type RunnableMethod<T> = {
  [K in keyof T]-?: T[K] extends (input: never) => Promise<unknown> ? K : never;
}[keyof T] &
  string;

type InputOf<F> = F extends (input: infer I) => unknown ? I : never;
type OutputOf<F> = F extends (...args: never[]) => Promise<infer O> ? O : never;

/** One `run`: the output it captured and the leaks found so far. */
class Run implements CaptureSink {
  active = true;
  readonly leaks: Leak[] = [];
  readonly stateKeys = new Set<string>();

  constructor(
    readonly runtime: TestRuntime,
    readonly label: string,
    readonly capture: CaptureSink["capture"],
  ) {}
}

const KIND = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "string" ? "a string" : `a value of type ${typeof value}`);

/**
 * A task runtime for an app's unit tests: resolves refs from credentials the test provides, runs one task the way
 * the framework does, and fails the run with `SecretLeakError` when a provided secret reaches a log, the console,
 * an error, the task's output or app state. Make one per test with `createTestRuntime()`.
 *
 * @example
 * const runtime = createTestRuntime().provide(basicRef("warehouse-db"), { username: "svc", password: testPassword });
 * const output = await runtime.run(runtime.attach(new WarehouseApp()), "connect", new ConnectInput());
 */
export class TestRuntime {
  readonly #catalog = new SecretCatalog();
  readonly #credentials = new Map<string, ProvidedCredential>();
  readonly #secrets = new Map<string, string>();
  readonly #known = new WeakMap<object, KnownObject>();
  readonly #state = new Map<string, unknown>();
  readonly #logs: LogRecord[] = [];
  readonly #leaks: Leak[] = [];
  readonly #unreported: Leak[] = [];
  readonly #atlanRequests: AtlanRequest[] = [];
  readonly #outside: CaptureSink;
  readonly #outsideCounts = new Map<string, number>();
  readonly #options: TestRuntimeOptions;
  #atlanResponder: ((request: AtlanRequest) => unknown) | undefined;

  constructor(options: TestRuntimeOptions = {}) {
    if (typeof options !== "object" || options === null) throw new TypeError("createTestRuntime: options must be an object");
    if (options.createAtlanClient !== undefined && typeof options.createAtlanClient !== "function") {
      throw new TypeError("createTestRuntime: createAtlanClient must be a function (ref, credential) => client");
    }
    this.#options = options;
    this.#outside = { capture: (source, method, args) => this.#record(undefined, this.#outsideCounts, source, method, args) };
  }

  /**
   * Provides the credential a ref resolves to. `fields` is typed by the ref: `provide(basicRef("x"), { apiKey })`
   * does not compile. Built-in types take their defaults (`headerName`, `expiresAt`, ...). Missing, unknown or
   * non-string fields throw one line naming the ref and the field, never the value, as does a secret field shorter
   * than 8 characters (too short to search for). Providing the same store and name again replaces it.
   *
   * @example
   * runtime
   *   .provide(basicRef("warehouse-db"), { username: "svc", password: "pw-1234-abcd" })
   *   .provide(apiKeyRef("crm", { storeName: "vault" }), { apiKey: "k-5678-efgh" });
   */
  provide<Type extends CredentialTypeName>(ref: CredentialRef<Type>, fields: NoInfer<CredentialFields<Type>>, options?: ProvideOptions): this {
    const provided = prepareCredential(ref, fields, options, this.#catalog);
    this.#credentials.set(refKey(provided), provided);
    return this;
  }

  /**
   * Provides a raw secret for `this.context.getSecret(name)`, in tasks and handlers. The value is searched for
   * like a credential's secret fields; it must have at least 8 characters.
   *
   * @example
   * runtime.secret("webhook-signing-key", "sig-9999-ijkl-mnop");
   */
  secret(name: string, value: string): this {
    if (typeof name !== "string" || name.trim() === "") throw new TypeError("secret: the name must be a non-empty string");
    if (typeof value !== "string") throw new TypeError(`secret: the value of '${name}' must be a string (got ${KIND(value)})`);
    if (value.length < MIN_SECRET_LENGTH) {
      throw new TypeError(
        `secret: the value of '${name}' has ${value.length} characters; give a test value of at least ${MIN_SECRET_LENGTH} so the leak check cannot mistake ordinary text for it`,
      );
    }
    const owner = `secret\u0000${name}`;
    this.#catalog.removeOwner(owner);
    this.#catalog.add(owner, name, undefined, value);
    this.#secrets.set(name, value);
    return this;
  }

  /**
   * Answers the requests of the default Atlan client (`getOrCreateAsyncAtlanClient`): the responder gets each
   * request and returns (or resolves to) its parsed JSON body; a thrown error fails the request.
   *
   * @example
   * runtime.atlan((request) => ({ approximateCount: 42 }));
   */
  atlan(responder: (request: AtlanRequest) => unknown): this {
    if (typeof responder !== "function") throw new TypeError("atlan: the responder must be a function (request) => body");
    this.#atlanResponder = responder;
    return this;
  }

  /**
   * Attaches this runtime's context (credentials, secrets, captured logger), app state and Atlan client to an app
   * instance, through the hook the framework uses. Returns the app.
   *
   * @example
   * const app = runtime.attach(new WarehouseApp());
   */
  attach<A extends App>(app: A): A {
    if (!(app instanceof App)) throw new TypeError(`attach: expected an App instance (got ${describeTarget(app)}); handlers use attachHandler`);
    attachTaskRuntime(app, {
      context: this.#taskContext(),
      appState: this.#appState(),
      createAtlanClient: (ref) => this.#createAtlanClient(ref),
    });
    return app;
  }

  /**
   * Attaches a handler context (`getSecret` and the captured logger) to a handler instance. Returns the handler.
   * Call its methods directly and then `runtime.assertNoLeaks()`, or through `runtime.run(handler, "method", input)`.
   *
   * @example
   * const handler = runtime.attachHandler(new WebhookHandler());
   */
  attachHandler<H extends Handler>(handler: H): H {
    if (!(handler instanceof Handler)) throw new TypeError(`attachHandler: expected a Handler instance (got ${describeTarget(handler)})`);
    const context: HandlerContext = {
      getSecret: (name: string) => this.#getSecret(name, false),
      logger: this.#logger(),
    };
    attachHandlerContext(handler, context);
    return handler;
  }

  /**
   * Runs one task the way the framework does: `method` must be a `@task` method of the app (for a handler, any of
   * its methods), its `timeoutSeconds` is enforced, and credentials resolve only while it runs. Output to the
   * logger, `console` and `process.stdout` / `stderr` is captured into `runtime.logs`, redacted, and not printed.
   *
   * Throws `SecretLeakError` when a provided secret (raw, URL-encoded, base64, or `user:password` in base64)
   * reached that output, the error the task threw (message, stack, `cause` chain), its output (deep), a value put
   * into app state, or its input. Otherwise returns the output, or rethrows the task's own error.
   *
   * @example
   * const output = await runtime.run(app, "syncOrders", new WarehouseInput());
   */
  async run<T extends App | Handler, M extends RunnableMethod<T>>(target: T, method: M, input: InputOf<T[M]>): Promise<OutputOf<T[M]>> {
    const { label, timeoutSeconds } = this.#checkRun(target, method);
    if (typeof input !== "object" || input === null) throw new TypeError(`run: the input of ${label} must be an object (got ${KIND(input)})`);
    if (target instanceof App) {
      attachTaskRuntime(target, { context: this.#taskContext(), appState: this.#appState(), createAtlanClient: (ref) => this.#createAtlanClient(ref) });
    } else if (target instanceof Handler) {
      this.attachHandler(target);
    }
    const counts = new Map<string, number>();
    const run: Run = new Run(this, label, (source, m, args) => this.#record(run, counts, source, m, args));
    const inputBefore = new Set(this.#scan(input, true).map(findingKey));

    let output: unknown;
    let failure: { error: unknown } | undefined;
    try {
      const fn = (target as unknown as Record<string, (input: unknown) => Promise<unknown>>)[method]!;
      output = await withCapture(run, () => withTimeout(Promise.resolve(fn.call(target, input)), timeoutSeconds, label));
    } catch (error) {
      failure = { error };
    } finally {
      run.active = false;
    }

    const leaks = [...run.leaks];
    const add = (findings: readonly Finding[], place: (path: string) => string, path: (p: string) => string): void => {
      for (const f of findings) leaks.push({ ref: f.ref, field: f.field, place: place(f.path), path: path(f.path), form: f.form, run: label });
    };
    if (failure !== undefined) add(this.#scan(failure.error, false), (p) => `error${p}`, () => "");
    else add(this.#scan(output, true), (p) => `output${p}`, () => "");
    add(this.#scan(input, true).filter((f) => !inputBefore.has(findingKey(f))), (p) => `input${p}`, () => "");
    for (const key of run.stateKeys) {
      const already = new Set(leaks.filter((l) => l.place === this.#stateLabel(key)).map((l) => `${l.ref}\u0000${l.field ?? ""}\u0000${l.path}`));
      for (const f of this.#scan(this.#state.get(key), true)) {
        if (already.has(`${f.ref}\u0000${f.field ?? ""}\u0000${f.path}`)) continue;
        leaks.push({ ref: f.ref, field: f.field, place: this.#stateLabel(key), path: f.path, form: f.form, run: label });
      }
    }
    this.#leaks.push(...leaks.filter((l) => !run.leaks.includes(l)));
    if (leaks.length > 0) throw new SecretLeakError(label, leaks);
    if (failure !== undefined) throw failure.error;
    if (target instanceof App && (typeof output !== "object" || output === null)) {
      throw new TypeError(`run: ${label} returned ${output === undefined ? "undefined" : KIND(output)}; a task returns an Output object`);
    }
    return output as OutputOf<T[M]>;
  }

  /**
   * Throws `SecretLeakError` for leaks no `run` has reported: output of a handler called directly, or output a
   * task's async work made after its run ended. Call it at the end of a test that calls handlers directly.
   *
   * @example
   * await handler.verify(request);
   * runtime.assertNoLeaks();
   */
  assertNoLeaks(): void {
    if (this.#unreported.length === 0) return;
    const leaks = this.#unreported.splice(0);
    throw new SecretLeakError("output outside a run", leaks);
  }

  /**
   * Everything logged through `this.context.logger`, `console` and `process.stdout` / `stderr` during runs (and
   * through the logger outside them), in order, secrets shown as `<redacted:ref.field>`.
   *
   * @example
   * expect(runtime.logs.filter((r) => r.level === "warn")).toEqual([]);
   */
  get logs(): readonly LogRecord[] {
    return [...this.#logs];
  }

  /**
   * Every leak found so far, reported or not.
   *
   * @example
   * expect(runtime.leaks).toEqual([]);
   */
  get leaks(): readonly Leak[] {
    return [...this.#leaks];
  }

  /**
   * The app state tasks of this runtime have set, for the test to read.
   *
   * @example
   * expect(runtime.appState.get("cursor")).toBe("page-2");
   */
  get appState(): ReadonlyMap<string, unknown> {
    return new Map(this.#state);
  }

  /**
   * The requests tasks made through the default Atlan client, in order.
   *
   * @example
   * expect(runtime.atlanRequests.map((r) => r.path)).toEqual(["/api/meta/search/indexsearch"]);
   */
  get atlanRequests(): readonly AtlanRequest[] {
    return [...this.#atlanRequests];
  }

  #checkRun(target: unknown, method: unknown): { label: string; timeoutSeconds: number | undefined } {
    if (!(target instanceof App) && !(target instanceof Handler)) {
      throw new TypeError(`run: the first argument must be an App or Handler instance (got ${describeTarget(target)})`);
    }
    const className = target.constructor.name;
    if (typeof method !== "string" || method === "") throw new TypeError(`run: the method of ${className} must be a method name string`);
    const label = `${className}.${method}`;
    if (target instanceof App) {
      const tasks = getTaskMetadata(target.constructor as typeof App);
      const meta = tasks.find((t) => t.methodName === method);
      if (meta === undefined) {
        const known = tasks.map((t) => t.methodName).join(", ") || "none";
        throw new TypeError(`run: ${label} is not a @task method (tasks of ${className}: ${known})`);
      }
      return { label, timeoutSeconds: meta.timeoutSeconds };
    }
    const fn = (target as unknown as Record<string, unknown>)[method];
    if (typeof fn !== "function" || method === "constructor" || method in Handler.prototype) {
      throw new TypeError(`run: ${label} is not a method of the handler`);
    }
    return { label, timeoutSeconds: undefined };
  }

  /** `appState "cursor"`; a key that holds a secret is shown redacted. */
  #stateLabel(key: string): string {
    return `appState ${JSON.stringify(this.#catalog.redact(key))}`;
  }

  #scan(value: unknown, persisted: boolean): Finding[] {
    return scan(value, { catalog: this.#catalog, known: (object) => this.#known.get(object), persisted });
  }

  /** Records one captured call for `run` (or outside every run) and the leaks in it. */
  #record(run: Run | undefined, counts: Map<string, number>, source: LogSource, method: string, args: readonly unknown[]): void {
    const name = `${source}.${method}`;
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    const late = run !== undefined && !run.active;
    const place = `${name} call ${count}${late ? ` (after ${run.label} ended)` : ""}`;
    const known = (object: object): KnownObject | undefined => this.#known.get(object);
    let printed: string;
    try {
      printed = formatWithOptions({ colors: false, depth: 8 }, ...args);
    } catch {
      printed = "";
    }
    const findings = this.#scan(args, false);
    const leaks: Leak[] = findings.map((f) => ({ ref: f.ref, field: f.field, place, path: `arguments${f.path}`, form: f.form, run: run?.label }));
    for (const match of this.#catalog.search(printed)) {
      if (leaks.some((l) => l.ref === match.ref && l.field === match.field)) continue;
      leaks.push({ ...match, place, path: "", run: run?.label });
    }
    this.#logs.push({
      run: run?.label,
      source,
      level: method,
      place,
      message: typeof args[0] === "string" ? this.#catalog.redact(args[0]) : "",
      args: redactedCopy([...args], { catalog: this.#catalog, known }) as unknown[],
      text: this.#catalog.redact(printed),
    });
    this.#addLeaks(run, leaks);
  }

  #addLeaks(run: Run | undefined, leaks: readonly Leak[]): void {
    if (leaks.length === 0) return;
    this.#leaks.push(...leaks);
    if (run !== undefined && run.active) run.leaks.push(...leaks);
    else this.#unreported.push(...leaks);
  }

  /** The run of this runtime whose async context is current, if any. */
  #currentRun(): Run | undefined {
    const sink = currentSink();
    return sink instanceof Run && sink.runtime === this ? sink : undefined;
  }

  /** The run a task-context call belongs to; throws one line when there is none or it has ended. */
  #activeRun(what: string): Run {
    const run = this.#currentRun();
    if (run === undefined) {
      throw new Error(`${what}: called outside a task run; run the task with runtime.run(app, "method", input)`);
    }
    if (!run.active) throw new Error(`${what}: called after the run of ${run.label} ended; resolve credentials while the task runs`);
    return run;
  }

  #taskContext(): TaskContext {
    return {
      resolveCredential: ((ref: unknown) => Promise.resolve().then(() => this.#resolve(ref))) as TaskContext["resolveCredential"],
      getSecret: (name: string) => this.#getSecret(name, true),
      logger: this.#logger(),
    };
  }

  #resolve(ref: unknown): object {
    if (!isRef(ref)) {
      throw new TypeError(`resolveCredential: expected a ref from a ref factory such as basicRef("name") (got ${KIND(ref)})`);
    }
    this.#activeRun(`resolveCredential(${refLabel(ref)})`);
    const provided = this.#credentials.get(refKey(ref));
    if (provided === undefined) throw new Error(`no credential provided for ${refLabel(ref)}`);
    if (provided.credentialType !== ref.credentialType) {
      throw new Error(`resolveCredential: ${refLabel(ref)} was provided as type ${provided.credentialType}`);
    }
    const credential = provided.build();
    this.#known.set(credential, { ref: ref.name, form: "the resolved credential object" });
    return credential;
  }

  #getSecret(name: string, inTask: boolean): Promise<Secret<string>> {
    return Promise.resolve().then(() => this.#readSecret(name, inTask));
  }

  #readSecret(name: string, inTask: boolean): Secret<string> {
    if (typeof name !== "string" || name === "") throw new TypeError("getSecret: the name must be a non-empty string");
    if (inTask) this.#activeRun(`getSecret('${name}')`);
    else {
      const run = this.#currentRun();
      if (run !== undefined && !run.active) throw new Error(`getSecret('${name}'): called after the run of ${run.label} ended`);
    }
    const value = this.#secrets.get(name);
    if (value === undefined) throw new Error(`no secret provided for '${name}': runtime.secret("${name}", value)`);
    return value as Secret<string>;
  }

  #logger(): Logger {
    const log =
      (level: string) =>
      (message: string, ...details: unknown[]): void => {
        (this.#currentRun() ?? this.#outside).capture("logger", level, [message, ...details]);
      };
    return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
  }

  #appState(): AppState {
    return {
      get: (key: string): unknown => this.#state.get(key),
      set: (key: string, value: unknown): void => {
        if (typeof key !== "string" || key === "") throw new TypeError("appState.set: the key must be a non-empty string");
        this.#state.set(key, value);
        const run = this.#currentRun();
        run?.stateKeys.add(key);
        const findings = [...this.#scan(key, true), ...this.#scan(value, true)];
        this.#addLeaks(
          run,
          findings.map((f) => ({ ref: f.ref, field: f.field, place: this.#stateLabel(key), path: f.path, form: f.form, run: run?.label })),
        );
      },
    } as AppState;
  }

  async #createAtlanClient(ref: AtlanRef): Promise<AsyncAtlanClient> {
    const credential = this.#resolve(ref) as AtlanApiToken | AtlanOAuthClient;
    const client =
      this.#options.createAtlanClient !== undefined
        ? await this.#options.createAtlanClient(ref, credential)
        : this.#defaultAtlanClient(ref, credential.baseUrl);
    if (typeof client === "object" && client !== null) {
      this.#known.set(client, { ref: ref.name, form: "the Atlan client holding the credential" });
    }
    return client;
  }

  #defaultAtlanClient(ref: AtlanRef, baseUrl: string): AsyncAtlanClient {
    const requests = this.#atlanRequests;
    const responder = (): ((request: AtlanRequest) => unknown) | undefined => this.#atlanResponder;
    return {
      baseUrl,
      async request<T>(method: AtlanRequest["method"], path: string, body?: unknown): Promise<T> {
        const request: AtlanRequest = { method, path, body, ref: ref.name, baseUrl };
        requests.push(request);
        const answer = responder();
        if (answer === undefined) {
          throw new Error(`no Atlan response stubbed for ${method} ${path} (${refLabel(ref)}): give one with runtime.atlan((request) => body)`);
        }
        return (await answer(request)) as T;
      },
    };
  }
}


function findingKey(f: Finding): string {
  return `${f.ref}\u0000${f.field ?? ""}\u0000${f.path}`;
}

function describeTarget(value: unknown): string {
  if (typeof value === "object" && value !== null) return `an instance of ${value.constructor?.name ?? "Object"}`;
  if (typeof value === "function") return `the class or function ${value.name || "(anonymous)"}; pass an instance`;
  return KIND(value);
}

async function withTimeout<T>(work: Promise<T>, seconds: number | undefined, label: string): Promise<T> {
  if (seconds === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`run: ${label} did not finish within its timeoutSeconds (${seconds})`)), seconds * 1000);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Makes a task runtime for one test. Chain `provide` and `secret` to give it credentials, `attach` the app, and
 * `run` a task.
 *
 * @example
 * const runtime = createTestRuntime()
 *   .provide(basicRef("warehouse-db"), { username: "svc", password: "pw-1234-abcd" })
 *   .secret("signing-key", "sig-9999-ijkl");
 * const app = runtime.attach(new WarehouseApp());
 * const output = await runtime.run(app, "connect", new ConnectInput());
 */
export function createTestRuntime(options?: TestRuntimeOptions): TestRuntime {
  return new TestRuntime(options);
}
