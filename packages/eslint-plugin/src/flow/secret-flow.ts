/**
 * Which expressions hold a secret, and where that secret came from.
 *
 * A per-file tracker answers `secretOrigin(node)` by walking *backwards* from the node it is asked about: through
 * variables (scope analysis: every definition and every write), destructuring, member access, string building,
 * local helper functions and callbacks, down to a source — a `resolveCredential` / `getSecret` /
 * `getOrCreateAsyncAtlanClient` call on a context, a declaration annotated with a credential type of
 * `@credref/types`, or (with type information) a type that carries the secret brand. Rules ask only about the
 * expressions that reach their sinks, so the cost follows the number of sinks, not the size of the file.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import { calleeName, describeExpression, describeTypeText, isPlainChain, memberName } from "../ast/describe.js";
import { isFunction, unwrap, type FunctionNode } from "../ast/nodes.js";
import { sourceCallOf } from "../model/sources.js";
import { getCredrefImports } from "../model/credref-imports.js";
import { holdsCredential } from "../secrets/credential-names.js";
import { hasSecretBrandProperty, isSecretBrandSymbol } from "../model/secret-brand.js";

const { DefinitionType } = TSESLint.Scope;

/** What a secret expression is and where its secret came from. Never holds the secret itself. */
export interface SecretOrigin {
  /** The expression as written, shortened (identifiers and property names only), e.g. `cred.password`. */
  readonly what: string;
  /** Where the secret came from, for messages: "from resolveCredential at line 12", "typed `Secret<string>`". */
  readonly from: string;
  /** The node `what` describes: the secret leaf inside the expression that was asked about. */
  readonly node: TSESTree.Node;
  /**
   * A whole credential (or client, or an array of them) rather than a secret value: its fields decide what is
   * secret (`cred.password` is, `cred.username` is not).
   */
  readonly whole: boolean;
  /** The ref expression a credential was resolved from (`input.credential`), when the source call names one. */
  readonly refText?: string;
}

/** What a rule can add to the built-in model. */
export interface SecretFlowOptions {
  /** Extra method names that return a credential, whatever their receiver (an in-house `fetchCredential`). */
  readonly sourceCalls?: readonly string[];
  /** Extra function or method names whose result is safe (masking, hashing helpers). Matched case-insensitively. */
  readonly sanitizers?: readonly string[];
  /** Extra credential field names that are safe to show. */
  readonly safeFields?: readonly string[];
}

export interface SecretTracker {
  /** The secret `node` holds, or `undefined` when nothing secret is known to flow into it. Cached per node. */
  secretOrigin(node: TSESTree.Node): SecretOrigin | undefined;
  /** Whether the file can hold a secret at all; rules skip all work when it cannot. */
  readonly active: boolean;
}

/** Fields of resolved credentials that hold the secret. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  "password",
  "apiKey",
  "token",
  "clientSecret",
  "accessToken",
  "refreshToken",
  "keyData",
  "passphrase",
]);
/** Methods of resolved credentials whose result is secret. */
export const SECRET_METHODS: ReadonlySet<string> = new Set(["toAuthHeader", "toHeaders"]);
/** Fields and methods of resolved credentials (and of the Atlan client) that are safe to show. */
export const SAFE_FIELDS: ReadonlySet<string> = new Set([
  "username",
  "headerName",
  "prefix",
  "clientId",
  "tokenUrl",
  "scopes",
  "expiresAt",
  "baseUrl",
  "certData",
  "caData",
  "isExpired",
  "needsRefresh",
  "length",
  "size",
  "name",
  "credentialType",
  "storeName",
]);
/** Names of the resolved credential types of `@credref/types`: a declaration annotated with one holds a credential. */
export const CREDENTIAL_TYPE_NAMES: ReadonlySet<string> = new Set([
  "BasicCredential",
  "ApiKeyCredential",
  "BearerTokenCredential",
  "OAuthClientCredential",
  "CertificateCredential",
  "GitSshCredential",
  "GitTokenCredential",
  "AtlanApiToken",
  "AtlanOAuthClient",
  "ResolvedCredential",
  "Resolved",
  "AsyncAtlanClient",
]);
/** Types of `@credref/types` that are secret values rather than credentials. */
const SECRET_VALUE_TYPE_NAMES: ReadonlySet<string> = new Set(["Secret", "SecretHeaders"]);

/** Function names that make a secret safe to show: masking, redacting, hashing. */
const SANITIZER_NAME = /mask|redact|hash|sha\d*|md5|hmac|digest|fingerprint|censor|obfuscate|anonymi[sz]e|scrub|truncateSecret|preview(?:Secret|Token)/i;

