// Sinks by origin: loggers, spans, instruments and error trackers under names no list knows, reached through
// imports, another file of the project, re-exports, aliases, destructuring, factories, class fields and callbacks.
import path from "node:path";
import rule from "../../../src/rules/no-credential-logging.js";
import { typedFixtureDir, typedRuleTester } from "../../rule-tester.js";
import { error, inTask, runInBothConfigs } from "../flow-cases.js";
import { leak } from "./sink-cases.js";

/** Cases that import the fixture's project logging module are linted as a file next to it, in both configs. */
const filename = path.join(typedFixtureDir, "file.ts");

const projectModule = inTask(
  `    trail.info("login", { secret: cred.password });
    payments.warn(cred.password);
    root.error(cred.password);
    logging.audit.error(cred.password);`,
  `import { auditTrail as trail, payments } from "./app-logging-index.js";
import root from "./app-logging.js";
import * as logging from "./app-logging.js";`,
);

const libraryLoggers = inTask(
  `    out.info(cred.password);
    category.warn(cred.password);
    trace("connecting with %s", cred.password);
    lv.getLogger("db").info(cred.password);
    tagged.success(cred.password);
    reporter.pending(cred.password);
    npmlog.http("db", cred.password);
    Roarr.info(cred.password);
    Logger.warn(cred.password);
    new Logger("sync").verbose(cred.password);
    sentinel.info(cred.password);`,
  `import bunyan from "bunyan";
import { getLogger } from "log4js";
import createDebug from "debug";
import lv from "loglevel";
import { consola } from "consola";
import { Signale } from "signale";
import npmlog from "npmlog";
import { Roarr } from "roarr";
import { Logger } from "@nestjs/common";
const makeSentinel = require("pino");
const out = bunyan.createLogger({ name: "sync" });
const category = getLogger();
const trace = createDebug("sync:db");
const tagged = consola.withTag("db");
const reporter = new Signale();
const sentinel = makeSentinel();`,
);

const bindings = inTask(
  `    const scoped = sink.child({ password: cred.password });
    scoped.info("connected");
    const billing = winston.createLogger({ level: "info", defaultMeta: { token: cred.password } });
    billing.info("ready");
    Roarr.child({ token: cred.password }).info("ready");
    const quiet = winston.createLogger({ transports: [new Http({ auth: { password: cred.password } })] });
    quiet.info("ready");`,
  `import makePino from "pino";
import winston from "winston";
import { Roarr } from "roarr";
declare class Http { constructor(options: object) }
const sink = makePino();`,
);

const aliases = inTask(
  `    const { logger: out } = this.context;
    out.info(cred.password);
    const { createLogger: build } = winston;
    const reg = build({});
    reg.warn(cred.password);
    const report = reg.error.bind(reg);
    report(cred.password);
    let late;
    late = winston.loggers.get("billing");
    late.info(cred.password);`,
  `import winston from "winston";`,
);

const eitherOr = inTask(`    const out = input.verbose ? makePino() : { info: (message: string) => message.length };
    out.info(cred.password);
    let sink = { warn: (message: string) => message.length };
    if (input.verbose) sink = makePino();
    sink.warn(cred.password);`, `import makePino from "pino";`);

const telemetry = inTask(
  `    payoutsReconciled.add(1, { secret: cred.password });
    latency.record(12, { auth: cred.password });
    await tracer.startActiveSpan("sync", async (current) => {
      current.setAttribute("db", cred.password);
      current.end();
    });
    tracing.getActiveSpan()?.addEvent("auth", { auth: cred.password });
    const work = tracer.startSpan("load", { attributes: { auth: cred.password } });
    work.end();
    errors.captureMessage(cred.password);
    errors.withScope((bag) => bag.setExtra("auth", cred.password));
    Bugsnag.leaveBreadcrumb("login", { auth: cred.password });`,
  `import { trace as tracing, metrics } from "@opentelemetry/api";
import * as errors from "@sentry/node";
import Bugsnag from "@bugsnag/js";
const meter = metrics.getMeter("billing");
const payoutsReconciled = meter.createCounter("payouts");
const latency = meter.createHistogram("latency");
const tracer = tracing.getTracer("sync");`,
);

