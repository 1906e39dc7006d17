/**
 * The format catalogue, tested from its own declarations: every format's samples are drawn at random
 * (seeded) from its alphabets and lengths and must be found in every wrapping the rule sees; near misses
 * that break the shape must not be found as that format. No sample is copied from anywhere.
 * Speed lives in the bench (bench/secret-formats.ts measures growth on pathological strings).
 */
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../src/secrets/catalogue/index.js";
import { hasLeftBoundary, nearMissesOf, sampleOf, seededRandom, WRAPPINGS } from "../../src/secrets/catalogue/samples.js";
import type { CharsPart, FormatDefinition } from "../../src/secrets/catalogue/types.js";
import { isPlaceholderToken } from "../../src/secrets/placeholders.js";
import { claimedTokenFormat, findTokens, KEYWORD_WINDOW, MIN_TOKEN_TEXT_LENGTH, TOKEN_PATTERNS } from "../../src/secrets/token-patterns.js";
import { fakeChars } from "../fake-tokens.js";

const SAMPLES_PER_SHAPE = 3;

/** The ids of the formats found in a text (placeholders included: the shape alone is tested). */
function tokenIds(text: string, context?: string): string[] {
  return findTokens(text, TOKEN_PATTERNS, context === undefined ? {} : { context }).map((match) => match.pattern.id);
}

/** The ids of real (non-placeholder) formats found in a text: the match's body judged with the whole match around it. */
function realTokenIds(text: string, context?: string): string[] {
  return findTokens(text, TOKEN_PATTERNS, context === undefined ? {} : { context })
    .filter((match) => !isPlaceholderToken(match.body, text.slice(match.index, match.index + match.length)))
    .map((match) => match.pattern.id);
}

/** What a keyword-gated format is found with: its first keyword as context. */
const contextOf = (definition: FormatDefinition): string | undefined => (definition.keywordRequired ? `${definition.keywords![0]}_key` : undefined);

function samplesOf(definition: FormatDefinition): string[] {
  const count = definition.sample ? SAMPLES_PER_SHAPE : definition.shapes.length * SAMPLES_PER_SHAPE;
  return Array.from({ length: count }, (_, i) => sampleOf(definition, seededRandom(i + 1), i));
}

