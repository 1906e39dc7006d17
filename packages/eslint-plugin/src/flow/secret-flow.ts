/**
 * Which expressions hold a secret, and where that secret came from: the flow engine's entry for the rules.
 *
 * A per-file tracker answers `secretOrigin(node)` by walking *backwards* from the node it is asked about: through
 * variables (scope analysis: every definition and every write), destructuring, member access, string building,
 * local helper functions and callbacks, and with type information functions of other files, down to a source
 * the model names (for credref: a `resolveCredential` / `getSecret` / `getOrCreateAsyncAtlanClient` call on a
 * context, a declaration annotated with a credential type, a type that carries the secret brand). Rules ask only
 * about the expressions that reach their sinks, so the cost follows the number of sinks, not the size of the file.
 *
 * The engine is split by step: `evaluate.ts` (expressions), `variables.ts` (names, destructuring, callbacks),
 * `members.ts` (member access, class fields), `calls.ts` (sources, sanitizers, library steps), `helpers.ts`
 * (inlined local helpers), `annotations.ts`, `branded-types.ts`, `summaries.ts` (other files, typed), with one
 * memo-and-cycle guard (`memo.ts`) and one tracker per file and model (`tracker.ts`).
 */
import type { TSESLint } from "@typescript-eslint/utils";
import { createSecretModel, secretModelKey } from "../model/secret-model.js";
import { trackerFor, type SecretTracker } from "./tracker.js";
import type { FlowModel, SecretFlowOptions } from "./types.js";

export type { SecretOrigin, SecretFlowOptions } from "./types.js";
export type { SecretTracker } from "./tracker.js";

/**
 * The secret tracker of the file being linted, for the credref model with a rule's options. Rules whose options
 * give the same model share one tracker (and its answers) per file.
 *
 * @example
 * const secrets = createSecretTracker(context, { sanitizers: ["scrub"] });
 * const origin = secrets.secretOrigin(argument);
 * if (origin) report(`\`${origin.what}\` (${origin.from}) reaches \`logger.info\``);
 */
export function createSecretTracker(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, options: SecretFlowOptions = {}): SecretTracker {
  const key = secretModelKey(options);
  return trackerFor(context.sourceCode, key, () => modelFor(key, options));
}

/** Models by options key: one per distinct set of options, so what is cached per model (summaries) is shared by files. */
const models = new Map<string, FlowModel>();
/** Most distinct option sets kept (a config has a handful; a long-lived editor session may see more). */
const MAX_MODELS = 64;

function modelFor(key: string, options: SecretFlowOptions): FlowModel {
  let model = models.get(key);
  if (!model) {
    if (models.size >= MAX_MODELS) models.clear();
    model = createSecretModel(options);
    models.set(key, model);
  }
  return model;
}
