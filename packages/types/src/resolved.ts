import type { CredentialTypes, CredentialTypeName } from "./credential-types.js";
import type { CredentialRef } from "./ref.js";

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
 * function describeKind(cred: AnyResolvedCredential): void { ... }
 */
export type AnyResolvedCredential = CredentialTypes[CredentialTypeName];
