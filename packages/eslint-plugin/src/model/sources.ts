/**
 * Calls that turn a ref or a secret name into a secret value: `this.context.resolveCredential(ref)`,
 * `this.context.getSecret(name)`, `this.getOrCreateAsyncAtlanClient(ref)`.
 *
 * `getSecret` and `resolveCredential` are common names (cloud SDKs have `secretClient.getSecret(...)`), so
 * a call counts only when its receiver is a task or handler context, whatever it is called: `this.context`, a
 * variable or class field initialised from it or annotated `TaskContext` / `HandlerContext` (imported from
 * `@credref/types` under any name), a parameter so annotated (a static method or free function taking a context),
 * a method destructured from a context (`const { resolveCredential } = this.context`), or, with type information,
 * any expression whose type is one of those contexts or extends one. A parameter named `context` / `ctx` with no
 * annotation counts too.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { getCredrefImports } from "./credref-imports.js";
import { ATLAN_CLIENT_SOURCE_METHOD, CONTEXT_SOURCE_METHODS, CONTEXT_TYPE_NAMES } from "./credref-api.js";

/** Methods of a context that hand out secret values. */
export type ContextSourceMethod = "resolveCredential" | "getSecret";

/** Names a context goes by when nothing else is known about it (see {@link isContextName}). */
const CONTEXT_NAMES = new Set(["context", "ctx"]);
const CONTEXT_METHODS: ReadonlySet<string> = new Set<ContextSourceMethod>(Object.values(CONTEXT_SOURCE_METHODS));

export interface SourceCall {
  /** The method name as called: `resolveCredential`, `getSecret`, `getOrCreateAsyncAtlanClient` or a configured one. */
  method: string;
  /** The member expression's property, for precise report locations. */
  property: TSESTree.Node;
}

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** How sure the syntax is that an expression is a context. */
type Verdict = "context" | "not-context" | "unknown";

/**
 * Recognises a credential source call, or returns `undefined`.
 *
 * @param extraMethods method names (any receiver) that also resolve credentials, e.g. an in-house wrapper.
 * @example
 * sourceCallOf(node, context)?.method === "resolveCredential"   // this.context.resolveCredential(input.db)
 * sourceCallOf(node, context)                                   // undefined for vaultClient.getSecret("x")
 */
export function sourceCallOf(
  call: TSESTree.CallExpression,
  context: RuleContext,
  extraMethods: readonly string[] = [],
): SourceCall | undefined {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return destructuredSourceOf(callee, context, extraMethods);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = ASTUtils.getPropertyName(callee);
  if (method === null) return undefined;
  if (method === ATLAN_CLIENT_SOURCE_METHOD || extraMethods.includes(method)) return { method, property: callee.property };
  if (!CONTEXT_METHODS.has(method)) return undefined;
  const verdict = contextVerdict(callee.object, context, 0);
  if (verdict === "context") return { method, property: callee.property };
  if (verdict === "not-context") return undefined;
  const typed = typedVerdict(callee.object, context);
  if (typed !== "unknown") return typed === "context" ? { method, property: callee.property } : undefined;
  // Nothing known about the receiver: `resolveCredential` is our framework's name, `getSecret` is everyone's.
  return method === "resolveCredential" ? { method, property: callee.property } : undefined;
}

function contextVerdict(node: TSESTree.Node, context: RuleContext, depth: number): Verdict {
  if (depth > 4) return "unknown";
  switch (node.type) {
    case AST_NODE_TYPES.ThisExpression:
      return "not-context";
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      if (node.type === AST_NODE_TYPES.TSAsExpression && isContextTypeAnnotation(node.typeAnnotation, context)) return "context";
      return contextVerdict(node.expression, context, depth + 1);
    case AST_NODE_TYPES.ChainExpression:
      return contextVerdict(node.expression, context, depth + 1);
    case AST_NODE_TYPES.MemberExpression: {
      const name = ASTUtils.getPropertyName(node);
      if (name === null) return "unknown";
      if (node.object.type === AST_NODE_TYPES.ThisExpression) {
        const field = fieldVerdict(node, name, context, depth);
        if (field !== "unknown") return field;
      }
      return isContextName(name) ? "context" : "unknown";
    }
    case AST_NODE_TYPES.Identifier:
      return identifierVerdict(node, context, depth);
    default:
      return "unknown";
  }
}

