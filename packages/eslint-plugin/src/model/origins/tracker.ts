/**
 * Where an object comes from: the origin tracker follows a value back to a logging or telemetry library's entry point
 * (an API graph, as CodeQL models loggers), through imports under any local name, `require`, re-exports of a project
 * logging module in another file, aliases, destructuring, class fields, constructor parameters, factory functions
 * that return one (`export const log = makeLogger("x")`), `.child()`, and callbacks (`startActiveSpan(name, (span) =>
 * …)`). A value it cannot follow has no role; the sink model then falls back to names.
 *
 * Work is lazy: a value is followed only when a sink check asks about it, and every answer is cached (per file for
 * the file being linted, per process for the other files it reads).
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { memberName } from "../../ast/describe.js";
import { isFunction, unwrap, type FunctionNode } from "../../ast/nodes.js";
import { moduleFileView, type FileView } from "./module-files.js";
import { callbackParameterRole, callRole, constructRole, importedRole, memberRole, typeRole, TYPED_MEMBER_NAMES, type ImportKind, type Role } from "./roles.js";

const { DefinitionType } = TSESLint.Scope;

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** What the tracker knows a value to be. */
type Value =
  | { readonly kind: "role"; readonly role: Role }
  /** Known not to come from a library: a literal, an object or array built here, a built-in's instance. */
  | { readonly kind: "other" }
  | { readonly kind: "function"; readonly fn: FunctionNode; readonly file: FileOrigins }
  | { readonly kind: "class"; readonly node: ClassNode; readonly file: FileOrigins }
  | { readonly kind: "module"; readonly file: FileOrigins };

/** What the linted file adds to what syntax shows. */
export interface OriginHooks {
  /**
   * The role of an expression from its type (typed config only): the declaring package of its type; `undefined` for
   * a type no table knows, `null` for a type that says nothing (`any`, `unknown`).
   */
  readonly typeRoleOf?: (node: TSESTree.Node) => Role | null | undefined;
  /** Whether an expression is the framework's task or handler context (whose `logger` is a logger). */
  readonly isContext?: (node: TSESTree.Node) => boolean;
}

/** Origins of values in one file. */
export interface OriginTracker {
  /** The role of `node`'s value, from syntax (and other files of the project) only. */
  roleOf(node: TSESTree.Node): Role | undefined;
  /**
   * The role of a callee: what {@link roleOf} says, else (with type information) the role its type gives the
   * receiver's member or the callee itself. `mayAskTypes`, when given, is consulted before a question to the checker
   * that no earlier call has answered; when it says no, the question is not asked and the callee has no role.
   */
  calleeRole(callee: TSESTree.Node, mayAskTypes?: () => boolean): Role | undefined;
}

/** A type question {@link OriginTracker.calleeRole} was told not to ask. */
const NOT_ASKED = Symbol("not asked");

/** How long a chain of values (across files) may be followed. */
const MAX_DEPTH = 16;
/** Files whose origins are being computed: other files' trackers are shared across lints in one process. */
const foreignFiles = new WeakMap<FileView, FileOrigins>();

/**
 * Creates the origin tracker of the file being linted.
 *
 * @example
 * const origins = createOriginTracker(view, { typeRoleOf });
 * origins.calleeRole(call.callee); // "logMethod" for audit.info(...) when audit = winston.createLogger(...) in ./logging
 */
