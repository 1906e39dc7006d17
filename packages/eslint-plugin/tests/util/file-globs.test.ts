import fc from "fast-check";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { compileGlob, matchesAnyGlob, MAX_GLOB_ALTERNATIVES } from "../../src/util/file-globs.js";

describe("file globs", () => {
  it.each([
    ["**/*.{test,spec}.ts", "src/a/b.test.ts", true],
    ["**/*.{test,spec}.ts", "b.spec.ts", true],
    ["**/*.{test,spec}.ts", "src/b.ts", false],
    ["**/__tests__/**", "src/__tests__/a/b.ts", true],
    ["**/__tests__/**", "src/tests/b.ts", false],
    ["**/{a,{b,c}}.ts", "x/c.ts", true],
    ["**/{a,{b,c}}.ts", "x/d.ts", false],
    ["src/*.ts", "src/a/b.ts", false],
    ["src/**", "src", true],
    ["[^a]b.ts", "cb.ts", true],
    ["[^a]b.ts", "ab.ts", false],
    ["!**/*.ts", "a.js", true],
    ["./src/*.ts", "src/a.ts", true],
    [".github/**", ".github/workflows/ci.yml", true],
  ])("%s on %s is %s", (glob, path, expected) => {
    expect(compileGlob(glob)(path)).toBe(expected);
    expect(picomatch(glob, { dot: true })(path)).toBe(expected);
  });

  it("reads an unbalanced brace as text, as picomatch does", () => {
    expect(compileGlob("{a,b")("{a,b")).toBe(true);
    expect(compileGlob("{a,b")("a")).toBe(false);
  });

  it("matches a name that sends picomatch's regular expression into backtracking", () => {
    // `*a*a…*b` against a run of `a`: no `b`, so no match; picomatch's regex takes seconds here.
    expect(compileGlob(`${"*a".repeat(11)}*b`)("a".repeat(33))).toBe(false);
    expect(compileGlob(`${"*a".repeat(11)}*b`)(`${"a".repeat(33)}b`)).toBe(true);
  });

  it("matches paths with Windows separators", () => {
    expect(matchesAnyGlob("src\\a\\b.test.ts", [compileGlob("**/*.test.ts")])).toBe(true);
  });

  it("rejects an empty glob in one line", () => {
    expect(() => compileGlob("")).toThrow(/^a glob must have 1 to \d+ characters \(got 0\)$/);
  });

  it("leaves globs with extglobs or too many alternatives to picomatch", () => {
    expect(compileGlob("**/+(a|b).ts")("x/ab.ts")).toBe(true);
    const many = "{a,b}".repeat(Math.ceil(Math.log2(MAX_GLOB_ALTERNATIVES)) + 1);
    expect(compileGlob(many)("ab".repeat(4).slice(0, many.length / 5))).toBe(picomatch(many, { dot: true })("ab".repeat(4).slice(0, many.length / 5)));
  });

  it("agrees with picomatch on generated globs and paths", () => {
    const piece = fc.constantFrom("a", "b", ".", "*", "?", "[ab]", "[^a]", "[!a]", "{a,b}", "{a,{b,*}}");
    // Each segment ends in something that cannot be empty; `**` only as a whole segment (how file globs write it).
    const segment = fc
      .tuple(fc.array(piece, { maxLength: 3 }), fc.constantFrom("a", "b", "?"))
      .map(([pieces, last]) => pieces.join("") + last)
      .filter((text) => !text.includes("**"));
    const glob = fc.array(fc.oneof(segment, fc.constant("**")), { minLength: 1, maxLength: 3 }).map((parts) => parts.join("/"));
    const name = fc.array(fc.constantFrom("a", "b", ".", "c"), { minLength: 1, maxLength: 4 }).map((chars) => chars.join(""));
    const path = fc.array(name.filter((text) => text !== "." && text !== ".."), { minLength: 1, maxLength: 4 }).map((parts) => parts.join("/"));
    fc.assert(
      fc.property(glob, path, (g, p) => {
        expect(compileGlob(g)(p), `${g} on ${p}`).toBe(picomatch(g, { dot: true })(p));
      }),
      { numRuns: 1500, seed: 20261130 },
    );
  });

  it("gives the same answers when one compiled glob matches many paths (remembered steps)", () => {
    const piece = fc.constantFrom("a", "b", "*", "?", "[ab]", "{a,b}", "**/", "/");
    const glob = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join("")).filter((g) => !g.startsWith("/") && !/\/\/|\*\*[^/]|[^/]\*\*/.test(g));
    // Relative file paths, as rules see them: no empty segment.
    const path = fc
      .array(fc.constantFrom("a", "b", "c", "/"), { minLength: 1, maxLength: 12 })
      .map((chars) => chars.join(""))
      .filter((p) => !p.startsWith("/") && !p.endsWith("/") && !p.includes("//"));
    fc.assert(
      fc.property(glob, fc.array(path, { minLength: 20, maxLength: 40 }), (g, paths) => {
        const ours = compileGlob(g);
        const theirs = picomatch(g, { dot: true });
        // Twice over the same paths: the second pass runs on remembered steps only.
        for (const p of [...paths, ...paths]) expect(ours(p), `${g} on ${p}`).toBe(theirs(p));
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });

  it("still agrees with picomatch once a glob has more steps than it remembers", () => {
    const glob = "**/?*?*?*?*?*?.ts";
    const ours = compileGlob(glob);
    const theirs = picomatch(glob, { dot: true });
    // Hundreds of distinct characters (Cyrillic, Armenian, Hebrew and Arabic letters): more (state, character) steps than the tables
    // keep, so later paths run on the fallback simulation.
    const wide = Array.from({ length: 800 }, (_, i) => String.fromCodePoint(0x400 + i));
    const paths = fc.sample(fc.array(fc.constantFrom("a", "b", ...Array.from({ length: 60 }, () => "/"), ...wide), { minLength: 10, maxLength: 40 }).map((chars) => `${chars.join("")}.ts`), { numRuns: 2000, seed: 7 });
    for (const p of paths) expect(ours(p), p).toBe(theirs(p));
    // Both answers occur, so agreeing says something.
    expect(new Set(paths.map(ours)).size).toBe(2);
  });
});
