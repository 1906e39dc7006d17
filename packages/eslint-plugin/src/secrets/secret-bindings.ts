/**
 * Where a literal value goes, in terms of names: the variable, property, class field, parameter
 * default, assignment target, header or compared value that receives it, and the parameter of a
 * function in this file it is passed to. Rules combine the name with `credential-names.ts`.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { parseCredentialName, type CredentialName } from "./credential-names.js";
import { describeCallee } from "../ast/describe.js";

/** How a value reaches a credential-shaped name. */
export type BindingForm =
  | "variable"
  | "property"
  | "class-field"
  | "default-value"
  | "assignment"
  | "jsx-attribute"
  | "keyed-call"
  | "comparison"
  | "getter";

/** A credential-shaped name that receives a value, and how. */
export interface CredentialBinding {
  readonly form: BindingForm;
  readonly credential: CredentialName;
}

/** The outermost expression that still is "the value" (through `as`, `!`, `?:`, `??`, `||`). */
export function valuePosition(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let parent = current.parent; parent; parent = current.parent) {
    const wraps =
      ((parent.type === AST_NODE_TYPES.TSAsExpression ||
        parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
        parent.type === AST_NODE_TYPES.TSNonNullExpression ||
        parent.type === AST_NODE_TYPES.TSTypeAssertion) &&
        parent.expression === current) ||
      (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current) ||
      (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== "&&" && parent.right === current);
    if (!wraps) return current;
    current = parent;
  }
  return current;
}

/** The static name of a property key or member property (`a.password`, `a["api-key"]`, `{ "x-api-key": v }`). */
export function staticKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === "string") return key.value;
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

function nameOfTarget(target: TSESTree.Node): string | undefined {
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression) return staticKeyName(target.property, target.computed);
  return undefined;
}

function credential(name: string | undefined, form: BindingForm): CredentialBinding | undefined {
  if (name === undefined) return undefined;
  const parsed = parseCredentialName(name);
  return parsed ? { form, credential: parsed } : undefined;
}

const KEYED_SETTERS = new Set(["set", "append", "setHeader", "header", "setItem", "put", "add", "setRequestHeader", "setSecret"]);

/** A name that receives a value, and how. */
export interface ReceivingName {
  readonly form: BindingForm;
  readonly name: string;
}

function named(name: string | undefined, form: BindingForm): ReceivingName | undefined {
  return name === undefined ? undefined : { form, name };
}

/**
 * The name that receives the value at `position` (see `valuePosition`), whatever it is: the variable,
 * property, class field, parameter default, assignment target, JSX attribute, header key, compared
 * name or getter. Suggestions name environment variables after it (`DATABASE_URL`, `REDIS_URL`).
 *
 * @example
 * // const redisUrl = "redis://...";    -> { form: "variable", name: "redisUrl" }
 */
export function receivingNameOf(position: TSESTree.Node): ReceivingName | undefined {
  const parent = position.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === position ? named(nameOfTarget(parent.id), "variable") : undefined;
    case AST_NODE_TYPES.Property:
      return parent.value === position ? named(staticKeyName(parent.key, parent.computed), "property") : undefined;
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
      return parent.value === position ? named(staticKeyName(parent.key, parent.computed), "class-field") : undefined;
    case AST_NODE_TYPES.AssignmentPattern: {
      if (parent.right !== position) return undefined;
      const name = nameOfTarget(parent.left) ?? (parent.parent.type === AST_NODE_TYPES.Property ? staticKeyName(parent.parent.key, parent.parent.computed) : undefined);
      return named(name, "default-value");
    }
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === position && (parent.operator === "=" || parent.operator === "??=" || parent.operator === "||=")
        ? named(nameOfTarget(parent.left), "assignment")
        : undefined;
    case AST_NODE_TYPES.JSXAttribute:
      return parent.name.type === AST_NODE_TYPES.JSXIdentifier ? named(parent.name.name, "jsx-attribute") : undefined;
    case AST_NODE_TYPES.JSXExpressionContainer:
      return parent.parent.type === AST_NODE_TYPES.JSXAttribute && parent.parent.name.type === AST_NODE_TYPES.JSXIdentifier
        ? named(parent.parent.name.name, "jsx-attribute")
        : undefined;
    case AST_NODE_TYPES.CallExpression: {
      // `headers.set("Authorization", "Bearer ...")`, `config.put("db.password", "...")`
      if (parent.arguments[1] !== position) return undefined;
      const key = parent.arguments[0];
      const callee = parent.callee;
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticKeyName(callee.property, callee.computed) : undefined;
      if (!key || method === undefined || !KEYED_SETTERS.has(method)) return undefined;
      const keyName = key.type === AST_NODE_TYPES.Literal && typeof key.value === "string" ? lastPathSegment(key.value) : undefined;
      return named(keyName, "keyed-call");
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (!["===", "==", "!==", "!="].includes(parent.operator)) return undefined;
      const other = parent.left === position ? parent.right : parent.left;
      return named(nameOfTarget(other), "comparison");
    }
    case AST_NODE_TYPES.ReturnStatement: {
      const fn = parent.parent.parent;
      const member = fn?.parent;
      if (fn?.type !== AST_NODE_TYPES.FunctionExpression || member?.type !== AST_NODE_TYPES.MethodDefinition || member.kind !== "get") {
        return undefined;
      }
      return named(staticKeyName(member.key, member.computed), "getter");
    }
    default:
      return undefined;
  }
}

