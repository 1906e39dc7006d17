/**
 * The one memo-and-cycle guard of the flow engine, and the environments a walk runs in.
 *
 * Every answer is cached per environment (`Env`): the root walk, the same walk without type questions, and each
 * inlined helper call with its parameters bound (interned, so two calls passing the same origins share answers).
 * A walk may be cut, by the depth bound or by meeting a question that is still being answered (a cycle). A cut
 * answer is never cached as "clean":
 * - a cycle makes the answers of the frames above the cycle's entry *provisional*; they are kept aside and become
 *   final only when the frame that closes the cycle finishes with no secret found (Tarjan's lowlink);
 * - a depth cut makes every open frame provisional, and records where it happened, so the tracker can answer that
 *   question first from a fresh stack and ask again (see `tracker.ts`): long chains cost linear time, not a bound.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { FunctionNode } from "../ast/nodes.js";
import type { SecretOrigin } from "./types.js";

type Variable = TSESLint.Scope.Variable;
/** Parameters of an inlined helper, bound to what its call site passes. */
export type Bindings = ReadonlyMap<Variable, SecretOrigin | undefined>;
/** What the memo caches answers for: a node, a variable, or a key made for a question about a node. */
export type MemoKey = TSESTree.Node | Variable | object;

/** Where a walk runs: which parameters are bound, whether the checker may be asked, how deep helpers are nested. */
export interface Env {
  /** Parameters of the helpers being inlined, bound to the origins their call sites pass. */
  readonly bindings: Bindings | undefined;
  /** Whether the walk must not ask the checker (following an object whose member's own type will be asked). */
  readonly typesOff: boolean;
  /** How many local helpers are inlined inside each other. */
  readonly nesting: number;
  /** Final answers (`null`: nothing secret). */
  readonly cache: WeakMap<MemoKey, SecretOrigin | null>;
  /** Questions being answered now, with the stack height of their frame. */
  readonly active: Map<MemoKey, number>;
  /** Provisional "nothing secret" answers inside an open cycle, with the lowest frame they depend on. */
  readonly tentative: Map<MemoKey, number>;
  /** Interned helper environments made from this one. */
  readonly inlined: Map<FunctionNode, { args: readonly (SecretOrigin | undefined)[]; env: Env }[]>;
  /** The same environment without type questions (made on first use). */
  withoutTypes?: Env;
}

function makeEnv(bindings: Bindings | undefined, typesOff: boolean, nesting: number): Env {
  return { bindings, typesOff, nesting, cache: new WeakMap(), active: new Map(), tentative: new Map(), inlined: new Map() };
}

/** The environment every question starts in: types on, nothing inlined. */
export function rootEnv(): Env {
  return makeEnv(undefined, false, 0);
}

/** `env` without questions to the checker. */
export function withoutTypes(env: Env): Env {
  if (env.typesOff) return env;
  env.withoutTypes ??= makeEnv(env.bindings, true, env.nesting);
  return env.withoutTypes;
}

/**
 * The environment for inlining `helper` from `env` with its arguments' origins: the same one for the same
 * helper and the same origins, so answers inside the helper are shared between such calls.
 */
export function inlinedEnv(env: Env, helper: FunctionNode, args: readonly (SecretOrigin | undefined)[], bind: () => Bindings): Env {
  let known = env.inlined.get(helper);
  if (!known) {
    known = [];
    env.inlined.set(helper, known);
  }
  const same = known.find((entry) => entry.args.length === args.length && entry.args.every((arg, i) => arg === args[i]));
  if (same) return same.env;
  const made = makeEnv(bind(), env.typesOff, env.nesting + 1);
  if (known.length < 16) known.push({ args, env: made });
  return made;
}

/** A question cut by the depth bound, to be answered from a fresh stack. */
export interface Deferred {
  readonly node: TSESTree.Node;
  readonly env: Env;
}

