import type { SecretBrand } from "../secret.js";
import type { BearerTokenCredential } from "./bearer-token.js";

/**
 * An Atlan API token (`atlanApiTokenRef`): a `BearerTokenCredential` plus the tenant's `baseUrl`.
 *
 * @example
 * const cred = await this.context.resolveCredential(atlanApiTokenRef("atlan"));
 * await fetch(`${cred.baseUrl}/api/meta`, { headers: { Authorization: cred.toAuthHeader() } });
 */
export interface AtlanApiToken extends BearerTokenCredential {
  readonly [SecretBrand]: { readonly bearer_token: true; readonly atlan_api_token: true };
  /** The Atlan tenant, e.g. `https://acme.atlan.com`. Not secret. */
  readonly baseUrl: string;
}
