import type { ResolvedCredential } from "./resolved-credential.js";
import type { TokenFields } from "./token-fields.js";

/**
 * A git access token (`gitTokenRef`); the same fields as `BearerTokenCredential`.
 *
 * @example
 * const cred = await this.context.resolveCredential(gitTokenRef("github"));
 * await git.fetch({ headers: { Authorization: cred.toAuthHeader() } });
 */
export interface GitTokenCredential extends ResolvedCredential<"git_token">, TokenFields {}
