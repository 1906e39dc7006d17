/**
 * `@credref/testing`: run an app's `@task` methods in its unit tests, with credentials the test provides, and fail
 * the run with `SecretLeakError` when a provided secret reaches a log, the console, an error the task throws, its
 * output or app state. No test-runner dependency: works under vitest, jest and `node --test`.
 *
 * @example
 * import { createTestRuntime, SecretLeakError } from "@credref/testing";
 *
 * const runtime = createTestRuntime().provide(basicRef("warehouse-db"), { username: "svc", password: "pw-1234-abcd" });
 * const app = runtime.attach(new WarehouseApp());
 * const output = await runtime.run(app, "connect", new ConnectInput());   // throws SecretLeakError on a leak
 *
 * @packageDocumentation
 */
export {
  createTestRuntime,
  TestRuntime,
  type TestRuntimeOptions,
  type LogRecord,
  type AtlanRequest,
  type RunnableMethod,
} from "./runtime.js";
export type { ProvideOptions } from "./credentials.js";
export { SecretLeakError, type Leak } from "./errors.js";
export type { LeakForm } from "./secrets.js";
export type { LogSource } from "./capture.js";
