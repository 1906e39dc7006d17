/**
 * `@credref/types`: compiler-checked credential references. Refs name a credential without holding it; inside a
 * `@task`, `this.context.resolveCredential(ref)` returns the credential typed by the ref. The framework performs
 * resolution at run time; this package supplies the types, the ref factories and the app base classes.
 *
 * @example
 * import { App, Input, Output, task, basicRef } from "@credref/types";
 *
 * class ConnectInput extends Input { credential = basicRef("my-db") }
 * class ConnectOutput extends Output { connected = false }
 * class MyApp extends App {
 *   @ task
 *   async connect(input: ConnectInput): Promise<ConnectOutput> {
 *     const cred = await this.context.resolveCredential(input.credential);   // BasicCredential
 *     return { connected: await openConnection(cred.username, cred.password) };
 *   }
 * }
 *
 * @packageDocumentation
 */
export type { Secret, SecretHeaders, IsSecret, SecretKeys } from "./secret.js";
export { credentialRef, DEFAULT_STORE, type CredentialRef, type RefOptions } from "./credential-ref.js";
export {
  basicRef,
  apiKeyRef,
  bearerTokenRef,
  oauthClientRef,
  certificateRef,
  gitSshRef,
  gitTokenRef,
  atlanApiTokenRef,
  atlanOAuthClientRef,
  type BasicRef,
  type ApiKeyRef,
  type BearerTokenRef,
  type OAuthClientRef,
  type CertificateRef,
  type GitSshRef,
  type GitTokenRef,
  type AtlanApiTokenRef,
  type AtlanOAuthClientRef,
  type AtlanRef,
} from "./ref-factories.js";
export type { ResolvedCredential } from "./credentials/resolved-credential.js";
export type { BasicCredential } from "./credentials/basic.js";
export type { ApiKeyCredential } from "./credentials/api-key.js";
export type { BearerTokenCredential } from "./credentials/bearer-token.js";
export type { GitTokenCredential } from "./credentials/git-token.js";
export type { OAuthClientCredential } from "./credentials/oauth-client.js";
export type { CertificateCredential } from "./credentials/certificate.js";
export type { GitSshCredential } from "./credentials/git-ssh.js";
export type { AtlanApiToken } from "./credentials/atlan-api-token.js";
export type { AtlanOAuthClient } from "./credentials/atlan-oauth-client.js";
export type { CredentialTypes, CredentialTypeName, Resolved, AnyResolvedCredential } from "./credential-types.js";
export {
  createCredential,
  secretFieldsOf,
  redactSecrets,
  type CredentialFields,
  type CreateCredentialOptions,
} from "./create-credential.js";
export type { Logger } from "./logger.js";
export type { TaskContext, HandlerContext } from "./context.js";
export type { AppState, NoSecretsInAppState } from "./app-state.js";
export { App, type AppConstructor } from "./app.js";
export { Input, Output } from "./io.js";
export { Handler } from "./handler.js";
export { attachTaskRuntime, attachHandlerContext, type TaskRuntime } from "./runtime.js";
export { task, getTaskMetadata, type TaskOptions, type TaskMetadata, type TaskDecorator } from "./task.js";
export type { TaskCheck, TaskSignatureError } from "./task-check.js";
export { AtlanClientMixin, type AtlanClientMethods, type AsyncAtlanClient } from "./atlan-client.js";
