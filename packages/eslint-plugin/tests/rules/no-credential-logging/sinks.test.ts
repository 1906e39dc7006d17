// Sinks: where a secret leaks. Loggers are recognised by how they are made and how they are named.
import rule from "../../../src/rules/no-credential-logging.js";
import { inTask, runInBothConfigs } from "../flow-cases.js";
import { leak } from "./sink-cases.js";

const consoleAndStreams = inTask(`    console.info("password", cred.password);
    console.assert(input.host !== "", "bad login", cred.password);
    console.table({ token: cred.password });
    process.stdout.write(\`session=\${cred.password}\\n\`);
    process.stderr.write(cred.password);`);
const appLoggers = inTask(`    this.context.logger.warn(cred.password);
    const log = this.context.logger;
    log.error({ password: cred.password });
    const child = logger.child({ user: cred.username });
    child.debug({ password: cred.password }, "auth");`);
const libraries = inTask(
  `    audit.info("auth", { secret: cred.password });
    debug("login %s", cred.password);
    const cat = log4js.getLogger("sync");
    cat.warn(cred.password);
    bunyanLog.info(cred.password);
    winston.info(cred.password);
    taskLogger("sync").info(cred.password);
    this.pageLog.debug(cred.password);`,
  `import * as winston from "winston";
import debugFactory from "debug";
import log4js from "log4js";
import bunyan from "bunyan";
const audit = winston.createLogger({ level: "info" });
const debug = debugFactory("sync").extend("db");
const bunyanLog = bunyan.createLogger({ name: "sync" });
function taskLogger(task: string) { return logger.child({ task }); }`,
);
const errors = inTask(`    try {
      await fetch(input.host);
    } catch (cause) {
      throw new Error(\`cannot connect as \${cred.username} with \${cred.password}\`, { cause });
    }
    if (!input.host) throw \`bad host for \${cred.password}\`;
    const problem = new ConnectionError(cred.password);
    throw problem;`, `class ConnectionError extends Error {}`);
const telemetry = inTask(
  `    const span = tracer.startSpan("sync");
    span.setAttribute("db.password", cred.password);
    span.addEvent("auth", { authorization: cred.toAuthHeader() });
    loginCounter.add(1, { password: cred.password });
    Sentry.setContext("db", { user: cred.username, auth: cred.toAuthHeader() });
    span.end();`,
  `import * as Sentry from "@sentry/node";
import { trace, metrics } from "@opentelemetry/api";
const tracer = trace.getTracer("sync");
const loginCounter = metrics.getMeter("sync").createCounter("logins");`,
);
const errorsAndTelemetry = inTask(
  `    span.setAttribute("db.password", cred.password);
    throw new Error(\`login failed for \${cred.password}\`);`,
  `import { trace } from "@opentelemetry/api";
const span = trace.getTracer("sync").startSpan("sync");`,
);
const extraSink = inTask(`    notifyOps(\`db password is \${cred.password}\`);`, `declare function notifyOps(message: string): void;`);

runInBothConfigs("no-credential-logging: sinks", rule, {
  valid: [
    {
      name: "passing a secret to a client, a connection or a header is what it is for",
      code: inTask(`    await fetch(input.host, { headers: { authorization: cred.toAuthHeader() } });
    const pool = new Pool({ user: cred.username, password: cred.password });
    dialog.info(cred.password);
    catalog.error(cred.password);
    element.setAttribute("data-user", cred.username);`, `declare class Pool { constructor(o: object) }
declare const dialog: { info(x: string): void };
declare const catalog: { error(x: string): void };
declare const element: { setAttribute(k: string, v: string): void };`),
    },
    {
      name: "error and telemetry sinks can be turned off",
      code: errorsAndTelemetry,
      options: [{ errorSinks: false, telemetrySinks: false }],
    },
    {
      name: "error sinks off",
      code: errors,
      options: [{ errorSinks: false }],
    },
    {
      name: "telemetry sinks off",
      code: telemetry,
      options: [{ telemetrySinks: false }],
    },
    {
      name: "a shadowed console is not the console",
      code: inTask(`    const console = { log(value: string) { return value.length; } };
    console.log(cred.password);`),
    },
  ],
  invalid: [
    {
      name: "console methods (assert's message) and process streams",
      code: consoleAndStreams,
      errors: [
        leak("logged", consoleAndStreams, "cred.password);\n    console.assert", "console.info"),
        leak("logged", consoleAndStreams, "cred.password);\n    console.table", "console.assert"),
        leak("logged", consoleAndStreams, "cred.password });", "console.table"),
        leak("logged", consoleAndStreams, "cred.password}\\n", "process.stdout.write"),
        leak("logged", consoleAndStreams, "cred.password);\n    return", "process.stderr.write"),
      ],
    },
    {
      name: "the context logger, an alias of it, and a child logger",
      code: appLoggers,
      errors: [
        leak("logged", appLoggers, "cred.password);\n    const log", "this.context.logger.warn"),
        leak("logged", appLoggers, "cred.password });\n    const child", "log.error"),
        leak("logged", appLoggers, "cred.password }, \"auth\"", "child.debug"),
      ],
    },
    {
      name: "winston, debug, log4js, bunyan instances from their imports, logger factories and logger fields",
      code: libraries,
      errors: [
        leak("logged", libraries, "cred.password });\n    debug", "audit.info"),
        leak("logged", libraries, "cred.password);\n    const cat", "debug"),
        leak("logged", libraries, "cred.password);\n    bunyanLog", "cat.warn"),
        leak("logged", libraries, "cred.password);\n    winston", "bunyanLog.info"),
        leak("logged", libraries, "cred.password);\n    taskLogger", "winston.info"),
        leak("logged", libraries, "cred.password);\n    this.pageLog", "taskLogger(…).info"),
        leak("logged", libraries, "cred.password);\n    return", "this.pageLog.debug"),
      ],
    },
    {
      name: "error constructors and thrown strings",
      code: errors,
      errors: [
        leak("inError", errors, "cred.password}`, { cause }", "new Error"),
        leak("inError", errors, "cred.password}`;", "throw"),
        leak("inError", errors, "cred.password);\n    throw problem", "new ConnectionError"),
      ],
    },
    {
      name: "span attributes, events, metric attributes and error-tracker context",
      code: telemetry,
      errors: [
        leak("inTelemetry", telemetry, "cred.password);\n    span.addEvent", "span.setAttribute"),
        leak("inTelemetry", telemetry, "cred.toAuthHeader() });\n    loginCounter", "span.addEvent", "cred.toAuthHeader(…)"),
        leak("inTelemetry", telemetry, "cred.password });", "loginCounter.add"),
        leak("inTelemetry", telemetry, "cred.toAuthHeader() });\n    span.end", "Sentry.setContext", "cred.toAuthHeader(…)"),
      ],
    },
    {
      name: "turning error sinks off leaves telemetry reported",
      code: errorsAndTelemetry,
      options: [{ errorSinks: false }],
      errors: [leak("inTelemetry", errorsAndTelemetry, "cred.password);", "span.setAttribute")],
    },
    {
      name: "turning telemetry sinks off leaves errors reported",
      code: errorsAndTelemetry,
      options: [{ telemetrySinks: false }],
      errors: [leak("inError", errorsAndTelemetry, "cred.password}`", "new Error")],
    },
    {
      name: "an extra sink from the options",
      code: extraSink,
      options: [{ sinks: ["notifyOps"] }],
      errors: [leak("logged", extraSink, "cred.password}", "notifyOps")],
    },
  ],
});