/** Follows a variable to its declaration: a type annotation, an initialiser, or `const { context } = this`. */
function identifierVerdict(identifier: TSESTree.Identifier, context: RuleContext, depth: number): Verdict {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (!definition) return isContextName(identifier.name) ? "context" : "unknown";
  const declared = definition.name;
  const annotation = declared.type === AST_NODE_TYPES.Identifier ? declared.typeAnnotation?.typeAnnotation : undefined;
  // `any` and `unknown` say nothing; any other type that is not a context says it is something else.
  if (annotation && annotation.type !== AST_NODE_TYPES.TSAnyKeyword && annotation.type !== AST_NODE_TYPES.TSUnknownKeyword) {
    return annotationVerdict(annotation, context);
  }
  if (definition.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.id === declared && definition.node.init) {
    const fromInit = contextVerdict(definition.node.init, context, depth + 1);
    if (fromInit !== "unknown") return fromInit;
  }
  return isContextName(identifier.name) ? "context" : "unknown";
}

/** `context`, `ctx`, and names ending in `Context` / `Ctx`: `taskContext`, `frameworkContext`, `appCtx`. */
function isContextName(name: string): boolean {
  return CONTEXT_NAMES.has(name) || /[a-z0-9_](?:Context|Ctx|_context|_ctx)$/.test(name);
}

/**
 * Whether a type annotation names a context: `TaskContext` or `HandlerContext` imported from `@credref/types`
 * under any local name (`import type { TaskContext as Ctx }`), through a namespace import (`cr.TaskContext`), or a
 * type of that name the file does not declare itself (a re-export from a project module).
 */
function isContextTypeAnnotation(type: TSESTree.TypeNode, context?: RuleContext): boolean {
  if (type.type === AST_NODE_TYPES.TSUnionType) return type.types.some((member) => isContextTypeAnnotation(member, context));
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const typeName = type.typeName;
  if (typeName.type === AST_NODE_TYPES.TSQualifiedName) return CONTEXT_TYPE_NAMES.has(typeName.right.name);
  if (typeName.type !== AST_NODE_TYPES.Identifier) return false;
  if (!context) return CONTEXT_TYPE_NAMES.has(typeName.name);
  const exported = getCredrefImports(context.sourceCode).byLocal.get(typeName.name);
  if (exported !== undefined) return CONTEXT_TYPE_NAMES.has(exported);
  if (!CONTEXT_TYPE_NAMES.has(typeName.name)) return false;
  // A `TaskContext` the file declares itself is some other framework's.
  const definition = ASTUtils.findVariable(context.sourceCode.getScope(typeName), typeName.name)?.defs[0];
  return definition === undefined || definition.type === TSESLint.Scope.DefinitionType.ImportBinding;
}

/**
 * What an annotation says about a receiver: a context type is a context; another type is not one, unless type
 * information shows it extends a context (`interface JobContext extends TaskContext`), which the caller asks next.
 */
function annotationVerdict(annotation: TSESTree.TypeNode, context: RuleContext): Verdict {
  if (isContextTypeAnnotation(annotation, context)) return "context";
  return context.sourceCode.parserServices?.program ? "unknown" : "not-context";
}

/** `this.runtime` where the class declares `runtime: TaskContext`, `runtime = this.context`, or a parameter property. */
function fieldVerdict(node: TSESTree.MemberExpression, name: string, context: RuleContext, depth: number): Verdict {
  let body: TSESTree.Node | undefined = node.parent;
  while (body && body.type !== AST_NODE_TYPES.ClassBody) body = body.parent;
  if (!body || body.type !== AST_NODE_TYPES.ClassBody) return "unknown";
  for (const member of fieldDeclarationsOf(body, name)) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.computed && ASTUtils.getPropertyName(member) === name) {
      const annotation = member.typeAnnotation?.typeAnnotation;
      if (annotation && annotation.type !== AST_NODE_TYPES.TSAnyKeyword && annotation.type !== AST_NODE_TYPES.TSUnknownKeyword) {
        return annotationVerdict(annotation, context);
      }
      if (member.value) return contextVerdict(member.value, context, depth + 1);
    }
    if (member.type !== AST_NODE_TYPES.MethodDefinition || member.kind !== "constructor") continue;
    for (const param of member.value.params) {
      if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
      const bound = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
      const annotation = bound.type === AST_NODE_TYPES.Identifier && bound.name === name ? bound.typeAnnotation?.typeAnnotation : undefined;
      if (annotation) return annotationVerdict(annotation, context);
    }
  }
  return "unknown";
}

const fieldDeclarations = new WeakMap<TSESTree.ClassBody, Map<string, TSESTree.ClassElement[]>>();

