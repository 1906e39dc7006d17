import type { ResolvedCredential } from "./resolved-credential.js";
import type { TokenFields } from "./token-fields.js";

/**
 * A bearer token (`bearerTokenRef`).
 *
 * @example
 * const cred = await this.context.resolveCredential(bearerTokenRef("crm"));
 * if (!cred.isExpired()) await fetch(url, { headers: { Authorization: cred.toAuthHeader() } });
 */
export interface BearerTokenCredential extends ResolvedCredential<"bearer_token">, TokenFields {}
