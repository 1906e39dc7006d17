/**
 * Logging libraries as the origin tracker sees them: which imports are loggers or make loggers, which methods write
 * a line, and which arguments become part of every line (child bindings, default metadata). Names of roles are
 * checked by the compiler: a misspelt role in a table does not compile.
 */
import { each, type ModuleSpec, type RoleSpec } from "./origins/role-spec.js";

/** Roles of values that come from logging libraries. */
export type LoggerRole =
  | "logger"
  | "logMethod"
  | "loggerFactory"
  | "configuredLoggerFactory"
  | "fieldsLoggerFactory"
  | "childLoggerFactory"
  | "callableLogger"
  | "callableLoggerFactory"
  | "callableChildFactory"
  | "pinoModule"
  | "winstonModule"
  | "loggerRegistry"
  | "bunyanModule"
  | "log4jsModule"
  | "consolaModule"
  | "signaleModule"
  | "roarrModule"
  | "nestModule"
  | "nestLogger"
  | "classModule"
  | "nodeConsoleModule";

/**
 * Level methods that loggers of most libraries share (pino, winston, bunyan, log4js, loglevel, npmlog, roarr, Nest,
 * tslog). The name-based fallback uses these alone: on a receiver known only by its name, `start()` or `write()`
 * says nothing about logging.
 */
export const LEVEL_METHODS: ReadonlySet<string> = new Set([
  "trace",
  "debug",
  "info",
  "warn",
  "warning",
  "error",
  "fatal",
  "log",
  "verbose",
  "silly",
  "notice",
  "critical",
  "crit",
  "alert",
  "emerg",
  "emergency",
  "http",
  "success",
  "fail",
]);

/** Every method that writes a log line on a logger whose library is known: the levels, and consola's and signale's own. */
export const LOG_METHODS: ReadonlySet<string> = new Set([
  ...LEVEL_METHODS,
  "start",
  "ready",
  "box",
  "pending",
  "note",
  "fav",
  "star",
  "complete",
  "await",
  "watch",
  "pause",
  "mark",
  "write",
]);

/** Methods of a logger that make a logger writing their arguments on every line (bindings, a tag, a scope). */
const CHILD_METHODS = ["child", "getSubLogger", "createChild", "scope", "withTag", "tag", "getLogger", "withScope", "withContext"] as const;

/** The roles of values from logging libraries. */
export const LOGGER_ROLES = {
  logger: { members: { ...each(LOG_METHODS, "logMethod"), ...each(CHILD_METHODS, "childLoggerFactory"), create: "configuredLoggerFactory" } },
  logMethod: { leaks: { kind: "log" } },
  /** Makes a logger; its options say nothing that is logged (`log4js.getLogger()` with no category). */
  loggerFactory: { call: "logger", construct: "logger" },
  /** Makes a logger whose `defaultMeta` (winston) or `base` (pino) bindings are written on every line. */
  configuredLoggerFactory: { call: "logger", construct: "logger", leaks: { kind: "log", fields: ["defaultMeta", "base"] } },
  /** bunyan's `createLogger({ name, ...fields })`: every field is written on every line. */
  fieldsLoggerFactory: { call: "logger", construct: "logger", leaks: { kind: "log" } },
  /** `logger.child(bindings)`: the bindings are written on every line of the child. */
  childLoggerFactory: { call: "logger", leaks: { kind: "log" } },
  /** A `debug` instance: calling it writes a line. */
  callableLogger: { leaks: { kind: "log" }, members: { extend: "callableChildFactory", log: "logMethod" } },
  /** The `debug` module: `debug("ns")` makes a callable logger. */
  callableLoggerFactory: { call: "callableLogger", leaks: { kind: "log" } },
  callableChildFactory: { call: "callableLogger", leaks: { kind: "log" } },
  pinoModule: { extends: "configuredLoggerFactory", members: { pino: "configuredLoggerFactory", default: "configuredLoggerFactory" } },
  /** winston's module is its default logger too (`winston.info`). */
  winstonModule: {
    extends: "logger",
    members: { createLogger: "configuredLoggerFactory", loggers: "loggerRegistry", Container: "loggerRegistry", Logger: "loggerFactory", default: "winstonModule" },
  },
  /** `winston.loggers` / a `Container`: `get(id, options)` and `add(id, options)` hand out configured loggers. */
  loggerRegistry: { construct: "loggerRegistry", members: { get: "configuredLoggerFactory", add: "configuredLoggerFactory" } },
  bunyanModule: { construct: "logger", call: "logger", members: { createLogger: "fieldsLoggerFactory", default: "bunyanModule" } },
  log4jsModule: { members: { getLogger: "childLoggerFactory", default: "log4jsModule" } },
  consolaModule: { members: { consola: "logger", createConsola: "configuredLoggerFactory", default: "logger" } },
  /** signale's default export is a logger that also carries its class. */
  signaleModule: { extends: "logger", members: { Signale: "loggerFactory", default: "signaleModule" } },
  roarrModule: { members: { Roarr: "logger", default: "logger" } },
  nestModule: { members: { Logger: "nestLogger", ConsoleLogger: "nestLogger" } },
  /** Nest's `Logger`: `new Logger(context)` makes one, and its static methods log too. */
  nestLogger: { extends: "logger", construct: "logger" },
  /** A module whose `Logger` class makes loggers (tslog). */
  classModule: { members: { Logger: "loggerFactory", default: "loggerFactory" } },
  nodeConsoleModule: { extends: "logger", members: { Console: "loggerFactory" } },
} as const satisfies Record<LoggerRole, RoleSpec<LoggerRole>>;

/** Logging modules by name. */
export const LOGGER_MODULES = {
  pino: { namespace: "pinoModule" },
  winston: { namespace: "winstonModule" },
  bunyan: { namespace: "bunyanModule" },
  log4js: { namespace: "log4jsModule" },
  loglevel: { namespace: "logger" },
  debug: { namespace: "callableLoggerFactory" },
  consola: { namespace: "consolaModule", default: "logger", require: "consolaModule" },
  signale: { namespace: "signaleModule" },
  npmlog: { namespace: "logger" },
  roarr: { namespace: "roarrModule" },
  "@nestjs/common": { namespace: "nestModule" },
  tslog: { namespace: "classModule" },
  "electron-log": { namespace: "logger" },
  "node:console": { namespace: "nodeConsoleModule" },
  console: { namespace: "nodeConsoleModule" },
} as const satisfies Record<string, ModuleSpec<LoggerRole>>;

/**
 * Types that logging packages declare for their loggers, by package: with type information (or a parameter annotated
 * with one), a value of such a type is a logger whatever it is called and wherever it was made.
 */
export const LOGGER_TYPES = {
  pino: { Logger: "logger", BaseLogger: "logger" },
  winston: { Logger: "logger" },
  bunyan: { Logger: "logger", default: "logger" },
  log4js: { Logger: "logger" },
  loglevel: { Logger: "logger", RootLogger: "logger" },
  debug: { Debugger: "callableLogger" },
  consola: { ConsolaInstance: "logger", Consola: "logger" },
  signale: { Signale: "logger" },
  npmlog: { Logger: "logger" },
  roarr: { Logger: "logger" },
  "@nestjs/common": { Logger: "nestLogger", LoggerService: "logger", ConsoleLogger: "logger" },
  tslog: { Logger: "logger" },
  "electron-log": { Logger: "logger", LogFunctions: "logger", MainLogger: "logger" },
} as const satisfies Record<string, Record<string, LoggerRole>>;
