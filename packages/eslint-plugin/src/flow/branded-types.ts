/**
 * With type information: an expression whose type carries the secret brand (a branded string, a credential, an
 * object with a branded field, an array or promise of one) holds a secret, whatever the syntax shows.
 */
import { createRequire } from "node:module";
import type { TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import { describeExpression, describeTypeText } from "../ast/describe.js";
import type { Env } from "./memo.js";
import type { Engine, SecretOrigin } from "./types.js";

let typeFlags: { AnyOrUnknown: number; StringLike: number; Object: number; Union: number; Intersection: number } | undefined;
/**
 * The `ts.TypeFlags` this file tests, read from TypeScript when a checker is there (so the plugin still loads without
 * it). Not spelled out as numbers: TypeScript 6.0 renumbered them, and 5.x values read as 6.0's missed every branded
 * intersection (`Secret<string>`).
 */
function flags(): NonNullable<typeof typeFlags> {
  if (typeFlags === undefined) {
    const { TypeFlags } = createRequire(import.meta.url)("typescript") as typeof ts;
    typeFlags = {
      AnyOrUnknown: TypeFlags.Any | TypeFlags.Unknown,
      StringLike: TypeFlags.StringLike,
      Object: TypeFlags.Object,
      Union: TypeFlags.Union,
      Intersection: TypeFlags.Intersection,
    };
  }
  return typeFlags;
}
/** Objects with more fields than this are checked on their first fields only (large library types). */
const MAX_FIELDS_CHECKED = 32;
/** How deep a type is opened: unions, arrays and promises, and two levels of object fields. */
const MAX_TYPE_DEPTH = 4;
const SYMBOL_METHOD = 8192;

/** The secret `node` holds by its type, when the walk may ask the checker. Cached per node. */
export function typedOrigin(engine: Engine, node: TSESTree.Node, env: Env): SecretOrigin | undefined {
  const { checker, tsNodeOf } = engine;
  if (!checker || !tsNodeOf || env.typesOff) return undefined;
  const cached = engine.typeCache.get(node);
  if (cached !== undefined) return cached ?? undefined;
  let origin: SecretOrigin | undefined;
  const tsNode = tsNodeOf.get(node);
  if (tsNode) {
    const brand = brandedType(engine, checker.getTypeAtLocation(tsNode), 0);
    if (brand) {
      origin = {
        what: describeExpression(node, engine.sourceCode),
        from: `typed \`${describeTypeText(checker.typeToString(brand.type))}\``,
        node,
        whole: brand.whole,
      };
    }
  }
  engine.typeCache.set(node, origin ?? null);
  return origin;
}

function isStringLike(type: ts.Type): boolean {
  const { StringLike, Intersection } = flags();
  if ((type.flags & StringLike) !== 0) return true;
  return (type.flags & Intersection) !== 0 && (type as ts.IntersectionType).types.some(isStringLike);
}

/**
 * The branded part of `type`, if any: a branded string (`whole: false`), or an object that carries the brand with
 * no fields (`SecretHeaders`) or has a field that is secret (`BasicCredential`, `{ user, password: Secret }`), which
 * is `whole`: its fields decide. An object keeps the brand through `Omit<>` and rest destructuring, so the brand
 * alone does not make `{ expiresAt }` secret.
 */
export function brandedType(engine: Engine, type: ts.Type, depth: number): { type: ts.Type; whole: boolean } | undefined {
  if (depth > MAX_TYPE_DEPTH || (type.flags & flags().AnyOrUnknown) !== 0) return undefined;
  // Cached per type and depth: the answer depends on both (a type met below the depth bound is opened less than the
  // same type asked about at the top), and on nothing else, so the order of questions never changes it. Every step
  // goes one level deeper, so a recursive type ends at the bound without an in-progress guard, and each type is
  // opened at most once per depth.
  let byDepth = engine.brandCache.get(type);
  if (!byDepth) engine.brandCache.set(type, (byDepth = []));
  const cached = byDepth[depth];
  if (cached !== undefined) return cached ?? undefined;
  const found = brandedTypeUncached(engine, type, depth);
  byDepth[depth] = found ?? null;
  return found;
}

function brandedTypeUncached(engine: Engine, type: ts.Type, depth: number): { type: ts.Type; whole: boolean } | undefined {
  const checker = engine.checker!;
  const brand = engine.model.brand;
  const { Union, Object: ObjectFlag, Intersection } = flags();
  if ((type.flags & Union) !== 0) {
    for (const member of (type as ts.UnionType).types) {
      const found = brandedType(engine, member, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  // Only an intersection (`string & { [SecretBrand]: … }`) carries the brand: a plain string type is not opened (its
  // properties are all of `String`'s methods).
  if (isStringLike(type)) return (type.flags & Intersection) !== 0 && brand.has(type) ? { type, whole: false } : undefined;
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    for (const element of checker.getTypeArguments(type as ts.TypeReference)) {
      const found = brandedType(engine, element, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const awaited = checker.getAwaitedType(type);
  if (awaited && awaited !== type) return brandedType(engine, awaited, depth + 1);
  if ((type.flags & (ObjectFlag | Intersection)) === 0) return undefined;
  const properties = type.getProperties();
  const fields = properties.filter((symbol) => !brand.isBrandSymbol(symbol) && (symbol.flags & SYMBOL_METHOD) === 0).slice(0, MAX_FIELDS_CHECKED);
  if (fields.length === 0) return properties.length > 0 && brand.has(type) ? { type, whole: true } : undefined;
  if (depth >= 2) return undefined;
  return fields.some((symbol) => brandedType(engine, checker.getTypeOfSymbol(symbol), depth + 1) !== undefined) ? { type, whole: true } : undefined;
}
