import { describe, expect, it } from "vitest";
import { credentialOfTextKey, findSecretInText } from "../../../src/rules/no-hardcoded-secrets-utils/detectors.js";
import { TOKEN_PATTERNS } from "../../../src/secrets/token-patterns.js";
import { fakeChars } from "../../fake-tokens.js";

/** A provider word of a keyword-gated format of the catalogue, read at run time (the catalogue may change). */
const vendor = TOKEN_PATTERNS.filter((p) => p.keywordRequired)
  .flatMap((p) => p.keywords)
  .find((k) => /^[a-z]{5,}$/.test(k));

describe("keys of secrets written as text", () => {
  it("reads the last segment of a dotted or path-like key", () => {
    expect(credentialOfTextKey("spring.datasource.password")?.role).toBe("password");
    expect(credentialOfTextKey("//registry.npmjs.org/:_authToken")?.role).toBe("token");
    expect(credentialOfTextKey("spring.datasource.url")).toBeUndefined();
  });

  it.skipIf(vendor === undefined)("a provider word of the catalogue makes an ambiguous token name a key", () => {
    expect(credentialOfTextKey("RUNNER_TOKEN")?.unambiguous).toBe(false);
    expect(credentialOfTextKey(`${vendor!.toUpperCase()}_TOKEN`)?.unambiguous).toBe(true);
  });

  it("finds the value of a credential key and points at it; skips other keys", () => {
    const value = fakeChars(24, 201);
    const text = `mode=fast\nretries=3\nDEPLOY_SECRET=${value}\n`;
    const found = findSecretInText(text);
    expect(found).toMatchObject({ key: "DEPLOY_SECRET" });
    expect(text.slice(found!.index, found!.index + found!.length)).toBe(value);
    expect(findSecretInText(`mode=${value}\nretries=3`)).toBeUndefined();
    // A key that is not a name is never quoted in a message.
    expect(findSecretInText(`<add key="${fakeChars(12, 202)} password" value="${value}" />`)).toBeUndefined();
  });
});
