import type { CredentialTypeName, CredentialTypes } from "./credential-types.js";
import type { SecretBrand } from "./secret.js";

/*
 * Building resolved credentials that print redacted. The framework (and `@credref/testing`) builds every resolved
 * credential here: the fields stay plain strings for the code that uses them, while the four ways an object gets
 * printed by mistake (String(), template literals, JSON.stringify, util.inspect / console.log) show each secret
 * field as "<redacted>".
 */

/** What a redacted field prints as. */
const REDACTED = "<redacted>";

/** Node's `util.inspect.custom`, reached through the global symbol registry so this module imports nothing. */
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** How long before `expiresAt` an OAuth access token counts as needing a refresh: one minute. */
const REFRESH_MARGIN_MS = 60_000;

/** Wire names of credential types, as `credentialRef` accepts them. */
const WIRE_NAME = /^[a-z][a-z0-9_]*$/;

/** The built-in credential types this package knows the fields and methods of. */
type BuiltinTypeName =
  | "basic"
  | "api_key"
  | "bearer_token"
  | "oauth_client"
  | "certificate"
  | "git_ssh"
  | "git_token"
  | "atlan_api_token"
  | "atlan_oauth_client";

/** The fields of each built-in type that have a documented default, and so may be left out. */
interface DefaultedFields {
  basic: never;
  api_key: "headerName" | "prefix";
  bearer_token: "expiresAt";
  git_token: "expiresAt";
  atlan_api_token: "expiresAt";
  oauth_client: "scopes" | "accessToken" | "refreshToken" | "expiresAt";
  atlan_oauth_client: "scopes" | "accessToken" | "refreshToken" | "expiresAt";
  certificate: "caData" | "passphrase";
  git_ssh: "caData" | "passphrase";
}

type MethodKeys<C> = { [K in keyof C]-?: C[K] extends (...args: never[]) => unknown ? K : never }[keyof C];
type DataKeys<C> = Exclude<keyof C, MethodKeys<C> | typeof SecretBrand>;
/** A `Secret<string>` is given as a plain string; other values keep their type. */
type PlainValue<V> = V extends { readonly [SecretBrand]: unknown } ? (V extends string ? string : V) : V;
type Defaulted<T> = T extends keyof DefaultedFields ? DefaultedFields[T] : never;
type Flatten<T> = { [K in keyof T]: T[K] };

/**
 * The plain input fields of a registered credential type, what `createCredential` takes: data fields only (no
 * methods, no brand), each `Secret<string>` as a plain `string`, and the fields with a documented default
 * optional (`headerName`, `prefix`, `expiresAt`, `scopes`, `accessToken`, `refreshToken`, `caData`, `passphrase`).
 *
 * @example
 * const fields: CredentialFields<"basic"> = { username: "svc-reporting", password: passwordFromVault };
 * const key: CredentialFields<"api_key"> = { apiKey: keyFromVault };   // headerName, prefix optional
 */
export type CredentialFields<T extends CredentialTypeName> = Flatten<
  {
    readonly [K in Exclude<DataKeys<CredentialTypes[T]>, Defaulted<T>>]: PlainValue<CredentialTypes[T][K]>;
  } & {
    readonly [K in Extract<DataKeys<CredentialTypes[T]>, Defaulted<T>>]?: PlainValue<CredentialTypes[T][K]>;
  }
>;

/**
 * Options of `createCredential`.
 *
 * @example
 * createCredential("basic", { username: "svc", password: passwordFromVault }, { label: 'basic ref "my-db"' });
 */
export interface CreateCredentialOptions {
  /**
   * The secret fields of a custom credential type (default: every string field). For a built-in type, fields
   * named here are redacted on top of the type's own secret fields.
   */
  readonly secretFields?: readonly string[];
  /** What error messages call the credential, e.g. the ref it was resolved from. Default `"<type> credential"`. */
  readonly label?: string;
}

/** How one built-in type is built: its fields, their defaults, which are secret, and its methods. */
interface TypeSpec {
  readonly required: readonly string[];
  readonly defaults: Readonly<Record<string, string | readonly string[]>>;
  readonly secret: readonly string[];
  readonly methods: (fields: Readonly<Record<string, unknown>>, label: string) => Record<string, () => unknown>;
}

const TOKEN: TypeSpec = {
  required: ["token"],
  defaults: { expiresAt: "" },
  secret: ["token"],
  methods: (f) => ({
    isExpired: () => f["expiresAt"] !== "" && Date.parse(f["expiresAt"] as string) <= Date.now(),
    toAuthHeader: () => `Bearer ${f["token"] as string}`,
  }),
};

