/**
 * Where a secret is persisted: task outputs and inputs (kept in the execution history), app state, and stores
 * named like one (`sessionStore`, `workflowState`, `localStorage`). Used by `no-credential-in-output`.
 */

/** Methods that write into a store: `store.set(k, v)`, `state.update(...)`, `queue.push(...)`. */
export const STORE_METHODS: ReadonlySet<string> = new Set(["set", "put", "setItem", "save", "update", "upsert", "insert", "write", "assign", "merge", "push", "add"]);

/** Receivers that are persisted state: `this.appState`, `this.context.state`, `workflowState`, `sessionStore`. */
export const STORE_NAME = /^(?:appState|state|store|storage|localStorage|sessionStorage)$|[a-z](?:State|Store|Storage)$/;

/** Classes whose instances are task inputs or outputs (by name, when the class comes from another file). */
export const IO_CLASS_NAME = /(?:Output|Input)$/;

/** The credref base classes whose instances are persisted as task inputs and outputs. */
export const IO_BASE_CLASSES = ["Output", "Input"] as const;

/**
 * Whether a dotted name (`this.appState`, `caches.sessionStore`) ends in a store's name.
 *
 * @example
 * isStoreName("this.context.state")   // true
 * isStoreName("this.statement")       // false
 */
export function isStoreName(name: string): boolean {
  return STORE_NAME.test(name.slice(name.lastIndexOf(".") + 1));
}

/**
 * Whether a dotted callee name is one of the rule's configured stores: equal to one, or ending in `.<store>`.
 *
 * @example
 * matchesConfiguredStore("this.cache.put", ["cache.put"])   // true
 */
export function matchesConfiguredStore(name: string | undefined, stores: readonly string[]): boolean {
  return name !== undefined && stores.some((store) => name === store || name.endsWith(`.${store}`));
}
