import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import { credrefExportOf } from "../model/credref-imports.js";

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/**
 * Which base class a class ultimately extends, as far as the file tells.
 * - `credref`: an export of `@credref/types` (`App`, `Handler`, `Input`, `Output`, ...), directly, through a
 *   mixin such as `AtlanClientMixin(App)` (reported as `App`), or through a chain of local classes.
 * - `external`: something this file cannot see into (a class imported from another module, a computed base).
 * - `none`: no superclass, or a local chain that ends without one.
 */
export type ClassBase = { kind: "credref"; name: string } | { kind: "external" } | { kind: "none" };

const cache = new WeakMap<ClassNode, ClassBase>();
const NONE: ClassBase = { kind: "none" };
const EXTERNAL: ClassBase = { kind: "external" };

/**
 * The base of `classNode`, cached per class.
 *
 * @example
 * // import { AtlanClientMixin, App as Base } from "@credref/types";
 * // class Shared extends AtlanClientMixin(Base) {}  class Connector extends Shared {}
 * classBaseOf(connectorClass, sourceCode) // { kind: "credref", name: "App" }
 */
export function classBaseOf(classNode: ClassNode, sourceCode: Readonly<TSESLint.SourceCode>): ClassBase {
  return baseOf(classNode, sourceCode, new Set());
}

/** True when the class extends the given `@credref/types` export (possibly through local classes). */
export function extendsCredref(classNode: ClassNode, exported: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const base = classBaseOf(classNode, sourceCode);
  return base.kind === "credref" && base.name === exported;
}

function baseOf(classNode: ClassNode, sourceCode: Readonly<TSESLint.SourceCode>, seen: Set<ClassNode>): ClassBase {
  const cached = cache.get(classNode);
  if (cached) return cached;
  if (seen.has(classNode)) return NONE; // `class A extends B {}; class B extends A {}` is a runtime error anyway
  seen.add(classNode);
  let base = classNode.superClass ? resolveBase(classNode.superClass, sourceCode, seen) : NONE;
  if (base.kind === "external") base = typedBase(classNode, sourceCode) ?? nameHint(classNode) ?? base;
  cache.set(classNode, base);
  return base;
}

/** The context type of `this.context` tells an App (TaskContext) from a Handler (HandlerContext). */
const BASE_BY_CONTEXT_TYPE: Readonly<Record<string, string>> = { TaskContext: "App", HandlerContext: "Handler" };

/**
 * With type information, a base imported from another module is identified by its chain of base classes, or
 * else by what `this.context` is on the class's instances (robust to mixins whose types hide the chain).
 */
function typedBase(classNode: ClassNode, sourceCode: Readonly<TSESLint.SourceCode>): ClassBase | undefined {
  const services = sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
  const checker = services.program.getTypeChecker();
  const tsNode = services.esTreeNodeToTSNodeMap.get(classNode);
  const instance = checker.getTypeAtLocation(tsNode);
  const ancestor = credrefAncestor(instance, checker, 0);
  if (ancestor !== undefined) return { kind: "credref", name: ancestor };
  const context = instance.getProperty("context");
  if (!context) return undefined;
  const contextType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(context, tsNode));
  const name = contextType.aliasSymbol?.getName() ?? contextType.getSymbol()?.getName();
  const exported = name === undefined ? undefined : BASE_BY_CONTEXT_TYPE[name];
  return exported === undefined ? undefined : { kind: "credref", name: exported };
}

/** Base classes of `@credref/types` that a class can be recognised by. */
const CREDREF_BASES: ReadonlySet<string> = new Set(["App", "Handler", "Input", "Output"]);
/** Where `@credref/types` declarations live: the installed package, or the workspace's own source. */
const CREDREF_FILE = /[\\/](?:@credref[\\/]types|packages[\\/]types)[\\/]/;

