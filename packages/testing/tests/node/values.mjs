// The credential values of the node:test run, made at run time; the vitest side checks none reaches the output.
import { createHash } from "node:crypto";

export const value = (label) => createHash("sha256").update(`credref node test: ${label}`).digest("base64url").slice(0, 24);
