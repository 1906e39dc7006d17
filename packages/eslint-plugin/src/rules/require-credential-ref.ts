import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { ClassNode } from "../scope/class-base.js";
import { createRule } from "../util/create-rule.js";
import { referenceToCredrefExport } from "../model/credref-imports.js";
import { splitIdentifierWords } from "../secrets/credential-names.js";
import {
  isInputClass,
  isInputInterface,
  plainCredentialFields,
  taskInputDeclarations,
  type InputDeclaration,
  type PlainCredentialField,
} from "../refs/input-fields.js";
import {
  GENERIC_REF_FACTORY,
  REF_TYPE_BY_FACTORY,
  declaredStringValue,
  handMadeRefOf,
  isDeclaredString,
  refFactoryCallOf,
  refFactoryForWireName,
  type HandMadeRef,
} from "../refs/ref-factories.js";

type Options = [{ allowComputedNames?: boolean; taskDecorators?: string[] }];
type MessageIds =
  | "plainCredentialField"
  | "suggestRefField"
  | "handMadeRef"
  | "suggestFactory"
  | "preferFactory"
  | "computedRefName";

/** Assertions compare against plain objects on purpose: `expect(ref).toEqual({ name, credentialType })`. */
const ASSERTION_METHOD = /^(?:to[A-Z]\w*|deepEqual|deepStrictEqual|notDeepEqual|strictEqual|equal|eql|equals|same|match|calledWith)$/;

