import type { TSESLint } from "@typescript-eslint/utils";
import type { CredrefRuleDocs } from "../util/create-rule.js";
import noCredentialInOutput from "./no-credential-in-output.js";
import noCredentialLogging from "./no-credential-logging.js";
import noHardcodedSecrets from "./no-hardcoded-secrets.js";
import requireCredentialRef from "./require-credential-ref.js";
import resolveInTask from "./resolve-in-task.js";

/** Every rule of the plugin, by name. Add a rule here and the configs, docs table and meta-tests pick it up. */
export const rules = {
  "no-credential-in-output": noCredentialInOutput,
  "no-credential-logging": noCredentialLogging,
  "no-hardcoded-secrets": noHardcodedSecrets,
  "require-credential-ref": requireCredentialRef,
  "resolve-in-task": resolveInTask,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[], CredrefRuleDocs>>;