/**
 * The members of a class that can declare field `name`: its property definitions of that name and the constructor
 * (parameter properties), in source order. Indexed once per class: a class with thousands of members reading
 * `this.context` would otherwise be scanned once per read.
 */
function fieldDeclarationsOf(body: TSESTree.ClassBody, name: string): readonly TSESTree.ClassElement[] {
  let index = fieldDeclarations.get(body);
  if (!index) {
    index = new Map();
    const constructors: TSESTree.ClassElement[] = [];
    for (const member of body.body) {
      if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "constructor") constructors.push(member);
      if (member.type !== AST_NODE_TYPES.PropertyDefinition || member.computed) continue;
      const key = ASTUtils.getPropertyName(member);
      if (key === null) continue;
      const list = index.get(key);
      if (list) list.push(member);
      else index.set(key, [member]);
    }
    // The constructor is a candidate for every name; keep source order by merging on lookup.
    index.set("\u0000constructors", constructors);
    fieldDeclarations.set(body, index);
  }
  const members = [...(index.get(name) ?? []), ...index.get("\u0000constructors")!];
  return members.length > 1 ? members.sort((a, b) => a.range[0] - b.range[0]) : members;
}

/** `const { resolveCredential } = this.context; resolveCredential(ref)`: a source method taken off a context. */
function destructuredSourceOf(callee: TSESTree.Identifier, context: RuleContext, extraMethods: readonly string[]): SourceCall | undefined {
  const definition = ASTUtils.findVariable(context.sourceCode.getScope(callee), callee)?.defs[0];
  if (definition?.type !== TSESLint.Scope.DefinitionType.Variable) return undefined;
  const declarator = definition.node;
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) return undefined;
  const property = declarator.id.properties.find(
    (candidate): candidate is TSESTree.Property =>
      candidate.type === AST_NODE_TYPES.Property && (candidate.value === definition.name || (candidate.value.type === AST_NODE_TYPES.AssignmentPattern && candidate.value.left === definition.name)),
  );
  const method = property && !property.computed && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : undefined;
  if (method === undefined) return undefined;
  if (method === ATLAN_CLIENT_SOURCE_METHOD || extraMethods.includes(method)) return { method, property: callee };
  if (!CONTEXT_METHODS.has(method)) return undefined;
  const verdict = contextVerdict(declarator.init, context, 0);
  const known = verdict !== "unknown" ? verdict : typedVerdict(declarator.init, context);
  return known === "context" ? { method, property: callee } : undefined;
}

/**
 * Whether an expression is a task or handler context (by syntax, else by its type): `this.context`, an alias, a
 * parameter or field annotated with a context type.
 */
export function isContextExpression(node: TSESTree.Node, context: RuleContext): boolean {
  const verdict = contextVerdict(node, context, 0);
  if (verdict !== "unknown") return verdict === "context";
  return typedVerdict(node, context) === "context";
}

/** With type information: is the receiver's type a TaskContext / HandlerContext? `unknown` for `any` or no types. */
function typedVerdict(node: TSESTree.Node, context: RuleContext): Verdict {
  const services = context.sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return "unknown";
  const checker = services.program.getTypeChecker();
  const type = checker.getNonNullableType(checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node)));
  if ((type.flags & ANY_OR_UNKNOWN) !== 0) return "unknown";
  const named = [type.aliasSymbol, type.getSymbol()].find((symbol) => symbol !== undefined && CONTEXT_TYPE_NAMES.has(symbol.getName()));
  if (named) {
    // A `TaskContext` the linted file declares itself is some other framework's.
    const file = services.esTreeNodeToTSNodeMap.get(node).getSourceFile().fileName;
    return named.declarations?.some((declaration) => declaration.getSourceFile().fileName === file) ? "not-context" : "context";
  }
  // A subtype or wrapper of a context: the method itself is declared by TaskContext / HandlerContext.
  const declaredBy = [...CONTEXT_METHODS].flatMap((method) => type.getProperty(method)?.declarations ?? []);
  const byContext = declaredBy.some((declaration) => {
    const owner = declaration.parent as { name?: { text?: string } } | undefined;
    return owner?.name?.text !== undefined && CONTEXT_TYPE_NAMES.has(owner.name.text);
  });
  return byContext ? "context" : "not-context";
}

/** `ts.TypeFlags.Any | ts.TypeFlags.Unknown`, spelled out so the plugin loads without TypeScript installed. */
const ANY_OR_UNKNOWN = 1 | 2;
