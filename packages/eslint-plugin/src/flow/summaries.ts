/**
 * Summaries of functions declared in other files of the program (typed config only): when a secret is passed to
 * `buildDsn(user, pass)` imported from another file, the function is read once (cached per TypeScript program) to
 * learn which of its parameters its result carries, and through which member (`login.password` carries the
 * `password` of its `login` parameter). Sanitizers stop the flow, as they do in the file being linted.
 *
 * Bounded: functions larger than `MAX_SUMMARY_NODES` nodes get no summary, expressions are followed
 * `MAX_EXPRESSION_DEPTH` deep, and a summary does not follow the calls the function makes (one file deep).
 * Declaration files and library code have no body to read and get none.
 */
import { createRequire } from "node:module";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import { derived, evaluate } from "./evaluate.js";
import type { Env } from "./memo.js";
import type { Engine, FlowModel, SecretOrigin } from "./types.js";
import { fieldOf } from "./variables.js";

/** Functions with more syntax nodes than this are not summarised. */
export const MAX_SUMMARY_NODES = 3000;
/** How deep one expression of a summarised function is followed. */
const MAX_EXPRESSION_DEPTH = 40;

/** A parameter whose value the result carries, as it is or through one member (`login.password`). */
interface ParameterFlow {
  readonly param: number;
  readonly member?: string;
}

/** What a function's result carries of its parameters. */
interface Summary {
  readonly returns: readonly ParameterFlow[];
}

const summaries = new WeakMap<ts.Program, WeakMap<FlowModel, WeakMap<ts.Node, Summary | null>>>();

let typescriptModule: typeof ts | undefined;
/** TypeScript, loaded only when a program is there (the typed config has it installed). */
function typescript(): typeof ts {
  typescriptModule ??= createRequire(import.meta.url)("typescript") as typeof ts;
  return typescriptModule;
}

/** The secret a call of a function declared in another file returns, from that function's summary. */
export function summaryOrigin(engine: Engine, call: TSESTree.CallExpression, env: Env, depth: number): SecretOrigin | undefined {
  const { checker, program, tsNodeOf } = engine;
  // A walk that must not ask the checker (following an object whose member's own type is asked) reads no summary.
  if (!checker || !program || !tsNodeOf || env.typesOff || call.arguments.length === 0) return undefined;
  const tsCall = tsNodeOf.get(call);
  const tsApi = typescript();
  if (!tsCall || !tsApi.isCallExpression(tsCall)) return undefined;
  const fn = declarationOf(tsApi, checker, tsCall.expression);
  if (!fn) return undefined;
  const file = fn.getSourceFile();
  if (file === tsCall.getSourceFile() || file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file)) return undefined;
  const summary = summaryOf(tsApi, engine, program, fn);
  for (const flow of summary?.returns ?? []) {
    const argument = call.arguments[flow.param];
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
    const passed = evaluate(engine, argument, env, depth + 1);
    const carried = passed && (flow.member === undefined ? passed : fieldOf(engine, passed, flow.member));
    if (carried) return derived(carried);
  }
  return undefined;
}

/** The function a callee names, followed through imports, when it has a body. */
function declarationOf(tsApi: typeof ts, checker: ts.TypeChecker, callee: ts.Expression): ts.FunctionLikeDeclaration | undefined {
  let symbol = checker.getSymbolAtLocation(callee);
  if (symbol && (symbol.flags & tsApi.SymbolFlags.Alias) !== 0) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!declaration) return undefined;
  if (tsApi.isFunctionDeclaration(declaration) || tsApi.isMethodDeclaration(declaration)) return declaration.body ? declaration : undefined;
  if (tsApi.isVariableDeclaration(declaration) && declaration.initializer) {
    const init = declaration.initializer;
    if (tsApi.isArrowFunction(init) || tsApi.isFunctionExpression(init)) return init;
  }
  return undefined;
}

