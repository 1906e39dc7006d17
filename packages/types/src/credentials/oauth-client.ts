import type { OAuthClientFields } from "./oauth-client-fields.js";
import type { ResolvedCredential } from "./resolved-credential.js";

/**
 * An OAuth 2 client (`oauthClientRef`).
 *
 * @example
 * const cred = await this.context.resolveCredential(oauthClientRef("salesforce"));
 * if (!cred.needsRefresh()) await fetch(api, { headers: cred.toHeaders() });
 */
export interface OAuthClientCredential extends ResolvedCredential<"oauth_client">, OAuthClientFields {}