export default createRule<Options, MessageIds>({
  name: "require-credential-ref",
  meta: {
    type: "problem",
    docs: {
      description: "require credential refs, built by their factories, where a task input takes a credential",
      recommended: "recommended",
      requiresTypeChecking: false,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allowComputedNames: {
            type: "boolean",
            description: "Allow a ref factory's name argument to be computed (a parameter, an environment variable, a template with substitutions).",
          },
          taskDecorators: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "Extra decorator names (dotted) that mark a task method, whose parameter type is checked as a task input.",
          },
        },
      },
    ],
    defaultOptions: [{ allowComputedNames: false, taskDecorators: [] }],
    messages: {
      plainCredentialField:
        "`{{name}}` takes a credential as a plain string on a task input, which is serialised, logged and persisted. Declare a ref instead (`{{factory}}`) and resolve it inside the task.",
      suggestRefField: "Declare `{{name}}` as `{{replacement}}`.",
      handMadeRef:
        "This object literal imitates a credential ref, but it is neither frozen nor branded. Build the ref with `{{factory}}(...)`.",
      suggestFactory: "Replace the object literal with `{{factory}}(...)`.",
      preferFactory: '`credentialRef("{{wireName}}", ...)` has a dedicated factory: use `{{factory}}(...)`.',
      computedRefName:
        "The name passed to `{{factory}}` is computed at run time. Declare refs with a literal or constant name, so every credential an app uses can be read from its code.",
    },
  },
  defaultOptions: [{ allowComputedNames: false, taskDecorators: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const checked = new Set<InputDeclaration>();
    const scopeOptions = { taskDecorators: options.taskDecorators ?? [] };

    function checkInput(declaration: InputDeclaration): void {
      if (checked.has(declaration)) return;
      checked.add(declaration);
      for (const field of plainCredentialFields(declaration)) reportField(field);
    }

    function reportField(field: PlainCredentialField): void {
      const suggestion = fieldSuggestion(field, sourceCode);
      context.report({
        node: field.key,
        messageId: "plainCredentialField",
        data: { name: field.name, factory: `${field.factory}(...)` },
        suggest: suggestion ? [suggestion] : [],
      });
    }

    function checkClass(node: ClassNode): void {
      if (isInputClass(node, sourceCode)) checkInput(node);
      for (const declaration of taskInputDeclarations(node, context, scopeOptions)) checkInput(declaration);
    }

    function reportHandMadeRef(node: TSESTree.ObjectExpression, ref: HandMadeRef): void {
      const builtin = refFactoryForWireName(ref.wireName);
      const factory = builtin ?? GENERIC_REF_FACTORY;
      const reference = referenceToCredrefExport(factory, node, sourceCode);
      const store = ref.store ? `, { storeName: ${sourceCode.getText(ref.store)} }` : "";
      const args = builtin ? `${sourceCode.getText(ref.name)}${store}` : `${sourceCode.getText(ref.type)}, ${sourceCode.getText(ref.name)}${store}`;
      const fix = reference
        ? (fixer: TSESLint.RuleFixer) => [
            fixer.replaceText(node, `${reference.text}(${args})`),
            ...(reference.addImport ? [reference.addImport(fixer)] : []),
          ]
        : undefined;
      // Comments inside the literal would be lost, and a factory throws on an empty name, so only a reviewed
      // suggestion rewrites the literal then.
      const emptyName = declaredStringValue(ref.name, sourceCode)?.trim() === "";
      const autofix = builtin !== undefined && fix !== undefined && !emptyName && sourceCode.getCommentsInside(node).length === 0;
      context.report({
        node,
        messageId: "handMadeRef",
        data: { factory },
        fix: autofix ? fix : null,
        suggest: !autofix && fix ? [{ messageId: "suggestFactory", data: { factory }, fix }] : [],
      });
    }

    return {
      ClassDeclaration: checkClass,
      ClassExpression: checkClass,
      TSInterfaceDeclaration(node) {
        if (isInputInterface(node, sourceCode)) checkInput(node);
      },
      ObjectExpression(node) {
        const ref = handMadeRefOf(node, sourceCode);
        if (ref && !isAssertionArgument(node)) reportHandMadeRef(node, ref);
      },
      CallExpression(node) {
        const call = refFactoryCallOf(node, sourceCode);
        if (!call) return;
        const nameArgument = call.nameArgument;
        if (call.typeArgument && nameArgument && nameArgument.type !== AST_NODE_TYPES.SpreadElement) {
          const wireName = declaredStringValue(call.typeArgument, sourceCode);
          const factory = wireName === undefined ? undefined : refFactoryForWireName(wireName);
          const reference = factory === undefined ? undefined : referenceToCredrefExport(factory, node, sourceCode);
          if (factory !== undefined && wireName !== undefined) {
            const head: TSESTree.Range = [node.callee.range[0], nameArgument.range[0]];
            const fix =
              reference && !/\/[/*]/.test(sourceCode.text.slice(...head))
                ? (fixer: TSESLint.RuleFixer) => [
                    fixer.replaceTextRange(head, `${reference.text}(`),
                    ...(reference.addImport ? [reference.addImport(fixer)] : []),
                  ]
                : null;
            context.report({ node: node.callee, messageId: "preferFactory", data: { wireName, factory }, fix });
          }
        }
        if (options.allowComputedNames || !nameArgument || nameArgument.type === AST_NODE_TYPES.SpreadElement) return;
        if (!isDeclaredString(nameArgument, sourceCode)) {
          context.report({ node: nameArgument, messageId: "computedRefName", data: { factory: call.factory } });
        }
      },
    };
  },
});

/** The suggestion that declares a field as a ref: a factory call on a class, a ref type on an interface. */
function fieldSuggestion(
  field: PlainCredentialField,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.SuggestionReportDescriptor<MessageIds> | undefined {
  const node = field.node;
  if (node.type === AST_NODE_TYPES.TSParameterProperty || node.type === AST_NODE_TYPES.AssignmentExpression) return undefined;
  if (node.type === AST_NODE_TYPES.TSPropertySignature) {
    const typeName = REF_TYPE_BY_FACTORY[field.factory]!;
    const reference = referenceToCredrefExport(typeName, node, sourceCode, { asType: true });
    const annotation = node.typeAnnotation?.typeAnnotation;
    if (!reference || !annotation) return undefined;
    const strings = annotation.type === AST_NODE_TYPES.TSUnionType ? annotation.types.filter(isStringKeyword) : [annotation];
    return {
      messageId: "suggestRefField",
      data: { name: field.name, replacement: reference.text },
      fix: (fixer) => [
        ...strings.map((part) => fixer.replaceText(part, reference.text)),
        ...(reference.addImport ? [reference.addImport(fixer)] : []),
      ],
    };
  }
  if (node.declare) return undefined;
  const reference = referenceToCredrefExport(field.factory, node, sourceCode);
  if (!reference) return undefined;
  const call = `${reference.text}("${splitIdentifierWords(field.name).join("-")}")`;
  // Keep decorators, modifiers and the key; drop `?`, `!`, the `string` annotation and any initializer.
  const head = sourceCode.text.slice(node.range[0], node.key.range[1]);
  const semicolon = sourceCode.getText(node).endsWith(";") ? ";" : "";
  return {
    messageId: "suggestRefField",
    data: { name: field.name, replacement: call },
    fix: (fixer) => [
      fixer.replaceText(node, `${head} = ${call}${semicolon}`),
      ...(reference.addImport ? [reference.addImport(fixer)] : []),
    ],
  };
}

function isStringKeyword(node: TSESTree.TypeNode): boolean {
  return node.type === AST_NODE_TYPES.TSStringKeyword;
}

function isAssertionArgument(node: TSESTree.ObjectExpression): boolean {
  const parent = node.parent;
  if (parent.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(node)) return false;
  const callee = parent.callee;
  const name =
    callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier
      ? callee.property.name
      : callee.type === AST_NODE_TYPES.Identifier
        ? callee.name
        : undefined;
  return name !== undefined && ASSERTION_METHOD.test(name);
}
