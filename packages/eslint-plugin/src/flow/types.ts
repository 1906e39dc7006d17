/**
 * The flow engine's vocabulary: what a secret expression is (`SecretOrigin`), what the engine is told about the
 * world (`FlowModel`: sources, annotations, members, sanitizers, library steps), and the state a walk carries.
 * Nothing here names `@credref/types`: the model is built in `src/model/secret-model.ts`.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import type { FunctionNode } from "../ast/nodes.js";
import type { Memo, Env } from "./memo.js";

/** What a secret expression is and where its secret came from. Never holds the secret itself. */
export interface SecretOrigin {
  /** The expression as written, shortened (identifiers and property names only), e.g. `cred.password`. */
  readonly what: string;
  /** Where the secret came from, for messages: "from resolveCredential at line 12", "typed `Secret<string>`". */
  readonly from: string;
  /** The node `what` describes: the secret leaf inside the expression that was asked about. */
  readonly node: TSESTree.Node;
  /**
   * A whole credential (or client, or an array of them) rather than a secret value: its fields decide what is
   * secret (`cred.password` is, `cred.username` is not).
   */
  readonly whole: boolean;
  /** The ref expression a credential was resolved from (`input.credential`), when the source call names one. */
  readonly refText?: string;
}

/** What a rule can add to the built-in model. */
export interface SecretFlowOptions {
  /** Extra method names that return a credential, whatever their receiver (an in-house `fetchCredential`). */
  readonly sourceCalls?: readonly string[];
  /** Extra function or method names whose result is safe (masking, hashing helpers). Matched case-insensitively. */
  readonly sanitizers?: readonly string[];
  /** Extra credential field names that are safe to show. */
  readonly safeFields?: readonly string[];
}

/** A call the model knows hands out a secret. */
export interface SourceMatch {
  /** How the message names the source: the method as called (`resolveCredential`). */
  readonly label: string;
  /** Whether it returns a whole credential (its fields decide) rather than one secret value. */
  readonly whole: boolean;
  /** The argument naming what is resolved (a ref), quoted back in suggestions when it is a plain chain of names. */
  readonly ref?: TSESTree.Node;
}

/** What a member of a value is, as far as the model knows without types. */
export type MemberVerdict = "safe" | "secret" | "unknown";

/** What the engine is told about secrets: everything product-specific, so the engine knows no product names. */
export interface FlowModel {
  /** Words one of which a file must spell to hold a secret without type information (source names, the module). */
  readonly sourceWords: readonly string[];
  /** The source a call is, if any. */
  sourceOf(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): SourceMatch | undefined;
  /** The secret type a type annotation names (`BasicCredential`, `Secret<string>[]`), if any. */
  annotationKind(type: TSESTree.TypeNode, sourceCode: Readonly<TSESLint.SourceCode>): { name: string; whole: boolean } | undefined;
  /** A member that is safe whatever it is read on (`username`, `length`, options' safe fields). */
  isSafeMember(name: string): boolean;
  /** Reading member `name` of a whole credential: secret (`password`), safe, or unknown (its type decides). */
  memberOfWhole(name: string): MemberVerdict;
  /** Methods of a whole credential whose result is secret (`toAuthHeader`). */
  isSecretMethod(name: string): boolean;
  /** Whether a call named so makes its result safe (masking, hashing, and the options' sanitizers). */
  isSanitizer(name: string): boolean;
  /** Functions whose result keeps nothing of their argument (`Boolean`, `Number`). */
  readonly nonPropagatingFunctions: ReadonlySet<string>;
  /** A `replace` call that masks every character. */
  isFullMask(call: TSESTree.CallExpression): boolean;
  /** Library steps: which methods, functions and constructors carry a value through. */
  readonly steps: FlowSteps;
  /** How the checker shows the secret brand. */
  readonly brand: {
    has(type: ts.Type): boolean;
    isBrandSymbol(symbol: ts.Symbol): boolean;
  };
}

/** The propagation tables of `src/model/flow-steps.ts`, as the engine uses them. */
export interface FlowSteps {
  readonly propagatingMethods: ReadonlySet<string>;
  readonly elementKeepingMethods: ReadonlySet<string>;
  readonly elementCallbackMethods: ReadonlySet<string>;
  readonly mappingMethods: ReadonlySet<string>;
  readonly propagatingFunctions: ReadonlySet<string>;
  readonly elementKeepingFunctions: ReadonlySet<string>;
  readonly propagatingConstructors: ReadonlySet<string>;
  readonly thenMethod: string;
  readonly reduceMethod: string;
}

/** One file's engine: the source, the model, type information when there is some, and the caches of a walk. */
export interface Engine {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly model: FlowModel;
  readonly checker: ts.TypeChecker | undefined;
  readonly program: ts.Program | undefined;
  readonly tsNodeOf: ReadonlyMap<TSESTree.Node, ts.Node> | undefined;
  readonly memo: Memo;
  /** The walk with types on and no helper inlined: where every question starts. */
  readonly root: Env;
  readonly classFields: WeakMap<TSESTree.ClassBody, Map<string, TSESTree.Node[]>>;
  readonly typeCache: WeakMap<TSESTree.Node, SecretOrigin | null>;
  /**
   * Per type, the branded part found when the type is opened at each depth (index = depth; `null`: none). An answer
   * is a function of the type and the depth alone, so what was asked before never changes it.
   */
  readonly brandCache: Map<ts.Type, ({ type: ts.Type; whole: boolean } | null | undefined)[]>;
}

/** A step of a destructuring pattern, from the value down to the bound name. */
export type PathStep = { kind: "key"; name: string | undefined } | { kind: "element" } | { kind: "rest"; excluded: readonly (string | undefined)[] };

/** A function declared in the file that the walk may inline. */
export type Helper = FunctionNode;
