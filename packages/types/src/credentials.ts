import type { Secret, SecretBrand, SecretHeaders } from "./secret.js";

/*
 * The credentials a ref resolves to. The framework creates them at run time; this package only describes them.
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

/**
 * A username and password (`basicRef`).
 *
 * @example
 * const cred = await this.context.resolveCredential(basicRef("my-db"));
 * await connect({ user: cred.username, password: cred.password });
 */
export interface BasicCredential extends ResolvedCredential<"basic"> {
  readonly username: string;
  readonly password: Secret<string>;
  /** The `Authorization` header value: `Basic <base64(username:password)>`. */
  toAuthHeader(): Secret<string>;
}

/**
 * An API key sent in a header (`apiKeyRef`).
 *
 * @example
 * const cred = await this.context.resolveCredential(apiKeyRef("payments"));
 * await fetch(url, { headers: cred.toHeaders() });   // { "X-API-Key": "<prefix><key>" }
 */
export interface ApiKeyCredential extends ResolvedCredential<"api_key"> {
  readonly apiKey: Secret<string>;
  /** The header that carries the key. Default `"X-API-Key"`. */
  readonly headerName: string;
  /** Text put before the key in the header value, e.g. `"Token "`. Default `""`. */
  readonly prefix: string;
  /** `{ [headerName]: prefix + apiKey }`. */
  toHeaders(): SecretHeaders;
}

/** The fields every token-shaped credential has. */
interface TokenFields {
  readonly token: Secret<string>;
  /** When the token expires, ISO-8601; `""` when it does not. */
  readonly expiresAt: string;
  /** True once `expiresAt` has passed; false when there is no expiry. */
  isExpired(): boolean;
  /** The `Authorization` header value: `Bearer <token>`. */
  toAuthHeader(): Secret<string>;
}

/**
 * A bearer token (`bearerTokenRef`).
 *
 * @example
 * const cred = await this.context.resolveCredential(bearerTokenRef("crm"));
 * if (!cred.isExpired()) await fetch(url, { headers: { Authorization: cred.toAuthHeader() } });
 */
export interface BearerTokenCredential extends ResolvedCredential<"bearer_token">, TokenFields {}

/**
 * A git access token (`gitTokenRef`); the same fields as `BearerTokenCredential`.
 *
 * @example
 * const cred = await this.context.resolveCredential(gitTokenRef("github"));
 * await git.fetch({ headers: { Authorization: cred.toAuthHeader() } });
 */
export interface GitTokenCredential extends ResolvedCredential<"git_token">, TokenFields {}

/** The fields every OAuth client credential has. */
interface OAuthClientFields {
  readonly clientId: string;
  readonly clientSecret: Secret<string>;
  readonly tokenUrl: string;
  readonly scopes: readonly string[];
  /** The current access token; `""` before the first token exchange. */
  readonly accessToken: Secret<string>;
  /** The refresh token; `""` when the grant has none. */
  readonly refreshToken: Secret<string>;
  /** When `accessToken` expires, ISO-8601; `""` when unknown. */
  readonly expiresAt: string;
  /** True when there is no access token or it expires soon. */
  needsRefresh(): boolean;
  /** `{ Authorization: "Bearer <accessToken>" }`. */
  toHeaders(): SecretHeaders;
}

/**
 * An OAuth 2 client (`oauthClientRef`).
 *
 * @example
 * const cred = await this.context.resolveCredential(oauthClientRef("salesforce"));
 * if (!cred.needsRefresh()) await fetch(api, { headers: cred.toHeaders() });
 */
export interface OAuthClientCredential extends ResolvedCredential<"oauth_client">, OAuthClientFields {}

/** PEM-encoded key material. */
interface KeyMaterialFields {
  /** The certificate (or public key), PEM. */
  readonly certData: string;
  /** The private key, PEM. */
  readonly keyData: Secret<string>;
  /** The CA bundle, PEM; `""` when none. */
  readonly caData: string;
  /** The private key's passphrase; `""` when it has none. */
  readonly passphrase: Secret<string>;
}

/**
 * A client certificate and its private key, PEM strings (`certificateRef`).
 *
 * @example
 * const cred = await this.context.resolveCredential(certificateRef("mtls-client"));
 * tls.connect({ cert: cred.certData, key: cred.keyData, passphrase: cred.passphrase, ca: cred.caData });
 */
export interface CertificateCredential extends ResolvedCredential<"certificate">, KeyMaterialFields {}

/**
 * An SSH key for git (`gitSshRef`); the same fields as `CertificateCredential`.
 *
 * @example
 * const cred = await this.context.resolveCredential(gitSshRef("deploy-key"));
 * await sshAgent.add(cred.keyData, cred.passphrase);
 */
export interface GitSshCredential extends ResolvedCredential<"git_ssh">, KeyMaterialFields {}

/**
 * An Atlan API token (`atlanApiTokenRef`): a `BearerTokenCredential` plus the tenant's `baseUrl`.
 *
 * @example
 * const cred = await this.context.resolveCredential(atlanApiTokenRef("atlan"));
 * await fetch(`${cred.baseUrl}/api/meta`, { headers: { Authorization: cred.toAuthHeader() } });
 */
export interface AtlanApiToken extends BearerTokenCredential {
  readonly [SecretBrand]: { readonly bearer_token: true; readonly atlan_api_token: true };
  /** The Atlan tenant, e.g. `https://acme.atlan.com`. */
  readonly baseUrl: string;
}

/**
 * An Atlan OAuth client (`atlanOAuthClientRef`): an `OAuthClientCredential` plus the tenant's `baseUrl`.
 *
 * @example
 * const cred = await this.context.resolveCredential(atlanOAuthClientRef("atlan-oauth"));
 * await fetch(`${cred.baseUrl}/api/meta`, { headers: cred.toHeaders() });
 */
export interface AtlanOAuthClient extends OAuthClientCredential {
  readonly [SecretBrand]: { readonly oauth_client: true; readonly atlan_oauth_client: true };
  /** The Atlan tenant, e.g. `https://acme.atlan.com`. */
  readonly baseUrl: string;
}
