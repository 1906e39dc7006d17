/** Self-describing formats that are not one vendor's: last, so that a vendor format wins. */
import { ALPHABETS, chars, decodeBase64Prefix, format, isBase64Json, lit, randomChars } from "./dsl.js";
import type { FormatDefinition, Validator } from "./types.js";

const { alnum, base64url } = ALPHABETS;

/** A JWT: a JSON header naming an algorithm, a JSON payload, and a signature of real length. */
const isJwt: Validator = (match) => {
  const [header = "", payload = "", signature = ""] = match[0].split(".");
  return /"alg"\s*:/.test(decodeBase64Prefix(header, header.length)) && isBase64Json(payload) && signature.length >= 22;
};

const b64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Generic formats. */
export const GENERIC_FORMATS: readonly FormatDefinition[] = [
  format("jwt", "JSON Web Token", [lit("eyJ"), chars(base64url, 8, 2000), lit(".eyJ"), chars(base64url, 8, 8000), lit("."), chars(base64url, 16, 2000)], {
    validate: isJwt,
    sample: (random) => `${b64url({ alg: "HS256", typ: "JWT" })}.${b64url({ sub: randomChars(random, alnum, 8), iat: 1700000000 })}.${randomChars(random, base64url, 43)}`,
    nearMisses: (random) => [
      `eyJ${randomChars(random, alnum, 20)}.eyJ${randomChars(random, alnum, 20)}.${randomChars(random, alnum, 30)}`,
      `${b64url({ alg: "none" })}.${b64url({ sub: "x" })}.`,
    ],
  }),
];
