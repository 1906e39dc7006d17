import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { jwtAlgorithm, jwtSignedWithOneOf } from "../../src/secrets/jwt.js";
import { fakeChars, fakeJwt } from "../fake-tokens.js";

const b64url = (json: object): string => Buffer.from(JSON.stringify(json)).toString("base64url");

/** A JWT signed with `key` by HMAC, as a library's tests build their vectors. */
function signed(key: string, alg: "HS256" | "HS384" | "HS512", seed: number): string {
  const input = `${b64url({ alg, typ: "JWT" })}.${b64url({ sub: `user-${seed}`, iat: 1700000000 + seed })}`;
  const hash = { HS256: "sha256", HS384: "sha384", HS512: "sha512" }[alg];
  return `${input}.${createHmac(hash, key).update(input).digest("base64url")}`;
}

describe("JWTs signed with a key of the same file", () => {
  it("verifies HS256, HS384 and HS512 tokens against candidate keys", () => {
    for (const [i, alg] of (["HS256", "HS384", "HS512"] as const).entries()) {
      const key = fakeChars(20 + i, 60 + i);
      const token = signed(key, alg, i);
      expect(jwtAlgorithm(token)).toBe(alg);
      expect(jwtSignedWithOneOf(token, ["other", key])).toBe(true);
      expect(jwtSignedWithOneOf(token, ["other", `${key}x`])).toBe(false);
    }
  });

  it("never verifies a token with another algorithm, a cut signature, or no JWT at all", () => {
    const key = fakeChars(20, 70);
    const token = signed(key, "HS256", 1);
    expect(jwtSignedWithOneOf(token.slice(0, token.lastIndexOf(".") + 10), [key])).toBe(false);
    expect(jwtSignedWithOneOf(fakeJwt(4), [key])).toBe(false);
    const rs = `${b64url({ alg: "RS256" })}.${b64url({ sub: "x" })}.${fakeChars(43, 5)}`;
    expect(jwtSignedWithOneOf(rs, [key])).toBe(false);
    expect(jwtAlgorithm("not.a.jwt")).toBeUndefined();
  });
});
