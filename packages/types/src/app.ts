import type { AppState } from "./app-state.js";
import type { TaskContext } from "./context.js";
import { taskRuntimeOf } from "./runtime.js";

/**
 * Base class of an app: a class whose `@task` methods the framework runs. Inside a task, `this.context` resolves
 * credentials and `this.appState` holds per-execution state. Both are supplied by the framework at run time;
 * reading them on an instance the framework has not set up throws one line saying so.
 *
 * @example
 * class MyApp extends App {
 *   @ task({ timeoutSeconds: 30 })
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
