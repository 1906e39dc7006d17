import type { CredentialRef } from "./credential-ref.js";
import type { CredentialTypeName, CredentialTypes } from "./credential-types.js";
import type { Logger } from "./logger.js";
import type { Secret } from "./secret.js";

/**
 * What a `@task` method reaches through `this.context`. The framework supplies it when it runs the task; this
 * package only describes it.
 *
 * @example
 * const cred = await this.context.resolveCredential(input.credential);   // typed by the ref
 * const key = await this.context.getSecret("signing-key");                // Secret<string>
 */
export interface TaskContext {
  /**
   * Exchanges a ref for the credential it names; the result's type follows from the ref's type (for a union of
   * refs, the union of their credentials: the same as `Resolved<typeof ref>`).
   * Only refs made by the ref factories are accepted: a hand-made object literal is a compile error.
   *
   * @example
   * const cred = await this.context.resolveCredential(basicRef("my-db"));   // BasicCredential
   * cred.username;
   */
  resolveCredential<Type extends CredentialTypeName>(ref: CredentialRef<Type>): Promise<CredentialTypes[Type]>;
  /**
   * Reads a raw secret by name.
   *
   * @example
   * const key = await this.context.getSecret("signing-key");   // Secret<string>
   */
  getSecret(name: string): Promise<Secret<string>>;
  /**
   * @example
   * this.context.logger.info("synced", { rows: 42 });
   */
  readonly logger: Logger;
}

/**
 * What a `Handler` method reaches through `this.context`: raw secrets and a logger, but no `resolveCredential`
 * (credentials are resolved in tasks). The framework supplies it at run time.
 *
 * @example
 * const key = await this.context.getSecret("webhook-signing-key");
 */
export interface HandlerContext {
  /**
   * Reads a raw secret by name.
   *
   * @example
   * const key = await this.context.getSecret("webhook-signing-key");   // Secret<string>
   */
  getSecret(name: string): Promise<Secret<string>>;
  /**
   * @example
   * this.context.logger.warn("signature mismatch");
   */
  readonly logger: Logger;
}