/**
 * The credential-shaped name that receives the value at `position` (see `valuePosition`), if any.
 *
 * @example
 * // const dbPassword = "hunter2";      -> { form: "variable", credential: { role: "password", ... } }
 * // headers.set("Authorization", "Bearer ...") -> { form: "keyed-call", ... }
 */
export function credentialBindingOf(position: TSESTree.Node): CredentialBinding | undefined {
  return credentialBindingOfName(receivingNameOf(position));
}

/** `credentialBindingOf` for a receiving name already found (a caller that needs both asks `receivingNameOf` once). */
export function credentialBindingOfName(receiving: ReceivingName | undefined): CredentialBinding | undefined {
  return receiving ? credential(receiving.name, receiving.form) : undefined;
}

function lastPathSegment(key: string): string {
  const parts = key.split(/[.:/]/);
  return parts[parts.length - 1] ?? key;
}

/** Names a user field in an object that also carries a password-like field. */
const USER_FIELD = /^(?:user(?:name)?|login|user_?id|uid|account|email|client_?id|app_?id|access_?key_?id|key_?id)$/i;
/** Short or generic field names that mean "the secret" when a user field sits beside them. */
const SHAPE_SECRET_FIELD = /^(?:pass|pw|pwd|p|key|secret|token|auth|credential|cred)$/i;

/**
 * For a property value in an object shaped like a credential (`{ user: "svc", pass: "..." }`): the
 * name of the user field beside it. Only short, generic secret field names (`pass`, `key`, `pw`) are
 * considered; clearly named ones (`password`) are already credential-shaped on their own.
 */
export function credentialObjectUserField(position: TSESTree.Node): { field: string; userField: string } | undefined {
  const property = position.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== position) return undefined;
  const field = staticKeyName(property.key, property.computed);
  if (field === undefined || !SHAPE_SECRET_FIELD.test(field)) return undefined;
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  for (const sibling of object.properties) {
    if (sibling === property || sibling.type !== AST_NODE_TYPES.Property) continue;
    const name = staticKeyName(sibling.key, sibling.computed);
    if (name !== undefined && USER_FIELD.test(name)) return { field, userField: name };
  }
  return undefined;
}

type FunctionLike = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