const projectTelemetry = inTask(
  `    const reconciled = instruments.createCounter("reconciled");
    reconciled.add(1, { auth: cred.password });
    tracing.startActiveSpan("sync", (current) => current.setAttributes({ auth: cred.password }));`,
  `import { instruments, tracing } from "./app-logging.js";`,
);

const classFields = `import { App, Input, Output, task, basicRef } from "@credref/types";
import { Logger } from "@nestjs/common";
import type { Span } from "@opentelemetry/api";
import winston from "winston";

class SyncInput extends Input {
  credential = basicRef("warehouse-db");
}

export class SyncApp extends App {
  private readonly out = new Logger(SyncApp.name);
  private readonly trail;

  constructor(private readonly current: Span) {
    super();
    this.trail = winston.createLogger({});
  }

  @task
  async sync(input: SyncInput): Promise<Output> {
    const cred = await this.context.resolveCredential(input.credential);
    this.out.log(cred.password);
    this.trail.warn(cred.password);
    this.current.setAttribute("db", cred.password);
    return new Output();
  }
}
`;

runInBothConfigs("no-credential-logging: sinks by origin", rule, {
  valid: [
    {
      name: "a ref, a username and a non-secret value reach loggers from the project's logging module",
      code: inTask(
        `    trail.info("using", input.credential);
    payments.info("user", cred.username);
    trail.warn("host", input.host);`,
        `import { auditTrail as trail, payments } from "./app-logging-index.js";`,
      ),
      filename,
    },
    {
      name: "an object that is not a logger may have info() and error() methods",
      code: inTask(
        `    toast.info(cred.password);
    form.error(cred.password);
    cache.record(1, cred.password);`,
        `const toast = { info(message: string) { return message.length; } };
declare const form: { error(message: string): void };
declare const cache: { record(n: number, value: string): void };`,
      ),
    },
    {
      name: "a logger's transport options and a span's end are not sinks",
      code: inTask(
        `    const quiet = winston.createLogger({ transports: [new Http({ auth: { password: cred.password } })] });
    quiet.info("ready");
    const work = tracer.startSpan("load");
    work.end();`,
        `import winston from "winston";
import { trace } from "@opentelemetry/api";
declare class Http { constructor(options: object) }
const tracer = trace.getTracer("sync");`,
      ),
    },
    {
      name: "telemetry turned off silences counters, spans and error trackers found by origin",
      code: telemetry,
      options: [{ telemetrySinks: false }],
    },
  ],
  invalid: [
    {
      name: "loggers of the project's logging module: re-exported under another name, a factory wrapper's, a default export, a namespace",
      code: projectModule,
      filename,
      errors: [
        leak("logged", projectModule, "cred.password });\n    payments", "trail.info"),
        leak("logged", projectModule, "cred.password);\n    root", "payments.warn"),
        leak("logged", projectModule, "cred.password);\n    logging", "root.error"),
        leak("logged", projectModule, "cred.password);\n    return", "logging.audit.error"),
      ],
    },
    {
      name: "bunyan, log4js, debug, loglevel, consola, signale, npmlog, roarr, Nest and a required pino under unseen names",
      code: libraryLoggers,
      errors: [
        leak("logged", libraryLoggers, "cred.password);\n    category", "out.info"),
        leak("logged", libraryLoggers, "cred.password);\n    trace", "category.warn"),
        leak("logged", libraryLoggers, "cred.password);\n    lv", "trace"),
        leak("logged", libraryLoggers, "cred.password);\n    tagged", "lv.getLogger(…).info"),
        leak("logged", libraryLoggers, "cred.password);\n    reporter", "tagged.success"),
        leak("logged", libraryLoggers, "cred.password);\n    npmlog", "reporter.pending"),
        leak("logged", libraryLoggers, "cred.password);\n    Roarr", "npmlog.http"),
        leak("logged", libraryLoggers, "cred.password);\n    Logger.warn", "Roarr.info"),
        leak("logged", libraryLoggers, "cred.password);\n    new Logger", "Logger.warn"),
        leak("logged", libraryLoggers, "cred.password);\n    sentinel", "new Logger(…).verbose"),
        leak("logged", libraryLoggers, "cred.password);\n    return", "sentinel.info"),
      ],
    },
    {
      name: "child-logger bindings and default metadata are written on every line",
      code: bindings,
      errors: [
        leak("logged", bindings, "cred.password });\n    scoped", "sink.child"),
        leak("logged", bindings, "cred.password } });\n    billing", "winston.createLogger"),
        leak("logged", bindings, "cred.password }).info", "Roarr.child"),
      ],
    },
    {
      name: "the context's logger destructured, a destructured factory, a bound method and a logger assigned later",
      code: aliases,
      errors: [
        leak("logged", aliases, "cred.password);\n    const { createLogger", "out.info"),
        leak("logged", aliases, "cred.password);\n    const report", "reg.warn"),
        leak("logged", aliases, "cred.password);\n    let late", "report"),
        leak("logged", aliases, "cred.password);\n    return", "late.info"),
      ],
    },
    {
      name: "a logger on one branch and a plain object on the other, or assigned over one",
      code: eitherOr,
      errors: [leak("logged", eitherOr, "cred.password);\n    let sink", "out.info"), leak("logged", eitherOr, "cred.password);\n    return", "sink.warn")],
    },
    {
      name: "a counter and a histogram from a meter, spans from startActiveSpan, getActiveSpan and startSpan, error trackers",
      code: telemetry,
      errors: [
        leak("inTelemetry", telemetry, "cred.password });\n    latency", "payoutsReconciled.add"),
        leak("inTelemetry", telemetry, "cred.password });\n    await", "latency.record"),
        leak("inTelemetry", telemetry, "cred.password);\n      current.end", "current.setAttribute"),
        leak("inTelemetry", telemetry, "cred.password });\n    const work", "tracing.getActiveSpan(…)?.addEvent"),
        leak("inTelemetry", telemetry, "cred.password } });", "tracer.startSpan"),
        leak("inTelemetry", telemetry, "cred.password);\n    errors.withScope", "errors.captureMessage"),
        leak("inTelemetry", telemetry, "cred.password));", "bag.setExtra"),
        leak("inTelemetry", telemetry, "cred.password });\n    return", "Bugsnag.leaveBreadcrumb"),
      ],
    },
    {
      name: "a meter and a tracer exported by the project's telemetry module",
      code: projectTelemetry,
      filename,
      errors: [
        leak("inTelemetry", projectTelemetry, "cred.password });\n    tracing", "reconciled.add"),
        leak("inTelemetry", projectTelemetry, "cred.password }));", "current.setAttributes"),
      ],
    },
    {
      name: "class fields: a Nest logger, a logger assigned in the constructor, a span parameter property",
      code: classFields,
      errors: [
        error("logged", classFields, "cred.password);\n    this.trail", { data: { what: "cred.password", from: "from resolveCredential at line 21", sink: "this.out.log" } }),
        error("logged", classFields, "cred.password);\n    this.current", { data: { what: "cred.password", from: "from resolveCredential at line 21", sink: "this.trail.warn" } }),
        error("inTelemetry", classFields, "cred.password);\n    return", {
          data: { what: "cred.password", from: "from resolveCredential at line 21", sink: "this.current.setAttribute" },
        }),
      ],
    },
  ],
});

