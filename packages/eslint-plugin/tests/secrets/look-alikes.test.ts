/**
 * Look-alikes of secrets that a reviewer would wave through, each recognised by a general sign and tested
 * with generated values (seeded random bodies; nothing copied from any corpus): a provider word inside
 * another word, a hex digest after a prefix whose format is wider than hex, ids typed in order in a
 * multi-part token, placeholder words glued together. Beside each, the real shape stays a finding.
 */
import { describe, expect, it } from "vitest";
import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import rule from "../../src/rules/no-hardcoded-secrets.js";
import { isDigestInWiderFormat, realTokens } from "../../src/rules/no-hardcoded-secrets-utils/detectors.js";
import { isDummyValue, isMixedCaseHex, isTypedFiller } from "../../src/secrets/dummies.js";
import { isNonSecretValue, isPlaceholderToken } from "../../src/secrets/placeholders.js";
import { findTokens, mentionsKeyword, TOKEN_PATTERNS } from "../../src/secrets/token-patterns.js";
import { seededRandom } from "../../src/secrets/catalogue/samples.js";
import { randomChars } from "../../src/secrets/catalogue/dsl.js";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const HEX = "0123456789abcdef";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/** Random text of `alphabet` that mixes letters and digits (what a generated body looks like). */
function body(seed: number, alphabet: string, length: number): string {
  const random = seededRandom(seed);
  for (;;) {
    const text = randomChars(random, alphabet, length);
    if (!/[A-Za-z]/.test(alphabet) || (/[0-9]/.test(text) && /[A-Za-z]/.test(text))) return text;
  }
}

const pattern = (id: string) => TOKEN_PATTERNS.find((p) => p.id === id)!;

describe("provider words of keyword-gated formats", () => {
  it("name a provider only as a word of their own, not letters inside another word", () => {
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      const word = randomChars(random, LOWER, 4);
      const tail = randomChars(random, LOWER, 3);
      const cap = tail[0]!.toUpperCase() + tail.slice(1);
      // The word opening a name, in every spelling.
      expect(mentionsKeyword(`${word.toUpperCase()}_ACCESS_ID`, word)).toBe(true);
      expect(mentionsKeyword(`${word}Token`, word)).toBe(true);
      expect(mentionsKeyword(`my-${word}-key`, word)).toBe(true);
      expect(mentionsKeyword(`export ${word}_key=`, word)).toBe(true);
      // Inside another word, or running on into one (`rookTable`, `sumObj`).
      expect(mentionsKeyword(`r${word}${cap}`, word)).toBe(false);
      expect(mentionsKeyword(`${word.slice(0, 3)}${word[3]!.toUpperCase()}${tail}`, word)).toBe(false);
      expect(mentionsKeyword(`${word}${tail} = 1`, word)).toBe(false);
    }
  });

  it("lets a long provider word run on glued, as keys are written", () => {
    for (const seed of SEEDS) {
      const word = randomChars(seededRandom(seed), LOWER, 9);
      expect(mentionsKeyword(`${word}accessid`, word)).toBe(true);
      expect(mentionsKeyword(`x${word}accessid`, word)).toBe(false);
    }
  });

  it("gates the catalogue: a gated format is found beside its provider word, not beside a word that holds its letters", () => {
    const gated = TOKEN_PATTERNS.filter((p) => p.keywordRequired && p.keywords.some((k) => /^[a-z]{4,5}$/.test(k)) && p.definition?.shapes.length === 1);
    expect(gated.length).toBeGreaterThan(3);
    for (const p of gated) {
      const keyword = p.keywords.find((k) => /^[a-z]{4,5}$/.test(k))!;
      const found = TOKEN_PATTERNS.find((candidate) => candidate === p)!;
      // A sample that the format finds with its keyword as a word.
      const sample = (() => {
        for (const seed of SEEDS) {
          const random = seededRandom(seed);
          const text = found
            .definition!.shapes[0]!.map((part) => (part.kind === "literal" ? part.options[0]! : randomChars(random, part.alphabet, part.max)))
            .join("");
          if (findTokens(`${keyword}_key = ${text}`).some((m) => m.pattern === p)) return text;
        }
        return undefined;
      })();
      if (sample === undefined) continue;
      const inside = `x${keyword}Table = ${sample}`;
      expect(findTokens(inside).some((m) => m.pattern === p), `${p.id} inside a word`).toBe(false);
      expect(findTokens(`${keyword.toUpperCase()}_KEY = ${sample}`).some((m) => m.pattern === p), p.id).toBe(true);
    }
  });
});

