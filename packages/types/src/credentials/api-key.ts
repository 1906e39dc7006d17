import type { Secret, SecretHeaders } from "../secret.js";
import type { ResolvedCredential } from "./resolved-credential.js";

/**
 * An API key sent in a header (`apiKeyRef`).
 *
 * @example
 * const cred = await this.context.resolveCredential(apiKeyRef("payments"));
 * await fetch(url, { headers: cred.toHeaders() });   // { "X-API-Key": "<prefix><key>" }
 */
export interface ApiKeyCredential extends ResolvedCredential<"api_key"> {
  /** The API key. **Secret**: never log it, return it in an `Output` or store it in app state. */
  readonly apiKey: Secret<string>;
  /** The header that carries the key. Default `"X-API-Key"`. Not secret. */
  readonly headerName: string;
  /** Text put before the key in the header value, e.g. `"Token "`. Default `""`. Not secret. */
  readonly prefix: string;
  /** `{ [headerName]: prefix + apiKey }`. Secret, like the key in it. */
  toHeaders(): SecretHeaders;
}