/** Most cut questions remembered per query; the rest are found again on the next attempt. */
const MAX_DEFERRED = 64;
/**
 * Most questions one query may compute (not counting cached answers): a safety net for dense cycles, where
 * provisional answers cannot be cached. Past it the walk is cut like at the depth bound, and nothing is cached.
 */
export const MAX_STEPS_PER_QUERY = 50_000;

/** The memo-and-cycle guard (see the module comment). One per engine; `reset()` before each top-level question. */
export class Memo {
  private height = 0;
  /** Lowest frame a cycle or cut in the current frame reached (`-1`: a depth cut, below every frame). */
  private low = Number.POSITIVE_INFINITY;
  private pending: { env: Env; key: MemoKey }[] = [];
  private provisionalSecrets = 0;
  private steps = 0;
  /** Whether this query was cut (depth bound or step budget): no open frame can close, every hit is provisional. */
  private cutSeen = false;
  /** Questions cut by the depth bound during the current query. */
  readonly deferred: Deferred[] = [];

  /** Forgets the state of the previous query (final answers stay cached). */
  reset(): void {
    for (const { env, key } of this.pending) env.tentative.delete(key);
    this.pending = [];
    this.height = 0;
    this.low = Number.POSITIVE_INFINITY;
    this.steps = 0;
    this.cutSeen = false;
    this.deferred.length = 0;
  }

  /** Records a cut by the depth bound at `node`: no frame open now may cache "clean". */
  cut(node: TSESTree.Node, env: Env): void {
    this.low = -1;
    this.cutSeen = true;
    if (this.deferred.length < MAX_DEFERRED && !this.deferred.some((d) => d.node === node && d.env === env)) this.deferred.push({ node, env });
  }

  /** The answer for `key` in `env`: cached, or computed once by `compute` under the cycle guard. */
  run(env: Env, key: MemoKey, compute: () => SecretOrigin | undefined): SecretOrigin | undefined {
    const cached = env.cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const onStack = env.active.get(key) ?? env.tentative.get(key);
    if (onStack !== undefined) {
      // After a cut, a provisional answer may depend on any open frame: count it as depending on all of them.
      const dependsOn = this.cutSeen && !env.active.has(key) ? -1 : onStack;
      if (dependsOn < this.low) this.low = dependsOn;
      return undefined;
    }
    if (++this.steps > MAX_STEPS_PER_QUERY) {
      this.low = -1;
      this.cutSeen = true;
      return undefined;
    }
    const height = this.height++;
    const outerLow = this.low;
    this.low = Number.POSITIVE_INFINITY;
    const pendingStart = this.pending.length;
    const secretsBefore = this.provisionalSecrets;
    env.active.set(key, height);
    let result: SecretOrigin | undefined;
    try {
      result = compute();
    } finally {
      env.active.delete(key);
      this.height--;
    }
    const low = this.low;
    this.low = Math.min(outerLow, low);
    if (low < height) {
      // Depends on a frame still open below: final only once that frame finishes. The provisional answers made
      // inside this frame now depend on that lower frame too.
      // (After a cut every hit counts as depending on all frames, so only a cycle needs the update.)
      if (!this.cutSeen) {
        for (let i = pendingStart; i < this.pending.length; i++) {
          const entry = this.pending[i]!;
          if ((entry.env.tentative.get(entry.key) ?? low) > low) entry.env.tentative.set(entry.key, low);
        }
      }
      if (result) this.provisionalSecrets++;
      else {
        env.tentative.set(key, low);
        this.pending.push({ env, key });
      }
      return result;
    }
    // This frame closes every cycle met since it started: the "clean" answers inside hold if nothing was found.
    const closeClean = result === undefined && this.provisionalSecrets === secretsBefore;
    for (let i = pendingStart; i < this.pending.length; i++) {
      const entry = this.pending[i]!;
      entry.env.tentative.delete(entry.key);
      if (closeClean) entry.env.cache.set(entry.key, null);
    }
    this.pending.length = pendingStart;
    env.cache.set(key, result ?? null);
    return result;
  }
}
