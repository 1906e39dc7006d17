/**
 * Glob matching for rule options that select files (`testFilePatterns`). picomatch (the matcher ESLint's own
 * tooling family uses) defines what a glob means and rejects the ones it cannot read; matching itself runs on an
 * automaton built from the same glob, in time linear in the path for a given glob (a DFA built lazily from it, so
 * the thousands of paths of one run cost a map lookup per character). picomatch's regular expressions
 * backtrack: `*a*a*a*a*a*a*a*a*a*a*a*b` takes seconds on a 33-character name. The automaton handles what file
 * globs use (`*`, `**`, `?`, `[...]` classes, `{a,b}` alternatives, `\` escapes, a leading `!`); a glob with
 * extglob syntax (`@(…)`, `+(…)`, `!(…)`, `*(…)`, `?(…)`) is matched by picomatch itself. Dot files match like any
 * other (as `dot: true` in picomatch, and as ESLint's `files` do). `**` is a globstar only as a whole path segment;
 * elsewhere it is `*` (picomatch also lets `**{a,b}` cross directories; file globs do not write that). A glob with
 * more than {@link MAX_GLOB_ALTERNATIVES} alternatives is matched by picomatch too.
 */
import picomatch from "picomatch";

/** A compiled glob: whether a `/`-separated relative path matches. */
export type GlobMatcher = (path: string) => boolean;

/** The most alternatives one glob's `{a,b}` groups may expand to. */
export const MAX_GLOB_ALTERNATIVES = 256;

