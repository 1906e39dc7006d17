/** Expected reports of the sink tests: a secret of the credential `inTask` resolves, reaching a named sink. */
import { error } from "../flow-cases.js";

/** `from` of the credential `inTask` resolves (`from resolveCredential at line N`). */
export function fromCred(code: string): string {
  const line = code.slice(0, code.indexOf("resolveCredential(input.credential)")).split("\n").length;
  return `from resolveCredential at line ${line}`;
}

/** An expected report of `what` (default `cred.password`) at `snippet`, reaching `sink`, with its message data. */
export function leak(messageId: "logged" | "inError" | "inTelemetry", code: string, snippet: string, sink: string, what = "cred.password") {
  return error(messageId, code, snippet, { data: { what, from: fromCred(code), sink } });
}
