/**
 * The ref factories of `@credref/types` and their calls: which factory builds which credential type, which
 * argument is the ref's name, and whether that name is declared (a literal or constant) or computed.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { credrefExportOf } from "../model/credref-imports.js";
import * as credrefApi from "../model/credref-api.js";

/** Built-in credential types by wire name (the Python SDK's names) and the factory that builds each. */
export const REF_FACTORY_BY_WIRE_NAME: Readonly<Record<string, string>> = credrefApi.REF_FACTORY_BY_WIRE_NAME;

/** The ref type each built-in factory returns, for typing an interface field: `basicRef` -> `BasicRef`. */
export const REF_TYPE_BY_FACTORY: Readonly<Record<string, string>> = credrefApi.REF_TYPE_BY_FACTORY;

/** The generic factory for custom (augmented) credential types: `credentialRef("slack", "slack-bot")`. */
export const GENERIC_REF_FACTORY = credrefApi.GENERIC_REF_FACTORY;

const BUILTIN_FACTORIES: ReadonlySet<string> = new Set(Object.values(REF_FACTORY_BY_WIRE_NAME));

/** The built-in factory for a wire name, if it is one of the nine. */
export function refFactoryForWireName(wireName: string): string | undefined {
  return Object.hasOwn(REF_FACTORY_BY_WIRE_NAME, wireName) ? REF_FACTORY_BY_WIRE_NAME[wireName] : undefined;
}

export interface RefFactoryCall {
  /** Exported name of the factory: `basicRef`, ..., or `credentialRef`. */
  factory: string;
  /** The argument holding the ref's name (absent when the call has too few arguments). */
  nameArgument: TSESTree.CallExpressionArgument | undefined;
  /** For `credentialRef`, the argument holding the credential type. */
  typeArgument?: TSESTree.CallExpressionArgument;
  /** Arguments after the name (the options object). */
  rest: TSESTree.CallExpressionArgument[];
}

/**
 * Recognises a call of a ref factory imported from `@credref/types` under any local name or namespace.
 *
 * @example
 * refFactoryCallOf(call, sourceCode) // { factory: "basicRef", nameArgument: <"db">, rest: [] } for br("db")
 */
export function refFactoryCallOf(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): RefFactoryCall | undefined {
  const factory = credrefExportOf(call.callee, sourceCode);
  if (factory === undefined) return undefined;
  if (BUILTIN_FACTORIES.has(factory)) {
    return { factory, nameArgument: call.arguments[0], rest: call.arguments.slice(1) };
  }
  if (factory === GENERIC_REF_FACTORY) {
    return { factory, typeArgument: call.arguments[0], nameArgument: call.arguments[1], rest: call.arguments.slice(2) };
  }
  return undefined;
}

/**
 * True when `node` is a string fixed at author time: a literal, a template without substitutions, a `const`
 * bound to one (also through `as const` objects and concatenation), or a string enum member.
 */
export function isDeclaredString(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return declaredStringValue(node, sourceCode) !== undefined;
}

/** The value of a string fixed at author time (see {@link isDeclaredString}); `undefined` when computed. */
export function declaredStringValue(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  return constantString(node, sourceCode, 0);
}

function constantString(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): string | undefined {
  if (depth > 5) return undefined;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === "string" ? node.value : undefined;
    case AST_NODE_TYPES.TemplateLiteral: {
      let text = node.quasis[0]?.value.cooked ?? "";
      for (const [index, expression] of node.expressions.entries()) {
        const part = constantString(expression, sourceCode, depth + 1);
        if (part === undefined) return undefined;
        text += part + (node.quasis[index + 1]?.value.cooked ?? "");
      }
      return text;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (node.operator !== "+") return undefined;
      const left = constantString(node.left, sourceCode, depth + 1);
      const right = left === undefined ? undefined : constantString(node.right, sourceCode, depth + 1);
      return left === undefined || right === undefined ? undefined : left + right;
    }
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      return constantString(node.expression, sourceCode, depth + 1);
    case AST_NODE_TYPES.Identifier: {
      const definition = definitionOf(node, sourceCode);
      const init = constInitializer(definition);
      return init ? constantString(init, sourceCode, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.MemberExpression:
      return constantMember(node, sourceCode, depth);
    default:
      return undefined;
  }
}

/** `NAMES.db` of `const NAMES = { db: "db" } as const`, or `Creds.Db` of `enum Creds { Db = "db" }`. */
function constantMember(node: TSESTree.MemberExpression, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): string | undefined {
  if (node.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const key = ASTUtils.getPropertyName(node, sourceCode.getScope(node));
  if (key === null) return undefined;
  const definition = definitionOf(node.object, sourceCode);
  if (definition?.node.type === AST_NODE_TYPES.TSEnumDeclaration) {
    const member = definition.node.body.members.find(
      (candidate) =>
        (candidate.id.type === AST_NODE_TYPES.Identifier ? candidate.id.name : candidate.id.type === AST_NODE_TYPES.Literal ? candidate.id.value : undefined) === key,
    );
    return member?.initializer ? constantString(member.initializer, sourceCode, depth + 1) : undefined;
  }
  let init = constInitializer(definition);
  while (init && (init.type === AST_NODE_TYPES.TSAsExpression || init.type === AST_NODE_TYPES.TSSatisfiesExpression)) init = init.expression;
  if (init?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const property = init.properties.find(
    (candidate): candidate is TSESTree.Property =>
      candidate.type === AST_NODE_TYPES.Property && !candidate.computed && ASTUtils.getPropertyName(candidate) === key,
  );
  return property ? constantString(property.value, sourceCode, depth + 1) : undefined;
}

function definitionOf(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>) {
  return ASTUtils.findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
}

function constInitializer(definition: ReturnType<typeof definitionOf>): TSESTree.Expression | undefined {
  if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  const declaration = definition.node.parent;
  if (declaration.kind !== "const" || definition.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  return definition.node.init ?? undefined;
}

/** An object literal written by hand to look like a ref: `{ name: "db", credentialType: "basic", storeName? }`. */
export interface HandMadeRef {
  /** The value of `name` (any expression). */
  name: TSESTree.Node;
  /** The value of `credentialType`, and the wire name it spells. */
  type: TSESTree.Node;
  wireName: string;
  /** The value of `storeName`, when given and not the default store. */
  store?: TSESTree.Node;
  /** Whether every key appears once: with a repeated key, a factory call would drop the first value and its effects. */
  faithful: boolean;
}

const REF_KEYS: ReadonlySet<string> = new Set(["name", "credentialType", "storeName"]);

/**
 * Recognises a hand-made ref: exactly the keys `name`, `credentialType` and optionally `storeName`, with a
 * credential type fixed at author time (generic code that passes the type through is not a hand-made ref).
 */
export function handMadeRefOf(object: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): HandMadeRef | undefined {
  const values = new Map<string, TSESTree.Node>();
  let repeated = false;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.kind !== "init" || property.method) return undefined;
    const key = ASTUtils.getPropertyName(property);
    if (key === null || !REF_KEYS.has(key)) return undefined;
    repeated ||= values.has(key);
    values.set(key, property.value);
  }
  const name = values.get("name");
  const type = values.get("credentialType");
  if (!name || !type) return undefined;
  const wireName = declaredStringValue(type, sourceCode);
  if (wireName === undefined) return undefined;
  const store = values.get("storeName");
  const isDefaultStore = store !== undefined && declaredStringValue(store, sourceCode) === "default";
  return { name, type, wireName, faithful: !repeated, ...(store && !isDefaultStore ? { store } : {}) };
}
