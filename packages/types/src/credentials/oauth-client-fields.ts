import type { Secret, SecretHeaders } from "../secret.js";

/** The fields every OAuth client credential has. */
export interface OAuthClientFields {
  readonly clientId: string;
  readonly clientSecret: Secret<string>;
  readonly tokenUrl: string;
  readonly scopes: readonly string[];
  /** The current access token; `""` before the first token exchange. */
  readonly accessToken: Secret<string>;
  /** The refresh token; `""` when the grant has none. */
  readonly refreshToken: Secret<string>;
  /** When `accessToken` expires, ISO-8601; `""` when unknown. */
  readonly expiresAt: string;
  /** True when there is no access token or it expires soon. */
  needsRefresh(): boolean;
  /** `{ Authorization: "Bearer <accessToken>" }`. */
  toHeaders(): SecretHeaders;
}
