/**
 * Calls that turn a ref or a secret name into a secret value: `this.context.resolveCredential(ref)`,
 * `this.context.getSecret(name)`, `this.getOrCreateAsyncAtlanClient(ref)`.
 *
 * `getSecret` and `resolveCredential` are common names (cloud SDKs have `secretClient.getSecret(...)`), so
 * a call counts only when its receiver looks like a task or handler context: `this.context`, an alias of
 * it, a variable typed `TaskContext` / `HandlerContext`, a parameter named `context` / `ctx`, or, with type
 * information, any expression whose type is one of those contexts.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

/** Methods of a context that hand out secret values. */
export type ContextSourceMethod = "resolveCredential" | "getSecret";

/** The context types of `@credref/types` (and names their aliases are usually given). */
const CONTEXT_TYPE_NAMES = new Set(["TaskContext", "HandlerContext"]);
/** Names a context goes by when nothing else is known about it (see {@link isContextName}). */
const CONTEXT_NAMES = new Set(["context", "ctx"]);
const CONTEXT_METHODS: ReadonlySet<string> = new Set<ContextSourceMethod>(["resolveCredential", "getSecret"]);

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
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = ASTUtils.getPropertyName(callee);
  if (method === null) return undefined;
  if (method === "getOrCreateAsyncAtlanClient" || extraMethods.includes(method)) return { method, property: callee.property };
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
      if (node.type === AST_NODE_TYPES.TSAsExpression && isContextTypeAnnotation(node.typeAnnotation)) return "context";
      return contextVerdict(node.expression, context, depth + 1);
    case AST_NODE_TYPES.ChainExpression:
      return contextVerdict(node.expression, context, depth + 1);
    case AST_NODE_TYPES.MemberExpression: {
      const name = ASTUtils.getPropertyName(node);
      return name !== null && isContextName(name) ? "context" : "unknown";
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
    return isContextTypeAnnotation(annotation) ? "context" : "not-context";
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

function isContextTypeAnnotation(type: TSESTree.TypeNode): boolean {
  if (type.type === AST_NODE_TYPES.TSUnionType) return type.types.some(isContextTypeAnnotation);
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right.name : type.typeName.type === AST_NODE_TYPES.Identifier ? type.typeName.name : undefined;
  return name !== undefined && CONTEXT_TYPE_NAMES.has(name);
}

/** With type information: is the receiver's type a TaskContext / HandlerContext? `unknown` for `any` or no types. */
function typedVerdict(node: TSESTree.Node, context: RuleContext): Verdict {
  const services = context.sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return "unknown";
  const checker = services.program.getTypeChecker();
  const type = checker.getNonNullableType(checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node)));
  if ((type.flags & ANY_OR_UNKNOWN) !== 0) return "unknown";
  const names = [type.aliasSymbol?.getName(), type.getSymbol()?.getName()];
  if (names.some((name) => name !== undefined && CONTEXT_TYPE_NAMES.has(name))) return "context";
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
