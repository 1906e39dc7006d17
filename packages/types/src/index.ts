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
 *   @task
 *   async connect(input: ConnectInput): Promise<ConnectOutput> {
 *     const cred = await this.context.resolveCredential(input.credential);   // BasicCredential
 *     return { connected: await open(cred.username, cred.password) };
 *   }
 * }
 *
 * @packageDocumentation
 */
export type { Secret, SecretHeaders, IsSecret, SecretKeys } from "./secret.js";
export { credentialRef, DEFAULT_STORE, type CredentialRef, type RefOptions } from "./ref.js";
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
export type {
  ResolvedCredential,
  BasicCredential,
  ApiKeyCredential,
  BearerTokenCredential,
  OAuthClientCredential,
  CertificateCredential,
  GitSshCredential,
  GitTokenCredential,
  AtlanApiToken,
  AtlanOAuthClient,
} from "./credentials.js";
export type { CredentialTypes, CredentialTypeName, Resolved, AnyResolvedCredential } from "./credential-types.js";
export type { Logger, TaskContext, HandlerContext, AppState, NoSecretsInAppState } from "./context.js";
export {
  App,
  Handler,
  Input,
  Output,
  attachTaskRuntime,
  attachHandlerContext,
  type AppConstructor,
  type TaskRuntime,
} from "./app.js";
export {
  task,
  getTaskMetadata,
  type TaskOptions,
  type TaskMetadata,
  type TaskDecorator,
  type TaskCheck,
  type TaskSignatureError,
} from "./task.js";
export {
  createCredential,
  secretFieldsOf,
  redactSecrets,
  type CredentialFields,
  type CreateCredentialOptions,
} from "./create-credential.js";
export { AtlanClientMixin, type AtlanClientMethods, type AsyncAtlanClient } from "./atlan.js";