const PICOMATCH_OPTIONS = { dot: true } as const;
const EXTGLOB = /[@+!*?]\(/;

/** The longest glob accepted (picomatch's own limit is 65,536 characters); option schemas use it as `maxLength`. */
export const MAX_GLOB_LENGTH = 4096;

/**
 * Compiles a glob. Every non-empty glob up to {@link MAX_GLOB_LENGTH} characters compiles (rule option schemas
 * enforce both bounds); otherwise this throws one line naming the problem.
 *
 * @example
 * compileGlob("**\/*.{test,spec}.ts")("src/a/b.test.ts"); // true
 */
export function compileGlob(glob: string): GlobMatcher {
  if (glob.length === 0 || glob.length > MAX_GLOB_LENGTH) {
    throw new Error(`a glob must have 1 to ${MAX_GLOB_LENGTH} characters (got ${glob.length})`);
  }
  const fallback = (): GlobMatcher => {
    try {
      return picomatch(glob, PICOMATCH_OPTIONS);
    } catch (error) {
      throw new Error(`glob "${glob.slice(0, 80)}" cannot be read: ${firstLine(error)}`);
    }
  };
  if (EXTGLOB.test(glob)) return fallback();
  const negated = glob.startsWith("!");
  // `./src/**` means `src/**`, as in picomatch.
  const positive = (negated ? glob.slice(1) : glob).replace(/^(?:\.\/)+/, "");
  const expanded = expandBraces(positive, MAX_GLOB_ALTERNATIVES + 1);
  // Past the bound, picomatch's single regular expression is smaller than the automata would be.
  if (expanded.length > MAX_GLOB_ALTERNATIVES) return fallback();
  let automata: Automaton[];
  try {
    automata = expanded.map(compileAutomaton);
  } catch {
    // A character class JavaScript reads differently from picomatch: let picomatch match it.
    return fallback();
  }
  return (path) => automata.some((automaton) => runs(automaton, path)) !== negated;
}

/** Whether a path (relative, any separators) matches one of the globs. */
export function matchesAnyGlob(path: string, globs: readonly GlobMatcher[]): boolean {
  const normalized = path.replace(/\\/g, "/");
  return globs.some((glob) => glob(normalized));
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

// ---- braces ----------------------------------------------------------------------------------------------------

/** Put around text substituted for a brace group; matches nothing and is skipped by the automaton. */
const MARK = "\u0000";

/** `a{b,c{d,e}}f` -> `abf`, `acdf`, `acef`; stops growing past `limit`. Unbalanced braces stay literal. */
function expandBraces(glob: string, limit: number): string[] {
  const open = findBraceGroup(glob);
  if (!open) return [glob];
  const { start, end, parts } = open;
  const out: string[] = [];
  for (const part of parts) {
    // Markers around the chosen part keep it from joining its neighbours (`{*,a}{*,b}` never makes a `**`).
    for (const rest of expandBraces(`${MARK}${part}${MARK}${glob.slice(end + 1)}`, limit)) {
      out.push(glob.slice(0, start) + rest);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** The first `{...}` group with a top-level comma, and its comma-separated parts (nested groups kept whole). */
function findBraceGroup(glob: string): { start: number; end: number; parts: string[] } | undefined {
  for (let start = 0; start < glob.length; start++) {
    if (glob[start] === "\\") {
      start++;
      continue;
    }
    if (glob[start] !== "{") continue;
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < glob.length; i++) {
      const char = glob[i];
      if (char === "\\") i++;
      else if (char === "{") depth++;
      else if (char === "}" && --depth === 0) {
        if (commas.length === 0) break; // `{a}` is literal text, as in picomatch
        const bounds = [start, ...commas, i];
        return { start, end: i, parts: bounds.slice(1).map((bound, k) => glob.slice(bounds[k]! + 1, bound)) };
      } else if (char === "," && depth === 1) commas.push(i);
    }
  }
  return undefined;
}

// ---- automaton -------------------------------------------------------------------------------------------------

/**
 * One state per glob element. `char` states consume one character that `test` accepts and move on; `star` loops on
 * characters other than `/`; `dirs` (`**​/`) is at a directory boundary and may skip whole directories; `rest`
 * (a final `**`) takes anything; `tail` (a final `/**`) is nothing, or `/` and then anything. Every state but
 * `char` may be passed without consuming anything.
 */
type State =
  | { kind: "char"; test: (char: string) => boolean; literal?: string }
  | { kind: "star" }
  | { kind: "dirs" }
  | { kind: "rest" }
  | { kind: "tail" };

interface Automaton {
  states: State[];
  /** For `dirs` states: the index of its "inside a directory name" twin, appended after the glob's states. */
  inside: Map<number, number>;
  /** The reverse of `inside`: a twin's `dirs` state. */
  twinOf: Map<number, number>;
  /**
   * Runs of consecutive literal characters the glob writes (`.test.ts` in a glob ending `*.test.ts`): a matching
   * path holds each of them, so a path missing one is rejected before the simulation.
   */
  literals: string[];
  /** Two state sets reused by every simulated step (matching is synchronous, so one pair per automaton suffices). */
  buffers: [Uint8Array, Uint8Array];
  /** DFA states (closed state sets, the start set first) by their key, and their keys by id. */
  ids: Map<string, number>;
  keys: string[];
  /** Per DFA state, its remembered steps: code point -> next DFA state (`DEAD` for the empty set). */
  rows: Map<number, number>[];
  /** How many steps `rows` hold together. */
  cached: number;
  /** Per DFA state, whether it holds the final state. */
  accepting: boolean[];
}

function compileAutomaton(glob: string): Automaton {
  const states: State[] = [];
  const literal = (expected: string): State => ({ kind: "char", test: (char) => char === expected, literal: expected });
  /** Indexes of states that are a written `/` (a final `/**` takes it into its tail). */
  const slashes = new Set<number>();
  // Neighbours across brace markers, for "is this `**` a whole path segment".
  const before = (i: number): string | undefined => glob.slice(0, i).replaceAll(MARK, "").at(-1);
  const after = (i: number): string | undefined => glob.slice(i).replaceAll(MARK, "")[0];
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === MARK) continue;
    const atSegmentStart = before(i) === undefined || before(i) === "/";
    if (char === "\\" && i + 1 < glob.length) {
      states.push(literal(glob[++i]!));
    } else if (char === "*" && glob[i + 1] === "*" && atSegmentStart && (after(i + 2) === undefined || after(i + 2) === "/")) {
      // A whole `**` segment: `**/` skips directories; a final `**` (or `/**`) takes the rest.
      if (after(i + 2) === undefined) {
        while (states.at(-1)?.kind === "dirs") states.pop(); // `a/**/**` is `a/**`
        if (slashes.has(states.length - 1)) {
          states.pop(); // `a/**` matches `a` too: the `/` is part of the tail
          states.push({ kind: "tail" });
        }
        states.push({ kind: "rest" });
        i = glob.length;
      } else {
        states.push({ kind: "dirs" });
        i += 1;
        while (glob[i + 1] === MARK) i++;
        i += 1; // the `/`
      }
    } else if (char === "*") {
      while (glob[i + 1] === "*") i++;
      states.push({ kind: "star" });
    } else if (char === "?") {
      states.push({ kind: "char", test: (c) => c !== "/" });
    } else if (char === "[") {
      const close = classEnd(glob, i);
      if (close === -1) states.push(literal("["));
      else {
        // As in picomatch, `[^a]` negates a class; `[!a]` is a class of `!` and `a`.
        const body = glob.slice(i + 1, close);
        const regex = new RegExp(`^[${body.replace(/\\(?!.)/g, "\\\\")}]$`, "u");
        states.push({ kind: "char", test: (c) => c !== "/" && regex.test(c) });
        i = close;
      }
    } else {
      if (char === "/") slashes.add(states.length);
      states.push(literal(char));
    }
  }
  const inside = new Map<number, number>();
  states.forEach((state, index) => {
    if (state.kind === "dirs") inside.set(index, states.length + 1 + inside.size);
  });
  const twinOf = new Map([...inside].map(([dirs, twin]) => [twin, dirs]));
  const literals: string[] = [];
  let run = "";
  for (const state of [...states, undefined]) {
    if (state?.kind === "char" && state.literal !== undefined) run += state.literal;
    else if (run !== "") {
      literals.push(run);
      run = "";
    }
  }
  const total = states.length + 1 + inside.size;
  const automaton: Automaton = {
    states,
    inside,
    twinOf,
    literals,
    buffers: [new Uint8Array(total), new Uint8Array(total)],
    ids: new Map(),
    keys: [],
    rows: [],
    cached: 0,
    accepting: [],
  };
  const start = new Uint8Array(total);
  start[0] = 1;
  idOf(automaton, close(automaton, start)); // id 0: the start set is never empty
  return automaton;
}

/** The index of the `]` closing a class opened at `open`, or -1 (then `[` is literal). */
function classEnd(glob: string, open: number): number {
  let i = open + 1;
  if (glob[i] === "!" || glob[i] === "^") i++;
  if (glob[i] === "]") i++;
  for (; i < glob.length; i++) {
    if (glob[i] === "\\") i++;
    else if (glob[i] === "]") return i;
    else if (glob[i] === "/") return -1;
  }
  return -1;
}

/** Most DFA states and cached transitions one glob keeps; past them, steps are simulated without being remembered. */
const MAX_DFA_STATES = 1024;
const MAX_CACHED_TRANSITIONS = 4096;

/**
 * Whether the automaton accepts `path`. The state sets it passes through are the states of a DFA, built lazily:
 * each (set, character) step is simulated once and remembered, so matching the many paths of a run costs one map
 * lookup per character. Both tables are bounded; past them, the rest of the path is simulated on state sets
 * (still linear in the path).
 */
function runs(automaton: Automaton, path: string): boolean {
  // Cheap rejection: every file linted is matched against every glob, and most paths miss a literal part.
  for (const literal of automaton.literals) if (!path.includes(literal)) return false;
  const { rows } = automaton;
  let state = 0;
  for (let i = 0; i < path.length; i++) {
    const code = path.codePointAt(i)!;
    let next = rows[state]!.get(code);
    if (next === undefined) {
      if (automaton.keys.length >= MAX_DFA_STATES || automaton.cached >= MAX_CACHED_TRANSITIONS) {
        return simulate(automaton, Uint8Array.from(decode(automaton, state)), path.slice(i));
      }
      const set = advance(automaton, decode(automaton, state), String.fromCodePoint(code), automaton.buffers[1]);
      next = set ? idOf(automaton, set) : DEAD;
      rows[state]!.set(code, next);
      automaton.cached++;
    }
    if (next === DEAD) return false;
    state = next;
    if (code > 0xffff) i++; // the second half of a surrogate pair
  }
  return automaton.accepting[state]!;
}

/** The NFA simulation from the state set `active` over `rest`, remembering nothing: the bounded tables' fallback. */
function simulate(automaton: Automaton, active: Uint8Array, rest: string): boolean {
  let current = active;
  let spare: Uint8Array = new Uint8Array(active.length);
  for (const char of rest) {
    const next = advance(automaton, current, char, spare);
    if (!next) return false;
    spare = current;
    current = next;
  }
  return current[automaton.states.length] === 1;
}

/** The id of the empty state set: no path can match from it. */
const DEAD = -1;

/** The DFA state id of a state set (registered on first sight). */
function idOf(automaton: Automaton, set: Uint8Array): number {
  const key = encode(set);
  let id = automaton.ids.get(key);
  if (id === undefined) {
    id = automaton.keys.length;
    automaton.ids.set(key, id);
    automaton.keys.push(key);
    automaton.rows.push(new Map());
    automaton.accepting.push(set[automaton.states.length] === 1);
  }
  return id;
}

/** A state set as a key: its members' indexes, comma-separated. */
function encode(set: Uint8Array): string {
  let key = "";
  for (let j = 0; j < set.length; j++) if (set[j]) key += key === "" ? `${j}` : `,${j}`;
  return key;
}

function decode({ buffers, keys }: Automaton, id: number): Uint8Array {
  const set = buffers[0];
  set.fill(0);
  for (const index of keys[id]!.split(",")) set[Number(index)] = 1;
  return set;
}

/** Adds to `set` the states that can be passed without consuming: `star`, `dirs` (zero directories), `rest` (nothing left). */
function close({ states }: Automaton, set: Uint8Array): Uint8Array {
  const end = states.length;
  for (let j = 0; j < end; j++) {
    if (set[j] && states[j]!.kind !== "char") set[states[j]!.kind === "tail" ? j + 2 : j + 1] = 1;
  }
  return set;
}

/**
 * One step of the NFA simulation, O(states): the closed state set after `char` from `active`, written into `next`
 * (a different array), or `undefined` when it is empty.
 */
function advance(automaton: Automaton, active: Uint8Array, char: string, next: Uint8Array): Uint8Array | undefined {
  const { states, inside, twinOf } = automaton;
  const end = states.length;
  next.fill(0);
  for (let j = 0; j < active.length; j++) {
    if (!active[j]) continue;
    if (j >= end + 1) {
      // Inside a directory name skipped by `**/`: `/` ends it, anything else stays inside.
      next[char === "/" ? twinOf.get(j)! : j] = 1;
      continue;
    }
    if (j === end) continue;
    const state = states[j]!;
    if (state.kind === "char") {
      if (state.test(char)) next[j + 1] = 1;
    } else if (state.kind === "star") {
      if (char !== "/") next[j] = 1;
    } else if (state.kind === "rest") {
      next[j] = 1;
    } else if (state.kind === "tail") {
      if (char === "/") next[j + 1] = 1;
    } else if (char === "/") {
      next[j] = 1; // an empty directory name: `a//b`
    } else {
      next[inside.get(j)!] = 1;
    }
  }
  return next.includes(1) ? close(automaton, next) : undefined;
}
