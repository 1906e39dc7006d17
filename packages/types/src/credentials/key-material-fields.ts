import type { Secret } from "../secret.js";

/** PEM-encoded key material. */
export interface KeyMaterialFields {
  /** The certificate (or public key), PEM. */
  readonly certData: string;
  /** The private key, PEM. */
  readonly keyData: Secret<string>;
  /** The CA bundle, PEM; `""` when none. */
  readonly caData: string;
  /** The private key's passphrase; `""` when it has none. */
  readonly passphrase: Secret<string>;
}
