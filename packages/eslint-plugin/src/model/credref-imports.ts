import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { CREDREF_MODULE } from "./credref-api.js";

/** The module our app surface and ref factories come from (see `credref-api.ts`). */
export { CREDREF_MODULE };

/**
 * What a file imports from `@credref/types`, read once per file.
 *
 * @example
 * // import { task as activity, App } from "@credref/types"; import * as cr from "@credref/types";
 * imports.localNamesOf("task")   // ["activity"]
 * imports.namespaces             // Set { "cr" }
 */
export interface CredrefImports {
  /** Local binding name -> exported name, for named imports (and `const { x } = require(...)`). */
  readonly byLocal: ReadonlyMap<string, string>;
  /** Local names bound to the whole module: `import * as cr`, `const cr = require(...)`. */
  readonly namespaces: ReadonlySet<string>;
  /** The `import ... from "@credref/types"` declarations, in source order. */
  readonly declarations: readonly TSESTree.ImportDeclaration[];
  /** Local names under which `exported` is imported by name (usually zero or one). */
  localNamesOf(exported: string): string[];
}

const cache = new WeakMap<TSESTree.Program, CredrefImports>();

/** The `@credref/types` imports of the file being linted, cached per Program node. */
export function getCredrefImports(sourceCode: Readonly<TSESLint.SourceCode>): CredrefImports {
  const program = sourceCode.ast;
  let imports = cache.get(program);
  if (!imports) {
    imports = readImports(program);
    cache.set(program, imports);
  }
  return imports;
}

function readImports(program: TSESTree.Program): CredrefImports {
  const byLocal = new Map<string, string>();
  const namespaces = new Set<string>();
  const declarations: TSESTree.ImportDeclaration[] = [];
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (statement.source.value !== CREDREF_MODULE) continue;
      declarations.push(statement);
      for (const specifier of statement.specifiers) {
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
          byLocal.set(specifier.local.name, exportedName(specifier.imported));
        } else if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
          namespaces.add(specifier.local.name);
        }
        // The package has no default export: a default import binds nothing we know.
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) readRequire(declarator, byLocal, namespaces);
    }
  }
  return {
    byLocal,
    namespaces,
    declarations,
    localNamesOf: (exported) => [...byLocal].filter(([, name]) => name === exported).map(([local]) => local),
  };
}

/** `const { task, App: Base } = require("@credref/types")` and `const cr = require("@credref/types")`. */
function readRequire(declarator: TSESTree.VariableDeclarator, byLocal: Map<string, string>, namespaces: Set<string>): void {
  if (!isCredrefRequire(declarator.init)) return;
  if (declarator.id.type === AST_NODE_TYPES.Identifier) {
    namespaces.add(declarator.id.name);
    return;
  }
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return;
  for (const property of declarator.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String((property.key as TSESTree.Literal).value);
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type === AST_NODE_TYPES.Identifier) byLocal.set(value.name, key);
  }
}

function isCredrefRequire(node: TSESTree.Expression | null): boolean {
  return (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === "require" &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    node.arguments[0].value === CREDREF_MODULE
  );
}

function exportedName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/**
 * Which `@credref/types` export an expression refers to, if any: `task` for `activity` after
 * `import { task as activity }`, `App` for `cr.App` after `import * as cr`. Follows scopes, so a
 * local variable that shadows an import is not mistaken for it.
 *
 * @example
 * credrefExportOf(decorator.expression, sourceCode) === "task"
 */
export function credrefExportOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const imports = getCredrefImports(sourceCode);
  if (imports.byLocal.size === 0 && imports.namespaces.size === 0) return undefined;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const exported = imports.byLocal.get(node.name);
    return exported !== undefined && isModuleBinding(node, sourceCode) ? exported : undefined;
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.Identifier) {
    if (!imports.namespaces.has(node.object.name) || !isModuleBinding(node.object, sourceCode)) return undefined;
    if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
    if (node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === "string") {
      return node.property.value;
    }
  }
  return undefined;
}

/** True when `identifier` resolves to the module-level binding of its name (not a shadowing local). */
function isModuleBinding(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  return variable?.scope.block.type === AST_NODE_TYPES.Program;
}

/** True when `node` is the given `@credref/types` export (`App`, `task`, `basicRef`, ...) under any local name. */
export function isCredrefExport(node: TSESTree.Node, exported: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return credrefExportOf(node, sourceCode) === exported;
}

/** How a fix names an export of `@credref/types` at some place in the file. */
export interface CredrefReference {
  /** The text to write: `basicRef`, a local alias such as `br`, or `cr.basicRef`. */
  text: string;
  /** Adds the missing import; absent when the export is already in scope. */
  addImport?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
}

/**
 * How to refer to `exported` at `site`: through an existing import (named or namespace), or by adding
 * `exported` to the file's imports (as `type` when `asType`, for `verbatimModuleSyntax`). `undefined` when
 * adding an import is not safe: the file is not an ES module, or the name is already taken in scope.
 *
 * @example
 * const ref = referenceToCredrefExport("basicRef", objectNode, sourceCode);
 * // ref.text === "basicRef", ref.addImport adds `basicRef` to `import { App } from "@credref/types"`
 */
export function referenceToCredrefExport(
  exported: string,
  site: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  { asType = false }: { asType?: boolean } = {},
): CredrefReference | undefined {
  const imports = getCredrefImports(sourceCode);
  const scope = sourceCode.getScope(site);
  const reachesModuleBinding = (name: string): boolean => ASTUtils.findVariable(scope, name)?.scope.block.type === AST_NODE_TYPES.Program;
  const local = imports.localNamesOf(exported).find(reachesModuleBinding);
  if (local !== undefined) return { text: local };
  const namespace = [...imports.namespaces].find(reachesModuleBinding);
  if (namespace !== undefined) return { text: `${namespace}.${exported}` };

  if (sourceCode.ast.sourceType !== "module" || ASTUtils.findVariable(scope, exported)) return undefined;
  const withNamedSpecifiers = imports.declarations.filter((declaration) =>
    declaration.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
  );
  const typeImport = asType ? withNamedSpecifiers.find((declaration) => declaration.importKind === "type") : undefined;
  const valueImport = withNamedSpecifiers.find((declaration) => declaration.importKind !== "type");
  const target = typeImport ?? valueImport;
  if (target) {
    const last = target.specifiers.at(-1)!;
    const specifier = asType && target === valueImport ? `type ${exported}` : exported;
    return { text: exported, addImport: (fixer) => fixer.insertTextAfter(last, `, ${specifier}`) };
  }
  const firstImport = sourceCode.ast.body.find((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration);
  // After any directive prologue ("use client"), which must stay first.
  const anchor =
    firstImport ??
    sourceCode.ast.body.find((statement) => !(statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined));
  const statement = `import ${asType ? "type " : ""}{ ${exported} } from "${CREDREF_MODULE}";\n`;
  return {
    text: exported,
    addImport: (fixer) => (anchor ? fixer.insertTextBefore(anchor, statement) : fixer.insertTextAfterRange([0, 0], statement)),
  };
}
