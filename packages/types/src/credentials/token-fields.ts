import type { Secret } from "../secret.js";

/** The fields every token-shaped credential has. */
export interface TokenFields {
  /** The token. **Secret**: never log it, return it in an `Output` or store it in app state. */
  readonly token: Secret<string>;
  /** When the token expires, ISO-8601; `""` when it does not. Not secret. */
  readonly expiresAt: string;
  /** True once `expiresAt` has passed; false when there is no expiry. */
  isExpired(): boolean;
  /** The `Authorization` header value: `Bearer <token>`. Secret, like the token in it. */
  toAuthHeader(): Secret<string>;
}
