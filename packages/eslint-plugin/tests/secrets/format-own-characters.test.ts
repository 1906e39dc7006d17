/**
 * A format's own shapes and characters are never evidence against a token of that format: a hex-only shape of a
 * format whose other shapes are wider is not a "digest in a wider format", and template-marker characters the
 * format's alphabet holds (`%`, `<`, `>`, `$`, …) do not make a random body a placeholder. Checked on every format
 * of the catalogue with seeded samples drawn from its own declaration (nothing copied from any corpus).
 */
import { describe, expect, it } from "vitest";
import { realTokens } from "../../src/rules/no-hardcoded-secrets-utils/detectors.js";
import { CATALOGUE } from "../../src/secrets/catalogue/index.js";
import { render, seededRandom } from "../../src/secrets/catalogue/samples.js";
import { isPlaceholderToken } from "../../src/secrets/placeholders.js";
import { findTokens, TOKEN_PATTERNS } from "../../src/secrets/token-patterns.js";

const SAMPLES = 60;
const HEX_RUN = /^[0-9a-fA-F]+$/;
const MARKER_SYNTAX = /[${}()%<>[\]:@]/;

type Shape = (typeof CATALOGUE)[number]["shapes"][number];
const runsOf = (shape: Shape) => shape.flatMap((part) => (part.kind === "chars" ? [part.alphabet] : []));
/** The provider word a keyword-gated format needs beside its value. */
const contextOf = (definition: (typeof CATALOGUE)[number]) => (definition.keywordRequired ? definition.keywords?.[0] : undefined);

/**
 * How many of `tokens` the format's regex and validator accept but the placeholder and digest judgements then drop
 * (a sample its own validator rejects is not counted: that is the format's definition, not these judgements).
 */
function droppedAfterMatching(definition: (typeof CATALOGUE)[number], tokens: readonly string[]): number {
  const context = contextOf(definition);
  return tokens.filter((token) => {
    const matched = findTokens(token, TOKEN_PATTERNS, context === undefined ? {} : { context }).some((m) => m.pattern.id === definition.id);
    return matched && realTokens(token, TOKEN_PATTERNS, context)?.pattern.id !== definition.id;
  }).length;
}

/** Formats rendered from their shapes (a format with its own sample builder, such as PEM keys, is left out). */
const rendered = CATALOGUE.filter((definition) => definition.sample === undefined);

describe("a format's own shapes", () => {
  const mixedFormats = rendered.filter(
    (definition) => definition.shapes.some((shape) => runsOf(shape).every((run) => HEX_RUN.test(run))) && definition.shapes.some((shape) => runsOf(shape).some((run) => /[g-zG-Z]/.test(run))),
  );

  it("the catalogue has formats with a hex-only shape beside a wider one", () => {
    expect(mixedFormats.length).toBeGreaterThan(0);
  });

  it.each(mixedFormats.map((definition) => [definition.id, definition] as const))("%s: tokens of its hex-only shape are reported", (_id, definition) => {
    const hexShapes = definition.shapes.filter((shape) => runsOf(shape).every((run) => HEX_RUN.test(run)));
    const tokens = Array.from({ length: SAMPLES }, (_, seed) => render(hexShapes[seed % hexShapes.length]!, seededRandom(seed + 1)));
    expect(droppedAfterMatching(definition, tokens)).toBe(0);
  });
});

describe("template-marker characters of a format's own alphabet", () => {
  const markerFormats = rendered.filter((definition) => definition.shapes.some((shape) => runsOf(shape).some((run) => MARKER_SYNTAX.test(run))));

  it("the catalogue has formats whose alphabet holds marker characters", () => {
    expect(markerFormats.length).toBeGreaterThan(0);
  });

  it.each(markerFormats.map((definition) => [definition.id, definition] as const))("%s: random bodies are not placeholders", (_id, definition) => {
    const tokens = Array.from({ length: SAMPLES }, (_, seed) => render(definition.shapes[seed % definition.shapes.length]!, seededRandom(seed + 1)));
    expect(droppedAfterMatching(definition, tokens)).toBe(0);
  });

  it("a marker around a placeholder word still reads as a placeholder, whatever the alphabet", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%<>";
    for (const body of ["Ab12%TOKEN%Cd34", "Ab12<YOUR_KEY>Cd34", "<API>"]) expect(isPlaceholderToken(body, body, alphabet)).toBe(true);
    expect(isPlaceholderToken("Ab12%Qz9%Cd34", "Ab12%Qz9%Cd34", alphabet)).toBe(false);
    // Without the alphabet (or for one that lacks marker characters), any marker still counts.
    expect(isPlaceholderToken("Ab12%Qz9%Cd34")).toBe(true);
  });
});
