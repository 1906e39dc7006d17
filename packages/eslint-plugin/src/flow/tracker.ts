/**
 * The secret tracker: one per file and model, shared by every rule that asks (the two flow rules share one
 * when their model options agree), so each answer is computed once per lint run of a file.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import { fileMentions } from "../util/file-mentions.js";
import { evaluate } from "./evaluate.js";
import { Memo, rootEnv, type Deferred } from "./memo.js";
import type { Engine, FlowModel, SecretOrigin } from "./types.js";

/** Answers which expressions of one file hold a secret. */
export interface SecretTracker {
  /** The secret `node` holds, or `undefined` when nothing secret is known to flow into it. Cached per node. */
  secretOrigin(node: TSESTree.Node): SecretOrigin | undefined;
  /** Whether the file can hold a secret at all; rules skip all work when it cannot. */
  readonly active: boolean;
}

/**
 * How many times one question may be set aside to answer a deeper one first (each time from a fresh stack): a
 * chain of copies is followed to about this many times the depth bound.
 */
const MAX_RESUMES = 400;

const trackers = new WeakMap<TSESTree.Program, Map<string, SecretTracker>>();

/**
 * The tracker of the file `sourceCode` holds, for `model` (built once per key): every rule with the same `key`
 * shares it, and so shares its answers.
 *
 * @example
 * const secrets = trackerFor(context.sourceCode, modelKey, () => createModel(options));
 * secrets.secretOrigin(argument)?.what   // "cred.password"
 */
export function trackerFor(sourceCode: Readonly<TSESLint.SourceCode>, key: string, makeModel: () => FlowModel): SecretTracker {
  let byKey = trackers.get(sourceCode.ast);
  if (!byKey) {
    byKey = new Map();
    trackers.set(sourceCode.ast, byKey);
  }
  let tracker = byKey.get(key);
  if (!tracker) {
    tracker = createTracker(sourceCode, makeModel());
    byKey.set(key, tracker);
  }
  return tracker;
}

/** A tracker for one file and model, not shared (see {@link trackerFor} for the shared one). */
export function createTracker(sourceCode: Readonly<TSESLint.SourceCode>, model: FlowModel): SecretTracker {
  const services = sourceCode.parserServices;
  const program: ts.Program | undefined = services?.program ?? undefined;
  const checker = program?.getTypeChecker();
  const active = checker !== undefined || fileMentions(sourceCode, model.sourceWords);
  const engine: Engine = {
    sourceCode,
    model,
    checker,
    program,
    tsNodeOf: services?.esTreeNodeToTSNodeMap as ReadonlyMap<TSESTree.Node, ts.Node> | undefined,
    memo: new Memo(),
    root: rootEnv(),
    classFields: new WeakMap(),
    typeCache: new WeakMap(),
    brandCache: new Map(),
  };

  /** One attempt at `node` from a fresh stack; the questions it had to cut are left in `memo.deferred`. */
  function attempt(node: TSESTree.Node, at: Deferred["env"]): SecretOrigin | undefined {
    engine.memo.reset();
    return evaluate(engine, node, at, 0);
  }

  function secretOrigin(node: TSESTree.Node): SecretOrigin | undefined {
    let found = attempt(node, engine.root);
    let resumes = 0;
    while (!found && engine.memo.deferred.length > 0 && resumes < MAX_RESUMES) {
      // Answer the cut questions first, deepest first, each from a fresh stack (their answers are cached), then
      // ask again: the walk now stops at cached answers before it reaches the bound.
      const work: Deferred[] = [...engine.memo.deferred];
      while (work.length > 0 && resumes < MAX_RESUMES) {
        resumes++;
        const top = work[work.length - 1]!;
        attempt(top.node, top.env);
        const deeper = engine.memo.deferred.filter((cut) => !work.some((w) => w.node === cut.node && w.env === cut.env));
        if (deeper.length > 0) work.push(...deeper);
        else work.pop();
      }
      found = attempt(node, engine.root);
    }
    engine.memo.reset();
    return found;
  }

  return {
    active,
    secretOrigin: (node) => (active ? secretOrigin(node) : undefined),
  };
}