export function createOriginTracker(view: FileView, hooks: OriginHooks = {}): OriginTracker {
  // Without types, other files of the project are read; with types, their loggers are known by their types, and
  // other files are read only for a receiver whose type says nothing (`any`: a library without type declarations).
  const withOtherFiles = new FileOrigins(view, hooks, true);
  const local = hooks.typeRoleOf ? new FileOrigins(view, hooks, false) : withOtherFiles;
  const roleOfValue = (value: Value | undefined): Role | undefined => (value?.kind === "role" ? value.role : undefined);
  // A receiver is usually a variable or a class field called many times (`log.info` on every other line,
  // `this.log.info` in every method): one type lookup each.
  const byVariable = new WeakMap<object, Map<string, { role: Role | null | undefined }>>();
  /** The role `node`'s type gives, or {@link NOT_ASKED} when the question is new and `mayAsk` says no. */
  const typeRoleOf = hooks.typeRoleOf && ((node: TSESTree.Node, mayAsk: (() => boolean) | undefined): Role | null | undefined | typeof NOT_ASKED => {
    const key = receiverKey(view, node);
    if (!key) return mayAsk && !mayAsk() ? NOT_ASKED : hooks.typeRoleOf!(node);
    let byName = byVariable.get(key.owner);
    if (!byName) {
      byName = new Map();
      byVariable.set(key.owner, byName);
    }
    let cached = byName.get(key.name);
    if (!cached) {
      if (mayAsk && !mayAsk()) return NOT_ASKED;
      cached = { role: hooks.typeRoleOf!(node) };
      byName.set(key.name, cached);
    }
    return cached.role;
  });
  return {
    roleOf: (node) => roleOfValue(withOtherFiles.valueOf(node, 0)),
    calleeRole(callee, mayAskTypes) {
      if (!typeRoleOf) return roleOfValue(withOtherFiles.valueOf(callee, 0));
      const syntactic = local.valueOf(callee, 0);
      if (syntactic) return roleOfValue(syntactic);
      const target = unwrap(callee);
      if (target.type === AST_NODE_TYPES.MemberExpression) {
        const name = memberName(target);
        if (name === undefined || local.valueOf(target.object, 0) || !TYPED_MEMBER_NAMES.has(name)) return undefined;
        const receiver = typeRoleOf(target.object, mayAskTypes);
        if (receiver === NOT_ASKED) return undefined;
        if (receiver === null) return roleOfValue(withOtherFiles.valueOf(callee, 0));
        return receiver && memberRole(receiver, name);
      }
      // A called variable or parameter (a `debug` instance); functions, classes and imports are known by syntax.
      if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
      const definition = view.variableOf(target)?.defs[0];
      if (definition?.type !== DefinitionType.Variable && definition?.type !== DefinitionType.Parameter) return undefined;
      const byType = typeRoleOf(target, mayAskTypes);
      if (byType === NOT_ASKED) return undefined;
      return byType === null ? roleOfValue(withOtherFiles.valueOf(callee, 0)) : byType;
    },
  };
}

/**
 * What a receiver's type lookup is cached under: its variable (`log`), or for a field of `this` (`this.log`,
 * `this.#log`) the class and the field's name. `undefined` for any other expression.
 */
