/**
 * Cases generated from a format's declaration, for tests and the bench: samples with random bodies from
 * the format's alphabets and lengths, and near misses that break its shape (a run one character short
 * or long, a character outside the alphabet, a wrong opening, a letter glued before it). Nothing here is
 * copied from anyone's samples, and a seed makes every case reproducible.
 */
import { randomChars } from "./dsl.js";
import type { CharsPart, FormatDefinition, Part, Random } from "./types.js";

/** A seeded pseudo-random source (mulberry32). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Length of each run: `lengths[i]` for part `i`, random within bounds where not given. */
export function render(shape: readonly Part[], random: Random, lengths: ReadonlyMap<number, number> = new Map()): string {
  return shape
    .map((part, i) => {
      if (part.kind === "literal") return pick(random, part.options);
      const length = lengths.get(i) ?? part.min + Math.floor(random() * (Math.min(part.max, part.min + 40) - part.min + 1));
      return randomChars(random, part.alphabet, length);
    })
    .join("");
}

/** A valid-looking sample of the format (its own sampler when it has one). */
export function sampleOf(definition: FormatDefinition, random: Random, shapeIndex = 0): string {
  if (definition.sample) return definition.sample(random);
  return render(definition.shapes[shapeIndex % definition.shapes.length]!, random);
}

/** The longest-minimum run of a shape: the one near misses break. */
function mainRun(shape: readonly Part[]): number {
  let best = -1;
  shape.forEach((part, i) => {
    if (part.kind === "chars" && (best === -1 || part.min > (shape[best] as CharsPart).min)) best = i;
  });
  return best;
}

/** Every run at its minimum length. */
function minimal(shape: readonly Part[]): Map<number, number> {
  return new Map(shape.flatMap((part, i) => (part.kind === "chars" ? [[i, part.min] as const] : [])));
}

/** A character outside `alphabet`, preferring a letter or digit (so it does not end the token). */
export function outsider(alphabet: string): string {
  for (const candidate of "gzGZ9q_-.!#") if (!alphabet.includes(candidate)) return candidate;
  return "\u00e9";
}

/** A near miss: what it breaks, and its text. */
export interface NearMiss {
  readonly kind: "too short" | "too long" | "outside alphabet" | "wrong opening" | "custom";
  readonly text: string;
}

/** Near misses of one shape of a format, each of which must not match as that format. */
export function nearMissesOf(definition: FormatDefinition, random: Random): NearMiss[] {
  if (definition.sample) return (definition.nearMisses?.(random) ?? []).map((text) => ({ kind: "custom", text }));
  const out: NearMiss[] = [];
  definition.shapes.forEach((shape) => {
    const main = mainRun(shape);
    if (main === -1) return;
    const run = shape[main] as CharsPart;
    const base = minimal(shape);
    if (run.min > 1) out.push({ kind: "too short", text: render(shape, random, new Map([...base, [main, run.min - 1]])) });
    out.push({ kind: "too long", text: render(shape, random, new Map([...base, [main, run.max + 1]])) });
    // A character outside the alphabet, in the first half of the run (so no prefix of it is long enough).
    const lengths = new Map([...base]);
    const parts = shape.map((part, i) => (part.kind === "literal" ? pick(random, part.options) : randomChars(random, part.alphabet, lengths.get(i)!)));
    const body = parts[main]!;
    const at = Math.floor(run.min / 2);
    parts[main] = body.slice(0, at) + outsider(run.alphabet) + body.slice(at + 1);
    out.push({ kind: "outside alphabet", text: parts.join("") });
    const first = shape[0]!;
    if (first.kind === "literal") {
      const option = pick(random, first.options);
      for (const replacement of "qxjQXJ37") {
        const wrong = replacement + option.slice(1);
        if (first.options.some((o) => o.startsWith(wrong) || wrong.startsWith(o)) || option[0] === replacement) continue;
        out.push({ kind: "wrong opening", text: wrong + render(shape.slice(1), random) });
        break;
      }
    }
  });
  return out;
}

/**
 * Whether gluing a letter and a digit before the format must break it: every shape opens with a literal
 * that starts with a letter or digit. (A shape opening with a run of letters would just grow longer; its
 * length bound is tested by the "too long" near miss.)
 */
export function hasLeftBoundary(definition: FormatDefinition): boolean {
  return definition.shapes.every((shape) => {
    const first = shape[0]!;
    return first.kind === "literal" && first.options.every((option) => /^[A-Za-z0-9]/.test(option));
  });
}

/** The wrappings a token reaches the rule in: a string literal, a template, a named constant, a line comment. */
export const WRAPPINGS: readonly { readonly name: string; readonly wrap: (token: string) => string }[] = [
  { name: "string literal", wrap: (token) => `call(${JSON.stringify(token)});` },
  { name: "template", wrap: (token) => `\`${token.replace(/[`\\]/g, "\\$&").replace(/\$\{/g, "\\${")}\`` },
  { name: "named constant", wrap: (token) => `const apiKey = ${JSON.stringify(token)};` },
  { name: "line comment", wrap: (token) => `// ${token.replace(/\n/g, "\n// ")}` },
];
