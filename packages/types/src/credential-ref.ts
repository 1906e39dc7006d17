import type { CredentialTypeName } from "./credential-types.js";

/** Brand of a credential reference. Not exported as a value, so only the ref factories can make a ref. */
declare const RefBrand: unique symbol;

export type { RefBrand };

/**
 * A reference to a credential: its `credentialType`, its `name` and the `storeName` it lives in. Nothing secret.
 * Refs are frozen at run time and branded at the type level, so a hand-made object literal is not a ref.
 * Safe to log, to put on an `Input` or `Output`, and to persist.
 *
 * @example
 * const db: CredentialRef<"basic", "my-db", "default"> = basicRef("my-db");
 * const cred = await this.context.resolveCredential(db);   // BasicCredential
 */
export interface CredentialRef<
  Type extends CredentialTypeName = CredentialTypeName,
  Name extends string = string,
  Store extends string = string,
> {
  /** The credential's name in its store. */
  readonly name: Name;
  /** The wire name of the credential type, e.g. `"basic"` or `"api_key"`. */
  readonly credentialType: Type;
  /** The store the credential lives in; `"default"` unless given. */
  readonly storeName: Store;
  readonly [RefBrand]: Type;
}

/**
 * Options of every ref factory.
 *
 * @example
 * apiKeyRef("svc", { storeName: "vault" });   // CredentialRef<"api_key", "svc", "vault">
 */
export interface RefOptions<Store extends string = string> {
  /** The store the credential lives in. Default `"default"`. */
  readonly storeName?: Store;
}

/**
 * The store a ref points at when no `storeName` is given.
 *
 * @example
 * basicRef("my-db").storeName === DEFAULT_STORE;   // true
 */
export const DEFAULT_STORE = "default";

/** Wire names of credential types: lowercase, digits and `_`, as the Python SDK spells them. */
const WIRE_NAME = /^[a-z][a-z0-9_]*$/;
/** Store names: no spaces or control characters, at most 128 characters. */
const STORE_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;

/**
 * A reference to a credential of any registered type, including custom types added to {@link CredentialTypes}
 * by declaration merging. The literal type, name and store are kept in the ref's type.
 *
 * Throws a `TypeError` with one line naming the problem for an empty or non-string name, a credential type that
 * is not a lowercase wire name, or a malformed store name. Messages never repeat the value.
 *
 * @example
 * interface SlackCredential extends ResolvedCredential<"slack"> { readonly botToken: Secret<string> }
 * declare module "@credref/types" {
 *   interface CredentialTypes { slack: SlackCredential }
 * }
 * const bot = credentialRef("slack", "slack-bot");              // CredentialRef<"slack", "slack-bot", "default">
 * class SlackApp extends App {
 *   async notify(): Promise<boolean> {
 *     const cred = await this.context.resolveCredential(bot);   // SlackCredential
 *     return cred.botToken !== "";
 *   }
 * }
 */
export function credentialRef<
  Type extends CredentialTypeName,
  Name extends string,
  Store extends string = typeof DEFAULT_STORE,
>(type: Type, name: Name, options?: RefOptions<Store>): CredentialRef<Type, Name, Store> {
  if (typeof type !== "string" || !WIRE_NAME.test(type)) {
    throw new TypeError(
      `credentialRef: the credential type must be a lowercase wire name such as "api_key" (got ${describe(type)})`,
    );
  }
  if (typeof name !== "string" || name.trim() === "") {
    throw new TypeError(`${type} ref: the credential name must be a non-empty string (got ${describe(name)})`);
  }
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new TypeError(`${type} ref: options must be an object such as { storeName: "vault" }`);
  }
  const storeName = options?.storeName ?? DEFAULT_STORE;
  if (typeof storeName !== "string" || !STORE_NAME.test(storeName)) {
    throw new TypeError(
      `${type} ref: storeName must be 1-128 characters of letters, digits, ".", "_", "-", ":" or "/" (got ${describe(storeName)})`,
    );
  }
  return Object.freeze({ name, credentialType: type, storeName }) as unknown as CredentialRef<Type, Name, Store>;
}

/** What a bad argument was, without repeating it: a mistyped name may be a pasted secret. */
function describe(value: unknown): string {
  if (typeof value === "string") return value === "" ? "an empty string" : `a string of ${value.length} characters`;
  if (value === null) return "null";
  return `a value of type ${typeof value}`;
}
