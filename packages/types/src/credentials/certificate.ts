import type { KeyMaterialFields } from "./key-material-fields.js";
import type { ResolvedCredential } from "./resolved-credential.js";

/**
 * A client certificate and its private key, PEM strings (`certificateRef`).
 *
 * @example
 * const cred = await this.context.resolveCredential(certificateRef("mtls-client"));
 * tls.connect({ cert: cred.certData, key: cred.keyData, passphrase: cred.passphrase, ca: cred.caData });
 */
export interface CertificateCredential extends ResolvedCredential<"certificate">, KeyMaterialFields {}
