import type { ApiKeyCredential } from "./credentials/api-key.js";
import type { AtlanApiToken } from "./credentials/atlan-api-token.js";
import type { AtlanOAuthClient } from "./credentials/atlan-oauth-client.js";
import type { BasicCredential } from "./credentials/basic.js";
import type { BearerTokenCredential } from "./credentials/bearer-token.js";
import type { CertificateCredential } from "./credentials/certificate.js";
import type { GitSshCredential } from "./credentials/git-ssh.js";
import type { GitTokenCredential } from "./credentials/git-token.js";
import type { OAuthClientCredential } from "./credentials/oauth-client.js";
import type { CredentialRef } from "./credential-ref.js";

/**
 * The registry that maps a credential type's wire name to the credential it resolves to. `Resolved<R>`,
 * `credentialRef` and `resolveCredential` all read it. Add your own types by declaration merging; the value type
 * should extend `ResolvedCredential` so the lint rules treat it as secret.
 *
 * @example
 * interface SlackCredential extends ResolvedCredential<"slack"> { readonly botToken: Secret<string> }
 * declare module "@credref/types" {
 *   interface CredentialTypes { slack: SlackCredential }
 * }
 * type Slack = Resolved<CredentialRef<"slack">>;   // SlackCredential
 */
export interface CredentialTypes {
  basic: BasicCredential;
  api_key: ApiKeyCredential;
  bearer_token: BearerTokenCredential;
  oauth_client: OAuthClientCredential;
  certificate: CertificateCredential;
  git_ssh: GitSshCredential;
  git_token: GitTokenCredential;
  atlan_api_token: AtlanApiToken;
  atlan_oauth_client: AtlanOAuthClient;
}

/**
 * The wire name of any registered credential type, built-in or added to `CredentialTypes`.
 *
 * @example
 * const t: CredentialTypeName = "api_key";
 */
export type CredentialTypeName = Extract<keyof CredentialTypes, string>;

/**
 * The credential a ref resolves to, read from `CredentialTypes`. Distributes over unions and is `never` for
 * anything that is not a ref (a hand-made object literal included).
 *
 * @example
 * type A = Resolved<BasicRef>;                  // BasicCredential
 * type B = Resolved<BasicRef | ApiKeyRef>;      // BasicCredential | ApiKeyCredential
 * type C = Resolved<{ name: string }>;          // never
 */
export type Resolved<R> =
  R extends CredentialRef<infer Type extends CredentialTypeName, string, string> ? CredentialTypes[Type] : never;

/**
 * Any resolved credential of a registered type.
 *
 * @example
 * const all: AnyResolvedCredential[] = [await this.context.resolveCredential(input.credential)];
 */
export type AnyResolvedCredential = CredentialTypes[CredentialTypeName];
