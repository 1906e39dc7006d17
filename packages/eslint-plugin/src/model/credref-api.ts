/**
 * The `@credref/types` vocabulary the plugin relies on, in one place: the module name, the credential types and
 * which of their members are secret or safe, the ref factories by kind and wire name, the context types and the
 * methods that hand out secrets. `tests/model/credref-api.test.ts` reads the declarations of `packages/types`
 * (through its entry point, by exported name) and fails when a table here no longer matches them: adding a
 * field to a credential type without classifying it here is a test failure, not a silent miss.
 *
 * Nothing else in the plugin spells these names; the flow engine (`src/flow/`) knows none of them and receives
 * them through the model (`src/model/secret-model.ts`).
 */

/** The module the app surface, the ref factories and the credential types come from. */
export const CREDREF_MODULE = "@credref/types";

/** Wire name (the Python SDK's name) -> the resolved credential type it names, for the built-in kinds. */
export const CREDENTIAL_TYPE_BY_WIRE_NAME = {
  basic: "BasicCredential",
  api_key: "ApiKeyCredential",
  bearer_token: "BearerTokenCredential",
  oauth_client: "OAuthClientCredential",
  certificate: "CertificateCredential",
  git_ssh: "GitSshCredential",
  git_token: "GitTokenCredential",
  atlan_api_token: "AtlanApiToken",
  atlan_oauth_client: "AtlanOAuthClient",
} as const satisfies Readonly<Record<string, string>>;

/** A built-in credential kind by wire name: `basic`, `api_key`, ... */
export type WireName = keyof typeof CREDENTIAL_TYPE_BY_WIRE_NAME;

/** Wire name -> the ref factory that builds a ref of that kind. */
export const REF_FACTORY_BY_WIRE_NAME = {
  basic: "basicRef",
  api_key: "apiKeyRef",
  bearer_token: "bearerTokenRef",
  oauth_client: "oauthClientRef",
  certificate: "certificateRef",
  git_ssh: "gitSshRef",
  git_token: "gitTokenRef",
  atlan_api_token: "atlanApiTokenRef",
  atlan_oauth_client: "atlanOAuthClientRef",
} as const satisfies Readonly<Record<WireName, string>>;

/** The ref type each built-in factory returns, for typing an interface field: `basicRef` -> `BasicRef`. */
export const REF_TYPE_BY_FACTORY = {
  basicRef: "BasicRef",
  apiKeyRef: "ApiKeyRef",
  bearerTokenRef: "BearerTokenRef",
  oauthClientRef: "OAuthClientRef",
  certificateRef: "CertificateRef",
  gitSshRef: "GitSshRef",
  gitTokenRef: "GitTokenRef",
  atlanApiTokenRef: "AtlanApiTokenRef",
  atlanOAuthClientRef: "AtlanOAuthClientRef",
} as const satisfies Readonly<Record<(typeof REF_FACTORY_BY_WIRE_NAME)[WireName], string>>;

/** The generic factory for custom (augmented) credential types: `credentialRef("slack", "slack-bot")`. */
export const GENERIC_REF_FACTORY = "credentialRef";

/**
 * Types whose values are whole credentials (or hold one): a declaration annotated with one holds a credential, and
 * its members decide what is secret. The resolved types, their common base, the `Resolved<>` helper and the Atlan
 * client (which holds its credential inside).
 */
export const CREDENTIAL_TYPE_NAMES: ReadonlySet<string> = new Set([
  ...Object.values(CREDENTIAL_TYPE_BY_WIRE_NAME),
  "ResolvedCredential",
  "Resolved",
  "AnyResolvedCredential",
  "AsyncAtlanClient",
]);

/** Types that are secret values rather than credentials. */
export const SECRET_VALUE_TYPE_NAMES: ReadonlySet<string> = new Set(["Secret", "SecretHeaders"]);

/** Fields of resolved credentials that hold the secret (typed `Secret<string>` in the package). */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  "password",
  "apiKey",
  "token",
  "clientSecret",
  "accessToken",
  "refreshToken",
  "keyData",
  "passphrase",
]);

/** Methods of resolved credentials whose result is secret. */
export const SECRET_METHODS: ReadonlySet<string> = new Set(["toAuthHeader", "toHeaders"]);

/** Members of resolved credentials (and the Atlan client's `baseUrl`) that are safe to show. */
export const SAFE_CREDENTIAL_MEMBERS: ReadonlySet<string> = new Set([
  "username",
  "headerName",
  "prefix",
  "clientId",
  "tokenUrl",
  "scopes",
  "expiresAt",
  "baseUrl",
  "certData",
  "caData",
  "isExpired",
  "needsRefresh",
]);

/** Members of a ref (`name`, `credentialType`, `storeName`): a ref names a credential and is safe to show. */
export const REF_MEMBERS: ReadonlySet<string> = new Set(["name", "credentialType", "storeName"]);

/** The context types of `@credref/types`: a `TaskContext` resolves credentials, a `HandlerContext` only secrets. */
export const CONTEXT_TYPE_NAMES: ReadonlySet<string> = new Set(["TaskContext", "HandlerContext"]);

/** Methods of a context that hand out secret values: a whole credential, and a single secret by name. */
export const CONTEXT_SOURCE_METHODS = { credential: "resolveCredential", secret: "getSecret" } as const;

/** The app method (added by `AtlanClientMixin`) that returns a client holding a credential. */
export const ATLAN_CLIENT_SOURCE_METHOD = "getOrCreateAsyncAtlanClient";

/** Every name a call that hands out a secret goes by; a file that spells none of them (or the module) holds none. */
export const SOURCE_WORDS: readonly string[] = [
  CONTEXT_SOURCE_METHODS.credential,
  CONTEXT_SOURCE_METHODS.secret,
  ATLAN_CLIENT_SOURCE_METHOD,
  CREDREF_MODULE,
];
