/**
 * JSON Web Tokens whose signing key is written in the same file: test vectors of a JWT library or an
 * auth middleware's tests. Such a token proves nothing anyone could not forge with the key beside it;
 * the key itself, if it is a secret, is judged where it is written.
 */
import { createHmac } from "node:crypto";

const HMAC_BY_ALG: Readonly<Record<string, string>> = { HS256: "sha256", HS384: "sha384", HS512: "sha512" };

/** The `alg` of a JWT's header, or undefined when the text is not a JWT. */
export function jwtAlgorithm(token: string): string | undefined {
  const dot = token.indexOf(".");
  if (dot <= 0 || dot > 2048) return undefined;
  try {
    const header = JSON.parse(Buffer.from(token.slice(0, dot), "base64url").toString("utf8")) as unknown;
    const alg = typeof header === "object" && header !== null ? (header as { alg?: unknown }).alg : undefined;
    return typeof alg === "string" ? alg : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether an HMAC-signed JWT (`HS256`, `HS384`, `HS512`) verifies with one of `candidateKeys`. Other
 * algorithms, and tokens with a cut or missing signature, never do.
 *
 * @example
 * jwtSignedWithOneOf(token, ["my-test-secret", "other"]); // true when token was signed with either
 */
export function jwtSignedWithOneOf(token: string, candidateKeys: Iterable<string>): boolean {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[2]!.length < 16) return false;
  const hash = HMAC_BY_ALG[jwtAlgorithm(token) ?? ""];
  if (!hash) return false;
  const signingInput = `${parts[0]}.${parts[1]}`;
  const signature = parts[2]!.replace(/=+$/, "");
  for (const key of candidateKeys) {
    if (createHmac(hash, key).update(signingInput).digest("base64url") === signature) return true;
  }
  return false;
}
