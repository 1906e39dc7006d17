import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { extendsCredref } from "../scope/class-base.js";
import { createRule } from "../util/create-rule.js";
import { mayHoldSecrets } from "../util/early-exit.js";
import { SOURCE_WORDS } from "../model/credref-api.js";
import { nameListOption } from "../util/option-schema.js";
import { calleeName, describeCallee, describeExpression } from "../ast/describe.js";
import { createSecretTracker, type SecretOrigin } from "../flow/secret-flow.js";
import { isTaskMethod } from "../scope/task-scope.js";
import { IO_BASE_CLASSES, IO_CLASS_NAME, STORE_METHODS, isStoreName, matchesConfiguredStore } from "../model/stores.js";

const { DefinitionType } = TSESLint.Scope;

type Options = [
  {
    stores?: string[];
    sanitizers?: string[];
    sourceCalls?: string[];
    safeFields?: string[];
    taskDecorators?: string[];
  },
];
type MessageIds = "returned" | "onOutput" | "persisted";

export default createRule<Options, MessageIds>({
  name: "no-credential-in-output",
  meta: {
    type: "problem",
    docs: {
      description: "disallow resolved credentials and secrets in task outputs, on Output or Input objects, and in app state or other persisted stores",
      recommended: "recommended",
      requiresTypeChecking: false,
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          stores: nameListOption(
            "Extra persisted-store calls by dotted callee name, such as `cache.put` or `db.save`; a name matches that callee or any callee ending in it.",
          ),
          sanitizers: nameListOption("Extra function or method names whose result is safe to persist (hashing helpers), besides names like `hash`, `sha256`, `fingerprint`, `mask`."),
          sourceCalls: nameListOption("Extra method names that return a resolved credential, whatever the receiver."),
          safeFields: nameListOption("Extra credential field names that are safe to persist (for a custom credential type)."),
          taskDecorators: nameListOption("Extra decorator names (dotted, such as `activity.defn`) that mark a task method, besides `task` imported from @credref/types."),
        },
      },
    ],
    defaultOptions: [{ stores: [], sanitizers: [], sourceCalls: [], safeFields: [], taskDecorators: [] }],
    messages: {
      returned:
        "`{{what}}` ({{from}}) is returned from the task `{{task}}`. Task outputs are persisted in the execution history: return the credential's name or a fingerprint instead.",
      onOutput: "`{{what}}` ({{from}}) is stored on `{{target}}`, a task input or output that is persisted in the execution history.",
      persisted: "`{{what}}` ({{from}}) is put into `{{target}}`, which is persisted. Store the credential's ref (or its name) and resolve it when needed.",
    },
  },
  defaultOptions: [{ stores: [], sanitizers: [], sourceCalls: [], safeFields: [], taskDecorators: [] }],
  create(context, [options]) {
    // Decided from the file's text (and the program, with types) before any setup; see util/early-exit.ts.
    if (!mayHoldSecrets(context.sourceCode, [...SOURCE_WORDS, ...(options.sourceCalls ?? [])])) return {};
    const secrets = createSecretTracker(context, options);
    if (!secrets.active) return {};
    const sourceCode = context.sourceCode;
    const extraStores = options.stores ?? [];
    const scopeOptions = { taskDecorators: options.taskDecorators ?? [] };

    function report(value: TSESTree.Node, origin: SecretOrigin, messageId: MessageIds, data: Record<string, string>): void {
      const inside = origin.node.range[0] >= value.range[0] && origin.node.range[1] <= value.range[1];
      context.report({
        node: inside ? origin.node : value,
        messageId,
        data: { what: inside ? origin.what : describeExpression(value, sourceCode), from: origin.from, ...data },
      });
    }

    /** The task method a `return` leaves, if it is directly in one. */
    function taskOfReturn(node: TSESTree.ReturnStatement): TSESTree.Node | undefined {
      let fn: TSESTree.Node | undefined = node.parent;
      while (
        fn &&
        fn.type !== AST_NODE_TYPES.FunctionExpression &&
        fn.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
        fn.type !== AST_NODE_TYPES.FunctionDeclaration
      ) {
        fn = fn.parent;
      }
      const member = fn?.parent;
      if (!member || (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition)) return undefined;
      return isTaskMethod(member, context, scopeOptions) ? member : undefined;
    }

    function memberKeyName(member: TSESTree.Node): string {
      if ((member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.PropertyDefinition) && member.key.type === AST_NODE_TYPES.Identifier) {
        return member.key.name;
      }
      return "task";
    }

    /** Whether a class (by its name node) is an Input or Output: it extends one, or is named like one. */
    function isIoClass(callee: TSESTree.Node): boolean {
      const name = calleeName(callee);
      if (name === undefined) return false;
      if (callee.type === AST_NODE_TYPES.Identifier) {
        const def = ASTUtils.findVariable(sourceCode.getScope(callee), callee)?.defs[0];
        if (def?.type === DefinitionType.ClassName) {
          const classNode = def.node;
          if (IO_BASE_CLASSES.some((base) => extendsCredref(classNode, base, sourceCode))) return true;
        }
      }
      return IO_CLASS_NAME.test(name.slice(name.lastIndexOf(".") + 1));
    }

    /** The Input or Output object an assignment target belongs to (`out.token`, `output.debug.token`). */
    function ioObjectOf(target: TSESTree.Node): TSESTree.Identifier | undefined {
      let root: TSESTree.Node = target;
      while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
      if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
      const variable = ASTUtils.findVariable(sourceCode.getScope(root), root);
      const def = variable?.defs[0];
      if (!def) return undefined;
      const name = def.name;
      if (name.type === AST_NODE_TYPES.Identifier && name.typeAnnotation) {
        const type = name.typeAnnotation.typeAnnotation;
        if (type.type === AST_NODE_TYPES.TSTypeReference && isIoClass(type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right : type.typeName)) {
          return root;
        }
      }
      if (def.type === DefinitionType.Variable) {
        const init = def.node.init;
        if (init?.type === AST_NODE_TYPES.NewExpression && isIoClass(init.callee)) return root;
      }
      return undefined;
    }

    /** A persisted store an expression names: `this.appState`, `this.context.state`, a configured store. */
    function isStore(node: TSESTree.Node): boolean {
      const name = calleeName(node);
      return name !== undefined && isStoreName(name);
    }

    return {
      ReturnStatement(node) {
        if (!node.argument) return;
        const task = taskOfReturn(node);
        if (!task) return;
        const origin = secrets.secretOrigin(node.argument);
        if (origin) report(node.argument, origin, "returned", { task: memberKeyName(task) });
      },
      AssignmentExpression(node) {
        if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        const io = ioObjectOf(node.left.object);
        const target = io ? describeExpression(node.left, sourceCode) : isStore(node.left.object) ? describeExpression(node.left.object, sourceCode) : undefined;
        if (target === undefined) return;
        const origin = secrets.secretOrigin(node.right);
        if (origin) report(node.right, origin, io ? "onOutput" : "persisted", { target });
      },
      NewExpression(node) {
        if (!isIoClass(node.callee)) return;
        for (const argument of node.arguments) {
          const origin = secrets.secretOrigin(argument);
          if (origin) report(argument, origin, "onOutput", { target: `new ${describeCallee(node.callee, sourceCode)}` });
        }
      },
      CallExpression(node) {
        const callee = node.callee;
        const name = calleeName(callee);
        const [first, ...rest] = node.arguments;
        if (name === "Object.assign" && first) {
          // `Object.assign(output, { token })` stores on the output like `output.token = token` does.
          const target = ioObjectOf(first) ? "onOutput" : isStore(first) ? "persisted" : undefined;
          if (!target) return;
          for (const argument of rest) {
            const origin = secrets.secretOrigin(argument);
            if (origin) report(argument, origin, target, { target: describeExpression(first, sourceCode) });
          }
          return;
        }
        const configured = matchesConfiguredStore(name, extraStores);
        if (!configured) {
          if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
          const method = calleeName(callee.property);
          if (callee.computed || method === undefined || !STORE_METHODS.has(method) || !isStore(callee.object)) return;
        }
        for (const argument of node.arguments) {
          const origin = secrets.secretOrigin(argument);
          if (origin) report(argument, origin, "persisted", { target: describeCallee(callee, sourceCode) });
        }
      },
    };
  },
});
