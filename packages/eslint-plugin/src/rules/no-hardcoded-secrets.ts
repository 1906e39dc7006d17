import { AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { jwtAlgorithm, jwtSignedWithOneOf } from "../secrets/jwt.js";
import { findConnectionCredentials } from "../secrets/connection-strings.js";
import { createRule } from "../util/create-rule.js";
import { carriesSecretBrand } from "../model/secret-brand.js";
import { matchesAnyGlob } from "../util/file-globs.js";
import { isNonSecretValue } from "../secrets/placeholders.js";
import { parseCredentialName } from "../secrets/credential-names.js";
import { credentialBindingOfName, credentialObjectUserField, credentialParameterOf, receivingNameOf, valuePosition } from "../secrets/secret-bindings.js";
import { commentText, isStringLiteral, staticTextOf, type StringNode } from "../ast/static-text.js";
import type { TokenMatch } from "../secrets/token-patterns.js";
import { compileOptions, DEFAULT_OPTIONS, OPTIONS_SCHEMA, type Options } from "./no-hardcoded-secrets-utils/options.js";
import {
  DESCRIPTION_BY_ROLE,
  describeConnection,
  findSecretInText,
  isFirebaseWebConfigKey,
  isPublicSearchKey,
  isSecretValue,
  isStructuralString,
  realTokens,
} from "./no-hardcoded-secrets-utils/detectors.js";
import { connectionNameHint, createSuggester, type SuggestionMessageId } from "./no-hardcoded-secrets-utils/suggestions.js";

export type { Options, RuleOptions } from "./no-hardcoded-secrets-utils/options.js";

/** Message ids of `no-hardcoded-secrets`: findings, then suggestions. */
export type MessageIds =
  | "knownToken"
  | "connectionCredential"
  | "namedLiteral"
  | "credentialObject"
  | "credentialArgument"
  | "secretInText"
  | SuggestionMessageId;

export default createRule<Options, MessageIds>({
  name: "no-hardcoded-secrets",
  meta: {
    type: "problem",
    docs: {
      description:
        "disallow secrets written into code: known token formats, private keys, credentials in URLs, and literals bound to credential-shaped names",
      recommended: "recommended",
      // Test files get the full check too: fixtures are where real credentials get pasted "just for now".
      strictOptions: [{ checkTestFiles: true }],
      requiresTypeChecking: false,
    },
    hasSuggestions: true,
    schema: OPTIONS_SCHEMA,
    defaultOptions: DEFAULT_OPTIONS,
    messages: {
      knownToken: "Hard-coded {{label}}. Keep it in the secret store and read it through a credential ref.",
      connectionCredential:
        "Credentials are hard-coded in {{where}}. Build the URL from a resolved credential (a basicRef on the task's Input) instead.",
      namedLiteral:
        "Hard-coded {{what}} in `{{name}}`. Declare a credential ref on the task's Input and resolve it, or read it with getSecret().",
      credentialObject:
        "Hard-coded secret in `{{field}}` of an object shaped like a credential (beside `{{userField}}`). Resolve a credential ref instead.",
      credentialArgument:
        "Hard-coded {{what}} passed as {{target}}. Resolve a credential ref or read it with getSecret() instead.",
      secretInText:
        "Hard-coded {{what}} for `{{key}}` written in {{where}}. Keep it in the secret store and read it through a credential ref.",
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids -- built in no-hardcoded-secrets-utils/suggestions.ts
      suggestInputRef:
        'Declare `{{field}} = {{factory}}("{{secretName}}")` on `{{inputClass}}` and resolve it here.',
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids -- built in no-hardcoded-secrets-utils/suggestions.ts
      suggestGetSecret: 'Read it with `await this.context.getSecret("{{secretName}}")`.',
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids -- built in no-hardcoded-secrets-utils/suggestions.ts
      suggestEnv: "Read it from `process.env.{{envName}}`.",
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids -- built in no-hardcoded-secrets-utils/suggestions.ts
      suggestImportMetaEnv: "Read it from `import.meta.env.{{envName}}`.",
    },
  },
  create(context, [rawOptions]) {
    const options = compileOptions(rawOptions);
    const sourceCode = context.sourceCode;
    const relativePath = context.filename.startsWith(context.cwd)
      ? context.filename.slice(context.cwd.length + 1)
      : context.filename;
    const inTestFile = matchesAnyGlob(relativePath, options.testFiles);
    const checkBindings = options.checkTestFiles || !inTestFile;
    // Test files exercise URL handling with credentials on documentation hosts (`example.com`, `*.test`).
    const connectionOptions = { reservedHostsAreExamples: inTestFile };
    const services = sourceCode.parserServices;
    const program = services?.program ?? undefined;

    const isIgnoredValue = (text: string): boolean => options.ignoredValues.some((re) => re.test(text));
    const isIgnoredName = (name: string): boolean => options.ignoredNames.some((re) => re.test(name));

    const suggestionsFor = createSuggester(context);
    const credentialLike = (name: string | undefined): boolean => name !== undefined && parseCredentialName(name) !== undefined;

    /**
     * With type information, a call argument is worth a signature lookup when the call passes several
     * arguments (`connect(user, password)`) or its callee speaks of credentials (`setPassword(x)`).
     */
    function worthResolvingCall(position: TSESTree.Node): boolean {
      const call = position.parent;
      if (!program || (call?.type !== AST_NODE_TYPES.CallExpression && call?.type !== AST_NODE_TYPES.NewExpression)) return false;
      if (!call.arguments.includes(position as TSESTree.CallExpressionArgument)) return false;
      return call.arguments.length >= 2 || /pass|secret|token|key|auth|cred|login|sign|connect|client/i.test(sourceCode.getText(call.callee));
    }

    /**
     * The declared parameter name at `index` of the signature the checker resolves for a call. The callee's own
     * signatures are read first (its type, no overload resolution): when they all name the parameter at `index`
     * alike, or none of them names a credential there, the resolved one cannot differ in what matters, and resolving
     * it (inferring type arguments, checking every argument against every overload) is skipped. Only overloads that
     * disagree on a credential-shaped name there are resolved. `undefined` when no credential-shaped name can be there.
     */
    function typedParameterName(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): string | undefined {
      const tsCall = services?.esTreeNodeToTSNodeMap?.get(call);
      if (!program || !tsCall) return undefined;
      const checker = program.getTypeChecker();
      const nameAt = (signature: import("typescript").Signature): string | undefined => {
        const parameters = signature.getParameters();
        // A rest parameter (`...args`) is named like any other, as the resolved signature names it.
        return index < parameters.length ? parameters[index]!.getName() : undefined;
      };
      const calleeType = checker.getNonNullableType(checker.getTypeAtLocation(tsCall.expression));
      const constructs = call.type === AST_NODE_TYPES.NewExpression || call.callee.type === AST_NODE_TYPES.Super;
      const names = (constructs ? calleeType.getConstructSignatures() : calleeType.getCallSignatures()).map(nameAt);
      // No signature (`any`, an untyped library, a value that is not callable): the call resolves to one with no
      // parameters.
      if (names.length === 0) return undefined;
      // One name at `index` in every signature: the resolved one has it too.
      if (names.every((name) => name === names[0])) return names[0];
      if (!names.some(credentialLike)) return undefined;
      const resolved = checker.getResolvedSignature(tsCall);
      return resolved && nameAt(resolved);
    }

    /**
     * A literal cast to a secret type: `"..." as Secret<string>`. Without type information the type
     * is recognised by name; with it, by the `@credref/types` brand (so aliases count too).
     */
    function castToSecret(node: StringNode): boolean {
      for (let current: TSESTree.Node = node; current.parent; current = current.parent) {
        const cast = current.parent;
        if (cast.type !== AST_NODE_TYPES.TSAsExpression && cast.type !== AST_NODE_TYPES.TSTypeAssertion) {
          if (cast.type === AST_NODE_TYPES.TSNonNullExpression || cast.type === AST_NODE_TYPES.TSSatisfiesExpression) continue;
          return false;
        }
        const type = cast.typeAnnotation;
        if (type.type === AST_NODE_TYPES.TSTypeReference) {
          const name = type.typeName.type === AST_NODE_TYPES.Identifier ? type.typeName.name : type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right.name : "";
          if (name === "Secret") return true;
        }
        if (program && services?.esTreeNodeToTSNodeMap) {
          const tsType = services.esTreeNodeToTSNodeMap.get(type) as import("typescript").TypeNode | undefined;
          if (tsType && carriesSecretBrand(program.getTypeChecker().getTypeFromTypeNode(tsType))) return true;
        }
      }
      return false;
    }

    /** String values of the file (lazily, once): the keys a JWT of the file may be signed with. */
    let fileStrings: string[] | undefined;
    function stringsOfFile(): string[] {
      fileStrings ??= sourceCode.ast.tokens
        .filter((token) => token.type === AST_TOKEN_TYPES.String || token.type === AST_TOKEN_TYPES.Template)
        .map((token) => token.value.slice(1, token.type === AST_TOKEN_TYPES.Template && token.value.endsWith("${") ? -2 : -1))
        .filter((value) => value.length > 0 && value.length <= 1024);
      return fileStrings;
    }

    /** A JWT signed with a key written in this file is a test vector, not a leaked token. */
    function isLocallySignedJwt(text: string, token: TokenMatch): boolean {
      const value = text.slice(token.index, token.index + token.length);
      return jwtAlgorithm(value) !== undefined && jwtSignedWithOneOf(value, stringsOfFile());
    }

    function checkString(node: StringNode): void {
      const { text, dynamic } = staticTextOf(node);
      if (text.length < 4 || isStructuralString(node) || isIgnoredValue(text)) return;
      const position = valuePosition(node);
      const receivingName = receivingNameOf(position);
      const binding = credentialBindingOfName(receivingName);
      const receiving = receivingName?.name;

      // 1. Known token formats, anywhere. The receiving name is context for formats gated by a keyword.
      const token = realTokens(text, options.patterns, receiving);
      if (token && (isLocallySignedJwt(text, token) || isFirebaseWebConfigKey(position, token))) return;
      if (token) {
        context.report({
          node,
          messageId: "knownToken",
          data: { label: token.pattern.label },
          suggest: suggestionsFor(node, binding?.credential.name ?? token.pattern.id, binding?.credential),
        });
        return;
      }
      if (!checkBindings) return;

      // 2. Credentials in URLs and connection strings.
      const connection = findConnectionCredentials(text, connectionOptions)[0];
      if (connection) {
        context.report({
          node,
          messageId: "connectionCredential",
          data: { where: describeConnection(connection) },
          // The variable is named after what receives the URL: `redisUrl` -> `REDIS_URL`, not one shared name.
          suggest: suggestionsFor(node, connectionNameHint(receiving, connection.scheme)),
        });
        return;
      }

      // 3. Literals bound to credential-shaped names.
      if (binding && !isIgnoredName(binding.credential.name)) {
        if (binding.credential.role === "connection_string") return; // only a URL with credentials counts (2.)
        if (isPublicSearchKey(position)) return;
        if (!dynamic && isSecretValue(text, binding.credential)) {
          context.report({
            node,
            messageId: "namedLiteral",
            data: { what: DESCRIPTION_BY_ROLE[binding.credential.role], name: binding.credential.name },
            suggest: suggestionsFor(node, binding.credential.name, binding.credential),
          });
          return;
        }
      }

      // 4. Secrets the text itself assigns: `SNYK_TOKEN=...`, `password: ...`, `curl -u user:pass`.
      const inText = findSecretInText(text);
      if (inText && !isIgnoredName(inText.key)) {
        context.report({
          node,
          messageId: "secretInText",
          data: { what: DESCRIPTION_BY_ROLE[inText.credential.role], key: inText.key, where: node.type === AST_NODE_TYPES.TemplateLiteral ? "a template" : "a string" },
        });
        return;
      }
      if (binding || dynamic) return;

      // 5. Objects shaped like a credential, arguments of credential-shaped parameters, casts to Secret.
      // The structural checks are cheap and rule most literals out before any value check.
      const shaped = credentialObjectUserField(position);
      let parameter = shaped ? undefined : credentialParameterOf(position, sourceCode);
      const cast = shaped || parameter ? false : position !== node && castToSecret(node);
      const typedCandidate = !shaped && !parameter && !cast && worthResolvingCall(position);
      if (!shaped && !parameter && !cast && !typedCandidate) return;
      if (isNonSecretValue(text, { unambiguous: true, humanChosen: true })) return;
      // Only now ask the checker for the signature: after the cheap checks have kept a plausible secret.
      if (typedCandidate) parameter = credentialParameterOf(position, sourceCode, typedParameterName);
      if (!shaped && !parameter && !cast) return;
      if (shaped) {
        if (!isIgnoredName(shaped.field)) {
          context.report({ node, messageId: "credentialObject", data: shaped, suggest: suggestionsFor(node, shaped.field) });
        }
      } else if (parameter) {
        if (!isIgnoredName(parameter.parameter) && isSecretValue(text, parameter.credential)) {
          context.report({
            node,
            messageId: "credentialArgument",
            data: {
              what: DESCRIPTION_BY_ROLE[parameter.credential.role],
              target: `parameter \`${parameter.parameter}\` of \`${parameter.callee}\``,
            },
            suggest: suggestionsFor(node, parameter.parameter, parameter.credential),
          });
        }
      } else {
        context.report({
          node,
          messageId: "credentialArgument",
          data: { what: "secret literal", target: "a `Secret` of @credref/types" },
          suggest: suggestionsFor(node, "secret"),
        });
      }
    }

    /**
     * Comments as blocks of text: a block comment alone, and consecutive `//` line comments (one per line)
     * joined by newlines, so a private key or a config pasted as line comments reads as one text.
     */
    function commentBlocks(): { text: string; at: (index: number) => number }[] {
      const blocks: { text: string; at: (index: number) => number }[] = [];
      let run: TSESTree.Comment[] = [];
      const flush = (): void => {
        if (run.length === 0) return;
        const parts = run.map(commentText);
        const starts: number[] = [];
        let text = "";
        for (const part of parts) {
          starts.push(text.length);
          text += `${part.text}\n`;
        }
        blocks.push({
          text,
          at: (index) => {
            let i = starts.length - 1;
            while (i > 0 && starts[i]! > index) i--;
            return parts[i]!.offset + Math.min(index - starts[i]!, parts[i]!.text.length);
          },
        });
        run = [];
      };
      for (const comment of sourceCode.getAllComments()) {
        const previous = run[run.length - 1];
        const joins =
          comment.type === AST_TOKEN_TYPES.Line &&
          previous !== undefined &&
          comment.loc.start.line === previous.loc.end.line + 1 &&
          sourceCode.text.slice(previous.range[1], comment.range[0]).trim() === "";
        if (!joins) flush();
        if (comment.type === AST_TOKEN_TYPES.Line) run.push(comment);
        else {
          const { text, offset } = commentText(comment);
          blocks.push({ text, at: (index) => offset + index });
        }
      }
      flush();
      return blocks;
    }

    function checkComment(block: { text: string; at: (index: number) => number }): void {
      const { text } = block;
      // Directives and inline source maps (base64 of whole files) are not prose anyone writes secrets into.
      if (text.length < 8 || /^\s*eslint[- ]|^[#@] sourceMappingURL=/.test(text)) return;
      const token = realTokens(text, options.patterns);
      const connection = token || !checkBindings ? undefined : findConnectionCredentials(text, connectionOptions)[0];
      const inText = token || connection || !checkBindings ? undefined : findSecretInText(text);
      const found = token ?? connection ?? inText;
      if (!found) return;
      const loc = {
        start: sourceCode.getLocFromIndex(block.at(found.index)),
        end: sourceCode.getLocFromIndex(block.at(found.index + found.length)),
      };
      if (token) context.report({ loc, messageId: "knownToken", data: { label: token.pattern.label } });
      else if (connection) context.report({ loc, messageId: "connectionCredential", data: { where: describeConnection(connection) } });
      else if (inText && !isIgnoredName(inText.key)) {
        context.report({ loc, messageId: "secretInText", data: { what: DESCRIPTION_BY_ROLE[inText.credential.role], key: inText.key, where: "a comment" } });
      }
    }

    return {
      Program(): void {
        if (options.checkComments) for (const block of commentBlocks()) checkComment(block);
      },
      Literal(node): void {
        if (isStringLiteral(node)) checkString(node);
      },
      TemplateLiteral(node): void {
        checkString(node);
      },
    };
  },
});
