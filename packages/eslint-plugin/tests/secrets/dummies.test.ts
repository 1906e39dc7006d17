import { describe, expect, it } from "vitest";
import {
  isDummyAfterPrefix,
  isDummyPair,
  isDummyValue,
  isPasswordHash,
  isRepeatedBlock,
  orderedCharacters,
  sequentialCharacters,
} from "../../src/secrets/dummies.js";
import { fakeChars } from "../fake-tokens.js";

const ALNUM = "ABCDEFGHJKLMNPQRSTUVWYZabcdefghijkmnopqrstuvwyz23456789";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const seeds = Array.from({ length: 40 }, (_, i) => i + 1);

/** A run of `length` characters of `row` in order, starting at `start`, wrapping around. */
const runOf = (row: string, start: number, length: number): string =>
  Array.from({ length }, (_, i) => row[(start + i) % row.length]).join("");

describe("dummies by shape", () => {
  it("random values of every length from 8 to 40 are not dummies", () => {
    for (const seed of seeds) {
      const value = fakeChars(8 + (seed % 33), seed, ALNUM);
      expect(isDummyValue(value), `seed ${seed}`).toBe(false);
    }
  });

  it("alphabet and digit runs, in order either way, are dummies", () => {
    for (const seed of seeds) {
      const length = 6 + (seed % 12);
      const run = runOf(seed % 2 ? LOWER : DIGITS, seed, length);
      expect(isDummyValue(run), run).toBe(true);
      expect(isDummyValue([...run].reverse().join("")), "descending").toBe(true);
      expect(isDummyValue(run.toUpperCase()), "upper case").toBe(true);
    }
    expect(isDummyValue(`${runOf(LOWER, 3, 6)}${runOf(DIGITS, 1, 6)}`)).toBe(true);
  });

  it("keyboard rows and one character or block repeated are dummies", () => {
    expect(isDummyValue("qwerty")).toBe(true);
    expect(isDummyValue("asdfgh")).toBe(true);
    for (const seed of seeds) {
      const block = fakeChars(1 + (seed % 8), seed, ALNUM);
      const repeated = block.repeat(Math.ceil(24 / block.length));
      expect(isRepeatedBlock(repeated), repeated).toBe(true);
      expect(isDummyValue(repeated)).toBe(true);
    }
  });

  it("a value that repeats a block over most of its length is a dummy; a random one is not", () => {
    const head = fakeChars(9, 5, ALNUM);
    expect(isRepeatedBlock(head + "123".repeat(7))).toBe(true);
    for (const seed of seeds) expect(isRepeatedBlock(fakeChars(30, seed, ALNUM))).toBe(false);
  });

  it("counts only runs typed in one case for keyboard and repeats; ordered runs in any case", () => {
    expect(sequentialCharacters("abcdef")).toBe(6);
    expect(sequentialCharacters("aBcDeF")).toBe(0);
    expect(orderedCharacters("aBcDeF")).toBe(6);
    expect(orderedCharacters(fakeChars(3, 1, "XYZ"))).toBeLessThanOrEqual(3);
  });

  it("dummy words are dummies alone or beside counters, not beside a random part", () => {
    for (const word of ["example", "sample", "dummy", "fake", "test", "changeme", "placeholder"]) {
      expect(isDummyValue(word), word).toBe(true);
      expect(isDummyValue(`${word}-${(word.length * 7) % 100}`), `${word} with a counter`).toBe(true);
      expect(isDummyValue(`${word}_1`), `${word} joined by an underscore`).toBe(true);
      expect(isDummyValue(`${word}-${fakeChars(20, word.length, ALNUM)}`), `${word} beside a random part`).toBe(false);
    }
  });

  it("masked values are dummies", () => {
    expect(isDummyValue("********")).toBe(true);
    expect(isDummyValue(`sk-${"x".repeat(8)}${fakeChars(4, 2)}`)).toBe(true);
    expect(isDummyValue("••••••")).toBe(true);
  });

  it("recognises password hashes in the formats people store them", () => {
    for (const seed of seeds.slice(0, 10)) {
      const bcrypt = `$2b$${10 + (seed % 4)}$${fakeChars(53, seed, BCRYPT_ALPHABET)}`;
      const argon2 = `$argon2id$v=19$m=65536,t=3,p=4$${fakeChars(22, seed, B64)}$${fakeChars(43, seed + 1, B64)}`;
      const pbkdf2 = `pbkdf2_sha256$600000$${fakeChars(22, seed, ALNUM)}$${fakeChars(44, seed + 2, B64)}`;
      const sha512crypt = `$6$${fakeChars(16, seed, ALNUM)}$${fakeChars(86, seed, BCRYPT_ALPHABET)}`;
      for (const hash of [bcrypt, argon2, pbkdf2, sha512crypt]) {
        expect(isPasswordHash(hash), hash.slice(0, 10)).toBe(true);
        expect(isDummyValue(hash)).toBe(true);
      }
      // A bcrypt string cut short is not a hash.
      expect(isPasswordHash(bcrypt.slice(0, 40))).toBe(false);
    }
  });

  it("chosen passwords are not dummies", () => {
    for (const password of ["Tr0ub4dor&3", "hunter2", "MyPwd2024!", "correct horse battery"]) {
      expect(isDummyValue(password), password).toBe(false);
    }
  });

  it("user:password pairs that only name the parts are dummies", () => {
    expect(isDummyPair("user", "pass")).toBe(true);
    expect(isDummyPair("admin", "admin")).toBe(true);
    expect(isDummyPair("bob", "password")).toBe(true);
    expect(isDummyPair("deploy", "123456")).toBe(true);
    expect(isDummyPair("deploy", fakeChars(12, 3, ALNUM))).toBe(false);
  });

  it("judges a value without its vendor prefix", () => {
    expect(isDummyAfterPrefix(`xoxp-${runOf(DIGITS, 1, 10)}`)).toBe(true);
    expect(isDummyAfterPrefix("xoxe.xoxp-1-SlackAppConfigurationTokenHere")).toBe(true);
    expect(isDummyAfterPrefix(`xoxp-${fakeChars(24, 9, ALNUM)}`)).toBe(false);
    expect(isDummyAfterPrefix(fakeChars(24, 9, ALNUM))).toBe(false);
    // A chosen password is not a prefix and a word.
    expect(isDummyAfterPrefix(`${fakeChars(3, 11, "abcdefghjk")}9ing-Pa55`)).toBe(false);
  });
});
