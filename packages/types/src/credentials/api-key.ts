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
  readonly apiKey: Secret<string>;
  /** The header that carries the key. Default `"X-API-Key"`. */
  readonly headerName: string;
  /** Text put before the key in the header value, e.g. `"Token "`. Default `""`. */
  readonly prefix: string;
  /** `{ [headerName]: prefix + apiKey }`. */
  toHeaders(): SecretHeaders;
}