function receiverKey(view: FileView, node: TSESTree.Node): { owner: object; name: string } | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = view.variableOf(node);
    return variable ? { owner: variable, name: "" } : undefined;
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  const name = node.computed ? undefined : node.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${node.property.name}` : memberName(node);
  if (name === undefined) return undefined;
  // `this` is the class instance only in its methods, accessors and field initialisers (not in a nested function).
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.FunctionExpression) {
      const member = current.parent;
      if (member?.type !== AST_NODE_TYPES.MethodDefinition || member.static) return undefined;
      return { owner: member.parent.parent, name };
    }
    if (current.type === AST_NODE_TYPES.PropertyDefinition || current.type === AST_NODE_TYPES.AccessorProperty) {
      return current.static ? undefined : { owner: current.parent.parent, name };
    }
    if (current.type === AST_NODE_TYPES.StaticBlock || current.type === AST_NODE_TYPES.Program) return undefined;
  }
  return undefined;
}

/** The origins of one file's values, cached per node and per variable. */
class FileOrigins {
  private readonly nodes = new WeakMap<TSESTree.Node, Value | null>();
  private readonly variables = new WeakMap<TSESLint.Scope.Variable, Value | null>();
  private readonly exports = new Map<string, Value | null>();
  private readonly inProgress = new Set<unknown>();

  constructor(
    readonly view: FileView,
    private readonly hooks: OriginHooks,
    /** Whether imports of relative modules are followed into their files. */
    private readonly readsOtherFiles: boolean,
  ) {}

  /** The value of an expression. */
  valueOf(node: TSESTree.Node, depth: number): Value | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const cached = this.nodes.get(node);
    if (cached !== undefined) return cached ?? undefined;
    if (this.inProgress.has(node)) return undefined;
    this.inProgress.add(node);
    let value: Value | undefined;
    try {
      value = this.compute(unwrap(node), depth);
    } finally {
      this.inProgress.delete(node);
    }
    this.nodes.set(node, value ?? null);
    return value;
  }

  private compute(node: TSESTree.Node, depth: number): Value | undefined {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return this.identifierValue(node, depth);
      case AST_NODE_TYPES.MemberExpression:
        return this.memberValue(node, depth);
      case AST_NODE_TYPES.CallExpression:
        return this.callValue(node, depth);
      case AST_NODE_TYPES.NewExpression: {
        const callee = this.valueOf(node.callee, depth + 1);
        if (!callee && node.callee.type === AST_NODE_TYPES.Identifier && !this.view.variableOf(node.callee)) return OTHER; // new Map()
        return this.constructed(callee, depth);
      }
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
        return OTHER;
      case AST_NODE_TYPES.ConditionalExpression:
        return preferLibrary([() => this.valueOf(node.consequent, depth + 1), () => this.valueOf(node.alternate, depth + 1)]);
      case AST_NODE_TYPES.LogicalExpression:
        return preferLibrary([() => this.valueOf(node.left, depth + 1), () => this.valueOf(node.right, depth + 1)]);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.valueOf(node.right, depth + 1);
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return { kind: "function", fn: node, file: this };
      case AST_NODE_TYPES.ClassExpression:
        return { kind: "class", node, file: this };
      default:
        return undefined;
    }
  }

  private constructed(callee: Value | undefined, depth: number): Value | undefined {
    if (callee?.kind === "role") return role(constructRole(callee.role));
    if (callee?.kind === "class" && callee.node.superClass) return callee.file.constructed(callee.file.valueOf(callee.node.superClass, depth + 1), depth + 1);
    return undefined;
  }

  private identifierValue(node: TSESTree.Identifier, depth: number): Value | undefined {
    const variable = this.view.variableOf(node);
    if (!variable) return undefined;
    const cached = this.variables.get(variable);
    if (cached !== undefined) return cached ?? undefined;
    if (this.inProgress.has(variable)) return undefined;
    this.inProgress.add(variable);
    let value: Value | undefined;
    try {
      value = this.variableValue(variable, depth);
    } finally {
      this.inProgress.delete(variable);
    }
    this.variables.set(variable, value ?? null);
    return value;
  }

  /** A variable's value: its definition, or any later write (`let log; … log = pino();`), a library's first. */
  private variableValue(variable: TSESLint.Scope.Variable, depth: number): Value | undefined {
    const writes = variable.references.filter(
      (reference) =>
        reference.isWrite() &&
        reference.writeExpr &&
        !variable.defs.some((def) => def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init === reference.writeExpr),
    );
    return preferLibrary([
      ...variable.defs.map((def) => () => this.definitionValue(def, depth)),
      ...writes.map((reference) => () => this.valueOf(reference.writeExpr!, depth + 1)),
    ]);
  }

  private definitionValue(def: TSESLint.Scope.Definition, depth: number): Value | undefined {
    switch (def.type) {
      case DefinitionType.ImportBinding:
        return this.importValue(def.node, def.parent as TSESTree.ImportDeclaration, depth);
      case DefinitionType.FunctionName:
        return isFunction(def.node) ? { kind: "function", fn: def.node, file: this } : undefined;
      case DefinitionType.ClassName:
        return def.node.type === AST_NODE_TYPES.ClassDeclaration || def.node.type === AST_NODE_TYPES.ClassExpression
          ? { kind: "class", node: def.node, file: this }
          : undefined;
      case DefinitionType.Variable: {
        const declarator = def.node;
        const annotated = this.annotationValue(def.name);
        if (annotated) return annotated;
        if (!declarator.init) return undefined;
        return this.patternValue(declarator.id, def.name, this.valueOf(declarator.init, depth + 1), depth, declarator.init);
      }
      case DefinitionType.Parameter:
        return this.parameterValue(def.name, def.node, depth);
      default:
        return undefined;
    }
  }

  private importValue(specifier: TSESTree.Node, declaration: TSESTree.ImportDeclaration, depth: number): Value | undefined {
    let imported: ImportKind;
    if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) imported = { kind: "namespace" };
    else if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) imported = { kind: "default" };
    else if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
      const name = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
      imported = name === "default" ? { kind: "default" } : { kind: "named", name };
    } else return undefined;
    return this.moduleValue(declaration.source.value, imported, depth);
  }

  /** What an import (or `require`) of `moduleName` gives. */
  private moduleValue(moduleName: string, imported: ImportKind, depth: number): Value | undefined {
    const library = importedRole(moduleName, imported);
    if (library !== undefined) return role(library);
    const other = this.otherFile(moduleName);
    if (!other) return undefined;
    switch (imported.kind) {
      case "namespace":
      case "require":
        return { kind: "module", file: other };
      case "default":
        return other.exportValue("default", depth + 1);
      case "named":
        return other.exportValue(imported.name, depth + 1);
    }
  }

  private otherFile(specifier: string): FileOrigins | undefined {
    if (!this.readsOtherFiles) return undefined;
    const view = moduleFileView(this.view.filename, specifier);
    if (!view) return undefined;
    let origins = foreignFiles.get(view);
    if (!origins) {
      origins = new FileOrigins(view, {}, true);
      foreignFiles.set(view, origins);
    }
    return origins;
  }

  /** What this file exports under `name`: declarations, export lists, re-exports and `export *`. */
  exportValue(name: string, depth: number): Value | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const cached = this.exports.get(name);
    if (cached !== undefined) return cached ?? undefined;
    const key = `export:${name}`;
    if (this.inProgress.has(key)) return undefined;
    this.inProgress.add(key);
    let value: Value | undefined;
    try {
      value = this.findExport(name, depth);
    } finally {
      this.inProgress.delete(key);
    }
    this.exports.set(name, value ?? null);
    return value;
  }

  private findExport(name: string, depth: number): Value | undefined {
    const starSources: string[] = [];
    for (const statement of this.view.program.body) {
      if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
        if (name !== "default") continue;
        const declaration = statement.declaration;
        if (isFunction(declaration)) return { kind: "function", fn: declaration, file: this };
        if (declaration.type === AST_NODE_TYPES.ClassDeclaration) return { kind: "class", node: declaration, file: this };
        return this.valueOf(declaration, depth + 1);
      }
      if (statement.type === AST_NODE_TYPES.ExportAllDeclaration) {
        if (statement.exported === null) starSources.push(statement.source.value);
        else if (exportedName(statement.exported) === name) return this.otherFile(statement.source.value) && { kind: "module", file: this.otherFile(statement.source.value)! };
        continue;
      }
      if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
      const declaration = statement.declaration;
      if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of declaration.declarations) {
          const bound = boundIdentifier(declarator.id, name);
          if (bound) return this.valueOf(bound, depth + 1);
        }
      } else if (declaration && "id" in declaration && declaration.id?.type === AST_NODE_TYPES.Identifier && declaration.id.name === name) {
        return this.valueOf(declaration.id, depth + 1);
      }
      for (const specifier of statement.specifiers) {
        if (specifier.type !== AST_NODE_TYPES.ExportSpecifier || exportedName(specifier.exported) !== name) continue;
        const local = exportedName(specifier.local);
        if (statement.source) {
          return this.moduleValue(statement.source.value, local === "default" ? { kind: "default" } : { kind: "named", name: local }, depth + 1);
        }
        return specifier.local.type === AST_NODE_TYPES.Identifier ? this.valueOf(specifier.local, depth + 1) : undefined;
      }
    }
    if (name === "default") return undefined;
    for (const source of starSources) {
      const value = this.moduleValue(source, { kind: "named", name }, depth + 1);
      if (value) return value;
    }
    return undefined;
  }

  /** The value bound to `target` inside a declaration pattern whose whole value is `whole`. */
  private patternValue(pattern: TSESTree.Node, target: TSESTree.Node, whole: Value | undefined, depth: number, init?: TSESTree.Node): Value | undefined {
    if (pattern === target) return whole;
    // `const { logger } = this.context`
    const contextLogger = (key: string): Value | undefined => (key === "logger" && init !== undefined && this.hooks.isContext?.(init) ? role("logger") : undefined);
    if (!whole && (pattern.type !== AST_NODE_TYPES.ObjectPattern || init === undefined)) return undefined;
    if (pattern.type === AST_NODE_TYPES.AssignmentPattern) return whole && this.patternValue(pattern.left, target, whole, depth);
    if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property || !contains(property.value, target)) continue;
      const key = !property.computed && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : undefined;
      if (key === undefined) return undefined;
      return this.patternValue(property.value, target, whole ? this.member(whole, key, depth) : contextLogger(key), depth);
    }
    return undefined;
  }

  private member(object: Value | undefined, name: string, depth: number): Value | undefined {
    if (!object) return undefined;
    if (object.kind === "role") return role(memberRole(object.role, name));
    if (object.kind === "module") return object.file.exportValue(name, depth + 1);
    return undefined;
  }

  private memberValue(node: TSESTree.MemberExpression, depth: number): Value | undefined {
    const name = memberName(node);
    if (name === undefined) return undefined;
    if (node.object.type === AST_NODE_TYPES.ThisExpression) return this.fieldValue(node, name, depth);
    if (name === "logger" && this.hooks.isContext?.(node.object)) return role("logger");
    return this.member(this.valueOf(node.object, depth + 1), name, depth);
  }

  /** `this.log`: a class field's initialiser or annotation, a constructor parameter property, or `this.log = …`. */
  private fieldValue(node: TSESTree.MemberExpression, name: string, depth: number): Value | undefined {
    let body: TSESTree.Node | undefined = node.parent;
    while (body && body.type !== AST_NODE_TYPES.ClassBody) body = body.parent;
    if (!body || body.type !== AST_NODE_TYPES.ClassBody) return undefined;
    for (const member of body.body) {
      if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.computed && member.key.type === AST_NODE_TYPES.Identifier && member.key.name === name) {
        const annotated = member.typeAnnotation && this.typeValue(member.typeAnnotation.typeAnnotation);
        if (annotated) return annotated;
        if (member.value) return this.valueOf(member.value, depth + 1);
      }
      if (member.type !== AST_NODE_TYPES.MethodDefinition || member.kind !== "constructor") continue;
      for (const param of member.value.params) {
        if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        const bound = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
        if (bound.type === AST_NODE_TYPES.Identifier && bound.name === name) {
          const annotated = this.annotationValue(bound);
          if (annotated) return annotated;
          if (param.parameter.type === AST_NODE_TYPES.AssignmentPattern) return this.valueOf(param.parameter.right, depth + 1);
        }
      }
      for (const statement of member.value.body?.body ?? []) {
        if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.AssignmentExpression) continue;
        const target = statement.expression.left;
        if (target.type === AST_NODE_TYPES.MemberExpression && target.object.type === AST_NODE_TYPES.ThisExpression && memberName(target) === name) {
          const value = this.valueOf(statement.expression.right, depth + 1);
          if (value) return value;
        }
      }
    }
    return undefined;
  }

  private callValue(node: TSESTree.CallExpression, depth: number): Value | undefined {
    const callee = unwrap(node.callee);
    const argument = node.arguments[0];
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === "require" && argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === "string") {
      if (!this.view.variableOf(callee)) return this.moduleValue(argument.value, { kind: "require" }, depth);
    }
    // `logger.warn.bind(logger)` is the method it binds.
    if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === "bind") return this.valueOf(callee.object, depth + 1);
    const target = this.valueOf(callee, depth + 1);
    if (!target) return undefined;
    if (target.kind === "role") return role(callRole(target.role));
    if (target.kind === "function") return target.file.returnedValue(target.fn, depth + 1);
    return undefined;
  }

  /** What a function of this file returns: the first of its returns whose value is known. */
  returnedValue(fn: FunctionNode, depth: number): Value | undefined {
    if (depth > MAX_DEPTH || this.inProgress.has(fn)) return undefined;
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return this.valueOf(fn.body, depth + 1);
    this.inProgress.add(fn);
    try {
      const returns: TSESTree.Expression[] = [];
      collectReturns(fn.body, returns);
      for (const returned of returns) {
        const value = this.valueOf(returned, depth + 1);
        if (value) return value;
      }
      return undefined;
    } finally {
      this.inProgress.delete(fn);
    }
  }

  /** A parameter: its annotation, its default, or the role a library gives a callback's first parameter. */
  private parameterValue(name: TSESTree.Node, fn: TSESTree.Node, depth: number): Value | undefined {
    const annotated = this.annotationValue(name);
    if (annotated) return annotated;
    if (name.parent?.type === AST_NODE_TYPES.AssignmentPattern && name.parent.left === name) {
      const fallback = this.valueOf(name.parent.right, depth + 1);
      if (fallback) return fallback;
    }
    if (!isFunction(fn) || fn.params[0] !== name) return undefined;
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return undefined;
    const callee = this.valueOf(call.callee, depth + 1);
    return callee?.kind === "role" ? role(callbackParameterRole(callee.role)) : undefined;
  }

  private annotationValue(name: TSESTree.Node): Value | undefined {
    const bound = name.type === AST_NODE_TYPES.AssignmentPattern ? name.left : name;
    if (bound.type !== AST_NODE_TYPES.Identifier || !bound.typeAnnotation) return undefined;
    return this.typeValue(bound.typeAnnotation.typeAnnotation);
  }

  /** `Logger` imported from `pino`, `winston.Logger`, `Span | undefined`. */
  private typeValue(type: TSESTree.TypeNode): Value | undefined {
    if (type.type === AST_NODE_TYPES.TSUnionType) {
      for (const member of type.types) {
        const value = this.typeValue(member);
        if (value) return value;
      }
      return undefined;
    }
    if (type.type === AST_NODE_TYPES.TSArrayType || type.type === AST_NODE_TYPES.TSTypeLiteral || type.type.endsWith("Keyword")) {
      return type.type === AST_NODE_TYPES.TSAnyKeyword || type.type === AST_NODE_TYPES.TSUnknownKeyword ? undefined : OTHER;
    }
    if (type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
    const typeName = type.typeName;
    if (typeName.type === AST_NODE_TYPES.Identifier) {
      const variable = this.view.variableOf(typeName);
      // `Set<string>`, `Map<…>`, `Promise<…>`: a type of the standard library.
      if (!variable) return OTHER;
      const def = variable.defs[0];
      if (def?.type !== DefinitionType.ImportBinding || def.node.type !== AST_NODE_TYPES.ImportSpecifier) return undefined;
      const imported = def.node.imported;
      const exported = imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value);
      return role(typeRole((def.parent as TSESTree.ImportDeclaration).source.value, exported));
    }
    if (typeName.type === AST_NODE_TYPES.TSQualifiedName && typeName.left.type === AST_NODE_TYPES.Identifier) {
      const def = this.view.variableOf(typeName.left)?.defs[0];
      if (def?.type !== DefinitionType.ImportBinding || def.node.type === AST_NODE_TYPES.ImportSpecifier) return undefined;
      return role(typeRole((def.parent as TSESTree.ImportDeclaration).source.value, typeName.right.name));
    }
    return undefined;
  }
}

const OTHER: Value = { kind: "other" };

/** The first of some lazily computed values that may come from a library; a value known not to only if none may. */
function preferLibrary(candidates: readonly (() => Value | undefined)[]): Value | undefined {
  let other: Value | undefined;
  for (const candidate of candidates) {
    const value = candidate();
    if (value?.kind === "other") other = value;
    else if (value) return value;
  }
  return other;
}

function role(name: Role | undefined): Value | undefined {
  return name === undefined ? undefined : { kind: "role", role: name };
}

function exportedName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/** The identifier named `name` bound by a declaration pattern, if any. */
function boundIdentifier(pattern: TSESTree.Node, name: string): TSESTree.Identifier | undefined {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return pattern.name === name ? pattern : undefined;
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        const found = boundIdentifier(property.type === AST_NODE_TYPES.Property ? property.value : property.argument, name);
        if (found) return found;
      }
      return undefined;
    case AST_NODE_TYPES.AssignmentPattern:
      return boundIdentifier(pattern.left, name);
    default:
      return undefined;
  }
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** The returned expressions of a function body, not of functions nested in it. */
function collectReturns(node: TSESTree.Node, out: TSESTree.Expression[]): void {
  if (node.type === AST_NODE_TYPES.ReturnStatement) {
    if (node.argument) out.push(node.argument);
    return;
  }
  if (isFunction(node) || node.type === AST_NODE_TYPES.ClassBody) return;
  for (const key of Object.keys(node)) {
    if (key === "parent") continue;
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? child : [child]) {
      if (item && typeof item === "object" && "type" in item && isStatementLike(item as TSESTree.Node)) collectReturns(item as TSESTree.Node, out);
    }
  }
}

/** Statements and blocks that may hold a `return` of the enclosing function. */
function isStatementLike(node: TSESTree.Node): boolean {
  return node.type.endsWith("Statement") || node.type === AST_NODE_TYPES.SwitchCase || node.type === AST_NODE_TYPES.CatchClause || node.type === AST_NODE_TYPES.BlockStatement;
}