function summaryOf(tsApi: typeof ts, engine: Engine, program: ts.Program, fn: ts.FunctionLikeDeclaration): Summary | undefined {
  let byModel = summaries.get(program);
  if (!byModel) {
    byModel = new WeakMap();
    summaries.set(program, byModel);
  }
  let cache = byModel.get(engine.model);
  if (!cache) {
    cache = new WeakMap();
    byModel.set(engine.model, cache);
  }
  const cached = cache.get(fn);
  if (cached !== undefined) return cached ?? undefined;
  const summary = summarise(tsApi, engine.model, fn);
  cache.set(fn, summary ?? null);
  return summary;
}

/** Reads `fn` once: which parameters flow into its returns (names assigned in order, loops read twice). */
function summarise(tsApi: typeof ts, model: FlowModel, fn: ts.FunctionLikeDeclaration): Summary | undefined {
  const body = fn.body;
  if (!body || countNodes(tsApi, body) > MAX_SUMMARY_NODES) return undefined;
  const names = new Map<string, ParameterFlow[]>();
  fn.parameters.forEach((parameter, index) => {
    if (tsApi.isIdentifier(parameter.name)) names.set(parameter.name.text, [{ param: index }]);
  });
  if (names.size === 0) return { returns: [] };
  const flowsOf = (node: ts.Node, depth: number): ParameterFlow[] => expressionFlows(tsApi, model, names, node, depth);
  const returns: ParameterFlow[] = [];
  if (!tsApi.isBlock(body)) return { returns: unique(flowsOf(body, 0)) };
  // Twice: a loop may assign a name after the statement that reads it.
  for (let pass = 0; pass < 2; pass++) {
    const visit = (node: ts.Node): void => {
      if (tsApi.isFunctionLike(node)) return;
      if (tsApi.isVariableDeclaration(node) && tsApi.isIdentifier(node.name) && node.initializer) {
        addFlows(names, node.name.text, flowsOf(node.initializer, 0));
      } else if (tsApi.isBinaryExpression(node) && tsApi.isIdentifier(node.left) && isAssignment(tsApi, node.operatorToken.kind)) {
        addFlows(names, node.left.text, flowsOf(node.right, 0));
      } else if (pass === 1 && tsApi.isReturnStatement(node) && node.expression) {
        returns.push(...flowsOf(node.expression, 0));
      }
      tsApi.forEachChild(node, visit);
    };
    tsApi.forEachChild(body, visit);
  }
  return { returns: unique(returns) };
}

function isAssignment(tsApi: typeof ts, kind: ts.SyntaxKind): boolean {
  return kind === tsApi.SyntaxKind.EqualsToken || kind === tsApi.SyntaxKind.PlusEqualsToken || kind === tsApi.SyntaxKind.QuestionQuestionEqualsToken;
}

function addFlows(names: Map<string, ParameterFlow[]>, name: string, flows: readonly ParameterFlow[]): void {
  if (flows.length === 0) return;
  names.set(name, unique([...(names.get(name) ?? []), ...flows]));
}

function unique(flows: readonly ParameterFlow[]): ParameterFlow[] {
  const seen = new Map<string, ParameterFlow>();
  for (const flow of flows) seen.set(`${flow.param}.${flow.member ?? ""}`, flow);
  return [...seen.values()];
}

function countNodes(tsApi: typeof ts, root: ts.Node): number {
  let count = 0;
  const visit = (node: ts.Node): void => {
    if (++count > MAX_SUMMARY_NODES) return;
    tsApi.forEachChild(node, visit);
  };
  visit(root);
  return count;
}

/** The dotted name of a callee (`JSON.stringify`, `mask`), if it is made of names. */
function dottedName(tsApi: typeof ts, node: ts.Expression): string | undefined {
  if (tsApi.isIdentifier(node)) return node.text;
  if (tsApi.isPropertyAccessExpression(node)) {
    const object = dottedName(tsApi, node.expression);
    return object === undefined ? undefined : `${object}.${node.name.text}`;
  }
  return undefined;
}