/** Methods that keep (part of) a string or array: the result still leaks the secret. */
const PROPAGATING_METHODS: ReadonlySet<string> = new Set([
  "toString",
  "valueOf",
  "toJSON",
  "slice",
  "substring",
  "substr",
  "at",
  "charAt",
  "padEnd",
  "padStart",
  "concat",
  "trim",
  "trimStart",
  "trimEnd",
  "trimLeft",
  "trimRight",
  "toUpperCase",
  "toLowerCase",
  "toLocaleUpperCase",
  "toLocaleLowerCase",
  "normalize",
  "repeat",
  "split",
  "join",
  "replace",
  "replaceAll",
  "flat",
  "reverse",
  "toReversed",
  "toSorted",
  "entries",
  "values",
  "catch",
  "finally",
]);
/** Array methods whose result holds (some of) the receiver's elements. */
const ELEMENT_KEEPING_METHODS: ReadonlySet<string> = new Set(["slice", "at", "filter", "find", "findLast", "flat", "reverse", "toReversed", "toSorted", "concat", "catch", "finally"]);
/** Array methods that call back with each element as the first parameter (`reduce` passes it second). */
const ELEMENT_CALLBACK_METHODS: ReadonlySet<string> = new Set([
  "forEach",
  "map",
  "flatMap",
  "filter",
  "find",
  "findLast",
  "findIndex",
  "some",
  "every",
  "sort",
]);
/** Global functions and static methods whose result carries their argument. */
const PROPAGATING_FUNCTIONS: ReadonlySet<string> = new Set([
  "String",
  "JSON.stringify",
  "Buffer.from",
  "encodeURIComponent",
  "encodeURI",
  "escape",
  "btoa",
  "Object.values",
  "Object.entries",
  "Object.assign",
  "Object.freeze",
  "Object.fromEntries",
  "Array.from",
  "Array.of",
  "Promise.resolve",
  "Promise.all",
  "Promise.allSettled",
  "Promise.any",
  "Promise.race",
  "structuredClone",
  "util.format",
  "util.inspect",
  "format",
  "inspect",
]);
/** Constructors whose instance carries their argument. */
const PROPAGATING_CONSTRUCTORS: ReadonlySet<string> = new Set(["String", "URL", "URLSearchParams", "Map", "Set", "Headers"]);

/** How deep the backwards walk may go: long chains are rare, and the bound keeps pathological code cheap. */
const MAX_DEPTH = 40;
/** How many local helper calls may be inlined inside each other. */
const MAX_HELPER_DEPTH = 3;

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Variable = TSESLint.Scope.Variable;
/** Parameters of an inlined helper, bound to what its call site passes. */
type Bindings = ReadonlyMap<Variable, SecretOrigin | undefined>;

/** A step of a destructuring pattern, from the value down to the bound name. */
type PathStep = { kind: "key"; name: string | undefined } | { kind: "element" } | { kind: "rest"; excluded: readonly (string | undefined)[] };

function keyName(property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | undefined {
  const key = property.key;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  return undefined;
}

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf(".") + 1);
}

/** `s.replace(/./g, "*")`: a global pattern matching any character, replaced by text that keeps no group. */
function isFullMask(call: TSESTree.CallExpression): boolean {
  const [pattern, replacement] = call.arguments;
  if (pattern?.type !== AST_NODE_TYPES.Literal || !("regex" in pattern) || !pattern.regex) return false;
  const { pattern: source, flags } = pattern.regex;
  const anyChar = /^\^?(?:\.|\[\\s\\S\]|\[\\S\\s\]|\[\\w\\W\]|\[\^\]|\\S|\\w|\[\^\\s\])[+*]?\$?$/.test(source);
  const wholeMatch = /^\^?(?:\.|\[\\s\\S\]|\[\^\])[+*]\$?$/.test(source);
  if (!anyChar || (!flags.includes("g") && !wholeMatch)) return false;
  if (replacement === undefined) return false;
  if (replacement.type === AST_NODE_TYPES.Literal) return typeof replacement.value === "string" && !replacement.value.includes("$");
  return isFunction(replacement) && replacement.params.length === 0;
}

/** `ts.TypeFlags`, spelled out so the plugin loads without TypeScript. */
const TYPE_FLAGS = { AnyOrUnknown: 1 | 2, StringLike: 12583968, Object: 1048576, Union: 134217728, Intersection: 268435456 };
/** Objects with more fields than this are checked on their first fields only (large library types). */
const MAX_FIELDS_CHECKED = 32;
const SYMBOL_METHOD = 8192;

/**
 * Creates the secret tracker for one file. Create it once per rule invocation (in `create`); answers are cached.
 *
 * @example
 * const secrets = createSecretTracker(context, { sanitizers: ["scrub"] });
 * const origin = secrets.secretOrigin(argument);
 * if (origin) report(`\`${origin.what}\` (${origin.from}) reaches \`logger.info\``);
 */