describe("token catalogue", () => {
  it("holds at least 250 formats with unique ids", () => {
    const ids = TOKEN_PATTERNS.map((pattern) => pattern.id);
    expect(ids.length).toBeGreaterThanOrEqual(250);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("labels every format for messages, without an article", () => {
    for (const pattern of TOKEN_PATTERNS) {
      expect(pattern.label.length).toBeGreaterThan(2);
      expect(pattern.label).not.toMatch(/^(?:a|an|the) /i);
      expect(pattern.regex.flags).toContain("g");
    }
  });

  it("gives every format lower-case keywords, and every keyword-gated format a provider word", () => {
    for (const pattern of TOKEN_PATTERNS) {
      expect(pattern.keywords.length).toBeGreaterThan(0);
      for (const keyword of pattern.keywords) expect(keyword).toBe(keyword.toLowerCase());
      if (pattern.keywordRequired) for (const keyword of pattern.keywords) expect(keyword.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("declares only linear-time shapes: bounded runs, and no two adjacent runs that could trade characters", () => {
    for (const definition of CATALOGUE) {
      for (const shape of definition.shapes) {
        for (let i = 0; i < shape.length; i++) {
          const part = shape[i]!;
          if (part.kind !== "chars") continue;
          expect(part.max).toBeLessThanOrEqual(8192);
          const next = shape[i + 1];
          if (next?.kind !== "chars") continue;
          const overlap = [...next.alphabet].some((c) => part.alphabet.includes(c));
          // Two overlapping runs may only sit side by side when at most one of them varies in length.
          if (overlap) expect(part.min === part.max || (next as CharsPart).min === (next as CharsPart).max, definition.id).toBe(true);
        }
      }
    }
  });

  it("scans nothing shorter than the shortest format", () => {
    const shortest = Math.min(...TOKEN_PATTERNS.map((p) => Math.min(...samplesOf(p.definition!).map((s) => s.length))));
    expect(MIN_TOKEN_TEXT_LENGTH).toBeLessThanOrEqual(shortest);
  });
});

describe.each(CATALOGUE.map((definition) => [definition.id, definition] as const))("format %s", (id, definition) => {
  const samples = samplesOf(definition);
  const context = contextOf(definition);

  it("holds a keyword in every sample (the prefilter never skips a real match)", () => {
    for (const sample of samples) {
      const text = `${context ?? ""} ${sample}`.toLowerCase();
      expect(definition.keywords ?? TOKEN_PATTERNS.find((p) => p.id === id)!.keywords, sample.length.toString()).toSatisfy((keywords: readonly string[]) =>
        keywords.some((keyword) => text.includes(keyword)),
      );
    }
  });

  it.each(WRAPPINGS.map((wrapping) => [wrapping.name, wrapping] as const))("is found in a %s", (_name, wrapping) => {
    for (const sample of samples) expect(tokenIds(wrapping.wrap(sample), context)).toContain(id);
  });

  it.skipIf(!definition.keywordRequired)("is found only with its keyword in the context or just before it", () => {
    for (const sample of samples) {
      expect(tokenIds(sample)).not.toContain(id);
      expect(tokenIds(sample, "unrelated_name")).not.toContain(id);
      expect(tokenIds(`${definition.keywords![0]}: ${sample}`)).toContain(id);
      expect(tokenIds(`${definition.keywords![0]}${" ".repeat(KEYWORD_WINDOW)}${sample}`)).not.toContain(id);
    }
  });

  it("is not found when its shape is broken (too short, too long, a character outside its alphabet, a wrong opening)", () => {
    const misses = nearMissesOf(definition, seededRandom(99));
    expect(misses.length).toBeGreaterThan(0);
    for (const miss of misses) expect(tokenIds(miss.text, context), miss.kind).not.toContain(id);
  });

  it.skipIf(!hasLeftBoundary(definition))("is not found glued to a preceding letter or digit", () => {
    for (const sample of samples) expect(tokenIds(`q7${sample}`, context)).not.toContain(id);
  });

  it("is a placeholder once its random part is filled with x", () => {
    for (const sample of samples) {
      const match = findTokens(sample, TOKEN_PATTERNS, context === undefined ? {} : { context }).find((m) => m.pattern.id === id)!;
      const filled = sample.replace(match.body, "x".repeat(match.body.length));
      expect(realTokenIds(filled, context)).not.toContain(id);
    }
  });
});

describe("findTokens", () => {
  const github = "ghp_" + fakeChars(36, 3);
  const aws = "AKIA" + fakeChars(16, 4, "ABCDEFGHIJKLMNOPQRSTUVWYZ234567");

  it("finds several tokens in text order, each once", () => {
    const found = findTokens(`a=${aws} b=${github} c=${aws}`);
    expect(found.map((m) => [m.pattern.id, m.index])).toEqual([
      ["aws-access-key-id", 2],
      ["github-token", 5 + aws.length],
      ["aws-access-key-id", 8 + aws.length + github.length],
    ]);
    expect(found[1]!.keywords).toEqual(TOKEN_PATTERNS.find((p) => p.id === "github-token")!.keywords);
  });

  it("keeps, where formats overlap, the one listed first", () => {
    // A Grafana legacy API key is also JWT-shaped base64; the vendor format is listed before the generic one.
    const jwtLike = `eyJ${fakeChars(20, 5)}.eyJ${fakeChars(20, 6)}.${fakeChars(30, 7)}`;
    const ids = findTokens(`${github} ${jwtLike}`).map((m) => m.pattern.id);
    expect(ids).toEqual(["github-token"]);
    const pem = `-----BEGIN RSA ${"PRIVATE"} KEY-----\n${fakeChars(64, 8)}\n${github}\n-----END RSA ${"PRIVATE"} KEY-----`;
    expect(findTokens(pem).map((m) => m.pattern.id)).toEqual(["private-key", "github-token"]);
  });

  it("runs patterns given by the caller, with an empty keyword meaning always", () => {
    const custom = { id: "custom", label: "custom token", keywords: [""], regex: /zz-[0-9]{20}/g };
    const text = `value zz-${"12345".repeat(4)}`;
    expect(findTokens(text, [custom]).map((m) => m.pattern.id)).toEqual(["custom"]);
    expect(findTokens(text, [{ ...custom, keywords: ["qq"] }])).toEqual([]);
  });

  it("reads a keyword-gated format's keyword from the context, case-insensitively", () => {
    const heroku = `${fakeChars(8, 9, "0123456789abcdef")}-${fakeChars(4, 10, "0123456789abcdef")}-${fakeChars(4, 11, "0123456789abcdef")}-${fakeChars(4, 12, "0123456789abcdef")}-${fakeChars(12, 13, "0123456789abcdef")}`;
    expect(realTokenIds(heroku)).toEqual([]);
    expect(realTokenIds(heroku, "HEROKU_API_KEY")).toEqual(["heroku-legacy-api-key"]);
    expect(realTokenIds(`export HEROKU_API_KEY=${heroku}`)).toEqual(["heroku-legacy-api-key"]);
  });

  it("matches a provider word whatever separates its parts (duo_skey, duoSkey, DUO-SKEY)", () => {
    const duo = fakeChars(40, 14);
    expect(tokenIds(duo, "timeout")).toEqual([]);
    for (const name of ["duo_skey", "duoSkey", "DUO-SKEY"]) {
      expect(tokenIds(duo, name)).toEqual(["duo-secret-key"]);
      expect(tokenIds(`${name}: ${duo}`)).toEqual(["duo-secret-key"]);
    }
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
    ["a UUID with no provider word near it", "id: 3f2b8c1e-9d4a-4b7e-8f21-6c5d4e3a2b10"],
    ["a hex digest named by a provider far away", `heroku ${"-".repeat(KEYWORD_WINDOW)} ${"3f2b8c1e9d4a4b7e8f216c5d4e3a2b10"}`],
  ])("%s is not a real token", (_name, text) => {
    expect(realTokenIds(text)).toEqual([]);
  });
});

describe("claimedTokenFormat", () => {
  it("recognises the opening of a format, case-insensitively", () => {
    expect(claimedTokenFormat("glpat-abc")?.id).toBe("gitlab-token");
    expect(claimedTokenFormat("AIZASYCO2")?.id).toBe("gcp-api-key");
    expect(claimedTokenFormat("xoxb-12345-abc")?.id).toMatch(/^slack-/);
    expect(claimedTokenFormat("hunter2")).toBeUndefined();
    expect(claimedTokenFormat("secret-value")).toBeUndefined();
  });

  it("never claims for a keyword-gated format or an opening ordinary words share", () => {
    expect(claimedTokenFormat("00-anything")).toBeUndefined();
    expect(claimedTokenFormat("key-value")).toBeUndefined();
    expect(claimedTokenFormat("cs_total")).toBeUndefined();
    expect(claimedTokenFormat("re_render")).toBeUndefined();
    expect(claimedTokenFormat("Miiverse-2024")).toBeUndefined();
    expect(claimedTokenFormat("pk_fallback")).toBeUndefined();
    expect(claimedTokenFormat("ext_config")).toBeUndefined();
    expect(claimedTokenFormat("hf_abc")?.id).toBe("huggingface-token");
  });
});
