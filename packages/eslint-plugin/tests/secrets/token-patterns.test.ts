import { describe, expect, it } from "vitest";
import { isPlaceholderToken } from "../../src/secrets/placeholders.js";
import { claimedTokenFormat, findTokens, TOKEN_PATTERNS } from "../../src/secrets/token-patterns.js";
import { FAKE_TOKENS, fakeChars } from "../fake-tokens.js";

/** The first real (non-placeholder) token format found in a text. */
function realTokenIds(text: string): string[] {
  return findTokens(text)
    .filter((match) => !isPlaceholderToken(match.body))
    .map((match) => match.pattern.id);
}

describe("token catalogue", () => {
  it("has a fake token for every format, and unique ids", () => {
    const ids = TOKEN_PATTERNS.map((pattern) => pattern.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(FAKE_TOKENS).sort()).toEqual([...ids].sort());
  });

  it("labels every format for messages", () => {
    for (const pattern of TOKEN_PATTERNS) {
      expect(pattern.label.length).toBeGreaterThan(2);
      expect(pattern.regex.flags).toContain("g");
      expect(pattern.keywords.length).toBeGreaterThan(0);
    }
  });
});

describe.each(TOKEN_PATTERNS.map((pattern) => [pattern.id, pattern] as const))("format %s", (id) => {
  const token = FAKE_TOKENS[id]!;

  it("is found alone, quoted, and inside config text", () => {
    expect(realTokenIds(token)).toEqual([id]);
    expect(realTokenIds(`"${token}"`)).toEqual([id]);
    expect(realTokenIds(`SOME_SETTING=${token}\n# more`)).toEqual([id]);
  });

  it("is not found glued to a preceding letter or digit", () => {
    // Formats that start with a URL host or a PEM header have no leading boundary to test.
    if (/^(?:https|-----|PuTTY|DefaultEndpoints|Endpoint|aws_)/.test(token)) return;
    expect(realTokenIds(`q7${token}`)).not.toContain(id);
  });

  it("is a placeholder once its random part is filled with x", () => {
    const match = findTokens(token).find((m) => m.pattern.id === id)!;
    const filled = token.replace(match.body, "x".repeat(match.body.length));
    expect(realTokenIds(filled)).not.toContain(id);
  });
});

describe("placeholders and look-alikes", () => {
  it.each([
    ["AWS documentation key", "AKIA" + "IOSFODNN7" + "EXAMPLE"],
    ["filler", "ghp_" + "x".repeat(36)],
    ["masked", "sk_" + "live_" + "*".repeat(24)],
    ["words in the body", "sha256~" + "XXXXXXXXXX_PUT_YOUR_TOKEN_HERE_XXXX"],
    ["GitLab too short", "glpat-" + "abc"],
    ["Anthropic wrong length", "sk-ant-api03-" + fakeChars(40)],
    ["publishable Stripe key", "pk_" + "live_" + fakeChars(24)],
    ["uppercase Google-like", ("AIza" + "Sy" + fakeChars(33)).toUpperCase()],
    ["words after hf_", "hf_" + "requiredCharacteristicTypesForDisplayMetadata"],
    ["Vault-like property access", "s.makeKubeConfigController"],
    ["PEM header without key material", `-----BEGIN ${"PRIVATE"} KEY-----\nanything\n-----END ${"PRIVATE"} KEY-----`],
    ["PGP public key", `-----BEGIN PGP PUBLIC KEY BLOCK-----\n${fakeChars(64)}\n-----END PGP PUBLIC KEY BLOCK-----`],
    ["base64 that is not JSON after glc_", "glc_" + "1".repeat(44)],
    ["JWT-shaped text without a JSON header", "eyJ" + fakeChars(20) + ".eyJ" + fakeChars(20) + "." + fakeChars(30)],
    ["Slack token followed by hashes", "xoxp-" + "572370529330-573807301142-572331691188-" + "#".repeat(20)],
  ])("%s is not a real token", (_name, text) => {
    expect(realTokenIds(text)).toEqual([]);
  });
});

describe("claimedTokenFormat", () => {
  it("recognises the opening of a format, case-insensitively", () => {
    expect(claimedTokenFormat("glpat-abc")?.id).toBe("gitlab-token");
    expect(claimedTokenFormat("AIZASYCO2")?.id).toBe("gcp-api-key");
    expect(claimedTokenFormat("xoxb-12345-abc")?.id).toBe("slack-token");
    expect(claimedTokenFormat("hunter2")).toBeUndefined();
    expect(claimedTokenFormat("secret-value")).toBeUndefined();
  });
});

/**
 * Reliability, not speed: a super-linear pattern takes minutes on these inputs, a linear one
 * milliseconds. The budget is generous so that a busy machine never fails the test.
 */
describe("linear time on adversarial inputs", () => {
  const SIZE = 100_000;
  const budgetMs = 3_000;
  const generic = [
    "a".repeat(SIZE),
    "A".repeat(SIZE),
    "0".repeat(SIZE),
    "-".repeat(SIZE),
    "_".repeat(SIZE),
    ".".repeat(SIZE),
    "aB3-_.".repeat(SIZE / 6),
    "eyJ".repeat(SIZE / 3),
    "eyJa.".repeat(SIZE / 5),
    ":".repeat(SIZE),
    "@".repeat(SIZE),
  ];

  it.each(TOKEN_PATTERNS.map((pattern) => [pattern.id, pattern] as const))("%s", (_id, pattern) => {
    const inputs = [
      ...generic,
      ...pattern.keywords.flatMap((keyword) => [
        keyword.repeat(Math.ceil(SIZE / Math.max(keyword.length, 1))),
        keyword + "a".repeat(SIZE),
        (keyword + "aB3").repeat(Math.ceil(SIZE / (keyword.length + 3))),
        (keyword + "-1").repeat(Math.ceil(SIZE / (keyword.length + 2))),
      ]),
    ];
    const started = performance.now();
    for (const input of inputs) findTokens(input, [pattern]);
    expect(performance.now() - started).toBeLessThan(budgetMs * inputs.length);
  });
});
