import type { KeyMaterialFields } from "./key-material-fields.js";
import type { ResolvedCredential } from "./resolved-credential.js";

/**
 * An SSH key for git (`gitSshRef`); the same fields as `CertificateCredential`.
 *
 * @example
 * const cred = await this.context.resolveCredential(gitSshRef("deploy-key"));
 * await sshAgent.add(cred.keyData, cred.passphrase);
 */
export interface GitSshCredential extends ResolvedCredential<"git_ssh">, KeyMaterialFields {}