/** Which parameters an expression of the summarised function carries. */
function expressionFlows(tsApi: typeof ts, model: FlowModel, names: ReadonlyMap<string, readonly ParameterFlow[]>, node: ts.Node, depth: number): ParameterFlow[] {
  if (depth > MAX_EXPRESSION_DEPTH) return [];
  const next = (child: ts.Node | undefined): ParameterFlow[] => (child ? expressionFlows(tsApi, model, names, child, depth + 1) : []);
  if (tsApi.isIdentifier(node)) return [...(names.get(node.text) ?? [])];
  if (
    tsApi.isParenthesizedExpression(node) ||
    tsApi.isAsExpression(node) ||
    tsApi.isNonNullExpression(node) ||
    tsApi.isAwaitExpression(node) ||
    tsApi.isSatisfiesExpression(node) ||
    tsApi.isTypeAssertionExpression(node) ||
    tsApi.isSpreadElement(node)
  ) {
    return next(node.expression);
  }
  if (tsApi.isTemplateExpression(node)) return node.templateSpans.flatMap((span) => next(span.expression));
  if (tsApi.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    if (kind === tsApi.SyntaxKind.PlusToken || kind === tsApi.SyntaxKind.BarBarToken || kind === tsApi.SyntaxKind.QuestionQuestionToken) {
      return [...next(node.left), ...next(node.right)];
    }
    return kind === tsApi.SyntaxKind.AmpersandAmpersandToken || kind === tsApi.SyntaxKind.CommaToken ? next(node.right) : [];
  }
  if (tsApi.isConditionalExpression(node)) return [...next(node.whenTrue), ...next(node.whenFalse)];
  if (tsApi.isArrayLiteralExpression(node)) return node.elements.flatMap((element) => next(element));
  if (tsApi.isObjectLiteralExpression(node)) {
    return node.properties.flatMap((property) => {
      if (tsApi.isPropertyAssignment(property)) return next(property.initializer);
      if (tsApi.isShorthandPropertyAssignment(property)) return next(property.name);
      if (tsApi.isSpreadAssignment(property)) return next(property.expression);
      return [];
    });
  }
  if (tsApi.isPropertyAccessExpression(node)) {
    const member = node.name.text;
    if (model.isSafeMember(member)) return [];
    return next(node.expression).map((flow) => (flow.member === undefined ? { param: flow.param, member } : flow));
  }
  if (tsApi.isElementAccessExpression(node)) return next(node.expression);
  if (tsApi.isCallExpression(node) || tsApi.isNewExpression(node)) return callFlows(tsApi, model, node, next);
  return [];
}

function callFlows(tsApi: typeof ts, model: FlowModel, node: ts.CallExpression | ts.NewExpression, next: (child: ts.Node | undefined) => ParameterFlow[]): ParameterFlow[] {
  const callee = node.expression;
  const name = dottedName(tsApi, callee);
  const ownName = tsApi.isPropertyAccessExpression(callee) ? callee.name.text : name;
  if (ownName !== undefined && (model.isSanitizer(ownName) || model.nonPropagatingFunctions.has(ownName))) return [];
  const args = node.arguments ?? [];
  const steps = model.steps;
  if (tsApi.isNewExpression(node)) {
    return ownName !== undefined && steps.propagatingConstructors.has(ownName) ? args.flatMap((argument) => next(argument)) : [];
  }
  if (name !== undefined && steps.propagatingFunctions.has(name)) return args.flatMap((argument) => next(argument));
  if (tsApi.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    if (steps.propagatingMethods.has(method) || steps.elementKeepingMethods.has(method) || model.isSecretMethod(method)) {
      return [...next(callee.expression), ...(method === "concat" ? args.flatMap((argument) => next(argument)) : [])];
    }
  }
  return [];
}
