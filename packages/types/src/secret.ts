/**
 * The brand that marks a value as secret. It exists only at the type level: nothing at run time carries it.
 *
 * The type checker names this property `__@SecretBrand@<id>`; the type-aware rules of `@credref/eslint-plugin`
 * recognise secret values by that prefix, so the declaration below must keep its name.
 */
declare const SecretBrand: unique symbol;

export type { SecretBrand };

/**
 * A secret string: usable wherever a `string` is, and recognisable by the compiler and the type-aware lint rules as
 * something that must not reach a log, an error message, an `Output` or persisted state.
 *
 * Secret fields of resolved credentials and the value of `getSecret()` are typed `Secret<string>`.
 *
 * @example
 * const key: Secret<string> = await this.context.getSecret("signing-key");
 * hmac.update(key);               // fine: a Secret is a string
 * logger.info(key);               // flagged by the no-credential-logging lint rule
 */
export type Secret<T extends string = string> = T & { readonly [SecretBrand]: "secret" };

/**
 * Headers that carry a secret (an `Authorization` header, an API-key header). Assignable to a plain
 * `Record<string, string>`, so it can be passed to `fetch`, but the object as a whole counts as secret.
 *
 * @example
 * const cred = await this.context.resolveCredential(apiKeyRef("payments"));
 * const headers: SecretHeaders = cred.toHeaders();
 * await fetch(url, { headers });
 */
export type SecretHeaders = Readonly<Record<string, string>> & { readonly [SecretBrand]: "secret" };

/**
 * Whether a type carries the secret brand: a `Secret`, a resolved credential, `SecretHeaders`, or an array of them.
 * Distributes over unions, so `string | Secret<string>` counts as secret.
 *
 * @example
 * type A = IsSecret<Secret<string>>;      // true
 * type B = IsSecret<BasicCredential[]>;   // true
 * type C = IsSecret<string>;              // false
 */
export type IsSecret<T> = true extends CarriesBrand<T> ? true : false;

type CarriesBrand<T> = T extends { readonly [SecretBrand]: unknown }
  ? true
  : // Primitives stop here: comparing String's members with ReadonlyArray's would cost dozens of steps per field.
    T extends string | number | boolean | bigint | symbol | null | undefined
    ? false
    : T extends readonly (infer Element)[]
      ? CarriesBrand<Element>
      : false;

/**
 * The keys of `T` whose values carry the secret brand (see {@link IsSecret}); `never` when there are none.
 *
 * @example
 * class Leaky extends Output { token!: Secret<string>; count = 0 }
 * type K = SecretKeys<Leaky>;             // "token"
 */
export type SecretKeys<T> = {
  [K in keyof T]-?: true extends CarriesBrand<T[K]> ? K : never;
}[keyof T];
