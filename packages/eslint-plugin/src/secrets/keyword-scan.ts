/**
 * One pass over a text that finds which of many keyword sets occur in it: an Aho–Corasick automaton
 * over lower-cased ASCII, compiled once. The token scanner uses it to pick the few formats whose
 * keywords a string contains, so only their regular expressions run.
 */

const ALPHABET_BITS = 7;
const ALPHABET_SIZE = 1 << ALPHABET_BITS;
const NONE: readonly number[] = [];

/** Finds, in one pass, which groups of keywords have a member in a text (ASCII case-insensitive). */
export class KeywordScanner {
  /** Transition table: `delta[state * 128 + char]`, complete (failure links folded in). */
  private readonly delta: Int32Array;
  /** Per state, the groups whose keyword ends here (own or through failure links); empty when none. */
  private readonly outputs: readonly (readonly number[])[];
  /** Groups with an empty keyword: selected for every text. */
  private readonly always: readonly number[];
  /** Per state, 1 when some group's keyword ends there: the scan loop looks at outputs only then. */
  private readonly emits: Uint8Array;
  /** Per state, the scan that last reported its outputs (so a repeated keyword costs nothing). */
  private readonly stamp: Uint32Array;
  /** Per group, the scan that last selected it (so no set is built per scan). */
  private readonly chosen: Uint32Array;
  private generation = 0;

  /**
   * @param groups one list of keywords per group (lower-case ASCII); an empty keyword selects its group always.
   */
  constructor(groups: readonly (readonly string[])[]) {
    const goto: Map<number, number>[] = [new Map<number, number>()];
    const own: number[][] = [[]];
    const always: number[] = [];
    groups.forEach((keywords, group) => {
      for (const keyword of keywords) {
        if (keyword === "") {
          always.push(group);
          continue;
        }
        let state = 0;
        for (const char of keyword.toLowerCase()) {
          const code = char.charCodeAt(0);
          if (code >= ALPHABET_SIZE) throw new Error(`keyword "${keyword}" is not ASCII`);
          let next = goto[state]!.get(code);
          if (next === undefined) {
            next = goto.length;
            goto.push(new Map<number, number>());
            own.push([]);
            goto[state]!.set(code, next);
          }
          state = next;
        }
        if (!own[state]!.includes(group)) own[state]!.push(group);
      }
    });
    const states = goto.length;
    const delta = new Int32Array(states * ALPHABET_SIZE);
    const fail = new Int32Array(states);
    const outputs: number[][] = own.map((groupsHere) => [...groupsHere]);
    // Breadth-first: a state's failure target is always shallower, so already complete.
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET_SIZE; c++) {
      const next = goto[0]!.get(c);
      delta[c] = next ?? 0;
      if (next !== undefined) queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const group of outputs[fail[state]!]!) if (!outputs[state]!.includes(group)) outputs[state]!.push(group);
      for (let c = 0; c < ALPHABET_SIZE; c++) {
        const next = goto[state]!.get(c);
        if (next === undefined) {
          delta[state * ALPHABET_SIZE + c] = delta[fail[state]! * ALPHABET_SIZE + c]!;
        } else {
          delta[state * ALPHABET_SIZE + c] = next;
          fail[next] = delta[fail[state]! * ALPHABET_SIZE + c]!;
          queue.push(next);
        }
      }
    }
    this.delta = delta;
    this.outputs = outputs;
    this.always = always;
    this.stamp = new Uint32Array(states);
    this.emits = Uint8Array.from(outputs, (groupsHere) => (groupsHere.length > 0 ? 1 : 0));
    this.chosen = new Uint32Array(groups.length);
  }

  /**
   * The groups with a keyword in `text`, ascending; `into` collects them (a group already in it is not
   * added twice), so several texts can be scanned into one selection.
   *
   * @example
   * new KeywordScanner([["ghp_"], ["akia"]]).scan("token GHP_x"); // [0]
   */
  scan(text: string, into: readonly number[] = NONE): number[] {
    const { delta, outputs, emits, stamp, chosen } = this;
    let generation = ++this.generation;
    if (generation === 0xffffffff) {
      stamp.fill(0);
      chosen.fill(0);
      generation = this.generation = 1;
    }
    // Most texts hold no keyword: the result is built only from what is found, with no set or copy per scan.
    let selected: number[] | undefined;
    for (const group of into) selected = this.select(group, generation, selected);
    for (const group of this.always) selected = this.select(group, generation, selected);
    let state = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      let code = text.charCodeAt(i);
      if (code >= ALPHABET_SIZE) {
        state = 0;
        continue;
      }
      if (code >= 65 && code <= 90) code |= 32;
      state = delta[(state << ALPHABET_BITS) | code]!;
      if (emits[state] === 1 && stamp[state] !== generation) {
        stamp[state] = generation;
        for (const group of outputs[state]!) selected = this.select(group, generation, selected);
      }
    }
    if (selected === undefined) return [];
    return selected.length > 1 ? selected.sort((a, b) => a - b) : selected;
  }

  /** Adds `group` to `selected` (created on the first group) unless this scan already chose it. */
  private select(group: number, generation: number, selected: number[] | undefined): number[] | undefined {
    if (this.chosen[group] === generation) return selected;
    this.chosen[group] = generation;
    if (selected === undefined) return [group];
    selected.push(group);
    return selected;
  }
}
