import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { ClassNode } from "../scope/class-base.js";
import { createRule } from "../util/create-rule.js";
import { describeKey } from "../ast/describe.js";
import { fileMentions, programMayCarryBrand } from "../util/early-exit.js";
import { CREDREF_MODULE } from "../model/credref-api.js";
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

const { DefinitionType } = TSESLint.Scope;

/** A `credentialRef(type, name, ...)` call that has a dedicated factory. */
interface FactoryRewrite {
  wireName: string;
  factory: string;
  /** From the callee to the name argument: replaced by `factory(`. */
  head: TSESTree.Range;
  /** How the factory is reached here; `undefined` when it cannot be (a shadowing binding, a comment in the way). */
  reference: ReturnType<typeof referenceToCredrefExport>;
}

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
    // Reports need the module (imports of Input, factories, task), a `credentialType` key (a hand-made ref) or a
    // configured decorator; with types, an Input base class can also come from a module that re-exports it
    // (only in a program that includes @credref/types, whose files declare the secret brand).
    const words = [CREDREF_MODULE, "credentialType", ...(options.taskDecorators ?? []), ...(programMayCarryBrand(sourceCode) ? ["extends"] : [])];
    if (!fileMentions(sourceCode, words)) return {};
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
        data: { name: fieldLabel(field), factory: `${field.factory}(...)` },
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
      const store = ref.store ? `, { storeName: ${argumentText(ref.store, sourceCode)} }` : "";
      const nameText = argumentText(ref.name, sourceCode);
      const args = builtin ? `${nameText}${store}` : `${argumentText(ref.type, sourceCode)}, ${nameText}${store}`;
      // `{...} as const` / `<const>{...}`: a const assertion applies to literals only, so it goes with the literal.
      const target = constAssertionAround(node) ?? node;
      const fix = reference
        ? (fixer: TSESLint.RuleFixer) => [
            fixer.replaceText(target, `${reference.text}(${args})`),
            ...(reference.addImport ? [reference.addImport(fixer)] : []),
          ]
        : undefined;
      // Only a rewrite that keeps what the code does is applied on its own; anything else is a reviewed suggestion:
      // comments inside the literal would be lost, a factory throws on an empty name, a dropped const assertion
      // changes the type, and a factory takes only strings and evaluates name and store in its own order (so both
      // must be strings fixed at author time: constants, which also have no effects).
      const emptyName = declaredStringValue(ref.name, sourceCode)?.trim() === "";
      const autofix =
        builtin !== undefined &&
        fix !== undefined &&
        !emptyName &&
        target === node &&
        ref.faithful &&
        isDeclaredString(ref.name, sourceCode) &&
        (ref.store === undefined || isDeclaredString(ref.store, sourceCode)) &&
        sourceCode.getCommentsInside(node).length === 0;
      context.report({
        node,
        messageId: "handMadeRef",
        data: { factory },
        fix: autofix ? fix : null,
        suggest: !autofix && fix ? [{ messageId: "suggestFactory", data: { factory }, fix }] : [],
      });
    }

    /** `credentialRef("basic", name, ...)` and the dedicated factory it can become (`basicRef(name, ...)`). */
    function factoryRewriteOf(node: TSESTree.CallExpression): FactoryRewrite | undefined {
      const call = refFactoryCallOf(node, sourceCode);
      const nameArgument = call?.nameArgument;
      if (!call?.typeArgument || !nameArgument || nameArgument.type === AST_NODE_TYPES.SpreadElement) return undefined;
      const wireName = declaredStringValue(call.typeArgument, sourceCode);
      const factory = wireName === undefined ? undefined : refFactoryForWireName(wireName);
      if (factory === undefined || wireName === undefined) return undefined;
      // Up to the first token after the comma: a parenthesised name (`(f(), "db")`) keeps its parentheses.
      const comma = sourceCode.getTokenAfter(call.typeArgument, { filter: (token) => token.value === "," });
      const nameStart = comma ? sourceCode.getTokenAfter(comma) : null;
      if (!nameStart) return undefined;
      const head: TSESTree.Range = [node.callee.range[0], nameStart.range[0]];
      // A comment between the callee and the name would be lost with the type argument.
      const reference = /\/[/*]/.test(sourceCode.text.slice(...head)) ? undefined : referenceToCredrefExport(factory, node, sourceCode);
      return { wireName, factory, head, reference };
    }

    /**
     * When `credentialRef` is imported by name and every use of it is a call that gets its dedicated factory, one fix
     * rewrites them all and turns the import specifier into the factories it now needs (or removes it), so no unused
     * import is left behind. Every such report carries the same fix; ESLint applies it once.
     */
    function wholeImportRewrite(node: TSESTree.CallExpression): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
      if (node.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
      const variable = ASTUtils.findVariable(sourceCode.getScope(node.callee), node.callee);
      const definition = variable?.defs[0];
      if (!variable || variable.defs.length !== 1 || definition?.type !== DefinitionType.ImportBinding) return undefined;
      const specifier = definition.node;
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return undefined;
      const rewrites: FactoryRewrite[] = [];
      for (const use of variable.references) {
        const site = use.identifier.parent;
        if (site?.type !== AST_NODE_TYPES.CallExpression || site.callee !== use.identifier) return undefined;
        const rewrite = factoryRewriteOf(site);
        if (!rewrite?.reference) return undefined;
        rewrites.push(rewrite);
      }
      const needed = [...new Set(rewrites.filter((rewrite) => rewrite.reference!.addImport).map((rewrite) => rewrite.factory))];
      const declaration = definition.parent;
      if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
      return (fixer) => [
        ...(needed.length > 0 ? [fixer.replaceText(specifier, needed.join(", "))] : [removeSpecifier(fixer, specifier, declaration)]),
        ...rewrites.map((rewrite) => fixer.replaceTextRange(rewrite.head, `${rewrite.reference!.text}(`)),
      ];
    }

    /** Removes one named import, with its comma; the whole declaration when it was the only binding. */
    function removeSpecifier(fixer: TSESLint.RuleFixer, specifier: TSESTree.ImportSpecifier, declaration: TSESTree.ImportDeclaration): TSESLint.RuleFix {
      if (declaration.specifiers.length === 1) {
        const end = sourceCode.text[declaration.range[1]] === "\n" ? declaration.range[1] + 1 : declaration.range[1];
        return fixer.removeRange([declaration.range[0], end]);
      }
      const after = sourceCode.getTokenAfter(specifier);
      if (after?.value === ",") {
        const next = sourceCode.getTokenAfter(after);
        return fixer.removeRange([specifier.range[0], next && next.value !== "}" ? next.range[0] : after.range[1]]);
      }
      const before = sourceCode.getTokenBefore(specifier)!;
      return fixer.removeRange([before.range[0], specifier.range[1]]);
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
        const rewrite = factoryRewriteOf(node);
        if (rewrite) {
          const { wireName, factory, reference, head } = rewrite;
          const whole = reference ? wholeImportRewrite(node) : undefined;
          const fix = whole
            ? whole
            : reference
              ? (fixer: TSESLint.RuleFixer) => [
                  fixer.replaceTextRange(head, `${reference.text}(`),
                  ...(reference.addImport ? [reference.addImport(fixer)] : []),
                ]
              : null;
          context.report({ node: node.callee, messageId: "preferFactory", data: { wireName, factory }, fix });
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
      data: { name: fieldLabel(field), replacement: reference.text },
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
  // The suggestion's description quotes the call only when the name comes from an identifier (never from a string key).
  const shown = field.key.type === AST_NODE_TYPES.Identifier ? call : `${reference.text}("…")`;
  // Keep decorators, modifiers and the key; drop `?`, `!`, the `string` annotation and any initializer.
  const head = sourceCode.text.slice(node.range[0], node.key.range[1]);
  const semicolon = sourceCode.getText(node).endsWith(";") ? ";" : "";
  return {
    messageId: "suggestRefField",
    data: { name: fieldLabel(field), replacement: shown },
    fix: (fixer) => [
      fixer.replaceText(node, `${head} = ${call}${semicolon}`),
      ...(reference.addImport ? [reference.addImport(fixer)] : []),
    ],
  };
}

/** A field's name for messages: its identifier, or `[…]` for a string key (which could hold any text). */
function fieldLabel(field: PlainCredentialField): string {
  return describeKey(field.key, field.key.type !== AST_NODE_TYPES.Identifier);
}

/** The source of `node` as one call argument: a comma (sequence) expression keeps its parentheses. */
function argumentText(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.getText(node);
  return node.type === AST_NODE_TYPES.SequenceExpression ? `(${text})` : text;
}

/** The `as const` or `<const>` assertion whose operand is `node`, if any. */
function constAssertionAround(node: TSESTree.Node): TSESTree.TSAsExpression | TSESTree.TSTypeAssertion | undefined {
  const parent = node.parent;
  if ((parent?.type !== AST_NODE_TYPES.TSAsExpression && parent?.type !== AST_NODE_TYPES.TSTypeAssertion) || parent.expression !== node) return undefined;
  const type = parent.typeAnnotation;
  const isConst = type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && type.typeName.name === "const";
  return isConst ? parent : undefined;
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
