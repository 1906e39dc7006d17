/**
 * Task inputs and their credential-shaped fields: which declarations describe what a task receives (an
 * `Input` subclass, or the interface, type alias or class a @task method takes), and which of their fields
 * hold a credential as a plain string where a ref belongs.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { classBaseOf, type ClassNode } from "../scope/class-base.js";
import { credrefExportOf } from "../model/credref-imports.js";
import { parseCredentialName, REF_FACTORY_BY_KIND, splitIdentifierWords, type CredentialKind } from "../secrets/credential-names.js";
import { taskMethodsOf, type TaskScopeOptions } from "../scope/task-scope.js";

/** A declaration whose fields are a task's input. */
export type InputDeclaration = ClassNode | TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeLiteral;

export interface PlainCredentialField {
  /**
   * The declaring node: a class field, a constructor parameter property, a `this.x = ""` assignment in the
   * constructor, or an interface / type member.
   */
  node: TSESTree.PropertyDefinition | TSESTree.TSParameterProperty | TSESTree.TSPropertySignature | TSESTree.AssignmentExpression;
  /** Where to report: the field's name. */
  key: TSESTree.Node;
  name: string;
  kind: CredentialKind;
  /** The ref factory that fits the name: `basicRef` for `password`, `apiKeyRef` for `apiKey`, ... */
  factory: string;
}

type AnyContext = Readonly<{ sourceCode: Readonly<TSESLint.SourceCode> }>;

/** True when a class extends `Input` from `@credref/types` (directly or through local classes). */
export function isInputClass(classNode: ClassNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const base = classBaseOf(classNode, sourceCode);
  return base.kind === "credref" && base.name === "Input";
}

/** True when an interface extends `Input` from `@credref/types`. */
export function isInputInterface(node: TSESTree.TSInterfaceDeclaration, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return node.extends.some((heritage) => credrefExportOf(heritage.expression, sourceCode) === "Input");
}

/**
 * The declarations in this file that type the parameter of the class's @task methods:
 * `async connect(input: ConnectInput)` -> the `ConnectInput` interface, type literal or class.
 */
export function taskInputDeclarations(classNode: ClassNode, context: AnyContext, options: TaskScopeOptions = {}): InputDeclaration[] {
  const found: InputDeclaration[] = [];
  for (const method of taskMethodsOf(classNode, context, options)) {
    if (method.type === AST_NODE_TYPES.StaticBlock || !method.value || !isFunctionLike(method.value)) continue;
    const parameter = method.value.params[0];
    const annotation = parameter && parameterAnnotation(parameter);
    if (annotation) collectDeclarations(annotation, context.sourceCode, found, 0);
  }
  return found;
}

function isFunctionLike(node: TSESTree.Node): node is TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression;
}

function parameterAnnotation(parameter: TSESTree.Parameter): TSESTree.TypeNode | undefined {
  const target = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
  const bare = target.type === AST_NODE_TYPES.AssignmentPattern ? target.left : target;
  return "typeAnnotation" in bare ? bare.typeAnnotation?.typeAnnotation : undefined;
}

/** Utility types that keep the fields of their argument: `Readonly<ConnectInput>`. */
const TRANSPARENT_WRAPPERS: ReadonlySet<string> = new Set(["Readonly", "Partial", "Required", "NonNullable"]);

function collectDeclarations(type: TSESTree.TypeNode, sourceCode: Readonly<TSESLint.SourceCode>, found: InputDeclaration[], depth: number): void {
  if (depth > 4) return;
  switch (type.type) {
    case AST_NODE_TYPES.TSTypeLiteral:
      found.push(type);
      return;
    case AST_NODE_TYPES.TSIntersectionType:
    case AST_NODE_TYPES.TSUnionType:
      for (const part of type.types) collectDeclarations(part, sourceCode, found, depth + 1);
      return;
    case AST_NODE_TYPES.TSTypeReference: {
      if (type.typeName.type !== AST_NODE_TYPES.Identifier) return;
      const wrapped = type.typeArguments?.params[0];
      if (wrapped && TRANSPARENT_WRAPPERS.has(type.typeName.name)) {
        collectDeclarations(wrapped, sourceCode, found, depth + 1);
        return;
      }
      const variable = ASTUtils.findVariable(sourceCode.getScope(type), type.typeName);
      for (const definition of variable?.defs ?? []) {
        const node = definition.node;
        if (node.type === AST_NODE_TYPES.TSInterfaceDeclaration || node.type === AST_NODE_TYPES.ClassDeclaration) found.push(node);
        else if (node.type === AST_NODE_TYPES.TSTypeAliasDeclaration) collectDeclarations(node.typeAnnotation, sourceCode, found, depth + 1);
      }
      return;
    }
    default:
      return;
  }
}