// Only the receiver's type shows that a logger reached through a computed key is a winston logger (without types
// it is a known miss, pinned in known-limitations.test.ts).
const byTypeOnly = inTask(`    byTeam[input.host].warn(cred.password);`, `import { byTeam } from "./app-logging.js";`);

// Two classes with a field of the same name: each field's type is looked up once per class, not once per name.
const sameFieldName = `import type { Secret } from "@credref/types";
import { byTeam } from "./app-logging.js";
export class Tags {
  private readonly out = new Set<string>();
  keep(token: Secret<string>): void { this.out.add(token); }
}
export class Payments {
  private readonly out = byTeam["payments"];
  fail(key: Secret<string>): void { this.out.warn(key); }
}
`;

typedRuleTester().run("no-credential-logging: sinks by the declaring package of their type (typed)", rule, {
  valid: [],
  invalid: [
    {
      name: "fields of the same name in two classes, a Set and a winston logger",
      code: sameFieldName,
      filename,
      errors: [error("logged", sameFieldName, "key);", { data: { what: "key", from: "declared as Secret at line 9", sink: "this.out.warn" } })],
    },
    {
      name: "a winston logger reached through a computed key of a record typed Logger",
      code: byTypeOnly,
      filename,
      errors: [leak("logged", byTypeOnly, "cred.password);", "byTeam[…].warn")],
    },
  ],
});
