import type { TSESTree } from "@typescript-eslint/utils";
import { sourceCallOf } from "../model/sources.js";
import { SOURCE_WORDS } from "../model/credref-api.js";
import { fileMentions } from "../util/early-exit.js";
import { createRule } from "../util/create-rule.js";
import { nameListOption } from "../util/option-schema.js";
import { getExecutionScope, type ExecutionScopeKind } from "../scope/task-scope.js";

type Options = [
  {
    taskDecorators?: string[];
    workflowDecorators?: string[];
    workflowMethods?: string[];
    sourceCalls?: string[];
  },
];
type MessageIds = "resolveOutsideTask" | "secretOutsideTask";

/** Where credentials may be resolved: only while a task runs. */
const RESOLVE_ALLOWED: ReadonlySet<ExecutionScopeKind> = new Set(["task", "task-helper"]);
/** Where a raw secret may be read: a task, or a Handler method (handlers have no tasks). */
const SECRET_ALLOWED: ReadonlySet<ExecutionScopeKind> = new Set(["task", "task-helper", "handler", "handler-helper"]);

export default createRule<Options, MessageIds>({
  name: "resolve-in-task",
  meta: {
    type: "problem",
    docs: {
      description:
        "require `resolveCredential` and `getOrCreateAsyncAtlanClient` inside @task methods, and `getSecret` inside @task or Handler methods",
      recommended: "recommended",
      requiresTypeChecking: false,
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          taskDecorators: nameListOption(
            "Extra decorator names (dotted, such as `activity.defn`) that mark a task method, besides `task` imported from @credref/types.",
          ),
          workflowDecorators: nameListOption("Decorator names (dotted) that mark a workflow orchestration method, where resolving is reported."),
          // An empty list would turn the workflow check off by accident: at least one name.
          workflowMethods: nameListOption("Method names that are workflow orchestration in an App class. Default: `run`.", { minItems: 1 }),
          sourceCalls: nameListOption(
            "Extra method names that resolve a credential, whatever the receiver (for example an in-house `fetchCredential` wrapper); they are held to the same rule as `resolveCredential`.",
          ),
        },
      },
    ],
    defaultOptions: [{ taskDecorators: [], workflowDecorators: [], workflowMethods: ["run"], sourceCalls: [] }],
    messages: {
      resolveOutsideTask:
        "`{{method}}` runs {{where}}. A resolved credential must live only while a task runs: move the call into a @task method (or a helper that only @task methods call).",
      secretOutsideTask:
        "`{{method}}` runs {{where}}. A secret must be read only while a task or handler runs: move the call into a @task method or a Handler method.",
    },
  },
  defaultOptions: [{ taskDecorators: [], workflowDecorators: [], workflowMethods: ["run"], sourceCalls: [] }],
  create(context, [options]) {
    // Every report is on a call named like a source: a file that spells none has nothing to report.
    if (!fileMentions(context.sourceCode, [...SOURCE_WORDS, ...(options.sourceCalls ?? [])])) return {};
    const scopeOptions = {
      taskDecorators: options.taskDecorators ?? [],
      workflowDecorators: options.workflowDecorators ?? [],
      workflowMethods: options.workflowMethods ?? ["run"],
    };
    const sourceCalls = options.sourceCalls ?? [];
    return {
      CallExpression(node: TSESTree.CallExpression) {
        const call = sourceCallOf(node, context, sourceCalls);
        if (!call) return;
        const isSecret = call.method === "getSecret";
        const scope = getExecutionScope(node, context, scopeOptions);
        if ((isSecret ? SECRET_ALLOWED : RESOLVE_ALLOWED).has(scope.kind)) return;
        context.report({
          node: call.property,
          messageId: isSecret ? "secretOutsideTask" : "resolveOutsideTask",
          data: { method: call.method, where: scope.description },
        });
      },
    };
  },
});
