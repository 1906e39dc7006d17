import type { AsyncAtlanClient } from "./atlan.js";
import type { AppState, HandlerContext, TaskContext } from "./context.js";
import type { AtlanRef } from "./ref-factories.js";

/*
 * The base classes the framework runs (App, Handler, Input, Output) and how it attaches its runtime to them.
 */

/**
 * Base class of an app: a class whose `@task` methods the framework runs. Inside a task, `this.context` resolves
 * credentials and `this.appState` holds per-execution state. Both are supplied by the framework at run time;
 * reading them on an instance the framework has not set up throws one line saying so.
 *
 * @example
 * class MyApp extends App {
 *   @task({ timeoutSeconds: 30 })
 *   async connect(input: ConnectInput): Promise<ConnectOutput> {
 *     const cred = await this.context.resolveCredential(input.credential);   // BasicCredential
 *     await openConnection(cred.username, cred.password);
 *     return { connected: true };
 *   }
 * }
 */
export class App {
  /**
   * The task context: `resolveCredential(ref)`, `getSecret(name)`, `logger`.
   *
   * @example
   * const cred = await this.context.resolveCredential(input.credential);
   */
  get context(): TaskContext {
    return taskRuntimeOf(this, "context").context;
  }

  /**
   * Per-execution state shared by this run's tasks; persisted, so it takes no secrets.
   *
   * @example
   * this.appState.set("cursor", page.next);
   */
  get appState(): AppState {
    return taskRuntimeOf(this, "appState").appState;
  }
}

/**
 * A class constructor whose instances are apps; what `AtlanClientMixin` accepts.
 *
 * @example
 * const Base: AppConstructor = App;
 */
// A mixin base must take `any[]` constructor arguments: TypeScript rejects mixins over narrower ones (TS2545).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- required by the mixin pattern
export type AppConstructor<T extends App = App> = abstract new (...args: any[]) => T;

/**
 * Base class of a task's input. Declare credentials on it as refs, never as plain strings: the input is
 * serialised, logged and persisted by the framework.
 *
 * @example
 * class ConnectInput extends Input {
 *   credential = basicRef("my-db");
 *   table = "orders";
 * }
 */
export class Input {}

/**
 * Base class of a task's output. An output is persisted and passed to other tasks, so a field holding a `Secret`
 * or a resolved credential is a compile error at the task's `@task` decorator.
 *
 * @example
 * class ConnectOutput extends Output {
 *   connected = false;
 *   rowCount = 0;
 * }
 */
export class Output {}

/**
 * Base class of a handler: code the framework calls outside a task (auth checks, previews, webhooks). Its
 * `this.context` is a `HandlerContext`: `getSecret` and `logger`, and no `resolveCredential`. The context is
 * supplied by the framework at run time.
 *
 * @example
 * class MyHandler extends Handler {
 *   async testAuth(input: AuthInput): Promise<AuthOutput> {
 *     const key = await this.context.getSecret("signing-key");
 *     return { ok: verify(input.payload, key) };
 *   }
 * }
 */
export class Handler {
  /**
   * @example
   * const key = await this.context.getSecret("signing-key");
   */
  get context(): HandlerContext {
    return handlerContextOf(this);
  }
}

/*
 * Where the framework plugs in. This package resolves nothing itself: the framework attaches a context (and app
 * state) to each app or handler instance it runs, and the base classes read it from here. Until then, reading
 * `this.context` throws one line that says so.
 */

/**
 * What the framework attaches to an `App` instance before it runs a task.
 *
 * @example
 * attachTaskRuntime(app, { context, appState, createAtlanClient: (ref) => connectToAtlan(ref) });
 */
export interface TaskRuntime {
  readonly context: TaskContext;
  readonly appState: AppState;
  /** Builds the client behind `getOrCreateAsyncAtlanClient`; needed only by apps using `AtlanClientMixin`. */
  readonly createAtlanClient?: (ref: AtlanRef) => Promise<AsyncAtlanClient>;
}

const taskRuntimes = new WeakMap<object, TaskRuntime>();
const handlerContexts = new WeakMap<object, HandlerContext>();

/**
 * Attaches the framework's task runtime to an app instance. Called by the framework (or by a test harness that
 * supplies its own context); app code never calls it.
 *
 * @example
 * const app = new MyApp();
 * attachTaskRuntime(app, { context: fakeContext, appState: memoryState });
 * await app.connect(input);
 */
export function attachTaskRuntime(app: object, runtime: TaskRuntime): void {
  if (typeof app !== "object" || app === null) throw new TypeError("attachTaskRuntime: the first argument must be an App instance");
  if (typeof runtime !== "object" || runtime === null || typeof runtime.context !== "object" || runtime.context === null) {
    throw new TypeError("attachTaskRuntime: the runtime must be an object with a context and an appState");
  }
  if (typeof runtime.appState !== "object" || runtime.appState === null) {
    throw new TypeError("attachTaskRuntime: the runtime has no appState object");
  }
  taskRuntimes.set(app, runtime);
}

/**
 * Attaches the framework's handler context to a handler instance. Called by the framework or a test harness.
 *
 * @example
 * const handler = new WebhookHandler();
 * attachHandlerContext(handler, fakeHandlerContext);
 */
export function attachHandlerContext(handler: object, context: HandlerContext): void {
  if (typeof handler !== "object" || handler === null) throw new TypeError("attachHandlerContext: the first argument must be a Handler instance");
  if (typeof context !== "object" || context === null) throw new TypeError("attachHandlerContext: the context must be an object");
  handlerContexts.set(handler, context);
}

/** The runtime attached to `app`; throws one line naming the problem when there is none. */
export function taskRuntimeOf(app: object, member: string): TaskRuntime {
  const runtime = taskRuntimes.get(app);
  if (runtime === undefined) {
    throw new Error(
      `${app.constructor.name}.${member}: no task runtime attached; the framework supplies it when it runs a task (tests: attachTaskRuntime(app, { context, appState }))`,
    );
  }
  return runtime;
}

/** The handler context attached to `handler`; throws one line naming the problem when there is none. */
export function handlerContextOf(handler: object): HandlerContext {
  const context = handlerContexts.get(handler);
  if (context === undefined) {
    throw new Error(
      `${handler.constructor.name}.context: no handler context attached; the framework supplies it when it calls the handler (tests: attachHandlerContext(handler, context))`,
    );
  }
  return context;
}
