import type { CredentialRef } from "./ref.js";
import type { CredentialTypeName, CredentialTypes } from "./credential-types.js";
import type { IsSecret, Secret } from "./secret.js";

/**
 * The structured logger the framework hands to tasks and handlers. Never log a resolved credential or a secret:
 * `@credref/no-credential-logging` flags it.
 *
 * @example
 * this.context.logger.info("connected", { database: input.credential.name });
 */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

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

/**
 * The compile error `AppState.set` reports when given a `Secret` or a resolved credential.
 *
 * @example
 * this.appState.set("cred", cred);   // error: ... not assignable to parameter of type 'NoSecretsInAppState'
 */
export interface NoSecretsInAppState {
  readonly "appState error": "app state is persisted: store a ref or non-secret data, never a Secret or resolved credential";
}

/**
 * Per-execution state shared by the tasks of one app run. The framework persists it, so it takes no secrets:
 * setting a `Secret` or a resolved credential is a compile error.
 *
 * @example
 * this.appState.set("lastSyncedAt", new Date().toISOString());
 * const since = this.appState.get<string>("lastSyncedAt");
 */
export interface AppState {
  /**
   * The value stored under `key`, or `undefined`.
   *
   * @example
   * const cursor = this.appState.get<string>("cursor");
   */
  get<T = unknown>(key: string): T | undefined;
  /**
   * Stores a non-secret value under `key`.
   *
   * @example
   * this.appState.set("cursor", page.next);
   */
  set<V>(key: string, value: IsSecret<V> extends true ? NoSecretsInAppState : V): void;
}
