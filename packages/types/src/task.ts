import type { App } from "./app.js";
import type { FieldsCheck, Legacy, NoParameterInput, TaskDecoratorResult, TaskSignatureError } from "./task-check.js";

/**
 * Options of `@task({...})`. Unset options take the framework's defaults.
 *
 * @example
 * class DbApp extends App {
 *   @ task({ name: "connect-db", timeoutSeconds: 30, retryMaxAttempts: 3, heartbeatTimeoutSeconds: 10 })
 *   async connect(input: ConnectInput): Promise<ConnectOutput> {
 *     return { connected: input.table !== "" };
 *   }
 * }
 */
export interface TaskOptions {
  /** The task's name in the workflow; defaults to the method name. */
  readonly name?: string;
  /** How long one attempt may run, in seconds. */
  readonly timeoutSeconds?: number;
  /** How many attempts the framework makes before the task fails (1 = no retry). */
  readonly retryMaxAttempts?: number;
  /** How long the task may go without a heartbeat before it counts as failed, in seconds. */
  readonly heartbeatTimeoutSeconds?: number;
}

/**
 * What `@task` recorded about one task method; read it with `getTaskMetadata`.
 *
 * @example
 * getTaskMetadata(MyApp);   // [{ methodName: "connect", name: "connect", timeoutSeconds: 30 }]
 */
export interface TaskMetadata extends TaskOptions {
  /** The decorated method's name. */
  readonly methodName: string;
  /** The task's name: `options.name`, or the method name. */
  readonly name: string;
}

/**
 * A method decorator produced by `task(options)`; `@task` itself has the same signatures. The first matches a
 * valid task by assignability alone, which costs the compiler a handful of steps; a method that does not fit it
 * gets `TaskDecoratorResult`, which says what is wrong at the decorator.
 *
 * @example
 * const slowTask: TaskDecorator = task({ timeoutSeconds: 600 });
 */
export interface TaskDecorator {
  // `any` is the decorator context's method type: the method parameter already pins it, and naming it again
  // would cost an instantiation per task.
  // The constraints say `object`, not `Input & object` and `Output & object`: the two classes are empty, so both
  // accept exactly what `object` accepts (tests/app.test-d.ts keeps them empty), and a class in a constraint makes
  // the compiler build the class again with the inferred type as its `this` for every task it checks.
  /* eslint-disable @typescript-eslint/no-explicit-any -- see above, and the last two signatures below */
  /**
   * A method of an app taking an Input and returning a Promise of an Output: void, unless a field is secret (or
   * the method takes no parameter, which infers the default Input).
   */
  <Out extends object, In extends object = NoParameterInput>(
    method: (input: In) => Promise<Out>,
    context: ClassMethodDecoratorContext<App, any>,
  ): FieldsCheck<In, Out>;
  /** Any other method: says what is wrong. `any` lets every method reach this signature. */
  <This, Method extends (this: This, ...args: any) => any>(
    method: Method,
    context: ClassMethodDecoratorContext<This, Method>,
  ): TaskDecoratorResult<This, Method>;
  /** A legacy (`experimentalDecorators`) method decorator call: says to turn them off. */
  (target: object, propertyKey: string | symbol, descriptor: PropertyDescriptor): TaskSignatureError<Legacy>;
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

/** The run-time twin of the compile error for legacy decorators (`Legacy` in task-check.ts). */
const LEGACY_DECORATORS =
  "@task: your tsconfig has experimentalDecorators on; @task is a TC39 standard decorator: remove experimentalDecorators (and emitDecoratorMetadata)";
const OPTION_NAMES = ["name", "timeoutSeconds", "retryMaxAttempts", "heartbeatTimeoutSeconds"] as const;
/** Task metadata by method function: decorators run before the class exists, so the method is the key. */
const metadataByMethod = new WeakMap<object, TaskMetadata>();

/**
 * Marks an `App` method as a task the framework runs (TC39 standard decorator). Usable bare (`@task`) or with
 * options (`@task({ timeoutSeconds: 30 })`). A task takes one `Input` and returns `Promise<Output>`, with no
 * `Secret` or resolved credential in either; anything else is a compile error at the decorator.
 *
 * @example
 * class MyApp extends App {
 *   @ task
 *   async connect(input: ConnectInput): Promise<ConnectOutput> {
 *     return { connected: input.table !== "" };
 *   }
 *
 *   @ task({ name: "sync-orders", timeoutSeconds: 300, retryMaxAttempts: 3 })
 *   async sync(input: SyncInput): Promise<SyncOutput> {
 *     return { rows: input.credential.name.length };
 *   }
 * }
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- task(options), then the signatures of TaskDecorator in order */
export function task(options?: TaskOptions): TaskDecorator;
export function task<Out extends object, In extends object = NoParameterInput>(
  method: (input: In) => Promise<Out>,
  context: ClassMethodDecoratorContext<App, any>,
): FieldsCheck<In, Out>;
export function task<This, Method extends (this: This, ...args: any) => any>(
  method: Method,
  context: ClassMethodDecoratorContext<This, Method>,
): TaskDecoratorResult<This, Method>;
export function task(target: object, propertyKey: string | symbol, descriptor: PropertyDescriptor): TaskSignatureError<Legacy>;
/* eslint-enable @typescript-eslint/no-explicit-any */
export function task(first?: unknown, second?: unknown, third?: unknown): unknown {
  // Called as a decorator (value, context) — also for fields, whose value is undefined — or as task(options).
  if (typeof first === "function" || second !== undefined) {
    record(first, second, third, {});
    return undefined;
  }
  const options = checkOptions(first);
  return (method: unknown, context: unknown, legacyDescriptor?: unknown) => {
    record(method, context, legacyDescriptor, options);
    return undefined;
  };
}

/**
 * The tasks `@task` recorded on an app class and its base classes, nearest class first.
 *
 * @example
 * for (const t of getTaskMetadata(MyApp)) console.log(t.name, t.timeoutSeconds);
 */
export function getTaskMetadata(appClass: abstract new (...args: never[]) => unknown): readonly TaskMetadata[] {
  if (typeof appClass !== "function") throw new TypeError("getTaskMetadata: expected an app class");
  const tasks: TaskMetadata[] = [];
  const seen = new Set<PropertyKey>();
  const first: unknown = appClass.prototype;
  for (let proto = first as object | null; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const key of Reflect.ownKeys(proto)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const value = Object.getOwnPropertyDescriptor(proto, key)?.value as unknown;
      const metadata = typeof value === "function" ? metadataByMethod.get(value) : undefined;
      if (metadata !== undefined) tasks.push(metadata);
    }
  }
  return Object.freeze(tasks);
}

