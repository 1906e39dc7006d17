/**
 * Where a piece of code runs, in the terms of the app framework: inside a @task method (or a helper only
 * tasks call), a Handler method, a workflow method, a constructor, a field initializer, at module scope...
 *
 * The answer is lexical (closures belong to the method they are written in) plus an intra-file call graph:
 * a method that is not a task itself, or a free function, counts as part of a task when every path that
 * reaches it in this file starts in a task method.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { classBaseOf, classNameOf, localSuperclassOf, type ClassNode } from "./class-base.js";
import { credrefExportOf } from "../model/credref-imports.js";
import { describeKey } from "../ast/describe.js";

export type ExecutionScopeKind =
  /** A method decorated with `@task` in a class extending `App` (or a base this file cannot see into). */
  | "task"
  /** A method or function that only @task methods reach, through calls in this file. */
  | "task-helper"
  /** An instance method of a class extending `Handler`. */
  | "handler"
  /** A method or function that only @task and Handler methods reach. */
  | "handler-helper"
  /** A workflow orchestration method: `run` of an App, or a method with a workflow decorator. */
  | "workflow"
  | "constructor"
  | "field-initializer"
  /** A static method, static block or static field initializer. */
  | "static"
  /** A getter or setter. */
  | "accessor"
  /** Any other method: not a task, or also reached from outside tasks. */
  | "method"
  /** A free function not reached only from tasks. */
  | "function"
  | "module";

export interface ExecutionScope {
  kind: ExecutionScopeKind;
  /** The place as a noun phrase, for messages: "the constructor of `ConnectorApp`", "module scope". */
  place: string;
  /** The place with its preposition: "in the constructor of `ConnectorApp`", "at module scope". */
  description: string;
  /** The class member, free function or Program that owns the code. */
  owner: Owner;
}

export interface TaskScopeOptions {
  /** Extra decorator names (dotted, e.g. `activity.defn`) that mark a task method, besides `@credref/types`' `task`. */
  taskDecorators?: readonly string[];
  /** Decorator names (dotted) that mark a workflow orchestration method. */
  workflowDecorators?: readonly string[];
  /** Method names that are workflow orchestration in an App class. Default `["run"]`. */
  workflowMethods?: readonly string[];
}

type MemberNode =
  | TSESTree.MethodDefinition
  | TSESTree.TSAbstractMethodDefinition
  | TSESTree.PropertyDefinition
  | TSESTree.TSAbstractPropertyDefinition
  | TSESTree.AccessorProperty
  | TSESTree.TSAbstractAccessorProperty
  | TSESTree.StaticBlock;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
/** What code belongs to: a class member, the outermost free function around it, or the module. */
export type Owner = MemberNode | FunctionNode | TSESTree.Program;

type SourceCode = Readonly<TSESLint.SourceCode>;
type AnyContext = Readonly<{ sourceCode: SourceCode }>;

/**
 * Where `node` runs. Cached per file and options.
 *
 * @example
 * const scope = getExecutionScope(callNode, context, { workflowMethods: ["run"] });
 * if (scope.kind !== "task" && scope.kind !== "task-helper") report(`resolved ${scope.description}`);
 * // e.g. "resolved in the constructor of `ConnectorApp`"
 */
export function getExecutionScope(node: TSESTree.Node, context: AnyContext, options: TaskScopeOptions = {}): ExecutionScope {
  return analysisFor(context.sourceCode, options).scopeOfOwner(ownerOf(node));
}

/** True when `node` runs inside a @task method or a helper that only @task methods reach. */
export function isInsideTask(node: TSESTree.Node, context: AnyContext, options: TaskScopeOptions = {}): boolean {
  const { kind } = getExecutionScope(node, context, options);
  return kind === "task" || kind === "task-helper";
}

/** True when `member` is itself a @task method of an App class. */
export function isTaskMethod(member: TSESTree.Node, context: AnyContext, options: TaskScopeOptions = {}): boolean {
  return isMember(member) && analysisFor(context.sourceCode, options).direct(member).scope.kind === "task";
}

/**
 * The @task methods of a class, in source order (for rules that look at a task's parameters or returns).
 */
