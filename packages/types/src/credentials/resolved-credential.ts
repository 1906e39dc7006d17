import type { SecretBrand } from "../secret.js";

/*
 * The credentials a ref resolves to (one file per type in this folder). The framework creates them at run time;
 * this package only describes them.
 * Every one carries the secret brand as a whole, so the type-aware lint rules treat the object itself as secret,
 * and each secret field is a `Secret<string>`.
 *
 * The brand's value records which credential kinds a type is (`{ basic: true }`), which keeps types with the same
 * fields apart: a `GitSshCredential` is not a `CertificateCredential`, while an `AtlanApiToken` still is a
 * `BearerTokenCredential`.
 */

/**
 * What every resolved credential is: secret as a whole. Extend it when you register a custom credential type.
 *
 * @example
 * interface SlackCredential extends ResolvedCredential<"slack"> {
 *   readonly botToken: Secret<string>;
 * }
 * declare module "@credref/types" {
 *   interface CredentialTypes { slack: SlackCredential }
 * }
 */
export interface ResolvedCredential<Kind extends string = string> {
  readonly [SecretBrand]: { readonly [K in Kind]: true };
}
