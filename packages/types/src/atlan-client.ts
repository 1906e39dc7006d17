import type { AppConstructor } from "./app.js";
import type { AtlanRef } from "./ref-factories.js";
import { taskRuntimeOf } from "./runtime.js";

const ATLAN_TYPES: ReadonlySet<string> = new Set(["atlan_api_token", "atlan_oauth_client"]);

/**
 * What `AtlanClientMixin` adds to an app.
 *
 * @example
 * const client = await this.getOrCreateAsyncAtlanClient(input.atlan);
 */
export interface AtlanClientMethods {
  /**
   * The Atlan client for an Atlan ref, created on first use and reused for the same ref by this app instance.
   * Only `atlanApiTokenRef` / `atlanOAuthClientRef` refs are accepted; any other ref is a compile error.
   * The framework builds the client at run time.
   *
   * @example
   * const client = await this.getOrCreateAsyncAtlanClient(atlanApiTokenRef("atlan"));
   */
  getOrCreateAsyncAtlanClient(ref: AtlanRef): Promise<AsyncAtlanClient>;
}

/**
 * Adds `getOrCreateAsyncAtlanClient` to an app class.
 *
 * @example
 * class AtlanApp extends AtlanClientMixin(App) {
 *   @ task
 *   async fetchAssets(input: FetchInput): Promise<FetchOutput> {
 *     const client = await this.getOrCreateAsyncAtlanClient(input.credential);
 *     return { count: (await client.request<{ approximateCount: number }>("POST", "/api/meta/search/indexsearch", query)).approximateCount };
 *   }
 * }
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin result keeps the mixin constructor shape (TS2545)
export function AtlanClientMixin<Base extends AppConstructor>(base: Base): Base & (abstract new (...args: any[]) => AtlanClientMethods) {
  abstract class WithAtlanClient extends base implements AtlanClientMethods {
    readonly #clients = new Map<string, Promise<AsyncAtlanClient>>();

    async getOrCreateAsyncAtlanClient(ref: AtlanRef): Promise<AsyncAtlanClient> {
      if (typeof ref !== "object" || ref === null || !ATLAN_TYPES.has(ref.credentialType)) {
        throw new TypeError("getOrCreateAsyncAtlanClient: expected a ref from atlanApiTokenRef() or atlanOAuthClientRef()");
      }
      const key = `${ref.credentialType}\u0000${ref.storeName}\u0000${ref.name}`;
      let client = this.#clients.get(key);
      if (client === undefined) {
        const create = taskRuntimeOf(this, "getOrCreateAsyncAtlanClient").createAtlanClient;
        if (create === undefined) {
          throw new Error(
            `${this.constructor.name}.getOrCreateAsyncAtlanClient: the attached task runtime has no createAtlanClient; the framework supplies it`,
          );
        }
        client = create(ref);
        this.#clients.set(key, client);
        // A failed creation is not cached: the next call tries again.
        client.catch(() => this.#clients.delete(key));
      }
      return client;
    }
  }
  return WithAtlanClient;
}

/**
 * The async Atlan client `getOrCreateAsyncAtlanClient` returns. The framework builds it from an Atlan ref; it
 * holds the credential itself, so task code never sees the token.
 *
 * @example
 * const client = await this.getOrCreateAsyncAtlanClient(input.atlan);
 * const assets = await client.request<AssetPage>("POST", "/api/meta/search/indexsearch", query);
 */
export interface AsyncAtlanClient {
  /** The Atlan tenant, e.g. `https://acme.atlan.com`. */
  readonly baseUrl: string;
  /**
   * Calls the Atlan REST API with the client's credential and returns the parsed JSON body.
   *
   * @example
   * const client = await this.getOrCreateAsyncAtlanClient(input.atlan);
   * const me = await client.request<{ username: string }>("GET", "/api/service/users/current");
   */
  request<T = unknown>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T>;
}
