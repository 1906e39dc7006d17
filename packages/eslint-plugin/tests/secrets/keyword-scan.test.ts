import { describe, expect, it } from "vitest";
import { KeywordScanner } from "../../src/secrets/keyword-scan.js";

describe("KeywordScanner", () => {
  const scanner = new KeywordScanner([["he"], ["she"], ["his"], ["hers"], ["akia"], [""]]);

  it("finds every group with a keyword in the text, overlapping ones included", () => {
    // "he" ends inside "she": found through the automaton's failure links.
    expect(scanner.scan("ushers")).toEqual([0, 1, 3, 5]);
    expect(scanner.scan("this")).toEqual([2, 5]);
  });

  it("ignores ASCII case, and restarts after a non-ASCII character", () => {
    expect(scanner.scan("key AKIA")).toEqual([4, 5]);
    expect(scanner.scan("AK\u00e9IA")).toEqual([5]);
  });

  it("selects a group with an empty keyword for every text", () => {
    expect(scanner.scan("")).toEqual([5]);
  });

  it("answers each scan on its own, whatever was scanned before", () => {
    expect(scanner.scan("she")).toEqual([0, 1, 5]);
    expect(scanner.scan("she")).toEqual([0, 1, 5]);
    expect(scanner.scan("xyz")).toEqual([5]);
  });

  it("adds to a given selection without duplicates", () => {
    expect(scanner.scan("his", [1, 4])).toEqual([1, 2, 4, 5]);
  });

  it("rejects a keyword it cannot scan for", () => {
    expect(() => new KeywordScanner([["cl\u00e9"]])).toThrow(/not ASCII/);
  });
});
