import type { AppState } from "./app-state.js";
import type { AsyncAtlanClient } from "./atlan-client.js";
import type { HandlerContext, TaskContext } from "./context.js";
import type { AtlanRef } from "./ref-factories.js";

/*
 * Where the framework plugs in. This package resolves nothing itself: the framework attaches a context (and app
 * state) to each app or handler instance it runs, and the base classes read it from here. Until then, reading
 * `this.context` throws one line that says so.
 */

/**
 * What the framework attaches to an `App` instance before it runs a task.
 *
 * @example
 * attachTaskRuntime(new MyApp(), { context: fakeContext, appState: memoryState, createAtlanClient: (ref) => connectToAtlan(ref) });
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
 * await app.connect(new ConnectInput());
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

/**
 * The runtime attached to `app`; throws one line naming the problem when there is none.
 *
 * @internal read by `App` and `AtlanClientMixin`; not exported from the package.
 */
export function taskRuntimeOf(app: object, member: string): TaskRuntime {
  const runtime = taskRuntimes.get(app);
  if (runtime === undefined) {
    throw new Error(
      `${app.constructor.name}.${member}: no task runtime attached; the framework supplies it when it runs a task (tests: attachTaskRuntime(app, { context, appState }))`,
    );
  }
  return runtime;
}

/**
 * The handler context attached to `handler`; throws one line naming the problem when there is none.
 *
 * @internal read by `Handler`; not exported from the package.
 */
export function handlerContextOf(handler: object): HandlerContext {
  const context = handlerContexts.get(handler);
  if (context === undefined) {
    throw new Error(
      `${handler.constructor.name}.context: no handler context attached; the framework supplies it when it calls the handler (tests: attachHandlerContext(handler, context))`,
    );
  }
  return context;
}