function record(method: unknown, context: unknown, legacyDescriptor: unknown, options: TaskOptions): void {
  if ((typeof context === "string" || typeof context === "symbol") && typeof legacyDescriptor === "object") {
    throw new TypeError(LEGACY_DECORATORS);
  }
  const ctx = context as Partial<ClassMethodDecoratorContext> | undefined;
  if (typeof method !== "function" || typeof ctx !== "object" || ctx === null || ctx.kind !== "method") {
    throw new TypeError("@task decorates methods: write @task or @task({ ... }) directly above a class method");
  }
  if (ctx.static === true || ctx.private === true) {
    throw new TypeError(`@task: ${String(ctx.name)} must be a public instance method`);
  }
  if (typeof ctx.name !== "string") throw new TypeError("@task: a task method needs a string name");
  metadataByMethod.set(method, Object.freeze({ ...options, methodName: ctx.name, name: options.name ?? ctx.name }));
}

function checkOptions(options: unknown): TaskOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError("@task: options must be an object such as { timeoutSeconds: 30 }");
  }
  const record = options as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(OPTION_NAMES as readonly string[]).includes(key)) {
      throw new TypeError(`@task: unknown option "${key}" (known: ${OPTION_NAMES.join(", ")})`);
    }
  }
  const { name, timeoutSeconds, retryMaxAttempts, heartbeatTimeoutSeconds } = record;
  if (name !== undefined && (typeof name !== "string" || name.trim() === "")) {
    throw new TypeError("@task: name must be a non-empty string");
  }
  for (const [key, value] of [["timeoutSeconds", timeoutSeconds], ["heartbeatTimeoutSeconds", heartbeatTimeoutSeconds]] as const) {
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value) || value <= 0)) {
      throw new TypeError(`@task: ${key} must be a positive number of seconds`);
    }
  }
  if (retryMaxAttempts !== undefined && (!Number.isInteger(retryMaxAttempts) || (retryMaxAttempts as number) < 1)) {
    throw new TypeError("@task: retryMaxAttempts must be an integer of at least 1");
  }
  return { ...(record as TaskOptions) };
}
