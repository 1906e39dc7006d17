/*
 * Output capture during a run. `console` and `process.stdout` / `process.stderr` are patched from the first run on;
 * each call is attributed to the run whose async context made it (AsyncLocalStorage), so runs of
 * concurrent tests do not see each other's output, and output from outside every run passes through untouched.
 * Output a run makes is kept (redacted) in the runtime's logs and never printed: it may hold the secret.
 */
import { AsyncLocalStorage } from "node:async_hooks";

/** Where a captured record came from. */
export type LogSource = "logger" | "console" | "process.stdout" | "process.stderr";

/** Receives the output of the run it belongs to. */
export interface CaptureSink {
  /** Records one call; `method` is e.g. `info` for the logger or `log` for console, `write` for a stream. */
  capture(source: LogSource, method: string, args: readonly unknown[]): void;
}

const storage = new AsyncLocalStorage<CaptureSink>();

/** The console methods that print their arguments. */
const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug", "trace", "dir", "dirxml", "table", "group", "groupCollapsed", "assert"] as const;

/** Consoles and streams already patched. Patches stay: output a run's async work makes after the run ended is
 * still that run's output, and must not reach the terminal. Output of no run passes through unchanged. */
const patched = new WeakSet<object>();

function patchConsole(target: Console): void {
  if (patched.has(target)) return;
  patched.add(target);
  for (const method of CONSOLE_METHODS) {
    const original = Reflect.get(target, method) as unknown;
    if (typeof original !== "function") continue;
    (target as unknown as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]): void {
      const sink = storage.getStore();
      if (sink === undefined) return Reflect.apply(original as (...a: unknown[]) => void, target, args);
      // console.assert prints only when its condition is false, and not the condition itself.
      if (method === "assert") {
        if (!args[0]) sink.capture("console", method, args.slice(1));
        return;
      }
      sink.capture("console", method, args);
    };
  }
}

function patchStream(name: "process.stdout" | "process.stderr", stream: NodeJS.WriteStream): void {
  if (patched.has(stream)) return;
  patched.add(stream);
  const original = Reflect.get(stream, "write") as (...args: unknown[]) => boolean;
  stream.write = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    const sink = storage.getStore();
    if (sink === undefined) return Reflect.apply(original, stream, [chunk, ...rest]);
    sink.capture(name, "write", [typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8")]);
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback !== undefined) queueMicrotask(callback);
    return true;
  };
}

/** The sink of the run whose async context is current, if any. */
export function currentSink(): CaptureSink | undefined {
  return storage.getStore();
}

/**
 * Runs `body` with its output captured into `sink`. Async work `body` starts keeps the sink, even when it outlives
 * the run.
 */
export function withCapture<T>(sink: CaptureSink, body: () => Promise<T>): Promise<T> {
  patchConsole(console);
  patchStream("process.stdout", process.stdout);
  patchStream("process.stderr", process.stderr);
  return storage.run(sink, body);
}
