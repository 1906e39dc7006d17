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
   * const me = await client.request<{ username: string }>("GET", "/api/service/users/current");
   */
  request<T = unknown>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T>;
}
