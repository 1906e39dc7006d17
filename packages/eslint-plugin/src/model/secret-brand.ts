import type * as ts from "typescript";

/**
 * How the checker names the `@credref/types` secret brand: the property keyed by `declare const SecretBrand: unique
 * symbol` shows up as `__@SecretBrand@<id>`, with an id that changes per program.
 */
export const SECRET_BRAND_PREFIX = "__@SecretBrand";

/** Whether a type's own properties include the secret brand (`Secret<string>`, a resolved credential). */
export function hasSecretBrandProperty(type: ts.Type): boolean {
  return type.getProperties().some((symbol) => isSecretBrandSymbol(symbol));
}

/** Whether a property is the brand itself rather than a field of the credential. */
export function isSecretBrandSymbol(symbol: ts.Symbol): boolean {
  return String(symbol.escapedName).startsWith(SECRET_BRAND_PREFIX);
}

/** Whether a type carries the brand, on itself or on a member of a union or intersection. */
export function carriesSecretBrand(type: ts.Type, depth = 0): boolean {
  if (depth > 4) return false;
  if (hasSecretBrandProperty(type)) return true;
  return type.isUnionOrIntersection() && type.types.some((member) => carriesSecretBrand(member, depth + 1));
}
