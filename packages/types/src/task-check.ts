import type { App } from "./app.js";
import type { CredentialRef } from "./credential-ref.js";
import type { Input, Output } from "./io.js";
import type { IsSecret, SecretBrand, SecretKeys } from "./secret.js";

/*
 * What the `@task` decorator's types check, and the messages it reports. Each message is named once, here.
 *
 * A valid task is matched by assignability alone (the first signature of `TaskDecorator`) and a check
 * of its field types: that costs the compiler a handful of steps per task. Only a method that fails them reaches
 * `SecretFieldCheck` or `TaskCheck`, whose conditional types say what is wrong.
 */

/**
 * The compile error a `@task` with the wrong shape reports; `Message` says what is wrong.
 *
 * @example
 * // @ task async run(a: string, b: string) {...}
 * // error TS1270: Decorator function return type
 * //   'TaskSignatureError<"@task: a task takes exactly one parameter, its Input">' is not assignable ...
 */
export interface TaskSignatureError<Message extends string> {
  readonly "@task error": Message;
}

/*
 * The messages of the `@task` check. They are string types (not error types) so the compiler prints the text
 * itself, `TaskSignatureError<"@task: ...">`, rather than the name of an alias.
 */
/** @internal */
export type OneParameter = "@task: a task takes exactly one parameter, its Input";
type NotAnInput = "@task: a task's parameter must be an Input (an object extending Input)";
type NotAnOutput = "@task: a task must return Promise<Output> (an object extending Output)";
type NotInAnApp = "@task: decorate a method of a class extending App";
type SecretInOutput<Field extends string> =
  `@task: Output field '${Field}' holds a Secret or resolved credential; outputs are persisted, return non-secret data`;
type SecretInInput<Field extends string> =
  `@task: Input field '${Field}' holds a Secret or resolved credential; declare a ref (e.g. basicRef("name")) instead`;
/** @internal */
export type Legacy =
  "@task: your tsconfig has experimentalDecorators on; @task is a TC39 standard decorator: remove experimentalDecorators (and emitDecoratorMetadata)";

/**
 * `void` when `Method` is a valid task (one `Input` parameter, returns `Promise<Output>`, no secret in either),
 * otherwise a `TaskSignatureError` naming the problem. The `@task` decorator reports it at the decorator for a
 * method that does not match the valid shape.
 *
 * @example
 * type Ok = TaskCheck<(input: ConnectInput) => Promise<ConnectOutput>>;   // void
 * type Bad = TaskCheck<(a: string) => Promise<ConnectOutput>>;            // TaskSignatureError<"@task: a task's parameter must be an Input ...">
 */
export type TaskCheck<Method> =
  Method extends (input: infer In) => Promise<infer Out>
    ? Method extends () => unknown
      ? TaskSignatureError<OneParameter>
      : In extends Input & object
        ? Out extends Output & object
          ? SecretFieldCheck<In, Out>
          : TaskSignatureError<NotAnOutput>
        : TaskSignatureError<NotAnInput>
    : Method extends (...args: infer Params) => unknown
      ? Params extends [unknown]
        ? TaskSignatureError<NotAnOutput>
        : TaskSignatureError<OneParameter>
      : never;

/** Brand of `NoParameterInput`; no real Input has it. */
declare const NoParameterMark: unique symbol;

/**
 * @internal What the valid-task signature infers as the Input of a method that takes no parameter (the type
 * parameter's default). Its one field carries the secret brand, so `FieldsCheck` sends such a method to
 * `SecretFieldCheck`, which names the real problem. A separate signature for it would cost every task a failed
 * overload check.
 */
export interface NoParameterInput extends Input {
  readonly [NoParameterMark]: { readonly [SecretBrand]: "no parameter" };
}

/**
 * @internal `void`, or the message naming what is wrong: no parameter, or the Output (first) or Input field
 * that holds a secret. Exact, and dearer than `FieldsCheck`: evaluated only for a task whose fields
 * `FieldsCheck` could not clear.
 */
export type SecretFieldCheck<In, Out> =
  In extends NoParameterInput
    ? TaskSignatureError<OneParameter>
    : true extends IsSecret<Out[keyof Out]>
      ? TaskSignatureError<SecretInOutput<SecretKeys<Out> & string>>
      : true extends IsSecret<In[keyof In]>
        ? TaskSignatureError<SecretInInput<SecretKeys<In> & string>>
        : void;

/**
 * A value that is certainly not secret: no brand, and not an array (an array is judged by its elements).
 * `Symbol.unscopables` is what sets arrays apart from every other object here.
 */
interface NotBranded {
  readonly [SecretBrand]?: never;
  readonly [Symbol.unscopables]?: never;
  valueOf(): unknown;
}
/*
 * A ref is named first: every ref type is a new instantiation of `CredentialRef` (its literal name is part of it),
 * and comparing one with `CredentialRef` goes by its type arguments, where comparing it with `NotBranded` would
 * build its members first.
 */
type NotSecret = CredentialRef | NotBranded | null | undefined | readonly NotSecret[];

/**
 * @internal `void` when no field of the task's Input or Output can hold a secret: an assignability check per
 * side, the Output's first. The union of an Output's field types is often the same from task to task (strings,
 * numbers, booleans), so its check is cached; an Input's holds its refs, new types each. Anything it cannot
 * clear (a secret, but also an `unknown` field) goes to the exact `SecretFieldCheck`.
 */
export type FieldsCheck<In, Out> = Out[keyof Out] extends NotSecret
  ? In[keyof In] extends NotSecret
    ? void
    : SecretFieldCheck<In, Out>
  : SecretFieldCheck<In, Out>;

/** @internal the result of the decorator for a method that matches no valid shape. */
export type TaskDecoratorResult<This, Method> = This extends App ? TaskCheck<Method> : TaskSignatureError<NotInAnApp>;
