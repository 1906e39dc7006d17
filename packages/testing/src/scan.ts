/*
 * The deep search of a value for provided secrets (cycle safe), and the redacted copy of a value kept for a test's
 * own assertions. Getters are never invoked: only data a serialiser or an inspector would see is read.
 */
import type { LeakForm, SecretCatalog, SecretMatch } from "./secrets.js";

/** An object the runtime handed out that is secret as a whole: a resolved credential or an Atlan client. */
export interface KnownObject {
  readonly ref: string;
  readonly form: LeakForm;
}

/** One secret found inside a value, and the path to it (`.debug.token`, `[2]`, `.cause.message`). */
export interface Finding extends SecretMatch {
  readonly path: string;
}

/** How to look at a value. */
export interface ScanOptions {
  readonly catalog: SecretCatalog;
  /** Objects the runtime made that are secret as a whole. */
  readonly known: (value: object) => KnownObject | undefined;
  /**
   * `true` for values that are persisted (outputs, app state): read them as JSON would, through `toJSON`, and
   * report a known object as a leak. `false` for log arguments, which are printed: a known object prints redacted.
   */
  readonly persisted: boolean;
}

const MAX_DEPTH = 100;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function keyPath(catalog: SecretCatalog, key: string): string {
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(catalog.redact(key))}]`;
}

/** The own data properties a serialiser or inspector reads, including non-enumerable ones such as an error's message. */
function dataProperties(value: object): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const key of Object.getOwnPropertyNames(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && "value" in descriptor && typeof descriptor.value !== "function") out.push([key, descriptor.value]);
  }
  return out;
}

function bytesOf(value: object): Buffer | undefined {
  if (ArrayBuffer.isView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) return Buffer.from(value);
  return undefined;
}

/** Every provided secret inside `value`, each with the path it was found at (paths never contain a secret). */
export function scan(value: unknown, options: ScanOptions): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const visited = new WeakSet<object>();
  const report = (matches: readonly SecretMatch[], path: string): void => {
    for (const match of matches) {
      const key = `${match.ref}\u0000${match.field ?? ""}\u0000${path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ...match, path });
    }
  };
  const text = (s: string, path: string): void => report(options.catalog.search(s), path);

  const walk = (current: unknown, path: string, depth: number): void => {
    if (typeof current === "string") return text(current, path);
    if (typeof current !== "object" || current === null || depth > MAX_DEPTH) return;
    if (visited.has(current)) return;
    visited.add(current);

    const known = options.known(current);
    if (known !== undefined) {
      if (options.persisted) report([{ ref: known.ref, field: undefined, form: known.form }], path);
      return;
    }
    if (options.persisted && !(current instanceof Date)) {
      const toJSON = (current as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === "function") {
        let json: unknown;
        try {
          json = (toJSON as (key: string) => unknown).call(current, "");
        } catch {
          json = undefined;
        }
        if (json !== current) return walk(json, path, depth + 1);
      }
    }
    const bytes = bytesOf(current);
    if (bytes !== undefined) return text(bytes.toString("utf8"), path);
    if (current instanceof URL || current instanceof URLSearchParams || current instanceof RegExp) {
      return text(current.toString(), path);
    }
    if (current instanceof Map) {
      let index = 0;
      for (const [key, entry] of current) {
        const label = typeof key === "string" ? JSON.stringify(options.catalog.redact(key)) : `#${index}`;
        walk(key, `${path}.keys()[${index}]`, depth + 1);
        walk(entry, `${path}.get(${label})`, depth + 1);
        index++;
      }
      return;
    }
    if (current instanceof Set) {
      let index = 0;
      for (const entry of current) walk(entry, `${path}.values()[${index++}]`, depth + 1);
      return;
    }
    if (typeof Headers !== "undefined" && current instanceof Headers) {
      for (const [key, entry] of current) text(entry, `${path}.get(${JSON.stringify(key)})`);
      return;
    }
    if (Array.isArray(current)) {
      current.forEach((entry, index) => walk(entry, `${path}[${index}]`, depth + 1));
      return;
    }
    if (current instanceof Error) {
      // `stack` may be an accessor; it is what a logger prints, so read it on purpose.
      text(String(current.message), `${path}.message`);
      let stack: unknown;
      try {
        stack = current.stack;
      } catch {
        stack = undefined;
      }
      if (typeof stack === "string") text(stack, `${path}.stack`);
      if ("cause" in current) walk(current.cause, `${path}.cause`, depth + 1);
    }
    for (const [key, entry] of dataProperties(current)) {
      if (current instanceof Error && (key === "message" || key === "stack" || key === "cause")) continue;
      text(key, `${path} (a key)`);
      walk(entry, path + keyPath(options.catalog, key), depth + 1);
    }
  };
  walk(value, "", 0);
  return findings;
}

/**
 * A copy of `value` with every secret replaced by `<redacted:ref.field>` and every known object by
 * `<redacted:ref>`: plain objects, arrays and maps are copied, errors become `{ name, message }`.
 */
export function redactedCopy(value: unknown, options: Pick<ScanOptions, "catalog" | "known">): unknown {
  const visiting = new WeakSet<object>();
  const copy = (current: unknown, depth: number): unknown => {
    if (typeof current === "string") return options.catalog.redact(current);
    if (typeof current !== "object" || current === null) return current;
    if (depth > MAX_DEPTH) return "[too deep]";
    const known = options.known(current);
    if (known !== undefined) return `<redacted:${known.ref}>`;
    if (visiting.has(current)) return "[Circular]";
    visiting.add(current);
    try {
      if (current instanceof Error) {
        return { name: current.name, message: options.catalog.redact(current.message) };
      }
      if (current instanceof Date) return new Date(current.getTime());
      const bytes = bytesOf(current);
      if (bytes !== undefined) return options.catalog.redact(bytes.toString("utf8"));
      if (current instanceof URL || current instanceof URLSearchParams || current instanceof RegExp) {
        return options.catalog.redact(current.toString());
      }
      if (current instanceof Map) return new Map([...current].map(([k, v]) => [copy(k, depth + 1), copy(v, depth + 1)]));
      if (current instanceof Set) return new Set([...current].map((v) => copy(v, depth + 1)));
      if (Array.isArray(current)) return current.map((v) => copy(v, depth + 1));
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(current)) {
        const descriptor = Object.getOwnPropertyDescriptor(current, key);
        if (descriptor !== undefined && "value" in descriptor) out[options.catalog.redact(key)] = copy(descriptor.value, depth + 1);
      }
      return out;
    } finally {
      visiting.delete(current);
    }
  };
  return copy(value, 0);
}