export function createSecretTracker(context: RuleContext, options: SecretFlowOptions = {}): SecretTracker {
  const sourceCode = context.sourceCode;
  const sourceCalls = options.sourceCalls ?? [];
  const extraSanitizers = new Set((options.sanitizers ?? []).map((name) => name.toLowerCase()));
  const safeFields = new Set([...SAFE_FIELDS, ...(options.safeFields ?? [])]);
  const services = sourceCode.parserServices;
  const program = services?.program ?? undefined;
  const checker = program?.getTypeChecker();
  const tsNodeOf = services?.esTreeNodeToTSNodeMap;

  const sourceWords = ["resolveCredential", "getSecret", "getOrCreateAsyncAtlanClient", "@credref/types", ...sourceCalls];
  const active = checker !== undefined || sourceWords.some((word) => sourceCode.text.includes(word));

  // Answers with and without asking the checker differ, so each has its own cache (index: `typesOff > 0 ? 1 : 0`).
  const nodeCaches = [new WeakMap<TSESTree.Node, SecretOrigin | null>(), new WeakMap<TSESTree.Node, SecretOrigin | null>()] as const;
  const variableCaches = [new WeakMap<Variable, SecretOrigin | null>(), new WeakMap<Variable, SecretOrigin | null>()] as const;
  /** While positive, the walk does not ask the checker (see `memberOrigin`). */
  let typesOff = 0;
  const classFieldCache = new WeakMap<TSESTree.ClassBody, Map<string, TSESTree.Node[]>>();
  const typeCache = new WeakMap<TSESTree.Node, SecretOrigin | null>();
  const brandCache = new Map<ts.Type, { type: ts.Type; whole: boolean } | null>();
  const inProgress = new Set<TSESTree.Node | Variable>();
  /** How many local helpers are being inlined inside each other right now. */
  let helperNesting = 0;
  const credrefTypeNames = (): ReadonlyMap<string, string> => getCredrefImports(sourceCode).byLocal;

  const lineOf = (node: TSESTree.Node): number => node.loc.start.line;
  const relabel = (origin: SecretOrigin | undefined, node: TSESTree.Node): SecretOrigin | undefined =>
    origin && { ...origin, node, what: describeExpression(node, sourceCode) };
  const derived = (origin: SecretOrigin | undefined): SecretOrigin | undefined => origin && (origin.whole ? { ...origin, whole: false } : origin);

  function isSanitizerName(name: string): boolean {
    return SANITIZER_NAME.test(name) || extraSanitizers.has(name.toLowerCase());
  }

  /** The first secret among `nodes`. */
  function firstSecret(nodes: readonly (TSESTree.Node | null)[], bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    for (const node of nodes) {
      if (!node) continue;
      const origin = evaluate(node, bindings, depth + 1);
      if (origin) return origin;
    }
    return undefined;
  }

  function evaluate(node: TSESTree.Node, bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    if (depth > MAX_DEPTH || inProgress.has(node)) return undefined;
    const cacheable = bindings === undefined;
    if (cacheable) {
      const cached = nodeCaches[typesOff > 0 ? 1 : 0].get(node);
      if (cached !== undefined) return cached ?? undefined;
    }
    inProgress.add(node);
    let origin: SecretOrigin | undefined;
    try {
      origin = evaluateUncached(node, bindings, depth);
    } finally {
      inProgress.delete(node);
    }
    if (cacheable) nodeCaches[typesOff > 0 ? 1 : 0].set(node, origin ?? null);
    return origin;
  }

  function evaluateUncached(node: TSESTree.Node, bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return identifierOrigin(node, bindings, depth);
      case AST_NODE_TYPES.MemberExpression:
        return memberOrigin(node, bindings, depth);
      case AST_NODE_TYPES.CallExpression:
        return callOrigin(node, bindings, depth);
      case AST_NODE_TYPES.NewExpression: {
        const name = calleeName(node.callee);
        if (name !== undefined && PROPAGATING_CONSTRUCTORS.has(lastSegment(name))) return derived(firstSecret(node.arguments, bindings, depth));
        return typedOrigin(node);
      }
      case AST_NODE_TYPES.AwaitExpression:
        return evaluate(node.argument, bindings, depth + 1);
      case AST_NODE_TYPES.TemplateLiteral:
        return derived(firstSecret(node.expressions, bindings, depth));
      case AST_NODE_TYPES.TaggedTemplateExpression: {
        const tag = calleeName(node.tag);
        if (tag !== undefined && isSanitizerName(lastSegment(tag))) return undefined;
        return tag === "String.raw" ? derived(firstSecret(node.quasi.expressions, bindings, depth)) : undefined;
      }
      case AST_NODE_TYPES.BinaryExpression:
        return node.operator === "+" ? derived(firstSecret([node.left, node.right], bindings, depth)) : undefined;
      case AST_NODE_TYPES.LogicalExpression:
        return node.operator === "&&" ? evaluate(node.right, bindings, depth + 1) : firstSecret([node.left, node.right], bindings, depth);
      case AST_NODE_TYPES.ConditionalExpression:
        return firstSecret([node.consequent, node.alternate], bindings, depth);
      case AST_NODE_TYPES.AssignmentExpression:
        return evaluate(node.right, bindings, depth + 1);
      case AST_NODE_TYPES.SequenceExpression:
        return node.expressions.length > 0 ? evaluate(node.expressions[node.expressions.length - 1]!, bindings, depth + 1) : undefined;
      case AST_NODE_TYPES.ObjectExpression: {
        const origin = firstSecret(
          node.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? property.value : property)),
          bindings,
          depth,
        );
        // An object holding a secret is judged field by field, like a credential (`headers.Authorization` is
        // secret, `headers["X-Region"]` is not), when it is read through something other than its literal.
        return origin && { ...origin, whole: true, ...(origin.whole ? {} : { refText: undefined }) };
      }
      case AST_NODE_TYPES.ArrayExpression:
        return firstSecret(node.elements, bindings, depth);
      case AST_NODE_TYPES.SpreadElement:
        return evaluate(node.argument, bindings, depth + 1);
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return evaluate(node.expression, bindings, depth + 1);
      case AST_NODE_TYPES.ThisExpression:
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.UpdateExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ClassExpression:
        return undefined;
      default:
        return undefined;
    }
  }

  // ---- identifiers: follow the variable to every value written into it ----

  function identifierOrigin(node: TSESTree.Identifier, bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    if (node.name === "undefined") return undefined;
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    if (!variable) return typedOrigin(node);
    if (bindings?.has(variable)) return relabel(bindings.get(variable), node);
    const fromVariable = variableOrigin(variable, bindings, depth);
    if (fromVariable) return relabel(fromVariable, node);
    return variable.defs.some(needsTypeCheck) ? typedOrigin(node) : undefined;
  }

  /**
   * Whether the syntax cannot see what a definition holds, so the checker is asked about the name itself: imports,
   * parameters, destructured names and declarations without an initialiser. A plain `const x = value` needs no
   * question of its own: the walk through `value` already asked about each opaque part of it.
   */
  function needsTypeCheck(def: TSESLint.Scope.Definition): boolean {
    if (def.type === DefinitionType.ImportBinding || def.type === DefinitionType.Parameter) return true;
    if (def.type !== DefinitionType.Variable) return false;
    const declarator = def.node;
    return declarator.init === null || declarator.id !== def.name;
  }

  function variableOrigin(variable: Variable, bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    // A variable's value depends on the bindings only when it is declared inside an inlined helper.
    const cacheable = bindings === undefined;
    if (cacheable) {
      const cached = variableCaches[typesOff > 0 ? 1 : 0].get(variable);
      if (cached !== undefined) return cached ?? undefined;
    }
    if (inProgress.has(variable)) return undefined;
    inProgress.add(variable);
    let origin: SecretOrigin | undefined;
    try {
      origin = variableOriginUncached(variable, bindings, depth);
    } finally {
      inProgress.delete(variable);
    }
    if (cacheable) variableCaches[typesOff > 0 ? 1 : 0].set(variable, origin ?? null);
    return origin;
  }

  function variableOriginUncached(variable: Variable, bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    for (const def of variable.defs) {
      const name = def.name;
      const annotated = annotationOrigin(annotationOf(name), name);
      if (annotated) return annotated;
      // A default value (`{ token = fallback } = ...`, `(key = secret) => ...`) may be what the name holds.
      if (name.parent?.type === AST_NODE_TYPES.AssignmentPattern && name.parent.left === name) {
        const fallback = evaluate(name.parent.right, bindings, depth + 1);
        if (fallback) return fallback;
      }
      if (def.type === DefinitionType.Parameter) {
        const fromCallback = callbackParameterOrigin(def.node as FunctionNode, name, bindings, depth);
        if (fromCallback) return fromCallback;
      } else if (def.type === DefinitionType.Variable) {
        const declarator = def.node;
        const path = patternPath(name, declarator.id);
        let value: SecretOrigin | undefined;
        if (declarator.init) {
          value = valueAtPath(declarator.init, path, bindings, depth);
        } else if (declarator.parent.parent.type === AST_NODE_TYPES.ForOfStatement && declarator.parent.parent.left === declarator.parent) {
          // for (const x of secrets): each element.
          value = applyPath(evaluate(declarator.parent.parent.right, bindings, depth + 1), [{ kind: "element" }, ...path]);
        }
        if (value) return value;
      }
    }
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.init || !reference.writeExpr) continue;
      const assignment = reference.writeExpr.parent;
      if (assignment?.type === AST_NODE_TYPES.ForOfStatement && assignment.right === reference.writeExpr) {
        const value = applyPath(evaluate(assignment.right, bindings, depth + 1), [{ kind: "element" }]);
        if (value) return value;
        continue;
      }
      const target = assignment?.type === AST_NODE_TYPES.AssignmentExpression ? assignment.left : reference.identifier;
      const value = valueAtPath(reference.writeExpr, patternPath(reference.identifier, target), bindings, depth);
      if (value) return value;
    }
    return undefined;
  }

  /** The steps from `pattern` (a declarator's id or an assignment's left side) down to `name`. */
  function patternPath(name: TSESTree.Node, pattern: TSESTree.Node): PathStep[] {
    const steps: PathStep[] = [];
    let current: TSESTree.Node = name;
    while (current !== pattern && current.parent) {
      const parent: TSESTree.Node = current.parent;
      if (parent.type === AST_NODE_TYPES.Property && parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
        steps.unshift({ kind: "key", name: keyName(parent) });
      } else if (parent.type === AST_NODE_TYPES.RestElement && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
        const excluded = parent.parent.properties.flatMap((p) => (p.type === AST_NODE_TYPES.Property ? [keyName(p)] : []));
        steps.unshift({ kind: "rest", excluded });
      } else if (parent.type === AST_NODE_TYPES.ArrayPattern || (parent.type === AST_NODE_TYPES.RestElement && parent.parent.type === AST_NODE_TYPES.ArrayPattern)) {
        if (parent.type === AST_NODE_TYPES.ArrayPattern) steps.unshift({ kind: "element" });
      } else if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left !== current) {
        return steps;
      }
      current = parent;
    }
    return steps;
  }

  /** The value found by following `path` into `value`, and for defaults (`{ a = b }`) the default as well. */
  function valueAtPath(value: TSESTree.Node, path: readonly PathStep[], bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    if (path.length === 0) return evaluate(value, bindings, depth + 1);
    const first = path[0]!;
    // Destructuring an object literal: pick the property itself, so `{ a: secret, b: name }` does not taint `b`.
    const literal = unwrap(value);
    if (first.kind === "key" && first.name !== undefined && literal.type === AST_NODE_TYPES.ObjectExpression) {
      const property = propertyOfLiteral(literal, first.name);
      if (property !== "unknown") return property ? valueAtPath(property, path.slice(1), bindings, depth) : undefined;
    }
    return applyPath(evaluate(value, bindings, depth + 1), path);
  }

  function applyPath(origin: SecretOrigin | undefined, path: readonly PathStep[]): SecretOrigin | undefined {
    let current = origin;
    for (const step of path) {
      if (!current) return undefined;
      if (step.kind === "key") current = fieldOf(current, step.name);
      else if (step.kind === "rest") {
        // `const { token, ...meta } = cred` leaves the safe fields; `const { username, ...rest } = cred` keeps the password.
        if (current.whole && step.excluded.some((name) => name !== undefined && SECRET_FIELDS.has(name))) return undefined;
      }
      // An array element keeps what the array holds.
    }
    return current;
  }

  /** The property of an object literal with this key, `undefined` when it has none, `"unknown"` when a spread may add it. */
  function propertyOfLiteral(literal: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined | "unknown" {
    for (let i = literal.properties.length - 1; i >= 0; i--) {
      const property = literal.properties[i]!;
      if (property.type === AST_NODE_TYPES.SpreadElement) return "unknown";
      if (keyName(property) === name) return property.value;
      if (property.computed && keyName(property) === undefined) return "unknown";
    }
    return undefined;
  }

  /** What reading field `name` of a secret gives. */
  function fieldOf(origin: SecretOrigin, name: string | undefined): SecretOrigin | undefined {
    if (name === undefined || /^\d+$/.test(name)) return origin; // an element of an array of credentials, or a character
    if (safeFields.has(name)) return undefined;
    if (!origin.whole) return origin;
    if (SECRET_FIELDS.has(name) || SECRET_METHODS.has(name) || holdsCredential(name)) return { ...origin, whole: false };
    return undefined;
  }

  // ---- callbacks: `.then((cred) => ...)`, `creds.forEach((cred) => ...)` ----

  function callbackParameterOrigin(fn: FunctionNode, name: TSESTree.Node, bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = memberName(call.callee);
    const index = fn.params.findIndex((param) => param === name || containsNode(param, name));
    if (method === undefined || index < 0) return undefined;
    const fnIndex = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
    const elementParameter =
      (method === "then" && fnIndex === 0 && index === 0) ||
      (ELEMENT_CALLBACK_METHODS.has(method) && fnIndex === 0 && index === 0) ||
      (method === "sort" && index === 1) ||
      (method === "reduce" && fnIndex === 0 && index === 1);
    if (!elementParameter) return undefined;
    const receiver = evaluate(call.callee.object, bindings, depth + 1);
    return applyPath(receiver, patternPath(name, fn.params[index]!));
  }

  function containsNode(root: TSESTree.Node, node: TSESTree.Node): boolean {
    for (let current: TSESTree.Node | undefined = node; current; current = current.parent) if (current === root) return true;
    return false;
  }

  // ---- member access ----

  function memberOrigin(node: TSESTree.MemberExpression, bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    const name = memberName(node);
    if (name !== undefined && safeFields.has(name)) return undefined;
    const object = unwrap(node.object);
    if (object.type === AST_NODE_TYPES.ThisExpression && name !== undefined) {
      const field = classFieldOrigin(node, name, bindings, depth);
      if (field) return relabel(field, node);
      return typedOrigin(node);
    }
    // A property of an object literal held in a variable: only that property's value matters.
    const literal = literalBehind(object);
    if (literal && name !== undefined) {
      const property = propertyOfLiteral(literal, name);
      if (property !== "unknown") return property ? relabel(evaluate(property, bindings, depth + 1), node) : undefined;
    }
    // The object is followed without the checker: when the syntax knows nothing about it, the member's own type
    // answers for the member, which is far cheaper than judging every field of the object's type.
    typesOff++;
    let objectOrigin: SecretOrigin | undefined;
    try {
      objectOrigin = evaluate(node.object, bindings, depth + 1);
    } finally {
      typesOff--;
    }
    if (objectOrigin) {
      const field = fieldOf(objectOrigin, name);
      // A field the names do not settle (`summary.pass` of a custom type): its own type decides, when known.
      return field ? { ...field, node, what: describeExpression(node, sourceCode) } : objectOrigin.whole ? typedOrigin(node) : undefined;
    }
    return typedOrigin(node);
  }

  /** The object literal a `const` holds, when the variable is written exactly once. */
  function literalBehind(node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
    if (node.type === AST_NODE_TYPES.ObjectExpression) return node;
    if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    const def = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || def?.type !== DefinitionType.Variable) return undefined;
    const declarator = def.node;
    if (declarator.id !== def.name || !declarator.init || variable.references.some((ref) => ref.isWrite() && !ref.init)) return undefined;
    const init = unwrap(declarator.init);
    return init.type === AST_NODE_TYPES.ObjectExpression ? init : undefined;
  }

  /** `this.name` inside a class: the field's annotation and initializer, and every `this.name = value` in the class. */
  function classFieldOrigin(node: TSESTree.MemberExpression, name: string, bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    let body: TSESTree.Node | undefined = node.parent;
    while (body && body.type !== AST_NODE_TYPES.ClassBody) body = body.parent;
    if (!body || body.type !== AST_NODE_TYPES.ClassBody) return undefined;
    for (const value of fieldWritesOf(body).get(name) ?? []) {
      const origin =
        value.type === AST_NODE_TYPES.PropertyDefinition || value.type === AST_NODE_TYPES.TSParameterProperty
          ? annotationOrigin(annotationOf(value), value)
          : evaluate(value, bindings, depth + 1);
      if (origin) return origin;
    }
    return undefined;
  }

  /** Per class: field name -> declarations and values written to `this.<name>` (walked once per class). */
  function fieldWritesOf(body: TSESTree.ClassBody): Map<string, TSESTree.Node[]> {
    let writes = classFieldCache.get(body);
    if (writes) return writes;
    const found = new Map<string, TSESTree.Node[]>();
    const add = (name: string | undefined, value: TSESTree.Node | null | undefined): void => {
      if (name === undefined || !value) return;
      found.set(name, [...(found.get(name) ?? []), value]);
    };
    for (const member of body.body) {
      if (member.type === AST_NODE_TYPES.PropertyDefinition) {
        add(keyName(member), member);
        add(keyName(member), member.value);
      } else if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "constructor") {
        for (const param of member.value.params) {
          if (param.type === AST_NODE_TYPES.TSParameterProperty && param.parameter.type === AST_NODE_TYPES.Identifier) add(param.parameter.name, param);
        }
      }
    }
    walk(body, (child) => {
      if (
        child.type === AST_NODE_TYPES.AssignmentExpression &&
        child.left.type === AST_NODE_TYPES.MemberExpression &&
        child.left.object.type === AST_NODE_TYPES.ThisExpression
      ) {
        add(memberName(child.left), child.right);
      }
    });
    writes = found;
    classFieldCache.set(body, writes);
    return writes;
  }

  function walk(node: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
    visit(node);
    const keys = sourceCode.visitorKeys[node.type] ?? [];
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item === "object" && "type" in item) walk(item as TSESTree.Node, visit);
      } else if (child && typeof child === "object" && "type" in child) {
        walk(child as TSESTree.Node, visit);
      }
    }
  }

  // ---- calls ----

  function callOrigin(node: TSESTree.CallExpression, bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    const source = sourceCallOf(node, context, sourceCalls);
    if (source) {
      const ref = node.arguments[0];
      // Only a chain of plain names is quoted back (in a suggestion): `input["…"]` could hold any text.
      const refText = source.method !== "getSecret" && ref && isPlainChain(ref) ? sourceCode.getText(ref) : undefined;
      return {
        what: describeExpression(node, sourceCode),
        from: `from ${source.method} at line ${lineOf(node)}`,
        node,
        whole: source.method !== "getSecret",
        ...(refText !== undefined && { refText }),
      };
    }
    const callee = unwrap(node.callee);
    const name = calleeName(callee);
    // The called function's own name decides, also at the end of a chain (`createHash("sha256").update(x).digest()`).
    const ownName = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : name;
    if (ownName !== undefined && isSanitizerName(ownName)) return undefined;
    if (name !== undefined && (name === "Boolean" || name === "Number" || name === "parseInt" || name === "parseFloat" || name === "isNaN")) return undefined;
    if (name !== undefined && PROPAGATING_FUNCTIONS.has(name)) {
      const origin = firstSecret(node.arguments, bindings, depth);
      return name.startsWith("Promise.") || name === "Array.from" || name === "Object.values" ? origin : derived(origin);
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = memberName(callee);
      if (method !== undefined) {
        const viaMethod = methodCallOrigin(node, callee, method, bindings, depth);
        if (viaMethod !== "unknown") return viaMethod;
      }
    }
    // `cred.isExpired()`, `client.baseUrl`: safe members need no checker.
    if (callee.type === AST_NODE_TYPES.MemberExpression && safeFields.has(memberName(callee) ?? "")) return undefined;
    const helper = localFunctionOf(callee);
    if (helper && depth < MAX_DEPTH) return helperOrigin(node, helper, bindings, depth);
    return typedOrigin(node);
  }

  function methodCallOrigin(
    node: TSESTree.CallExpression,
    callee: TSESTree.MemberExpression,
    method: string,
    bindings: Bindings | undefined,
    depth: number,
  ): SecretOrigin | undefined | "unknown" {
    if (method === "then") {
      const callback = node.arguments[0];
      return isFunction(callback) ? relabel(returnsOrigin(callback, bindings, depth), node) : undefined;
    }
    if (SECRET_METHODS.has(method)) {
      const receiver = evaluate(callee.object, bindings, depth + 1);
      if (receiver) return { ...receiver, whole: false, node, what: describeExpression(node, sourceCode) };
      return "unknown";
    }
    if (method === "replace" || method === "replaceAll") {
      if (isFullMask(node)) return undefined;
      return derived(firstSecret([callee.object, node.arguments[1] ?? null], bindings, depth));
    }
    if (method === "toString" && node.arguments.length > 0) {
      // `buffer.toString("base64")` still encodes the secret; `n.toString(16)` of a number does too.
      return derived(evaluate(callee.object, bindings, depth + 1));
    }
    if (PROPAGATING_METHODS.has(method)) {
      const receiver = evaluate(callee.object, bindings, depth + 1);
      const origin = receiver ?? (method === "concat" ? firstSecret(node.arguments, bindings, depth) : undefined);
      if (!origin) return "unknown";
      return ELEMENT_KEEPING_METHODS.has(method) ? origin : derived(origin);
    }
    if (method === "map" || method === "flatMap") {
      const callback = node.arguments[0];
      if (isFunction(callback)) {
        const returned = returnsOrigin(callback, bindings, depth);
        return returned ? relabel(returned, node) : undefined;
      }
      return "unknown";
    }
    if (ELEMENT_KEEPING_METHODS.has(method)) {
      const receiver = evaluate(callee.object, bindings, depth + 1);
      return receiver ?? "unknown";
    }
    return "unknown";
  }

  /** A function declared in this file that `callee` calls: `helper(...)`, `const helper = () => ...`, `this.helper(...)`. */
  function localFunctionOf(callee: TSESTree.Node): FunctionNode | undefined {
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
      if (!variable || variable.defs.length !== 1) return undefined;
      const def = variable.defs[0]!;
      if (isFunction(def.node)) return def.node;
      if (def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init && isFunction(def.node.init)) return def.node.init;
      return undefined;
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.ThisExpression) {
      const name = memberName(callee);
      let body: TSESTree.Node | undefined = callee.parent;
      while (body && body.type !== AST_NODE_TYPES.ClassBody) body = body.parent;
      if (!body || body.type !== AST_NODE_TYPES.ClassBody || name === undefined) return undefined;
      const method = body.body.find(
        (member): member is TSESTree.MethodDefinition => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "method" && keyName(member) === name,
      );
      return method?.value.type === AST_NODE_TYPES.FunctionExpression ? method.value : undefined;
    }
    return undefined;
  }

  /** Inlines a local helper: its returns, with each parameter bound to what the call passes. */
  function helperOrigin(call: TSESTree.CallExpression, helper: FunctionNode, bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    if (helperNesting >= MAX_HELPER_DEPTH || helper.generator) return undefined;
    if (inProgress.has(helper)) return undefined;
    const scope = sourceCode.scopeManager?.acquire(helper);
    if (!scope) return undefined;
    const inner = new Map<Variable, SecretOrigin | undefined>(bindings ?? []);
    let passedSecret: SecretOrigin | undefined;
    helper.params.forEach((param, index) => {
      const argument = call.arguments[index];
      const argumentOrigin = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? evaluate(argument, bindings, depth + 1) : undefined;
      passedSecret ??= argumentOrigin;
      for (const variable of scope.variables) {
        const def = variable.defs[0];
        if (def?.type !== DefinitionType.Parameter || !containsNode(param, def.name)) continue;
        inner.set(variable, argumentOrigin && applyPath(argumentOrigin, patternPath(def.name, param)));
      }
    });
    inProgress.add(helper);
    helperNesting++;
    try {
      const returned = returnsOrigin(helper, inner, depth);
      if (!returned) return undefined;
      return passedSecret ? { ...returned, node: passedSecret.node, what: passedSecret.what } : relabel(returned, call);
    } finally {
      helperNesting--;
      inProgress.delete(helper);
    }
  }

  /** Everything `fn` may return (its expression body, or each `return` in its own body). */
  function returnsOrigin(fn: FunctionNode, bindings: Bindings | undefined, depth: number): SecretOrigin | undefined {
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return evaluate(fn.body, bindings, depth + 1);
    let found: SecretOrigin | undefined;
    const visit = (node: TSESTree.Node): void => {
      if (found) return;
      if (node.type === AST_NODE_TYPES.ReturnStatement) {
        if (node.argument) found = evaluate(node.argument, bindings, depth + 1);
        return;
      }
      if (isFunction(node) && node !== fn) return;
      for (const key of sourceCode.visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const item of child) if (item && typeof item === "object" && "type" in item) visit(item as TSESTree.Node);
        } else if (child && typeof child === "object" && "type" in child) {
          visit(child as TSESTree.Node);
        }
      }
    };
    visit(fn.body);
    return found;
  }

  // ---- declarations: annotations with credential types ----

  function annotationOf(node: TSESTree.Node): TSESTree.TypeNode | undefined {
    let current: TSESTree.Node = node;
    if (current.type === AST_NODE_TYPES.TSParameterProperty) current = current.parameter;
    if (current.type === AST_NODE_TYPES.AssignmentPattern) current = current.left;
    if ((current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.PropertyDefinition) && current.typeAnnotation) {
      return current.typeAnnotation.typeAnnotation;
    }
    return undefined;
  }

  function annotationOrigin(type: TSESTree.TypeNode | undefined, declared: TSESTree.Node): SecretOrigin | undefined {
    if (!type) return undefined;
    const kind = credentialTypeKind(type, 0);
    if (!kind) return undefined;
    return {
      what: describeExpression(declared.type === AST_NODE_TYPES.PropertyDefinition ? declared.key : declared, sourceCode),
      from: `declared as ${kind.name} at line ${lineOf(declared)}`,
      node: declared,
      whole: kind.whole,
    };
  }

  /** Whether a type annotation names a credential type of `@credref/types` (in an array, union, Promise...). */
  function credentialTypeKind(type: TSESTree.TypeNode, depth: number): { name: string; whole: boolean } | undefined {
    if (depth > 6) return undefined;
    switch (type.type) {
      case AST_NODE_TYPES.TSUnionType:
      case AST_NODE_TYPES.TSIntersectionType:
        for (const member of type.types) {
          const kind = credentialTypeKind(member, depth + 1);
          if (kind) return kind;
        }
        return undefined;
      case AST_NODE_TYPES.TSArrayType:
        return credentialTypeKind(type.elementType, depth + 1);
      case AST_NODE_TYPES.TSTypeOperator:
        return type.typeAnnotation ? credentialTypeKind(type.typeAnnotation, depth + 1) : undefined;
      case AST_NODE_TYPES.TSTypeReference: {
        const typeName = type.typeName;
        let exported: string | undefined;
        if (typeName.type === AST_NODE_TYPES.Identifier) exported = credrefTypeNames().get(typeName.name);
        else if (typeName.type === AST_NODE_TYPES.TSQualifiedName && typeName.left.type === AST_NODE_TYPES.Identifier) {
          exported = getCredrefImports(sourceCode).namespaces.has(typeName.left.name) ? typeName.right.name : undefined;
        }
        if (exported !== undefined && CREDENTIAL_TYPE_NAMES.has(exported)) return { name: exported, whole: true };
        if (exported !== undefined && SECRET_VALUE_TYPE_NAMES.has(exported)) return { name: exported, whole: false };
        const wrapper = typeName.type === AST_NODE_TYPES.Identifier ? typeName.name : undefined;
        if (wrapper === "Promise" || wrapper === "Array" || wrapper === "ReadonlyArray" || wrapper === "Readonly" || wrapper === "PromiseLike") {
          const argument = type.typeArguments?.params[0];
          return argument ? credentialTypeKind(argument, depth + 1) : undefined;
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  // ---- types: the secret brand ----

  function typedOrigin(node: TSESTree.Node): SecretOrigin | undefined {
    if (!checker || !tsNodeOf || typesOff > 0) return undefined;
    const cached = typeCache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    let origin: SecretOrigin | undefined;
    const tsNode = tsNodeOf.get(node);
    if (tsNode) {
      const type = checker.getTypeAtLocation(tsNode);
      const brand = brandedType(type, 0);
      if (brand) {
        origin = {
          what: describeExpression(node, sourceCode),
          from: `typed \`${shortTypeName(brand.type)}\``,
          node,
          whole: brand.whole,
        };
      }
    }
    typeCache.set(node, origin ?? null);
    return origin;
  }

  function shortTypeName(type: ts.Type): string {
    return describeTypeText(checker!.typeToString(type));
  }

  function isStringLike(type: ts.Type): boolean {
    if ((type.flags & TYPE_FLAGS.StringLike) !== 0) return true;
    return (type.flags & TYPE_FLAGS.Intersection) !== 0 && (type as ts.IntersectionType).types.some(isStringLike);
  }

  /**
   * The branded part of `type`, if any: a branded string (`whole: false`), or an object that carries the brand with
   * no fields (`SecretHeaders`) or has a field that is secret (`BasicCredential`, `{ user, password: Secret }`), which
   * is `whole`: its fields decide. An object keeps the brand through `Omit<>` and rest destructuring, so the brand
   * alone does not make `{ expiresAt }` secret.
   */
  function brandedType(type: ts.Type, depth: number): { type: ts.Type; whole: boolean } | undefined {
    if (depth > 4 || (type.flags & TYPE_FLAGS.AnyOrUnknown) !== 0) return undefined;
    const cached = brandCache.get(type);
    if (cached !== undefined) return cached ?? undefined;
    brandCache.set(type, null); // recursive types end here
    const found = brandedTypeUncached(type, depth);
    brandCache.set(type, found ?? null);
    return found;
  }

  function brandedTypeUncached(type: ts.Type, depth: number): { type: ts.Type; whole: boolean } | undefined {
    if ((type.flags & TYPE_FLAGS.Union) !== 0) {
      for (const member of (type as ts.UnionType).types) {
        const found = brandedType(member, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    if (isStringLike(type)) return hasSecretBrandProperty(type) ? { type, whole: false } : undefined;
    if (checker!.isArrayType(type) || checker!.isTupleType(type)) {
      for (const element of checker!.getTypeArguments(type as ts.TypeReference)) {
        const found = brandedType(element, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    const awaited = checker!.getAwaitedType(type);
    if (awaited && awaited !== type) return brandedType(awaited, depth + 1);
    if ((type.flags & (TYPE_FLAGS.Object | TYPE_FLAGS.Intersection)) === 0) return undefined;
    const properties = type.getProperties();
    const fields = properties
      .filter((symbol) => !isSecretBrandSymbol(symbol) && (symbol.flags & SYMBOL_METHOD) === 0)
      .slice(0, MAX_FIELDS_CHECKED);
    if (fields.length === 0) return properties.length > 0 && hasSecretBrandProperty(type) ? { type, whole: true } : undefined;
    if (depth >= 2) return undefined;
    return fields.some((symbol) => brandedType(checker!.getTypeOfSymbol(symbol), depth + 1) !== undefined) ? { type, whole: true } : undefined;
  }

  return {
    active,
    secretOrigin(node) {
      if (!active) return undefined;
      return evaluate(node, undefined, 0);
    },
  };
}