describe("a hex digest after a prefix", () => {
  it("is not a token of a format whose bodies are wider than hex", () => {
    for (const seed of SEEDS) {
      const hex = body(seed, HEX, 32);
      const lower = findTokens(`https://cdn.example.net/a/video.ico-${hex}.png`).find((m) => m.pattern.id === "infracost-api-token");
      expect(lower && isDigestInWiderFormat(lower)).toBe(true);
      const upper = findTokens(`https://pages.example.net/API-${hex.toUpperCase()}`).find((m) => m.pattern.id === "octopus-deploy-api-key");
      expect(upper && isDigestInWiderFormat(upper)).toBe(true);
      expect(realTokens(`ico-${hex}`, TOKEN_PATTERNS)).toBeUndefined();
    }
  });

  it("stays a token when the body uses the format's wider alphabet, or when the format is hex", () => {
    for (const seed of SEEDS) {
      const random = body(seed, ALNUM, 32);
      if (/^[0-9a-f]+$|^[0-9A-F]+$/.test(random)) continue;
      expect(realTokens(`ico-${random}`, TOKEN_PATTERNS)?.pattern.id).toBe("infracost-api-token");
      const octopus = body(seed, UPPER_ALNUM, 30);
      if (!/^[0-9A-F]+$/.test(octopus)) expect(realTokens(`API-${octopus}`, TOKEN_PATTERNS)?.pattern.id).toBe("octopus-deploy-api-key");
    }
    // A hex format's hex body is what it should be.
    const hexFormat = TOKEN_PATTERNS.find((p) => p.definition?.shapes.every((shape) => shape.every((part) => part.kind === "literal" || !/[g-zG-Z]/.test(part.alphabet))) && !p.keywordRequired && p.definition.shapes[0]![0]!.kind === "literal")!;
    const shape = hexFormat.definition!.shapes[0]!;
    const text = shape.map((part) => (part.kind === "literal" ? part.options[0]! : body(7, part.alphabet, part.max))).join("");
    const match = findTokens(text).find((m) => m.pattern === hexFormat);
    expect(match && isDigestInWiderFormat(match)).toBe(false);
  });
});

describe("typed filler", () => {
  it("finds multi-part values whose id parts were typed in order or repeated", () => {
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      const start = Math.floor(random() * 5);
      const run = "0123456789".slice(start, start + 4 + Math.floor(random() * 3));
      const tail = body(seed, HEX, 32);
      expect(isTypedFiller(`${run}-${run}-${run}-${tail}`)).toBe(true);
      expect(isTypedFiller(`${run}-${"7".repeat(run.length)}-${tail}`)).toBe(true);
      expect(isDummyValue(`xoxp-${run}-${run}-${run}-${tail}`)).toBe(true);
      // One typed part beside random ones is chance, not a dummy; random ids are not typed.
      const id = body(seed + 100, "0123456789", 10);
      expect(isTypedFiller(`${run}-${id}-${tail}`)).toBe(false);
      expect(isTypedFiller(`${id}-${body(seed + 200, "0123456789", 11)}-${tail}`)).toBe(false);
    }
  });

  it("never counts a vendor's fixed prefix: Twitter bearer tokens open with a run of A and are reported", () => {
    const linter = new Linter({ configType: "flat" });
    const lint = (code: string) =>
      linter.verify(code, [{ files: ["**/*.ts"], languageOptions: { parser }, plugins: { c: { rules: { r: rule } } as never }, rules: { "c/r": "error" } }], "a.ts");
    for (const seed of SEEDS.slice(0, 8)) {
      const random = seededRandom(seed);
      // The fixed opening, then an app part, a run of A inside the body as real ones have, and URL-escaped base64.
      const token = "A".repeat(21) + randomChars(random, ALNUM, 4) + "A".repeat(8) + body(seed, ALNUM, 20) + "%2B" + body(seed + 1, ALNUM, 12) + "%3D" + body(seed + 2, ALNUM, 40);
      expect(realTokens(token, TOKEN_PATTERNS)?.pattern.id).toBe("twitter-bearer-token");
      for (const code of [`const x = "${token}";`, `const bearerToken = "${token}";`, `// TWITTER_BEARER_TOKEN=${token}\nexport {};`, `const h = "Authorization: Bearer ${token}";`]) {
        const messages = lint(code);
        expect(messages.map((m) => m.messageId), code.slice(0, 20)).toEqual(["knownToken"]);
        expect(messages[0]!.message).toContain("Twitter bearer token");
      }
    }
  });
});

