import type { LeakForm } from "./secrets.js";

/**
 * One provided secret found where it must not be. Holds where it came from and where it went, never the value.
 *
 * @example
 * // { ref: "warehouse-db", field: "password", place: "logger.info call 2", path: ".details[0].password", form: "raw" }
 */
export interface Leak {
  /** The ref's name, or the secret's name for a secret given with `secret(name, value)`. */
  readonly ref: string;
  /** The credential field that leaked; undefined for a named secret or a whole credential object. */
  readonly field: string | undefined;
  /**
   * Where: `logger.info call 2`, `console.log call 1`, `process.stdout.write call 1` (calls counted per run and
   * method), `appState "cursor"`, or a path into the task's `output` (`output.debug.token`), into the `error` it
   * threw (`error.cause.message`) or into its `input` when the task wrote a secret there (`input.note`).
   */
  readonly place: string;
  /** For a log call or an app-state value, the path inside it (`arguments[1].password`); otherwise `""`. */
  readonly path: string;
  /** How the secret appeared: raw, URL-encoded, base64, `user:password` in base64, a whole credential object... */
  readonly form: LeakForm;
  /** The run it happened in, `App.method`; undefined for output made outside every run (a handler called directly). */
  readonly run: string | undefined;
}

/** One line naming a leak without its value. */
export function describeLeak(leak: Leak): string {
  const what = leak.field === undefined ? `'${leak.ref}'` : `'${leak.ref}' field '${leak.field}'`;
  const form = leak.form === "raw" ? "" : ` (${leak.form})`;
  return `${what} in ${leak.place}${leak.path === "" ? "" : ` at ${leak.path}`}${form}`;
}

/**
 * Thrown by `run` when a provided secret reached a log, the console, an error the task threw, its output or app
 * state. The message names each leak by ref, field and place (`logger.info call 2`, `output.debug.token`,
 * `appState "cursor"`) and never holds a secret; the task's own error, if any, is not attached, since it may.
 *
 * @example
 * await expect(runtime.run(app, "connect", input)).rejects.toThrow(SecretLeakError);
 * // SecretLeakError: WarehouseApp.connect leaked 1 secret: 'warehouse-db' field 'password' in logger.info call 2
 */
export class SecretLeakError extends Error {
  /** Every leak found, in the order they happened. */
  readonly leaks: readonly Leak[];

  constructor(run: string, leaks: readonly Leak[]) {
    const shown = leaks.slice(0, 5).map(describeLeak);
    const more = leaks.length > shown.length ? `; and ${leaks.length - shown.length} more (see .leaks)` : "";
    super(`${run} leaked ${leaks.length === 1 ? "a secret" : `${leaks.length} secrets`}: ${shown.join("; ")}${more}`);
    this.name = "SecretLeakError";
    this.leaks = Object.freeze([...leaks]);
  }
}
