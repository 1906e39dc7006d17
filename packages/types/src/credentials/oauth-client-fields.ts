import type { Secret, SecretHeaders } from "../secret.js";

/** The fields every OAuth client credential has. */
export interface OAuthClientFields {
  /** The OAuth client ID. Not secret. */
  readonly clientId: string;
  /** The OAuth client secret. **Secret**: never log it, return it in an `Output` or store it in app state. */
  readonly clientSecret: Secret<string>;
  /** The authorization server's token endpoint. Not secret. */
  readonly tokenUrl: string;
  /** The scopes the client asks for; empty when the server decides. Not secret. */
  readonly scopes: readonly string[];
  /** The current access token; `""` before the first token exchange. **Secret**: never log it, return it in an `Output` or store it in app state. */
  readonly accessToken: Secret<string>;
  /** The refresh token; `""` when the grant has none. **Secret**: never log it, return it in an `Output` or store it in app state. */
  readonly refreshToken: Secret<string>;
  /** When `accessToken` expires, ISO-8601; `""` when unknown. Not secret. */
  readonly expiresAt: string;
  /** True when there is no access token or it expires soon. */
  needsRefresh(): boolean;
  /** `{ Authorization: "Bearer <accessToken>" }`. Secret, like the token in it. */
  toHeaders(): SecretHeaders;
}