describe("placeholder words glued together", () => {
  const WORDS = ["random", "string", "your", "api", "key", "token", "here", "insert", "value", "secret"];
  it("read as a placeholder when one of them says so", () => {
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      const words = Array.from({ length: 2 + Math.floor(random() * 2) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
      const glued = [...words, random() < 0.5 ? "here" : "your"].join("");
      expect(isPlaceholderToken(glued.toUpperCase())).toBe(true);
      expect(isPlaceholderToken(`1-${glued}`)).toBe(true);
      expect(isNonSecretValue(`xoxe.xoxp-1-${glued.toUpperCase()}`, { unambiguous: true, humanChosen: false })).toBe(true);
    }
  });

  it("does not read random letters, or plain words alone, as a placeholder", () => {
    for (const seed of SEEDS) {
      expect(isPlaceholderToken(randomChars(seededRandom(seed), LOWER, 16))).toBe(false);
      expect(isPlaceholderToken(randomChars(seededRandom(seed), "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 16))).toBe(false);
    }
    expect(isPlaceholderToken("RANDOMSTRINGVALUE".toLowerCase())).toBe(false);
  });
});

describe("a Twitter bearer token in a named literal is judged whole", () => {
  it("is found by its format before any dummy test of the value", () => {
    const token = "A".repeat(21) + body(3, ALNUM, 90);
    expect(findTokens(token)[0]?.pattern.id).toBe("twitter-bearer-token");
    expect(isPlaceholderToken(findTokens(token)[0]!.body, token)).toBe(false);
    expect(pattern("twitter-bearer-token")).toBeDefined();
  });
});

/** Lints `code` with the rule alone; returns the message ids. */
function ruleMessages(code: string): string[] {
  const linter = new Linter({ configType: "flat" });
  return linter
    .verify(code, [{ files: ["**/*.ts"], languageOptions: { parser }, plugins: { credref: { rules: { "no-hardcoded-secrets": rule } } }, rules: { "credref/no-hardcoded-secrets": "error" } }], "src/config.ts")
    .map((message) => message.messageId ?? message.message);
}

/** Random hex with both cases in it: each letter's case drawn at random, one of each forced. */
function mixedCaseHex(seed: number, length: number): string {
  const random = seededRandom(seed);
  const chars = [...randomChars(random, HEX, length)].map((c) => (random() < 0.5 ? c.toUpperCase() : c));
  const letters = chars.flatMap((c, i) => (/[a-fA-F]/.test(c) ? [i] : []));
  if (letters.length < 2) return mixedCaseHex(seed + 1000, length);
  chars[letters[0]!] = chars[letters[0]!]!.toLowerCase();
  chars[letters[1]!] = chars[letters[1]!]!.toUpperCase();
  return chars.join("");
}

describe("hex written in both cases", () => {
  const BASE64 = `${ALNUM}+/`;

  it("is not a generated value: alone, after a vendor prefix or 0x, with a stray separator or letter", () => {
    for (const seed of SEEDS) {
      const hex = mixedCaseHex(seed, 20 + (seed % 48));
      expect(isMixedCaseHex(hex), `seed ${seed}`).toBe(true);
      expect(isMixedCaseHex(`${randomChars(seededRandom(seed), LOWER, 3)}_${hex}`)).toBe(true);
      expect(isMixedCaseHex(`${randomChars(seededRandom(seed), LOWER, 3)}_local_${hex}`)).toBe(true);
      expect(isMixedCaseHex(`0x${hex}`)).toBe(true);
      expect(isMixedCaseHex(`${hex.slice(0, 8)}!${hex.slice(8)}`)).toBe(true);
      expect(isMixedCaseHex(`${hex.slice(0, 8)}G${hex.slice(8, 12)}_${hex.slice(12)}`)).toBe(true);
    }
  });

  it("leaves generated hex in one case, short values, other letters and random alphanumerics or base64 alone", () => {
    for (const seed of SEEDS) {
      const hex = body(seed, HEX, 40);
      expect(isMixedCaseHex(hex)).toBe(false);
      expect(isMixedCaseHex(hex.toUpperCase())).toBe(false);
      expect(isMixedCaseHex(mixedCaseHex(seed, 19))).toBe(false);
      const mixed = mixedCaseHex(seed, 40);
      expect(isMixedCaseHex(`${mixed.slice(0, 10)}g${mixed.slice(10, 20)}z${mixed.slice(20, 30)}q${mixed.slice(30)}`)).toBe(false);
      expect(isMixedCaseHex(`${mixed.slice(0, 10)}-${mixed.slice(10, 20)}-${mixed.slice(20, 30)}-${mixed.slice(30)}`)).toBe(false);
    }
    // Random alphanumeric and base64 values at the shortest lengths judged: nearly all hex with odds below 1e-6 each.
    const random = seededRandom(99);
    for (let i = 0; i < 20_000; i++) {
      expect(isMixedCaseHex(randomChars(random, ALNUM, 20 + (i % 3)))).toBe(false);
      expect(isMixedCaseHex(randomChars(random, BASE64, 20 + (i % 3)))).toBe(false);
    }
  });

  it("under a key's name is not a secret; one-case hex is, and a password stays one", () => {
    const machine = { unambiguous: true, humanChosen: false };
    for (const seed of SEEDS) {
      const mixed = mixedCaseHex(seed, 40);
      expect(isNonSecretValue(mixed, machine)).toBe(true);
      expect(isNonSecretValue(body(seed, HEX, 40), machine)).toBe(false);
      expect(isNonSecretValue(mixed, { unambiguous: true, humanChosen: true })).toBe(false);
    }
    const mixed = mixedCaseHex(5, 40);
    expect(ruleMessages(`const apiKey = ${JSON.stringify(mixed)};`)).toEqual([]);
    expect(ruleMessages(`const apiKey = ${JSON.stringify(mixed.toLowerCase())};`)).toEqual(["namedLiteral"]);
    expect(ruleMessages(`const password = ${JSON.stringify(mixed)};`)).toEqual(["namedLiteral"]);
    expect(ruleMessages(`const config = ${JSON.stringify(`service_api_key: ${mixed}`)};`)).toEqual([]);
    expect(ruleMessages(`const config = ${JSON.stringify(`service_api_key: ${mixed.toLowerCase()}`)};`)).toEqual(["secretInText"]);
  });
});