function isFunctionLike(node: TSESTree.Node | null | undefined): node is FunctionLike {
  return (
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

const calleeCache = new WeakMap<TSESTree.Node, FunctionLike | null>();

/** The function a call reaches, when this file declares it: a function, an arrow in a const, a method via `this`, a class via `new`. */
function calleeFunction(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): FunctionLike | undefined {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(call);
    while (scope) {
      const variable = scope.set.get(callee.name);
      if (variable) {
        const definition = variable.defs[0]?.node;
        if (isFunctionLike(definition)) return definition;
        if (definition?.type === AST_NODE_TYPES.VariableDeclarator && isFunctionLike(definition.init)) return definition.init;
        if (
          call.type === AST_NODE_TYPES.NewExpression &&
          (definition?.type === AST_NODE_TYPES.ClassDeclaration || definition?.type === AST_NODE_TYPES.ClassExpression)
        ) {
          return constructorOf(definition);
        }
        return undefined;
      }
      scope = scope.upper;
    }
    return undefined;
  }
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.ThisExpression &&
    call.type === AST_NODE_TYPES.CallExpression
  ) {
    const name = staticKeyName(callee.property, callee.computed);
    let classNode: TSESTree.Node | undefined = call.parent;
    while (classNode && classNode.type !== AST_NODE_TYPES.ClassBody) classNode = classNode.parent;
    if (!classNode || name === undefined) return undefined;
    for (const member of classNode.body) {
      if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "method" && staticKeyName(member.key, member.computed) === name) {
        return isFunctionLike(member.value) ? member.value : undefined;
      }
    }
  }
  return undefined;
}

function constructorOf(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression): FunctionLike | undefined {
  for (const member of classNode.body.body) {
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "constructor" && isFunctionLike(member.value)) return member.value;
  }
  return undefined;
}

function parameterName(param: TSESTree.Parameter | undefined): string | undefined {
  if (!param) return undefined;
  if (param.type === AST_NODE_TYPES.Identifier) return param.name;
  if (param.type === AST_NODE_TYPES.AssignmentPattern) return parameterName(param.left);
  if (param.type === AST_NODE_TYPES.TSParameterProperty) return parameterName(param.parameter);
  return undefined;
}

/** A call and the name of the function it calls, for messages. */
export interface CredentialParameter {
  readonly parameter: string;
  readonly callee: string;
  readonly credential: CredentialName;
}

/**
 * Library calls whose positional argument is a secret, recognised by the callee as written (so they
 * work without type information): `jwt.sign(payload, secret)`, `crypto.createHmac(alg, key)`,
 * `cookieParser(secret)`, `new Sequelize(database, username, password)`.
 */
const KNOWN_SECRET_ARGUMENTS: readonly { callee: RegExp; index: number; parameter: string }[] = [
  { callee: /^(?:jwt|jsonwebtoken|JWT)\.(?:sign|verify)$/, index: 1, parameter: "secretOrPrivateKey" },
  { callee: /(?:^|\.)create(?:Hmac|Cipheriv|Decipheriv)$/, index: 1, parameter: "secretKey" },
  { callee: /^(?:cookieParser|cookieSession)$/, index: 0, parameter: "secret" },
  { callee: /^Sequelize$/, index: 2, parameter: "password" },
];

/** With type information: the declared name of the parameter an argument lands in, for calls to anything. */
export type ParameterNameResolver = (call: TSESTree.CallExpression | TSESTree.NewExpression, index: number) => string | undefined;

/**
 * When `position` is an argument for a credential-shaped parameter: of a function, arrow, method or
 * class declared in this file (`function connect(user, password)`), of a well-known library call, or —
 * when `resolveParameter` is given (type information) — of any function the checker resolves.
 */
export function credentialParameterOf(
  position: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  resolveParameter?: ParameterNameResolver,
): CredentialParameter | undefined {
  const call = position.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression && call?.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const index = call.arguments.indexOf(position as TSESTree.CallExpressionArgument);
  if (index < 0 || call.arguments.slice(0, index).some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return undefined;
  let fn = calleeCache.get(call);
  if (fn === undefined) {
    fn = calleeFunction(call, sourceCode) ?? null;
    calleeCache.set(call, fn);
  }
  const calleeText = sourceCode.getText(call.callee);
  const known = KNOWN_SECRET_ARGUMENTS.find((entry) => entry.index === index && entry.callee.test(calleeText));
  const parameter = fn ? parameterName(fn.params[index]) : (known?.parameter ?? resolveParameter?.(call, index));
  const parsed = parameter === undefined ? undefined : parseCredentialName(parameter);
  if (!parsed || parameter === undefined) return undefined;
  // `callee` is shown in messages: built from names only (`loadCrypto(…).createHmac`), never the call's literals.
  return { parameter, callee: describeCallee(call.callee, sourceCode), credential: parsed };
}
