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
  /** The user name to log in as. Not secret. */
  readonly username: string;
  /** The password. **Secret**: never log it, return it in an `Output` or store it in app state. */
  readonly password: Secret<string>;
  /** The `Authorization` header value: `Basic <base64(username:password)>`. Secret, like the password in it. */
  toAuthHeader(): Secret<string>;
}
