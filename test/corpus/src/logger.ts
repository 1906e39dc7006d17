// Shared logging setup for the connectors. Structured JSON in production, pretty output locally.
import pino from "pino";

const level = process.env.LOG_LEVEL ?? "info";

export const log = pino({
  level,
  redact: { paths: ["*.password", "*.token", "headers.authorization"], censor: "[redacted]" },
  base: { service: "connector-runtime" },
});

export function childLogger(component: string) {
  return log.child({ component });
}

export interface Timer {
  done(extra?: Record<string, unknown>): void;
}

export function startTimer(op: string): Timer {
  const started = Date.now();
  return {
    done(extra = {}) {
      log.info({ op, ms: Date.now() - started, ...extra }, "operation finished");
    },
  };
}

export function logConfigSummary(config: { host: string; port: number; database: string; user: string }) {
  log.info(`connecting to ${config.host}:${config.port}/${config.database} as ${config.user}`);
}
