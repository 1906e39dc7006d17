import type { IsSecret } from "./secret.js";

/**
 * The compile error `AppState.set` reports when given a `Secret` or a resolved credential.
 *
 * @example
 * const cred = await this.context.resolveCredential(input.credential);
 * this.appState.set("cred", cred);   // error TS2345 "NoSecretsInAppState"
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
