/**
 * How values move through the standard library: which methods and functions return (part of) what they are given.
 * The flow engine follows a secret through these steps. Each table is checked against the library's own types with
 * `satisfies`, so a misspelt or invented method name does not compile.
 */
import type * as nodeUtil from "node:util";

/** String methods whose result keeps (part of) the string: `slice`, `trim`, `padEnd`, `split`... */
const STRING_STEPS = [
  "toString",
  "valueOf",
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
  "replace",
  "replaceAll",
] as const satisfies readonly (keyof string)[];

/** Array methods whose result keeps (some of) the elements or their text. */
const ARRAY_STEPS = ["join", "flat", "reverse", "toReversed", "toSorted", "entries", "values", "slice", "at", "concat"] as const satisfies readonly (keyof unknown[])[];

/** Promise methods whose result settles to the same value. */
const PROMISE_STEPS = ["catch", "finally"] as const satisfies readonly (keyof Promise<unknown>)[];

/** Buffer methods whose result keeps the bytes (`toJSON`). */
const BUFFER_STEPS = ["toJSON"] as const satisfies readonly (keyof Buffer)[];

/** Methods that keep (part of) a string, an array or a promise: the result still leaks the secret. */
export const PROPAGATING_METHODS: ReadonlySet<string> = new Set<string>([...STRING_STEPS, ...ARRAY_STEPS, ...PROMISE_STEPS, ...BUFFER_STEPS]);

/** Methods whose result holds (some of) the receiver's elements as they are (not turned into text). */
export const ELEMENT_KEEPING_METHODS: ReadonlySet<string> = new Set<string>([
  ...(["slice", "at", "filter", "find", "findLast", "flat", "reverse", "toReversed", "toSorted", "concat"] as const satisfies readonly (keyof unknown[])[]),
  ...PROMISE_STEPS,
]);

/** Array methods that call back with each element as the first parameter (`reduce` passes it second, `sort` both). */
export const ELEMENT_CALLBACK_METHODS: ReadonlySet<string> = new Set<string>([
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
] as const satisfies readonly (keyof unknown[])[]);

/** Array methods whose callback's return values make the result (`map`, `flatMap`). */
export const MAPPING_METHODS: ReadonlySet<string> = new Set<string>(["map", "flatMap"] as const satisfies readonly (keyof unknown[])[]);

/** The method whose first callback receives a promise's value (`then`), and the array fold (`reduce`). */
export const THEN_METHOD = "then" satisfies keyof Promise<unknown>;
export const REDUCE_METHOD = "reduce" satisfies keyof unknown[];

const GLOBAL_FUNCTIONS = ["String", "encodeURIComponent", "encodeURI", "escape", "btoa", "structuredClone"] as const satisfies readonly (keyof typeof globalThis)[];
const UTIL_FUNCTIONS = ["format", "inspect"] as const satisfies readonly (keyof typeof nodeUtil)[];
const STATIC_STEPS = {
  JSON: ["stringify"] as const satisfies readonly (keyof JSON)[],
  Buffer: ["from"] as const satisfies readonly (keyof BufferConstructor)[],
  Object: ["values", "entries", "assign", "freeze", "fromEntries"] as const satisfies readonly (keyof ObjectConstructor)[],
  Array: ["from", "of"] as const satisfies readonly (keyof ArrayConstructor)[],
  Promise: ["resolve", "all", "allSettled", "any", "race"] as const satisfies readonly (keyof PromiseConstructor)[],
  util: UTIL_FUNCTIONS,
};

/** Global functions and static methods (by dotted name) whose result carries their argument. */
export const PROPAGATING_FUNCTIONS: ReadonlySet<string> = new Set<string>([
  ...GLOBAL_FUNCTIONS,
  ...UTIL_FUNCTIONS,
  ...Object.entries(STATIC_STEPS).flatMap(([owner, methods]) => methods.map((method) => `${owner}.${method}`)),
]);

/**
 * Propagating functions whose result holds the argument's elements as they are (`Promise.all([cred])` settles to
 * the credential itself); the others turn it into text or a new value that holds it.
 */
export const ELEMENT_KEEPING_FUNCTIONS: ReadonlySet<string> = new Set<string>([
  ...STATIC_STEPS.Promise.map((method) => `Promise.${method}`),
  "Array.from",
  "Object.values",
]);

/** Constructors whose instance carries their argument. */
export const PROPAGATING_CONSTRUCTORS: ReadonlySet<string> = new Set<string>([
  "String",
  "URL",
  "URLSearchParams",
  "Map",
  "Set",
  "Headers",
] as const satisfies readonly (keyof typeof globalThis)[]);

/** Members that give a size, never content: `length` of a string or array, `size` of a map or set. */
export const SIZE_MEMBERS: ReadonlySet<string> = new Set<string>([
  ...(["length"] as const satisfies readonly (keyof string)[]),
  ...(["size"] as const satisfies readonly (keyof Set<unknown>)[]),
]);
