/**
 * Declarations annotated with a secret type: `cred: BasicCredential`, `key: Secret<string>[]`, a class field
 * `private readonly client: AsyncAtlanClient`. The model says which type names are secret.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { describeExpression } from "../ast/describe.js";
import type { Engine, SecretOrigin } from "./types.js";

/** The type annotation of a declared name, parameter property or class field, if it has one. */
export function annotationOf(node: TSESTree.Node): TSESTree.TypeNode | undefined {
  let current: TSESTree.Node = node;
  if (current.type === AST_NODE_TYPES.TSParameterProperty) current = current.parameter;
  if (current.type === AST_NODE_TYPES.AssignmentPattern) current = current.left;
  if ((current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.PropertyDefinition) && current.typeAnnotation) {
    return current.typeAnnotation.typeAnnotation;
  }
  return undefined;
}

/** The secret a declaration holds because of its annotation. */
export function annotationOrigin(engine: Engine, type: TSESTree.TypeNode | undefined, declared: TSESTree.Node): SecretOrigin | undefined {
  if (!type) return undefined;
  const kind = engine.model.annotationKind(type, engine.sourceCode);
  if (!kind) return undefined;
  return {
    what: describeExpression(declared.type === AST_NODE_TYPES.PropertyDefinition ? declared.key : declared, engine.sourceCode),
    from: `declared as ${kind.name} at line ${declared.loc.start.line}`,
    node: declared,
    whole: kind.whole,
  };
}
