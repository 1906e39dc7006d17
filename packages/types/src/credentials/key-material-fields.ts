import type { Secret } from "../secret.js";

/** PEM-encoded key material. */
export interface KeyMaterialFields {
  /** The certificate (or public key), PEM. Not secret. */
  readonly certData: string;
  /** The private key, PEM. **Secret**: never log it, return it in an `Output` or store it in app state. */
  readonly keyData: Secret<string>;
  /** The CA bundle, PEM; `""` when none. Not secret. */
  readonly caData: string;
  /** The private key's passphrase; `""` when it has none. **Secret**: never log it, return it in an `Output` or store it in app state. */
  readonly passphrase: Secret<string>;
}
