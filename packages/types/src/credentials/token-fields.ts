import type { Secret } from "../secret.js";

/** The fields every token-shaped credential has. */
export interface TokenFields {
  readonly token: Secret<string>;
  /** When the token expires, ISO-8601; `""` when it does not. */
  readonly expiresAt: string;
  /** True once `expiresAt` has passed; false when there is no expiry. */
  isExpired(): boolean;
  /** The `Authorization` header value: `Bearer <token>`. */
  toAuthHeader(): Secret<string>;
}