/**
 * The fields of an input declaration that hold a credential as a plain string: `password: string`,
 * `apiKey = ""`, `token?: string`, `clientSecret: string | undefined`. Names that label a credential
 * (`passwordField`, `tokenUrl`, `secretName`) and ambiguous ones (`nextPageToken`) are left out.
 */
export function plainCredentialFields(declaration: InputDeclaration): PlainCredentialField[] {
  const fields: PlainCredentialField[] = [];
  const consider = (node: PlainCredentialField["node"], key: TSESTree.Node, computed: boolean, plain: boolean): void => {
    if (computed || !plain) return;
    const name = key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
    const kind = name === undefined ? undefined : credentialKindOfField(name);
    if (name !== undefined && kind) fields.push({ node, key, name, kind, factory: factoryForField(name, kind) });
  };
  if (declaration.type === AST_NODE_TYPES.TSTypeLiteral || declaration.type === AST_NODE_TYPES.TSInterfaceDeclaration) {
    const members = declaration.type === AST_NODE_TYPES.TSTypeLiteral ? declaration.members : declaration.body.body;
    for (const member of members) {
      if (member.type !== AST_NODE_TYPES.TSPropertySignature) continue;
      consider(member, member.key, member.computed, isPlainStringType(member.typeAnnotation?.typeAnnotation));
    }
    return fields;
  }
  for (const member of declaration.body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static) {
      const annotation = member.typeAnnotation?.typeAnnotation;
      const plain = annotation ? isPlainStringType(annotation) : isStringLiteral(member.value);
      consider(member, member.key, member.computed, plain);
    } else if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "constructor") {
      for (const parameter of member.value.params) {
        if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        const target = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
        if (target.type !== AST_NODE_TYPES.Identifier) continue;
        consider(parameter, target, false, isPlainStringType(target.typeAnnotation?.typeAnnotation));
      }
      // Plain JavaScript declares fields in the constructor: `this.password = "";`
      for (const statement of member.value.body?.body ?? []) {
        if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
        const assignment = statement.expression;
        if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=") continue;
        const target = assignment.left;
        if (target.type !== AST_NODE_TYPES.MemberExpression || target.object.type !== AST_NODE_TYPES.ThisExpression) continue;
        consider(assignment, target.property, target.computed, isStringLiteral(assignment.right));
      }
    }
  }
  return fields;
}

/** A credential kind for names that clearly hold one; a bare `token` counts, `nextPageToken` does not. */
function credentialKindOfField(name: string): CredentialKind | undefined {
  const parsed = parseCredentialName(name);
  if (!parsed) return undefined;
  if (parsed.unambiguous || (parsed.role === "token" && parsed.words.length === 1)) return parsed.kind;
  return undefined;
}

const GIT_WORDS: ReadonlySet<string> = new Set(["git", "github", "gitlab", "bitbucket"]);

/**
 * The factory for a field: the kind's factory, made specific where the name says more (`gitSshKey` ->
 * `gitSshRef`, `githubToken` -> `gitTokenRef`, `atlanApiToken` -> `atlanApiTokenRef`). A bare `sshKey` stays a
 * certificate: SFTP and SSH tunnels use them too.
 */
function factoryForField(name: string, kind: CredentialKind): string {
  const words = splitIdentifierWords(name);
  if (words.includes("atlan")) return kind === "oauth_client" ? "atlanOAuthClientRef" : "atlanApiTokenRef";
  const git = words.some((word) => GIT_WORDS.has(word));
  if (git && kind === "certificate") return "gitSshRef";
  if (git && kind === "bearer_token") return "gitTokenRef";
  return REF_FACTORY_BY_KIND[kind];
}

/** `string`, `string | undefined`, `string | null`. */
function isPlainStringType(type: TSESTree.TypeNode | undefined): boolean {
  if (!type) return false;
  if (type.type === AST_NODE_TYPES.TSStringKeyword) return true;
  if (type.type !== AST_NODE_TYPES.TSUnionType) return false;
  return (
    type.types.some((part) => part.type === AST_NODE_TYPES.TSStringKeyword) &&
    type.types.every(
      (part) =>
        part.type === AST_NODE_TYPES.TSStringKeyword ||
        part.type === AST_NODE_TYPES.TSUndefinedKeyword ||
        part.type === AST_NODE_TYPES.TSNullKeyword,
    )
  );
}

function isStringLiteral(node: TSESTree.Expression | null): boolean {
  return (
    (node?.type === AST_NODE_TYPES.Literal && typeof node.value === "string") ||
    (node?.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0)
  );
}