const OAUTH: TypeSpec = {
  required: ["clientId", "clientSecret", "tokenUrl"],
  defaults: { scopes: [], accessToken: "", refreshToken: "", expiresAt: "" },
  secret: ["clientSecret", "accessToken", "refreshToken"],
  methods: (f, label) => ({
    needsRefresh: () =>
      f["accessToken"] === "" ||
      (f["expiresAt"] !== "" && Date.parse(f["expiresAt"] as string) - Date.now() < REFRESH_MARGIN_MS),
    toHeaders: () => {
      if (f["accessToken"] === "") {
        throw new Error(`${label}: no access token yet; exchange the client credentials for one first`);
      }
      return redactSecrets({ Authorization: `Bearer ${f["accessToken"] as string}` }, ["Authorization"]);
    },
  }),
};

const KEY_MATERIAL: TypeSpec = {
  required: ["certData", "keyData"],
  defaults: { caData: "", passphrase: "" },
  secret: ["keyData", "passphrase"],
  methods: () => ({}),
};

const BUILTIN: { readonly [T in BuiltinTypeName]: TypeSpec } = {
  basic: {
    required: ["username", "password"],
    defaults: {},
    secret: ["password"],
    methods: (f) => ({
      toAuthHeader: () => `Basic ${Buffer.from(`${f["username"] as string}:${f["password"] as string}`, "utf8").toString("base64")}`,
    }),
  },
  api_key: {
    required: ["apiKey"],
    defaults: { headerName: "X-API-Key", prefix: "" },
    secret: ["apiKey"],
    methods: (f) => ({
      toHeaders: () => {
        const headerName = f["headerName"] as string;
        return redactSecrets({ [headerName]: `${f["prefix"] as string}${f["apiKey"] as string}` }, [headerName]);
      },
    }),
  },
  bearer_token: TOKEN,
  git_token: TOKEN,
  atlan_api_token: { ...TOKEN, required: [...TOKEN.required, "baseUrl"] },
  oauth_client: OAUTH,
  atlan_oauth_client: { ...OAUTH, required: [...OAUTH.required, "baseUrl"] },
  certificate: KEY_MATERIAL,
  git_ssh: KEY_MATERIAL,
};

function builtinSpec(credentialType: string): TypeSpec | undefined {
  return Object.hasOwn(BUILTIN, credentialType) ? BUILTIN[credentialType as BuiltinTypeName] : undefined;
}

/**
 * The secret field names of a built-in credential type (`["password"]` for `"basic"`); `undefined` for a custom
 * type, whose secret fields only its author knows.
 *
 * @example
 * secretFieldsOf("oauth_client");   // ["clientSecret", "accessToken", "refreshToken"]
 * secretFieldsOf("slack");          // undefined
 */
export function secretFieldsOf(credentialType: string): readonly string[] | undefined {
  const spec = builtinSpec(credentialType);
  return spec === undefined ? undefined : Object.freeze([...spec.secret]);
}

/**
 * Builds a resolved credential of a registered type. Built-in types get their methods (`toAuthHeader`,
 * `toHeaders`, `isExpired`, `needsRefresh`) and the defaults of their optional fields. The object is frozen and
 * prints each secret field as `"<redacted>"` through `String()`, template literals, `JSON.stringify` and
 * `util.inspect` / `console.log`, while the fields themselves stay plain strings for the code to use. (Copying the
 * fields out, as `{ ...cred }` or `Object.entries(cred)` do, copies the plain values: that copy is not redacted.)
 *
 * Throws a one-line `TypeError` naming `options.label` (or the type) and the field, never the value, when a field
 * is missing, is not a string, or is unknown to a built-in type. Custom types get no methods; their secret fields
 * are `options.secretFields`, else every string field.
 *
 * @example
 * const cred = createCredential("basic", { username: "svc-reporting", password: passwordFromVault });
 * cred.password;             // the plain string, for the driver
 * cred.toAuthHeader();       // "Basic <base64 of username:password>"
 * console.log(cred);         // { username: 'svc-reporting', password: '<redacted>' }
 * JSON.stringify(cred);      // {"username":"svc-reporting","password":"<redacted>"}
 */
