/**
 * The credref model the flow engine runs with: sources (context calls and the Atlan client), credential type
 * annotations, which members of a credential are secret or safe, sanitizers, library steps and the secret brand.
 * The engine (`src/flow/`) knows none of these names; it receives them here.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { FlowModel } from "../flow/types.js";
import { holdsCredential } from "../secrets/credential-names.js";
import { NON_PROPAGATING_FUNCTIONS, isFullMask, sanitizerCheck } from "./barriers.js";
import { getCredrefImports } from "./credref-imports.js";
import {
  CONTEXT_SOURCE_METHODS,
  CREDENTIAL_TYPE_NAMES,
  REF_MEMBERS,
  SAFE_CREDENTIAL_MEMBERS,
  SECRET_FIELDS,
  SECRET_METHODS,
  SECRET_VALUE_TYPE_NAMES,
  SOURCE_WORDS,
} from "./credref-api.js";
import {
  ELEMENT_CALLBACK_METHODS,
  ELEMENT_KEEPING_FUNCTIONS,
  ELEMENT_KEEPING_METHODS,
  MAPPING_METHODS,
  PROPAGATING_CONSTRUCTORS,
  PROPAGATING_FUNCTIONS,
  PROPAGATING_METHODS,
  REDUCE_METHOD,
  SIZE_MEMBERS,
  THEN_METHOD,
} from "./flow-steps.js";
import { hasSecretBrandProperty, isSecretBrandSymbol } from "./secret-brand.js";
import { sourceCallOf } from "./sources.js";

/** What a flow rule adds to the built-in model (its options). */
export interface SecretModelOptions {
  /** Extra method names that return a credential, whatever their receiver. */
  readonly sourceCalls?: readonly string[];
  /** Extra function or method names whose result is safe. */
  readonly sanitizers?: readonly string[];
  /** Extra credential field names that are safe to show. */
  readonly safeFields?: readonly string[];
}

/** Wrapper types an annotation is opened through: `Promise<BasicCredential>`, `readonly Secret<string>[]`. */
const WRAPPER_TYPES: ReadonlySet<string> = new Set(["Promise", "PromiseLike", "Array", "ReadonlyArray", "Readonly"]);
/** How deep an annotation is opened (unions of arrays of promises...). */
const MAX_ANNOTATION_DEPTH = 6;

/**
 * The key under which trackers built from these options are shared: rules whose options give the same model
 * share one tracker per file.
 */
export function secretModelKey(options: SecretModelOptions): string {
  const list = (names: readonly string[] | undefined): string => [...(names ?? [])].sort().join("\u0000");
  return [list(options.sourceCalls), list(options.sanitizers), list(options.safeFields)].join("\u0001");
}

/**
 * The credref model for a rule's options.
 *
 * @example
 * const model = createSecretModel({ sanitizers: ["scrub"] });
 * model.memberOfWhole("password")   // "secret"
 */
export function createSecretModel(options: SecretModelOptions = {}): FlowModel {
  const sourceCalls = options.sourceCalls ?? [];
  const safeMembers = new Set([...SAFE_CREDENTIAL_MEMBERS, ...REF_MEMBERS, ...SIZE_MEMBERS, ...(options.safeFields ?? [])]);
  const isSanitizer = sanitizerCheck(options.sanitizers);
  return {
    sourceWords: [...SOURCE_WORDS, ...sourceCalls],
    sourceOf(call, sourceCode) {
      const source = sourceCallOf(call, { sourceCode } as Parameters<typeof sourceCallOf>[1], sourceCalls);
      if (!source) return undefined;
      const whole = source.method !== CONTEXT_SOURCE_METHODS.secret;
      const ref = whole ? call.arguments[0] : undefined;
      return { label: source.method, whole, ...(ref !== undefined && { ref }) };
    },
    annotationKind: (type, sourceCode) => credentialTypeKind(type, sourceCode, 0),
    isSafeMember: (name) => safeMembers.has(name),
    memberOfWhole(name) {
      if (safeMembers.has(name)) return "safe";
      return SECRET_FIELDS.has(name) || SECRET_METHODS.has(name) || holdsCredential(name) ? "secret" : "unknown";
    },
    isSecretMethod: (name) => SECRET_METHODS.has(name),
    isSanitizer,
    nonPropagatingFunctions: NON_PROPAGATING_FUNCTIONS,
    isFullMask,
    steps: {
      propagatingMethods: PROPAGATING_METHODS,
      elementKeepingMethods: ELEMENT_KEEPING_METHODS,
      elementCallbackMethods: ELEMENT_CALLBACK_METHODS,
      mappingMethods: MAPPING_METHODS,
      propagatingFunctions: PROPAGATING_FUNCTIONS,
      elementKeepingFunctions: ELEMENT_KEEPING_FUNCTIONS,
      propagatingConstructors: PROPAGATING_CONSTRUCTORS,
      thenMethod: THEN_METHOD,
      reduceMethod: REDUCE_METHOD,
    },
    brand: { has: hasSecretBrandProperty, isBrandSymbol: isSecretBrandSymbol },
  };
}

/** Whether a type annotation names a credential type of `@credref/types` (in an array, union, Promise...). */
function credentialTypeKind(type: TSESTree.TypeNode, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): { name: string; whole: boolean } | undefined {
  if (depth > MAX_ANNOTATION_DEPTH) return undefined;
  switch (type.type) {
    case AST_NODE_TYPES.TSUnionType:
    case AST_NODE_TYPES.TSIntersectionType:
      for (const member of type.types) {
        const kind = credentialTypeKind(member, sourceCode, depth + 1);
        if (kind) return kind;
      }
      return undefined;
    case AST_NODE_TYPES.TSArrayType:
      return credentialTypeKind(type.elementType, sourceCode, depth + 1);
    case AST_NODE_TYPES.TSTypeOperator:
      return type.typeAnnotation ? credentialTypeKind(type.typeAnnotation, sourceCode, depth + 1) : undefined;
    case AST_NODE_TYPES.TSTypeReference: {
      const typeName = type.typeName;
      const imports = getCredrefImports(sourceCode);
      let exported: string | undefined;
      if (typeName.type === AST_NODE_TYPES.Identifier) exported = imports.byLocal.get(typeName.name);
      else if (typeName.type === AST_NODE_TYPES.TSQualifiedName && typeName.left.type === AST_NODE_TYPES.Identifier) {
        exported = imports.namespaces.has(typeName.left.name) ? typeName.right.name : undefined;
      }
      if (exported !== undefined && CREDENTIAL_TYPE_NAMES.has(exported)) return { name: exported, whole: true };
      if (exported !== undefined && SECRET_VALUE_TYPE_NAMES.has(exported)) return { name: exported, whole: false };
      const wrapper = typeName.type === AST_NODE_TYPES.Identifier ? typeName.name : undefined;
      if (wrapper !== undefined && WRAPPER_TYPES.has(wrapper)) {
        const argument = type.typeArguments?.params[0];
        return argument ? credentialTypeKind(argument, sourceCode, depth + 1) : undefined;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
