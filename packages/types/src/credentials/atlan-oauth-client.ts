import type { SecretBrand } from "../secret.js";
import type { OAuthClientCredential } from "./oauth-client.js";

/**
 * An Atlan OAuth client (`atlanOAuthClientRef`): an `OAuthClientCredential` plus the tenant's `baseUrl`.
 *
 * @example
 * const cred = await this.context.resolveCredential(atlanOAuthClientRef("atlan-oauth"));
 * await fetch(`${cred.baseUrl}/api/meta`, { headers: cred.toHeaders() });
 */
export interface AtlanOAuthClient extends OAuthClientCredential {
  readonly [SecretBrand]: { readonly oauth_client: true; readonly atlan_oauth_client: true };
  /** The Atlan tenant, e.g. `https://acme.atlan.com`. Not secret. */
  readonly baseUrl: string;
}