export function createCredential<T extends CredentialTypeName>(
  credentialType: T,
  fields: CredentialFields<T>,
  options?: CreateCredentialOptions,
): CredentialTypes[T] {
  if (typeof credentialType !== "string" || !WIRE_NAME.test(credentialType)) {
    throw new TypeError(`createCredential: the credential type must be a lowercase wire name such as "api_key" (got ${kindOf(credentialType)})`);
  }
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new TypeError(`createCredential: options must be an object such as { label: "basic ref my-db" }`);
  }
  const label = typeof options?.label === "string" && options.label !== "" ? options.label : `${credentialType} credential`;
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) {
    throw new TypeError(`${label}: the fields must be an object (got ${kindOf(fields)})`);
  }
  const extraSecrets = checkFieldNames(options?.secretFields, label);
  const given = fields as Readonly<Record<string, unknown>>;
  const spec = builtinSpec(credentialType);

  if (spec === undefined) {
    for (const name of extraSecrets) {
      if (!Object.hasOwn(given, name)) throw new TypeError(`${label}: secret field "${name}" is missing`);
      if (typeof given[name] !== "string") {
        throw new TypeError(`${label}: secret field "${name}" must be a string (got ${kindOf(given[name])})`);
      }
    }
    const own = { ...given };
    const secret = options?.secretFields === undefined ? Object.keys(own).filter((key) => typeof own[key] === "string") : extraSecrets;
    return redactSecrets(own, secret) as unknown as CredentialTypes[T];
  }

  const known = [...spec.required, ...Object.keys(spec.defaults)];
  for (const name of Object.keys(given)) {
    if (!known.includes(name)) throw new TypeError(`${label}: unknown field "${name}" (known: ${known.join(", ")})`);
  }
  for (const name of extraSecrets) {
    if (!known.includes(name)) throw new TypeError(`${label}: secretFields names unknown field "${name}" (known: ${known.join(", ")})`);
  }
  const built: Record<string, unknown> = {};
  for (const name of spec.required) {
    if (!Object.hasOwn(given, name) || given[name] === undefined) throw new TypeError(`${label}: field "${name}" is missing`);
    built[name] = checkString(given[name], name, label);
  }
  for (const [name, fallback] of Object.entries(spec.defaults)) {
    const value = given[name];
    if (value === undefined) built[name] = typeof fallback === "string" ? fallback : Object.freeze([...fallback]);
    else if (Array.isArray(fallback)) built[name] = checkStrings(value, name, label);
    else built[name] = checkString(value, name, label);
  }
  if (typeof built["expiresAt"] === "string" && built["expiresAt"] !== "" && Number.isNaN(Date.parse(built["expiresAt"]))) {
    throw new TypeError(`${label}: field "expiresAt" must be an ISO-8601 date or "" (got a string that is not a date)`);
  }
  for (const [name, method] of Object.entries(spec.methods(built, label))) {
    Object.defineProperty(built, name, { value: method, enumerable: false });
  }
  return redactSecrets(built, [...new Set([...spec.secret, ...extraSecrets])]) as unknown as CredentialTypes[T];
}

/**
 * Makes an object print the named fields as `"<redacted>"` through `String()`, template literals,
 * `JSON.stringify` and `util.inspect` / `console.log`; the fields themselves keep their values. Returns the same
 * object, frozen. The printing hooks sit on a prototype inserted between the object and its own prototype
 * (`instanceof` and the class's methods still work), so `Object.keys`, spreading and `fetch`'s `Headers` see only
 * the data fields.
 *
 * Throws a one-line `TypeError` when the object is already frozen, sealed or not extensible, or when
 * `secretFields` is not an array of strings.
 *
 * @example
 * const row = redactSecrets({ user: "svc", dsn: connectionString }, ["dsn"]);
 * `${row}`;                  // {"user":"svc","dsn":"<redacted>"}
 * row.dsn;                   // the plain string
 */
export function redactSecrets<T extends object>(value: T, secretFields: readonly (keyof T & string)[]): T {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) {
    throw new TypeError(`redactSecrets: expected an object (got ${kindOf(value)})`);
  }
  const secrets = new Set(checkFieldNames(secretFields, "redactSecrets"));
  if (!Object.isExtensible(value)) {
    throw new TypeError("redactSecrets: the object is frozen, sealed or not extensible; call redactSecrets before freezing it");
  }
  const view = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const field = (value as Record<string, unknown>)[key];
      out[key] = secrets.has(key) && field !== undefined && field !== null ? REDACTED : field;
    }
    return out;
  };
  const print = (): string => {
    try {
      return JSON.stringify(view()) ?? "{}";
    } catch {
      // A cycle or a bigint among the non-secret fields: print the field names only.
      return `{${Object.keys(value).join(", ")}}`;
    }
  };
  // The hooks live on a prototype inserted above the object's own, not on the object: fetch's Headers, for one,
  // rejects an init object with an own symbol key, even a non-enumerable one.
  const hooks = Object.create(Object.getPrototypeOf(value) as object | null, {
    toJSON: { value: view },
    toString: { value: print },
    [INSPECT]: { value: view },
  }) as object;
  Object.setPrototypeOf(value, Object.freeze(hooks));
  return Object.freeze(value);
}

function checkFieldNames(names: unknown, label: string): readonly string[] {
  if (names === undefined) return [];
  if (!Array.isArray(names) || names.some((name) => typeof name !== "string")) {
    throw new TypeError(`${label}: secretFields must be an array of field names`);
  }
  return names as string[];
}

function checkString(value: unknown, name: string, label: string): string {
  if (typeof value !== "string") throw new TypeError(`${label}: field "${name}" must be a string (got ${kindOf(value)})`);
  return value;
}

function checkStrings(value: unknown, name: string, label: string): readonly string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw new TypeError(`${label}: field "${name}" must be an array of strings (got ${kindOf(value)})`);
  }
  return Object.freeze([...(value as string[])]);
}

/** What a bad argument is, without repeating it: it may be a secret. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value === "" ? "an empty string" : "a string";
  return `a value of type ${typeof value}`;
}
