/*
 * Provided credentials: checked when the test provides them, built with `createCredential` of `@credref/types`
 * (so they print redacted) each time a task resolves them, and registered with the leak check.
 */
import {
  createCredential,
  secretFieldsOf,
  type CredentialFields,
  type CredentialRef,
  type CredentialTypeName,
  type CredentialTypes,
} from "@credref/types";
import { MIN_SECRET_LENGTH, type SecretCatalog } from "./secrets.js";

/**
 * Options of `provide`.
 *
 * @example
 * runtime.provide(credentialRef("slack", "bot"), { botToken, workspace: "acme" }, { secretFields: ["botToken"] });
 */
export interface ProvideOptions {
  /**
   * The secret fields of a custom credential type (default: every string field). For a built-in type, fields
   * named here are checked for leaks on top of the type's own secret fields.
   */
  readonly secretFields?: readonly string[];
}

/** One provided credential, ready to be built again for every `resolveCredential`. */
export interface ProvidedCredential {
  readonly name: string;
  readonly credentialType: string;
  readonly storeName: string;
  /** `ref 'name' (type, store default)`: what messages call it. */
  readonly label: string;
  build(): object;
}

/** How messages name a ref: `ref 'warehouse-db' (basic, store default)`. */
export function refLabel(ref: { readonly name: string; readonly credentialType: string; readonly storeName: string }): string {
  return `ref '${ref.name}' (${ref.credentialType}, store ${ref.storeName})`;
}

/** The lookup key of a ref: store and name, as the framework looks credentials up. */
export function refKey(ref: { readonly name: string; readonly storeName: string }): string {
  return `${ref.storeName}\u0000${ref.name}`;
}

/** Whether `value` has the shape of a ref made by a ref factory. */
export function isRef(value: unknown): value is CredentialRef {
  if (typeof value !== "object" || value === null) return false;
  const ref = value as Record<string, unknown>;
  return typeof ref["name"] === "string" && typeof ref["credentialType"] === "string" && typeof ref["storeName"] === "string";
}

/**
 * Checks and registers a credential the test provides. Field errors come from `createCredential` and name the ref
 * and the field; a secret field too short to search for safely is refused here.
 */
export function prepareCredential<Type extends CredentialTypeName>(
  ref: CredentialRef<Type>,
  fields: CredentialFields<Type>,
  options: ProvideOptions | undefined,
  catalog: SecretCatalog,
): ProvidedCredential {
  if (!isRef(ref)) {
    throw new TypeError("provide: the first argument must be a ref from a ref factory such as basicRef(\"name\")");
  }
  const label = refLabel(ref);
  const createOptions = { label: `provide: ${label}`, ...(options?.secretFields !== undefined ? { secretFields: options.secretFields } : {}) };
  const build = (): CredentialTypes[Type] => createCredential(ref.credentialType, fields, createOptions);
  const sample = build() as unknown as Readonly<Record<string, unknown>>;

  const secretFields = [
    ...new Set([
      ...(secretFieldsOf(ref.credentialType) ?? (options?.secretFields === undefined ? Object.keys(sample).filter((key) => typeof sample[key] === "string") : [])),
      ...(options?.secretFields ?? []),
    ]),
  ];
  for (const field of secretFields) {
    const value = sample[field];
    if (typeof value !== "string" || value === "") continue;
    if (value.length < MIN_SECRET_LENGTH) {
      throw new TypeError(
        `provide: ${label}: secret field "${field}" has ${value.length} characters; give a test value of at least ${MIN_SECRET_LENGTH} so the leak check cannot mistake ordinary text for it`,
      );
    }
  }
  const owner = `credential\u0000${refKey(ref)}`;
  catalog.removeOwner(owner);
  for (const field of secretFields) {
    const value = sample[field];
    if (typeof value !== "string") continue;
    const user = ref.credentialType === "basic" && field === "password" ? (sample["username"] as string) : undefined;
    catalog.add(owner, ref.name, field, value, user);
  }
  return { name: ref.name, credentialType: ref.credentialType, storeName: ref.storeName, label, build };
}