export function taskMethodsOf(classNode: ClassNode, context: AnyContext, options: TaskScopeOptions = {}): MemberNode[] {
  return classNode.body.body.filter((member) => isTaskMethod(member, context, options)) as MemberNode[];
}

/**
 * True when a decorator is `@task`, `@task({...})`, `@cr.task` (any local name of `task` from
 * `@credref/types`) or one of the configured extra names.
 */
export function isTaskDecorator(decorator: TSESTree.Decorator, sourceCode: SourceCode, extraNames: readonly string[] = []): boolean {
  const callee = decoratorCallee(decorator);
  if (credrefExportOf(callee, sourceCode) === "task") return true;
  const name = dottedName(callee);
  return name !== undefined && extraNames.includes(name);
}

// ---------------------------------------------------------------------------------------------------------------

const analyses = new WeakMap<TSESTree.Program, Map<string, ScopeAnalysis>>();

function analysisFor(sourceCode: SourceCode, options: TaskScopeOptions): ScopeAnalysis {
  const normalised: Required<TaskScopeOptions> = {
    taskDecorators: options.taskDecorators ?? [],
    workflowDecorators: options.workflowDecorators ?? [],
    workflowMethods: options.workflowMethods ?? ["run"],
  };
  const key = JSON.stringify(normalised);
  let byOptions = analyses.get(sourceCode.ast);
  if (!byOptions) analyses.set(sourceCode.ast, (byOptions = new Map<string, ScopeAnalysis>()));
  let analysis = byOptions.get(key);
  if (!analysis) byOptions.set(key, (analysis = new ScopeAnalysis(sourceCode, normalised)));
  return analysis;
}

function isMember(node: TSESTree.Node): node is MemberNode {
  switch (node.type) {
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.TSAbstractMethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.TSAbstractPropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
    case AST_NODE_TYPES.TSAbstractAccessorProperty:
    case AST_NODE_TYPES.StaticBlock:
      return true;
    default:
      return false;
  }
}

function isFunction(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/**
 * The class member whose body (or initializer) holds `node`; else the outermost function around it; else
 * the Program. Decorators and computed keys run when the class is defined, so they belong further out.
 */
function ownerOf(node: TSESTree.Node): Owner {
  if (isMember(node)) return node;
  let outermostFunction: FunctionNode | undefined;
  let child: TSESTree.Node = node;
  for (let current: TSESTree.Node | undefined = node; current; child = current, current = current.parent) {
    if (isFunction(current)) outermostFunction = current;
    else if (current.type === AST_NODE_TYPES.StaticBlock) return current;
    else if (isMember(current) && "value" in current && current.value === child) return current;
    else if (current.type === AST_NODE_TYPES.Program) return outermostFunction ?? current;
  }
  return outermostFunction ?? (node as TSESTree.Program);
}

function decoratorCallee(decorator: TSESTree.Decorator): TSESTree.Expression {
  const expression = decorator.expression;
  return expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
}

/** `task`, `activity.defn`; undefined for anything that is not a plain name chain. */
function dottedName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    const object = dottedName(node.object);
    return object === undefined ? undefined : `${object}.${node.property.name}`;
  }
  return undefined;
}

function quoted(name: string | undefined): string {
  return name === undefined ? "an anonymous class" : `\`${name}\``;
}

function scope(kind: ExecutionScopeKind, place: string, owner: Owner, preposition = "in"): ExecutionScope {
  return { kind, place, description: `${preposition} ${place}`, owner };
}

/** A direct classification; `candidate` ones may still be task helpers, depending on who calls them. */
interface Direct {
  scope: ExecutionScope;
  candidate: boolean;
}

/** A caller of a helper: another owner, or code outside this file. */
type Caller = Owner | "exported";

/** The entry points that reach a candidate: one scope per kind (enough to classify and to name a witness). */
interface Reach {
  readonly roots: readonly ExecutionScope[];
  readonly exported: boolean;
}

/** Collects a `Reach`, keeping the first root seen of each kind so merging stays constant-size. */
class ReachBuilder {
  exported = false;
  private readonly byKind = new Map<ExecutionScopeKind, ExecutionScope>();

