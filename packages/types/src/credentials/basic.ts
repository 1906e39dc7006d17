import type { Secret } from "../secret.js";
import type { ResolvedCredential } from "./resolved-credential.js";

/**
 * A username and password (`basicRef`).
 *
 * @example
 * const cred = await this.context.resolveCredential(basicRef("my-db"));
 * await connect({ user: cred.username, password: cred.password });
 */
export interface BasicCredential extends ResolvedCredential<"basic"> {
  readonly username: string;
  readonly password: Secret<string>;
  /** The `Authorization` header value: `Basic <base64(username:password)>`. */
  toAuthHeader(): Secret<string>;
}
