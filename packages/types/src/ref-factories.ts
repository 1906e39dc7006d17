import { credentialRef, type CredentialRef, type DEFAULT_STORE, type RefOptions } from "./credential-ref.js";

/*
 * One factory per built-in credential type. Each keeps the literal name and store in the ref's type and returns
 * its alias, so `basicRef("my-db")` is `BasicRef<"my-db", "default">` (that is, `CredentialRef<"basic", "my-db",
 * "default">`), and returns a frozen ref.
 */

/**
 * A ref to a username and password (wire type `"basic"`); resolves to `BasicCredential`.
 *
 * @example
 * const ref = basicRef("my-db");                     // BasicRef<"my-db", "default">
 * const other = basicRef("my-db", { storeName: "vault" });
 */
export type BasicRef<Name extends string = string, Store extends string = string> = CredentialRef<"basic", Name, Store>;

/**
 * A ref to a username and password, stored under `name` (wire type `"basic"`). Resolves to `BasicCredential` inside a `@task`.
 *
 * @example
 * class Job extends Input { credential = basicRef("my-db") }
 * class JobApp extends App {
 *   @ task
 *   async run(job: Job): Promise<Output> {
 *     const cred = await this.context.resolveCredential(job.credential);   // BasicCredential
 *     return {};
 *   }
 * }
 */
export function basicRef<Name extends string, Store extends string = typeof DEFAULT_STORE>(
  name: Name,
  options?: RefOptions<Store>,
): BasicRef<Name, Store> {
  return credentialRef("basic", name, options);
}

/**
 * A ref to an API key (wire type `"api_key"`); resolves to `ApiKeyCredential`.
 *
 * @example
 * const ref = apiKeyRef("payments-api");                     // ApiKeyRef<"payments-api", "default">
 * const other = apiKeyRef("payments-api", { storeName: "vault" });
 */
export type ApiKeyRef<Name extends string = string, Store extends string = string> = CredentialRef<"api_key", Name, Store>;

/**
 * A ref to an API key, stored under `name` (wire type `"api_key"`). Resolves to `ApiKeyCredential` inside a `@task`.
 *
 * @example
 * class Job extends Input { credential = apiKeyRef("payments-api") }
 * class JobApp extends App {
 *   @ task
 *   async run(job: Job): Promise<Output> {
 *     const cred = await this.context.resolveCredential(job.credential);   // ApiKeyCredential
 *     return {};
 *   }
 * }
 */
export function apiKeyRef<Name extends string, Store extends string = typeof DEFAULT_STORE>(
  name: Name,
  options?: RefOptions<Store>,
): ApiKeyRef<Name, Store> {
  return credentialRef("api_key", name, options);
}

/**
 * A ref to a bearer token (wire type `"bearer_token"`); resolves to `BearerTokenCredential`.
 *
 * @example
 * const ref = bearerTokenRef("crm");                     // BearerTokenRef<"crm", "default">
 * const other = bearerTokenRef("crm", { storeName: "vault" });
 */
export type BearerTokenRef<Name extends string = string, Store extends string = string> = CredentialRef<"bearer_token", Name, Store>;

/**
 * A ref to a bearer token, stored under `name` (wire type `"bearer_token"`). Resolves to `BearerTokenCredential` inside a `@task`.
 *
 * @example
 * class Job extends Input { credential = bearerTokenRef("crm") }
 * class JobApp extends App {
 *   @ task
 *   async run(job: Job): Promise<Output> {
 *     const cred = await this.context.resolveCredential(job.credential);   // BearerTokenCredential
 *     return {};
 *   }
 * }
 */
export function bearerTokenRef<Name extends string, Store extends string = typeof DEFAULT_STORE>(
  name: Name,
  options?: RefOptions<Store>,
): BearerTokenRef<Name, Store> {
  return credentialRef("bearer_token", name, options);
}

/**
 * A ref to an OAuth client (wire type `"oauth_client"`); resolves to `OAuthClientCredential`.
 *
 * @example
 * const ref = oauthClientRef("salesforce");                     // OAuthClientRef<"salesforce", "default">
 * const other = oauthClientRef("salesforce", { storeName: "vault" });
 */
export type OAuthClientRef<Name extends string = string, Store extends string = string> = CredentialRef<"oauth_client", Name, Store>;

/**
 * A ref to an OAuth client, stored under `name` (wire type `"oauth_client"`). Resolves to `OAuthClientCredential` inside a `@task`.
 *
 * @example
 * class Job extends Input { credential = oauthClientRef("salesforce") }
 * class JobApp extends App {
 *   @ task
 *   async run(job: Job): Promise<Output> {
 *     const cred = await this.context.resolveCredential(job.credential);   // OAuthClientCredential
 *     return {};
 *   }
 * }
 */
export function oauthClientRef<Name extends string, Store extends string = typeof DEFAULT_STORE>(
  name: Name,
  options?: RefOptions<Store>,
): OAuthClientRef<Name, Store> {
  return credentialRef("oauth_client", name, options);
}

/**
 * A ref to a client certificate (wire type `"certificate"`); resolves to `CertificateCredential`.
 *
 * @example
 * const ref = certificateRef("mtls-client");                     // CertificateRef<"mtls-client", "default">
 * const other = certificateRef("mtls-client", { storeName: "vault" });
 */
export type CertificateRef<Name extends string = string, Store extends string = string> = CredentialRef<"certificate", Name, Store>;

/**
 * A ref to a client certificate, stored under `name` (wire type `"certificate"`). Resolves to `CertificateCredential` inside a `@task`.
 *
 * @example
 * class Job extends Input { credential = certificateRef("mtls-client") }
 * class JobApp extends App {
 *   @ task
 *   async run(job: Job): Promise<Output> {
 *     const cred = await this.context.resolveCredential(job.credential);   // CertificateCredential
 *     return {};
 *   }
 * }
 */
