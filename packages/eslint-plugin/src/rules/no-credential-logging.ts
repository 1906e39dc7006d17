import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../util/create-rule.js";
import { mayHoldSecrets } from "../util/early-exit.js";
import { SOURCE_WORDS } from "../model/credref-api.js";
import { nameListOption } from "../util/option-schema.js";
import { describeExpression } from "../ast/describe.js";
import { createSecretTracker, type SecretOrigin } from "../flow/secret-flow.js";
import { createSinkMatcher, type SinkKind } from "../model/sinks.js";
import { MASK_HELPER_NAME } from "../model/barriers.js";

const { DefinitionType } = TSESLint.Scope;

type Options = [
  {
    sinks?: string[];
    sanitizers?: string[];
    sourceCalls?: string[];
    safeFields?: string[];
    errorSinks?: boolean;
    telemetrySinks?: boolean;
    maskWith?: string;
  },
];
type MessageIds = "logged" | "inError" | "inTelemetry" | "useRefName" | "wrapInMask";

const MESSAGE_BY_KIND: Readonly<Record<SinkKind, MessageIds>> = { log: "logged", error: "inError", telemetry: "inTelemetry" };

export default createRule<Options, MessageIds>({
  name: "no-credential-logging",
  meta: {
    type: "problem",
    docs: {
      description: "disallow resolved credentials and secrets (or anything derived from them) in logs, error messages and telemetry",
      recommended: "recommended",
      requiresTypeChecking: false,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          sinks: nameListOption(
            "Extra log sinks by dotted callee name, such as `audit.record` or `reportToSlack`; a name matches that callee or any callee ending in it.",
          ),
          sanitizers: nameListOption(
            "Extra function or method names whose result is safe to log (masking or hashing helpers), besides names like `mask`, `redact`, `hash`, `sha256`, `fingerprint`.",
          ),
          sourceCalls: nameListOption("Extra method names that return a resolved credential, whatever the receiver (an in-house `fetchCredential` wrapper)."),
          safeFields: nameListOption("Extra credential field names that are safe to log (for a custom credential type), besides `username`, `clientId`, `baseUrl` and the like."),
          errorSinks: { type: "boolean", description: "Report secrets put into error constructors and `throw` messages (message id `inError`). Default true." },
          telemetrySinks: {
            type: "boolean",
            description: "Report secrets recorded as span or metric attributes (message id `inTelemetry`). Default true.",
          },
          maskWith: {
            type: "string",
            description:
              "The masking helper that suggestions wrap a secret in, such as `mask`. Empty: use a helper named like `mask`/`redact` that the file imports or declares, if any.",
          },
        },
      },
    ],
    defaultOptions: [{ sinks: [], sanitizers: [], sourceCalls: [], safeFields: [], errorSinks: true, telemetrySinks: true, maskWith: "" }],
    messages: {
      logged: "`{{what}}` ({{from}}) reaches `{{sink}}`. Logs must never hold a secret: log the credential's name, or a masked form.",
      inError: "`{{what}}` ({{from}}) is put into an error (`{{sink}}`). Error messages end up in logs, traces and crash reports.",
      inTelemetry: "`{{what}}` ({{from}}) is recorded as telemetry (`{{sink}}`). Span and metric attributes are exported and stored.",
      useRefName: "Show the credential's name (`{{ref}}.name`) instead.",
      wrapInMask: "Wrap the value in `{{helper}}(…)`.",
    },
  },
  defaultOptions: [{ sinks: [], sanitizers: [], sourceCalls: [], safeFields: [], errorSinks: true, telemetrySinks: true, maskWith: "" }],
  create(context, [options]) {
    // Decided from the file's text (and the program, with types) before any setup; see util/early-exit.ts.
    if (!mayHoldSecrets(context.sourceCode, [...SOURCE_WORDS, ...(options.sourceCalls ?? [])])) return {};
    const secrets = createSecretTracker(context, options);
    if (!secrets.active) return {};
    const sinks = createSinkMatcher(context, options);
    const sourceCode = context.sourceCode;

    function maskHelperAt(node: TSESTree.Node): string | undefined {
      const scope = sourceCode.getScope(node);
      if (options.maskWith) return options.maskWith;
      for (let current: TSESLint.Scope.Scope | null = scope; current; current = current.upper) {
        const helper = current.variables.find(
          (variable) =>
            MASK_HELPER_NAME.test(variable.name) &&
            variable.defs.some((def) => def.type === DefinitionType.ImportBinding || def.type === DefinitionType.FunctionName || def.type === DefinitionType.Variable),
        );
        if (helper) return helper.name;
      }
      return undefined;
    }

    function nearestFunction(node: TSESTree.Node): TSESTree.Node | undefined {
      for (let current = node.parent; current; current = current.parent) {
        if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.ArrowFunctionExpression) {
          return current;
        }
      }
      return undefined;
    }

    function suggestionsFor(origin: SecretOrigin, leaf: TSESTree.Node, sinkNode: TSESTree.Node): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (leaf.type !== AST_NODE_TYPES.Identifier && leaf.type !== AST_NODE_TYPES.MemberExpression) return [];
      // A shorthand property (`{ token }`) needs its key kept.
      const shorthand = leaf.parent?.type === AST_NODE_TYPES.Property && leaf.parent.shorthand ? `${sourceCode.getText(leaf.parent.key)}: ` : "";
      const suggestions: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      const ref = origin.refText;
      const refRoot = ref?.split(".")[0];
      const refInScope =
        refRoot !== undefined && refRoot !== "this"
          ? ASTUtils.findVariable(sourceCode.getScope(leaf), refRoot) !== null && nearestFunction(leaf) === nearestFunction(origin.node)
          : refRoot === "this";
      // The name replaces a credential only where it is shown as it is: an argument, a property, a template part.
      const shownAsIs =
        leaf.parent === sinkNode ||
        leaf.parent?.type === AST_NODE_TYPES.Property ||
        leaf.parent?.type === AST_NODE_TYPES.TemplateLiteral ||
        leaf.parent?.type === AST_NODE_TYPES.ArrayExpression;
      if (origin.whole && ref !== undefined && refInScope && shownAsIs) {
        suggestions.push({ messageId: "useRefName", data: { ref }, fix: (fixer) => fixer.replaceText(leaf, `${shorthand}${ref}.name`) });
      }
      const helper = maskHelperAt(leaf);
      if (helper !== undefined && !origin.whole) {
        suggestions.push({ messageId: "wrapInMask", data: { helper }, fix: (fixer) => fixer.replaceText(leaf, `${shorthand}${helper}(${sourceCode.getText(leaf)})`) });
      }
      return suggestions;
    }

    function check(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.ThrowStatement): void {
      // Whether anything the call passes can hold a secret: asked only where telling the sink needs the type checker.
      const mayLeak = node.type === AST_NODE_TYPES.CallExpression ? () => node.arguments.some((argument) => secrets.secretOrigin(argument) !== undefined) : undefined;
      const sink = sinks.sinkOf(node, mayLeak);
      if (!sink) return;
      for (const value of sink.values) {
        const origin = secrets.secretOrigin(value);
        if (!origin) continue;
        const inside = origin.node.range[0] >= value.range[0] && origin.node.range[1] <= value.range[1];
        const leaf = inside ? origin.node : value;
        context.report({
          node: leaf,
          messageId: MESSAGE_BY_KIND[sink.kind],
          data: { what: inside ? origin.what : describeExpression(value, sourceCode), from: origin.from, sink: sink.name },
          // The origin describes the whole argument; the suggestion is about the leaf it points at.
          suggest: inside ? suggestionsFor(secrets.secretOrigin(leaf) ?? origin, leaf, node) : [],
        });
      }
    }

    return {
      CallExpression: check,
      NewExpression: check,
      ThrowStatement: check,
    };
  },
});
