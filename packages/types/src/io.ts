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