  add(scope: ExecutionScope): void {
    if (!this.byKind.has(scope.kind)) this.byKind.set(scope.kind, scope);
  }

  merge(other: Reach): void {
    this.exported ||= other.exported;
    for (const root of other.roots) this.add(root);
  }

  build(): Reach {
    return { roots: [...this.byKind.values()], exported: this.exported };
  }
}

class ScopeAnalysis {
  private readonly scopes = new WeakMap<Owner, ExecutionScope>();
  private readonly directs = new WeakMap<Owner, Direct>();
  /** Per class: member -> the members of the same class that reference it through `this`. */
  private readonly classCallers = new WeakMap<ClassNode, Map<MemberNode, Set<MemberNode>>>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly options: Required<TaskScopeOptions>,
  ) {}

  scopeOfOwner(owner: Owner): ExecutionScope {
    let result = this.scopes.get(owner);
    if (!result) {
      const direct = this.direct(owner);
      result = direct.candidate ? this.throughCallers(owner, direct.scope) : direct.scope;
      this.scopes.set(owner, result);
    }
    return result;
  }

  direct(owner: Owner): Direct {
    let result = this.directs.get(owner);
    if (!result) this.directs.set(owner, (result = this.classify(owner)));
    return result;
  }

  private classify(owner: Owner): Direct {
    if (owner.type === AST_NODE_TYPES.Program) return { scope: scope("module", "module scope", owner, "at"), candidate: false };
    if (isFunction(owner)) {
      const name = functionName(owner);
      if (name === undefined) return { scope: scope("function", "a function created at module scope", owner), candidate: false };
      return { scope: scope("function", `the function \`${name}\``, owner), candidate: true };
    }
    const classNode = owner.parent.parent;
    const className = quoted(classNameOf(classNode));
    if (owner.type === AST_NODE_TYPES.StaticBlock) return { scope: scope("static", `a static block of ${className}`, owner), candidate: false };
    // `name` is for messages (a string or computed key reads `[…]`); `key` matches option names.
    const name = describeKey(owner.key, owner.computed);
    const key = this.memberName(owner);
    const isMethodLike =
      owner.type === AST_NODE_TYPES.MethodDefinition ||
      owner.type === AST_NODE_TYPES.TSAbstractMethodDefinition ||
      (owner.value !== null && isFunction(owner.value));
    if (owner.static) {
      const place = isMethodLike ? `the static method \`${name}\`` : `the initializer of the static field \`${name}\``;
      return { scope: scope("static", `${place} of ${className}`, owner), candidate: false };
    }
    if ("kind" in owner && owner.kind === "constructor") return { scope: scope("constructor", `the constructor of ${className}`, owner), candidate: false };
    if ("kind" in owner && (owner.kind === "get" || owner.kind === "set")) {
      const accessor = owner.kind === "get" ? "getter" : "setter";
      return { scope: scope("accessor", `the ${accessor} \`${name}\` of ${className}`, owner), candidate: false };
    }
    if (!isMethodLike) return { scope: scope("field-initializer", `the initializer of the field \`${name}\` of ${className}`, owner), candidate: false };

    const base = classBaseOf(classNode, this.sourceCode);
    const mayBeApp = (base.kind === "credref" && base.name === "App") || base.kind === "external";
    const decorators = owner.decorators ?? [];
    // Configured decorators belong to other frameworks, so they mark a task whatever the class extends.
    const configuredTask = decorators
      .map((decorator) => dottedName(decoratorCallee(decorator)))
      .find((decoratorName) => decoratorName !== undefined && this.options.taskDecorators.includes(decoratorName));
    if (configuredTask !== undefined) {
      return { scope: scope("task", `the @${configuredTask} method \`${name}\` of ${className}`, owner), candidate: false };
    }
    if (decorators.some((decorator) => isTaskDecorator(decorator, this.sourceCode))) {
      if (mayBeApp) return { scope: scope("task", `the @task method \`${name}\` of ${className}`, owner), candidate: false };
      return { scope: scope("method", `the @task method \`${name}\` of ${className}, which does not extend App`, owner), candidate: false };
    }
    if (base.kind === "credref" && base.name === "Handler") {
      return { scope: scope("handler", `the method \`${name}\` of the Handler ${className}`, owner), candidate: false };
    }
    const workflowDecorated = decorators.some((decorator) => {
      const decoratorName = dottedName(decoratorCallee(decorator));
      return decoratorName !== undefined && this.options.workflowDecorators.includes(decoratorName);
    });
    // A class named `...Workflow` orchestrates whatever it extends.
    const workflowClass = mayBeApp || /Workflow$/.test(classNameOf(classNode) ?? "");
    if (workflowDecorated || (workflowClass && this.options.workflowMethods.includes(key))) {
      return { scope: scope("workflow", `\`${name}\`, a workflow method of ${className}`, owner), candidate: false };
    }
    return { scope: scope("method", `the method \`${name}\` of ${className}`, owner), candidate: true };
  }

  /** Classifies a candidate by every entry point (non-candidate owner) that reaches it in this file. */
  private throughCallers(start: Owner, own: ExecutionScope): ExecutionScope {
    const { roots, exported } = this.reach(start);
    const only = (kinds: readonly ExecutionScopeKind[]): boolean =>
      !exported && roots.length > 0 && roots.every((root) => kinds.includes(root.kind));
    if (only(["task"])) return { ...own, kind: "task-helper", place: `${own.place}, which only @task methods call`, description: `${own.description}, which only @task methods call` };
    if (only(["task", "handler"])) {
      const suffix = ", which only @task and Handler methods call";
      return { ...own, kind: "handler-helper", place: own.place + suffix, description: own.description + suffix };
    }
    const witness = roots.find((root) => root.kind !== "task" && root.kind !== "handler");
    const suffix = exported
      ? ", which is exported"
      : witness
        ? `, which is reached from ${witness.place}`
        : ", which no @task method calls";
    return { ...own, place: own.place + suffix, description: own.description + suffix };
  }

  /** Per candidate: the entry points that reach it through callers (see `reach`). */
  private readonly reached = new WeakMap<Owner, Reach>();

  /**
   * The entry points that reach `start` through its callers in this file: non-candidate callers, and candidates no
   * one in the file calls (called from elsewhere). Callers that call each other share one answer, so the call
   * graph is walked once for all candidates (Tarjan's strongly connected components, iterative: a chain of
   * thousands of helpers must not overflow the stack), linear in members and calls.
   */
  private reach(start: Owner): Reach {
    const known = this.reached.get(start);
    if (known) return known;
    const index = new Map<Owner, number>();
    const low = new Map<Owner, number>();
    const onStack = new Set<Owner>();
    const stack: Owner[] = [];
    interface Frame {
      owner: Owner;
      callers: Caller[];
      next: number;
    }
    const frames: Frame[] = [];
    const enter = (owner: Owner): void => {
      index.set(owner, index.size);
      low.set(owner, index.get(owner)!);
      stack.push(owner);
      onStack.add(owner);
      frames.push({ owner, callers: this.callersOf(owner), next: 0 });
    };
    enter(start);
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      if (frame.next < frame.callers.length) {
        const caller = frame.callers[frame.next++]!;
        if (caller === "exported" || !this.direct(caller).candidate || this.reached.has(caller)) continue;
        if (!index.has(caller)) enter(caller);
        else if (onStack.has(caller)) low.set(frame.owner, Math.min(low.get(frame.owner)!, index.get(caller)!));
        continue;
      }
      frames.pop();
      const parent = frames.at(-1);
      if (parent) low.set(parent.owner, Math.min(low.get(parent.owner)!, low.get(frame.owner)!));
      if (low.get(frame.owner) !== index.get(frame.owner)) continue;
      // `frame.owner` roots a component: pop it, then merge what every member's callers contribute.
      const members: Owner[] = [];
      let member: Owner;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        members.push(member);
      } while (member !== frame.owner);
      const result = new ReachBuilder();
      const inComponent = new Set(members);
      for (const owner of members) {
        for (const caller of this.callersOf(owner)) {
          if (caller === "exported") result.exported = true;
          else if (inComponent.has(caller)) continue;
          else if (!this.direct(caller).candidate) result.add(this.direct(caller).scope);
          else {
            // A candidate nothing in the file calls is an entry point of its own.
            if (this.callersOf(caller).length === 0) result.add(this.direct(caller).scope);
            result.merge(this.reached.get(caller)!);
          }
        }
      }
      const reach = result.build();
      for (const owner of members) this.reached.set(owner, reach);
    }
    return this.reached.get(start)!;
  }

  private readonly callerLists = new WeakMap<Owner, Caller[]>();

  private callersOf(owner: Owner): Caller[] {
    let callers = this.callerLists.get(owner);
    if (!callers) {
      if (owner.type === AST_NODE_TYPES.Program) callers = [];
      else if (isFunction(owner)) callers = this.functionCallers(owner);
      else callers = [...(this.callerGraph(owner.parent.parent).get(owner) ?? [])];
      this.callerLists.set(owner, callers);
    }
    return callers;
  }

  /** Owners of every reference to a free function's name; `exported` when code outside the file can call it. */
  private functionCallers(fn: FunctionNode): Caller[] {
    const callers: Caller[] = [];
    const declaration = fn.parent.type === AST_NODE_TYPES.VariableDeclarator ? fn.parent : fn;
    const statementParent = declaration.type === AST_NODE_TYPES.VariableDeclarator ? declaration.parent.parent : declaration.parent;
    if (statementParent?.type === AST_NODE_TYPES.ExportNamedDeclaration || statementParent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      callers.push("exported");
    }
    for (const variable of this.sourceCode.scopeManager?.getDeclaredVariables(declaration) ?? []) {
      const { FunctionName, Variable } = TSESLint.Scope.DefinitionType;
      if (!variable.defs.some((def) => def.type === FunctionName || def.type === Variable)) continue;
      for (const reference of variable.references) {
        if (reference.init) continue;
        const site = reference.identifier;
        if (site.parent?.type === AST_NODE_TYPES.ExportSpecifier || site.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
          callers.push("exported");
          continue;
        }
        const caller = ownerOf(site);
        if (caller !== fn) callers.push(caller);
      }
    }
    return callers;
  }

  /**
   * Builds, once per class, which members reference which through `this.name` (calls, `.bind`, callbacks),
   * counting members of local subclasses too (`this.name` they inherit, `super.name`) and of local base classes
   * (`this.name` there calls this class's override).
   */
  private callerGraph(classNode: ClassNode): Map<MemberNode, Set<MemberNode>> {
    let graph = this.classCallers.get(classNode);
    if (graph) return graph;
    const edges = new Map<MemberNode, Set<MemberNode>>();
    const byName = this.membersByName(classNode);
    const addCallers = (callerClass: ClassNode, hiddenForThis: ReadonlySet<string>, hiddenForSuper: ReadonlySet<string> | undefined): void => {
      for (const caller of callerClass.body.body.filter(isMember)) {
        const body = caller.type === AST_NODE_TYPES.StaticBlock ? caller : caller.value;
        if (!body) continue;
        const prefix = caller.type === AST_NODE_TYPES.StaticBlock || caller.static ? "static " : "";
        this.forEachThisMember(body, (name, throughSuper) => {
          const key = prefix + name;
          // `super.x` in the class itself means its parent's `x`; in a subclass it can mean ours.
          if (throughSuper ? hiddenForSuper === undefined || hiddenForSuper.has(key) : hiddenForThis.has(key)) return;
          for (const callee of byName.get(key) ?? []) {
            if (callee === caller) continue;
            let callers = edges.get(callee);
            if (!callers) edges.set(callee, (callers = new Set()));
            callers.add(caller);
          }
        });
      }
    };
    addCallers(classNode, new Set(), undefined);
    for (const { subclass, between } of this.subclassesOf(classNode)) {
      // A member that the subclass (or a class between) redefines hides ours from `this.x` there.
      const hiddenForSuper = new Set(between.flatMap((cls) => [...this.membersByName(cls).keys()]));
      const hiddenForThis = new Set([...hiddenForSuper, ...this.membersByName(subclass).keys()]);
      addCallers(subclass, hiddenForThis, hiddenForSuper);
    }
    // Template methods: a base class's `this.hook()` runs this class's override of `hook`.
    const seen = new Set<ClassNode>([classNode]);
    for (let base = localSuperclassOf(classNode, this.sourceCode); base && !seen.has(base); base = localSuperclassOf(base, this.sourceCode)) {
      seen.add(base);
      addCallers(base, new Set(), undefined);
    }
    graph = edges;
    this.classCallers.set(classNode, graph);
    return graph;
  }

  private membersByName(classNode: ClassNode): Map<string, MemberNode[]> {
    const byName = new Map<string, MemberNode[]>();
    for (const member of classNode.body.body.filter(isMember)) {
      if (member.type === AST_NODE_TYPES.StaticBlock) continue;
      const key = `${member.static ? "static " : ""}${this.memberName(member)}`;
      const members = byName.get(key);
      if (members) members.push(member);
      else byName.set(key, [member]);
    }
    return byName;
  }

  /** Local classes that extend `classNode`, each with the classes strictly between them. */
  private subclassesOf(classNode: ClassNode): { subclass: ClassNode; between: ClassNode[] }[] {
    const found: { subclass: ClassNode; between: ClassNode[] }[] = [];
    for (const candidate of this.allClasses()) {
      const chain: ClassNode[] = [];
      for (let base = localSuperclassOf(candidate, this.sourceCode); base && chain.length < 16; base = localSuperclassOf(base, this.sourceCode)) {
        if (base === classNode) {
          found.push({ subclass: candidate, between: chain });
          break;
        }
        if (base === candidate || chain.includes(base)) break;
        chain.push(base);
      }
    }
    return found;
  }

  private classes: ClassNode[] | undefined;

  /** Every class in the file, found once and only when a class's call graph is first needed. */
  private allClasses(): ClassNode[] {
    if (!this.classes) {
      const classes: ClassNode[] = [];
      this.walk(this.sourceCode.ast, (node) => {
        if (node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) classes.push(node);
        return true;
      });
      this.classes = classes;
    }
    return this.classes;
  }

  /**
   * Calls `visit` with the name of every `this.x` / `this.#x` / `this["x"]` (and `super.x`) under `root`,
   * nested classes excluded: their `this` is another object.
   */
  private forEachThisMember(root: TSESTree.Node, visit: (name: string, throughSuper: boolean) => void): void {
    this.walk(root, (node) => {
      if (node !== root && (node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression)) return false;
      if (
        node.type === AST_NODE_TYPES.MemberExpression &&
        (node.object.type === AST_NODE_TYPES.ThisExpression || node.object.type === AST_NODE_TYPES.Super)
      ) {
        const name = propertyName(node);
        if (name !== undefined) visit(name, node.object.type === AST_NODE_TYPES.Super);
      }
      return true;
    });
  }

  /** Depth-first walk; `enter` returns false to skip a node's children. */
  private walk(root: TSESTree.Node, enter: (node: TSESTree.Node) => boolean): void {
    const keys = this.sourceCode.visitorKeys;
    const stack: TSESTree.Node[] = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (!enter(node)) continue;
      for (const key of keys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const item of child) if (item && typeof item === "object" && "type" in item) stack.push(item as TSESTree.Node);
        } else if (child && typeof child === "object" && "type" in child) {
          stack.push(child as TSESTree.Node);
        }
      }
    }
  }

  private memberName(member: Exclude<MemberNode, TSESTree.StaticBlock>): string {
    const key = member.key;
    if (member.computed) {
      return key.type === AST_NODE_TYPES.Literal ? String(key.value) : `[${this.sourceCode.getText(key)}]`;
    }
    if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
    return String((key as TSESTree.Literal).value);
  }
}

function propertyName(node: TSESTree.MemberExpression): string | undefined {
  const property = node.property;
  if (!node.computed) {
    return property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${property.name}` : (property as TSESTree.Identifier).name;
  }
  return property.type === AST_NODE_TYPES.Literal && typeof property.value === "string" ? property.value : undefined;
}

/** The name a free function is called by: its own name or the variable it initialises. */
function functionName(fn: FunctionNode): string | undefined {
  if (fn.parent.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn && fn.parent.id.type === AST_NODE_TYPES.Identifier) {
    return fn.parent.id.name;
  }
  return fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id ? fn.id.name : undefined;
}
