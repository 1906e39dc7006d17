import { createHash } from "node:crypto";

/** Shows only the last four characters, for support tickets. */
export function mask(value: string): string {
  if (value.length <= 4) return "****";
  return `${"*".repeat(value.length - 4)}${value.slice(-4)}`;
}

/** Stable fingerprint so two log lines can be correlated without exposing the value. */
export function fingerprint(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 12);
}

export function describeLength(value: string | undefined): string {
  return value ? `${value.length} chars` : "empty";
}

export const REDACTED = "[redacted]";