export function certificateRef<Name extends string, Store extends string = typeof DEFAULT_STORE>(
  name: Name,
  options?: RefOptions<Store>,
): CertificateRef<Name, Store> {
  return credentialRef("certificate", name, options);
}

/**
 * A ref to a git SSH key (wire type `"git_ssh"`); resolves to `GitSshCredential`.
 *
 * @example
 * const ref = gitSshRef("deploy-key");                     // GitSshRef<"deploy-key", "default">
 * const other = gitSshRef("deploy-key", { storeName: "vault" });
 */
export type GitSshRef<Name extends string = string, Store extends string = string> = CredentialRef<"git_ssh", Name, Store>;

/**
 * A ref to a git SSH key, stored under `name` (wire type `"git_ssh"`). Resolves to `GitSshCredential` inside a `@task`.
 *
 * @example
 * class Job extends Input { credential = gitSshRef("deploy-key") }
 * class JobApp extends App {
 *   @ task
 *   async run(job: Job): Promise<Output> {
 *     const cred = await this.context.resolveCredential(job.credential);   // GitSshCredential
 *     return {};
 *   }
 * }
 */
export function gitSshRef<Name extends string, Store extends string = typeof DEFAULT_STORE>(
  name: Name,
  options?: RefOptions<Store>,
): GitSshRef<Name, Store> {
  return credentialRef("git_ssh", name, options);
}

/**
 * A ref to a git access token (wire type `"git_token"`); resolves to `GitTokenCredential`.
 *
 * @example
 * const ref = gitTokenRef("github");                     // GitTokenRef<"github", "default">
 * const other = gitTokenRef("github", { storeName: "vault" });
 */
export type GitTokenRef<Name extends string = string, Store extends string = string> = CredentialRef<"git_token", Name, Store>;

/**
 * A ref to a git access token, stored under `name` (wire type `"git_token"`). Resolves to `GitTokenCredential` inside a `@task`.
 *
 * @example
 * class Job extends Input { credential = gitTokenRef("github") }
 * class JobApp extends App {
 *   @ task
 *   async run(job: Job): Promise<Output> {
 *     const cred = await this.context.resolveCredential(job.credential);   // GitTokenCredential
 *     return {};
 *   }
 * }
 */
export function gitTokenRef<Name extends string, Store extends string = typeof DEFAULT_STORE>(
  name: Name,
  options?: RefOptions<Store>,
): GitTokenRef<Name, Store> {
  return credentialRef("git_token", name, options);
}

/**
 * A ref to an Atlan API token (wire type `"atlan_api_token"`); resolves to `AtlanApiToken`.
 *
 * @example
 * const ref = atlanApiTokenRef("atlan");                     // AtlanApiTokenRef<"atlan", "default">
 * const other = atlanApiTokenRef("atlan", { storeName: "vault" });
 */
export type AtlanApiTokenRef<Name extends string = string, Store extends string = string> = CredentialRef<"atlan_api_token", Name, Store>;

/**
 * A ref to an Atlan API token, stored under `name` (wire type `"atlan_api_token"`). Resolves to `AtlanApiToken` inside a `@task`.
 *
 * @example
 * class Job extends Input { credential = atlanApiTokenRef("atlan") }
 * class JobApp extends App {
 *   @ task
 *   async run(job: Job): Promise<Output> {
 *     const cred = await this.context.resolveCredential(job.credential);   // AtlanApiToken
 *     return {};
 *   }
 * }
 */
export function atlanApiTokenRef<Name extends string, Store extends string = typeof DEFAULT_STORE>(
  name: Name,
  options?: RefOptions<Store>,
): AtlanApiTokenRef<Name, Store> {
  return credentialRef("atlan_api_token", name, options);
}

/**
 * A ref to an Atlan OAuth client (wire type `"atlan_oauth_client"`); resolves to `AtlanOAuthClient`.
 *
 * @example
 * const ref = atlanOAuthClientRef("atlan-oauth");                     // AtlanOAuthClientRef<"atlan-oauth", "default">
 * const other = atlanOAuthClientRef("atlan-oauth", { storeName: "vault" });
 */
export type AtlanOAuthClientRef<Name extends string = string, Store extends string = string> = CredentialRef<"atlan_oauth_client", Name, Store>;

/**
 * A ref to an Atlan OAuth client, stored under `name` (wire type `"atlan_oauth_client"`). Resolves to `AtlanOAuthClient` inside a `@task`.
 *
 * @example
 * class Job extends Input { credential = atlanOAuthClientRef("atlan-oauth") }
 * class JobApp extends App {
 *   @ task
 *   async run(job: Job): Promise<Output> {
 *     const cred = await this.context.resolveCredential(job.credential);   // AtlanOAuthClient
 *     return {};
 *   }
 * }
 */
export function atlanOAuthClientRef<Name extends string, Store extends string = typeof DEFAULT_STORE>(
  name: Name,
  options?: RefOptions<Store>,
): AtlanOAuthClientRef<Name, Store> {
  return credentialRef("atlan_oauth_client", name, options);
}

/**
 * A ref to an Atlan credential, the only kind `getOrCreateAsyncAtlanClient` accepts.
 *
 * @example
 * const ref: AtlanRef = atlanApiTokenRef("atlan");
 */
export type AtlanRef<Name extends string = string, Store extends string = string> =
  | AtlanApiTokenRef<Name, Store>
  | AtlanOAuthClientRef<Name, Store>;