/** Walks a class type's base types (through mixin intersections) to a base class declared by `@credref/types`. */
function credrefAncestor(type: ts.Type, checker: ts.TypeChecker, depth: number): string | undefined {
  if (depth > 8) return undefined;
  const symbol = type.getSymbol();
  const name = symbol?.getName();
  if (depth > 0 && name !== undefined && CREDREF_BASES.has(name)) {
    const declarations = symbol?.getDeclarations() ?? [];
    if (declarations.some((declaration) => CREDREF_FILE.test(declaration.getSourceFile().fileName))) return name;
  }
  for (const part of type.isIntersection() ? type.types : [type]) {
    if (!part.isClassOrInterface()) continue;
    for (const base of checker.getBaseTypes(part)) {
      const found = credrefAncestor(base, checker, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Without types, a base from another module named like a handler (`BaseHandler`, `WebhookHandler`) is taken
 * for a Handler; anything else stays `external`.
 */
function nameHint(classNode: ClassNode): ClassBase | undefined {
  const superClass = classNode.superClass;
  const name = superClass?.type === AST_NODE_TYPES.Identifier ? superClass.name : undefined;
  return name !== undefined && /Handler$/.test(name) ? { kind: "credref", name: "Handler" } : undefined;
}

function resolveBase(node: TSESTree.Expression, sourceCode: Readonly<TSESLint.SourceCode>, seen: Set<ClassNode>): ClassBase {
  const exported = credrefExportOf(node, sourceCode);
  if (exported !== undefined) return { kind: "credref", name: exported };
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression: {
      if (credrefExportOf(node.callee, sourceCode) === "AtlanClientMixin") return { kind: "credref", name: "App" };
      // Any other mixin, `Logged(App)`: the class still is what the mixin's argument is.
      for (const argument of node.arguments) {
        if (argument.type === AST_NODE_TYPES.SpreadElement) continue;
        const inner = resolveBase(argument, sourceCode, seen);
        if (inner.kind === "credref") return inner;
      }
      return EXTERNAL;
    }
    case AST_NODE_TYPES.ClassExpression:
      return baseOf(node, sourceCode, seen);
    case AST_NODE_TYPES.Identifier: {
      const local = localClassNamed(node, sourceCode);
      return local === undefined ? EXTERNAL : local === null ? NONE : baseOf(local, sourceCode, seen);
    }
    default:
      return EXTERNAL;
  }
}

/**
 * The class declared in this file under the name `identifier` refers to; `null` when the name is a local
 * binding that is not a class (so it has no credref base); `undefined` when it comes from elsewhere.
 */
function localClassNamed(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): ClassNode | null | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (!definition) return undefined;
  if (definition.node.type === AST_NODE_TYPES.ClassDeclaration) return definition.node;
  if (definition.node.type === AST_NODE_TYPES.VariableDeclarator) {
    const init = definition.node.init;
    if (init?.type === AST_NODE_TYPES.ClassExpression) return init;
    return undefined;
  }
  const { ImportBinding, Parameter } = TSESLint.Scope.DefinitionType;
  return definition.type === ImportBinding || definition.type === Parameter ? undefined : null;
}

/** The name a class goes by: its id, or the variable it is assigned to; `undefined` when anonymous. */
export function classNameOf(classNode: ClassNode): string | undefined {
  if (classNode.id) return classNode.id.name;
  const parent = classNode.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  // `{ Deploy: class extends App {} }`, `exports.Deploy = class extends App {}`
  if (parent.type === AST_NODE_TYPES.Property && parent.value === classNode && !parent.computed && parent.key.type === AST_NODE_TYPES.Identifier) {
    return parent.key.name;
  }
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === classNode) {
    const target = parent.left;
    if (target.type === AST_NODE_TYPES.Identifier) return target.name;
    if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed && target.property.type === AST_NODE_TYPES.Identifier) {
      return target.property.name;
    }
  }
  return undefined;
}

/**
 * The class in this file that `classNode` extends, directly or as a mixin's argument (`Logged(Base)`);
 * `undefined` when the base is not a local class.
 */
export function localSuperclassOf(classNode: ClassNode, sourceCode: Readonly<TSESLint.SourceCode>): ClassNode | undefined {
  const superClass = classNode.superClass;
  if (!superClass) return undefined;
  const resolve = (node: TSESTree.Node): ClassNode | undefined => {
    if (node.type === AST_NODE_TYPES.ClassExpression) return node;
    if (node.type === AST_NODE_TYPES.Identifier) return localClassNamed(node, sourceCode) ?? undefined;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      for (const argument of node.arguments) {
        const found = resolve(argument);
        if (found) return found;
      }
    }
    return undefined;
  };
  return resolve(superClass);
}
