/**
 * The vocabulary of the API tables (`model/loggers.ts`, `model/telemetry.ts`): what a value that comes from a logging
 * or telemetry library *is* (its role), what its members, calls and `new` give, and which calls send their arguments
 * to a backend. The origin tracker (`model/origins/tracker.ts`) follows a value from a module's entry points through
 * these roles, so a logger is recognised by where it comes from, not by what it is called.
 */

/** What kind of backend a leaking call writes to: a log line, or telemetry (spans, metrics, error trackers). */
export type LeakKind = "log" | "telemetry";

/** Which arguments of a call reach the backend. */
export interface Leak {
  readonly kind: LeakKind;
  /** Arguments from this index on leak (`counter.add(1, attributes)` leaks from 1). Default 0. */
  readonly fromArgument?: number;
  /**
   * Only these properties of object-literal arguments leak (`createLogger({ defaultMeta })`, `startSpan(name, {
   * attributes })`): the other options configure the library and may rightly hold a secret (a transport's password).
   */
  readonly fields?: readonly string[];
}

/**
 * One role: what the value does when called, constructed or read from.
 *
 * @typeParam R the role names of the table, so a misspelt role does not compile.
 */
export interface RoleSpec<R extends string> {
  /** Another role whose members and behaviour this one has too (a module that is also a logger: `winston.info`). */
  readonly extends?: R;
  /** What calling the value returns (`pino()` gives a logger). */
  readonly call?: R;
  /** What `new` on the value gives (`new Logger("payments")` of Nest). */
  readonly construct?: R;
  /** Its properties; a method is a property whose role says what calling it does. */
  readonly members?: Readonly<Record<string, R>>;
  /** Calling the value sends (some of) its arguments to a log or telemetry backend. */
  readonly leaks?: Leak;
  /** A function passed to a call of the value gets this as its first parameter (`startActiveSpan(name, (span) => …)`). */
  readonly callbackParameter?: R;
}

/** How a module's imports map to roles. */
export interface ModuleSpec<R extends string> {
  /** `import * as m from "…"`; named imports are its members. */
  readonly namespace: R;
  /** `import m from "…"`. Default: the namespace. */
  readonly default?: R;
  /** `require("…")`. Default: the default import. */
  readonly require?: R;
}

/** Gives each of `names` the role `role`: the level methods of a logger, the recording methods of a span. */
export function each<R extends string>(names: Iterable<string>, role: R): Record<string, R> {
  const members: Record<string, R> = {};
  for (const name of names) members[name] = role;
  return members;
}
