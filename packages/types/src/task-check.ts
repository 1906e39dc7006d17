import type { Input, Output } from "./io.js";
import type { IsSecret, SecretKeys } from "./secret.js";

/**
 * The compile error a `@task` with the wrong shape reports; `Message` says what is wrong.
 *
 * @example
 * // @task async run(a: string, b: string) {...}
 * // error TS1270: Decorator function return type
 * //   'TaskSignatureError<"@task: a task takes exactly one parameter, its Input">' is not assignable ...
 */
export interface TaskSignatureError<Message extends string> {
  readonly "@task error": Message;
}

/**
 * `void` when `Method` is a valid task (one `Input` parameter, returns `Promise<Output>`, no secret in either),
 * otherwise a `TaskSignatureError` naming the problem. It is the return type of the `@task` decorator, so the
 * compiler reports the message at the decorator.
 *
 * @example
 * type Ok = TaskCheck<(input: ConnectInput) => Promise<ConnectOutput>>;   // void
 */
export type TaskCheck<Method> =
  // Fast path first: the compiler evaluates this once per task, so a valid task must cost a handful of steps.
  Method extends (input: infer In) => Promise<infer Out>
    ? Method extends () => unknown
      ? TaskSignatureError<"@task: a task takes exactly one parameter, its Input">
      : In extends Input & object
        ? Out extends Output & object
          ? true extends IsSecret<Out[keyof Out]>
            ? TaskSignatureError<`@task: Output field '${SecretKeys<Out> & string}' holds a Secret or resolved credential; outputs are persisted, return non-secret data`>
            : true extends IsSecret<In[keyof In]>
              ? TaskSignatureError<`@task: Input field '${SecretKeys<In> & string}' holds a Secret or resolved credential; declare a ref (e.g. basicRef("name")) instead`>
              : void
          : TaskSignatureError<"@task: a task must return Promise<Output> (an object extending Output)">
        : TaskSignatureError<"@task: a task's parameter must be an Input (an object extending Input)">
    : Method extends (...args: infer Params) => unknown
      ? Params extends [unknown]
        ? TaskSignatureError<"@task: a task must return Promise<Output> (an object extending Output)">
        : TaskSignatureError<"@task: a task takes exactly one parameter, its Input">
      : never;
