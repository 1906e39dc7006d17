import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { findConnectionCredentials, type ConnectionCredential } from "../secrets/connection-strings.js";
import { createRule } from "../util/create-rule.js";
import { carriesSecretBrand } from "../model/secret-brand.js";
import { REF_FACTORY_BY_KIND, splitIdentifierWords, type CredentialName, type CredentialRole } from "../secrets/credential-names.js";
import { globToRegExp, matchesAnyGlob } from "../util/file-globs.js";
import { isNonSecretValue, isPlaceholderToken } from "../secrets/placeholders.js";
import {
  credentialBindingOf,
  credentialObjectUserField,
  credentialParameterOf,
  staticKeyName,
  valuePosition,
} from "../secrets/secret-bindings.js";
import { commentText, isStringLiteral, staticTextOf, type StringNode } from "../ast/static-text.js";
import { getExecutionScope } from "../scope/task-scope.js";
import { claimedTokenFormat, findTokens, TOKEN_PATTERNS, type TokenMatch, type TokenPattern } from "../secrets/token-patterns.js";

export type MessageIds =
  | "knownToken"
  | "connectionCredential"
  | "namedLiteral"
  | "credentialObject"
  | "credentialArgument"
  | "suggestInputRef"
  | "suggestGetSecret"
  | "suggestEnv";

/** Options of `no-hardcoded-secrets` (see the rule doc). */
export interface RuleOptions {
  additionalPatterns: { name: string; pattern: string }[];
  ignoredNames: string[];
  ignoredValues: string[];
  checkTestFiles: boolean;
  testFilePatterns: string[];
  checkComments: boolean;
}
export type Options = [RuleOptions];

const DEFAULT_TEST_FILE_PATTERNS = [
  "**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}",
  "**/__tests__/**",
  "**/__mocks__/**",
];

const DESCRIPTION_BY_ROLE: Record<CredentialRole, string> = {
  password: "password literal",
  passphrase: "passphrase literal",
  secret: "secret literal",
  token: "token literal",
  api_key: "API key literal",
  private_key: "private key literal",
  authorization: "authorization header value",
  credentials: "credential literal",
  connection_string: "connection string literal",
};

/** The secret field of the resolved credential a name's literal stands for. */
function resolvedField(credential: CredentialName): string {
  switch (credential.kind) {
    case "basic":
      return "password";
    case "api_key":
      return "apiKey";
    case "bearer_token":
      return "token";
    case "oauth_client":
      return credential.role === "token" ? "refreshToken" : "clientSecret";
    case "certificate":
      return credential.role === "passphrase" ? "passphrase" : "keyData";
  }
}

/** Options compiled once per options object: regexes for patterns, names and values. */
interface CompiledOptions {
  readonly patterns: readonly TokenPattern[];
  readonly ignoredNames: readonly RegExp[];
  readonly ignoredValues: readonly RegExp[];
  readonly checkTestFiles: boolean;
  readonly testFiles: readonly RegExp[];
  readonly checkComments: boolean;
}

const compiledByOptions = new WeakMap<RuleOptions, CompiledOptions>();

function compileRegex(source: string, option: string, flags = ""): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`@credref/no-hardcoded-secrets: option "${option}" is not a valid regular expression (${reason}).`);
  }
}

/** Plain names are matched whole; anything else is read as a regular expression matched whole. */
function compileNameOrRegex(source: string, option: string): RegExp {
  return compileRegex(`^(?:${source})$`, option);
}

function compileOptions(options: RuleOptions): CompiledOptions {
  let compiled = compiledByOptions.get(options);
  if (!compiled) {
    const extra = options.additionalPatterns.map(({ name, pattern }, i): TokenPattern => ({
      id: `custom-${i}`,
      label: name,
      keywords: [""],
      regex: compileRegex(pattern, `additionalPatterns[${i}].pattern`, "g"),
    }));
    compiled = {
      patterns: [...extra, ...TOKEN_PATTERNS],
      ignoredNames: options.ignoredNames.map((name, i) => compileNameOrRegex(name, `ignoredNames[${i}]`)),
      ignoredValues: options.ignoredValues.map((value, i) => compileNameOrRegex(value, `ignoredValues[${i}]`)),
      checkTestFiles: options.checkTestFiles,
      testFiles: options.testFilePatterns.map(globToRegExp),
      checkComments: options.checkComments,
    };
    compiledByOptions.set(options, compiled);
  }
  return compiled;
}

/** `dbPassword` -> `db-password` (a secret-store name) and `DB_PASSWORD` (an environment variable). */
function storeNames(source: string): { secretName: string; envName: string } {
  const words = splitIdentifierWords(source).filter((word) => word.length > 0);
  const safe = words.length > 0 ? words : ["secret"];
  return { secretName: safe.join("-"), envName: safe.join("_").toUpperCase() };
}

/** The run of token characters around a match, so `xoxp-...-####` reads as filled in. */
function surroundingRun(text: string, index: number, length: number): string {
  const tokenChar = /[A-Za-z0-9_\-.#*•+/=~]/;
  let start = index;
  let end = index + length;
  while (start > 0 && tokenChar.test(text[start - 1]!)) start--;
  while (end < text.length && tokenChar.test(text[end]!)) end++;
  return text.slice(start, end);
}

/**
 * A Google API key in a Firebase web config (`{ apiKey, authDomain, projectId, ... }`) identifies the
 * project to browsers and is public by design; Google documents it as not secret.
 */
function isFirebaseWebConfigKey(position: TSESTree.Node, token: TokenMatch): boolean {
  if (token.pattern.id !== "gcp-api-key") return false;
  const object = position.parent?.type === AST_NODE_TYPES.Property ? position.parent.parent : undefined;
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return object.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      ["authDomain", "messagingSenderId", "storageBucket"].includes(staticKeyName(property.key, property.computed) ?? ""),
  );
}

function realTokens(text: string, patterns: readonly TokenPattern[]): TokenMatch | undefined {
  return findTokens(text, patterns).find(
    (match) => !isPlaceholderToken(match.body, surroundingRun(text, match.index, match.length)),
  );
}

function describeConnection(found: ConnectionCredential): string {
  return found.form === "url" ? `a ${found.scheme} URL` : "a connection string";
}

/** Literals that are not values: module specifiers, directives, keys, literal types, enum member names. */
function isStructuralString(node: StringNode): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.TSExternalModuleReference:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSModuleDeclaration:
    case AST_NODE_TYPES.TSEnumMember:
    case AST_NODE_TYPES.TSImportType:
      return parent.type !== AST_NODE_TYPES.TSEnumMember || parent.id === node;
    case AST_NODE_TYPES.ExpressionStatement:
      return parent.directive !== undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.MethodDefinition:
      return parent.key === node;
    default:
      return false;
  }
}

/**
 * Whether a literal held by a credential name is a hard-coded secret. An `Authorization` scheme
 * (`Bearer `, `Basic `) is taken off first; a value that opens like a known token format but failed it
 * (`glpat-abc`) is a truncated or made-up example.
 */
function isSecretValue(text: string, credential: CredentialName): boolean {
  const scheme = /^(?:Bearer|Basic|Token|Bot|Digest|ApiKey|Key)\s+(\S+)$/i.exec(text.trim());
  const value = scheme ? scheme[1]! : text;
  if (claimedTokenFormat(value)) return false;
  const humanChosen = credential.role === "password" || credential.role === "passphrase";
  return !isNonSecretValue(value, { unambiguous: scheme ? true : credential.unambiguous, humanChosen });
}

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
    schema: [
      {
        type: "object",
        description: "Options of no-hardcoded-secrets.",
        additionalProperties: false,
        properties: {
          additionalPatterns: {
            type: "array",
            description: "Extra secret formats of your organisation, reported like the built-in token formats.",
            items: {
              type: "object",
              description: "One extra secret format.",
              additionalProperties: false,
              required: ["name", "pattern"],
              properties: {
                name: { type: "string", minLength: 1, description: "What the secret is called in messages, e.g. `Acme deploy key`." },
                pattern: { type: "string", minLength: 1, format: "regex", description: "A JavaScript regular expression (source text) that matches the secret." },
              },
            },
          },
          ignoredNames: {
            type: "array",
            description: "Names (or regular expressions matched against the whole name) whose literals are never reported as credential-shaped.",
            items: { type: "string", format: "regex", description: "A name or a regular expression." },
          },
          ignoredValues: {
            type: "array",
            description: "Values (or regular expressions matched against the whole value) that are never reported.",
            items: { type: "string", format: "regex", description: "A value or a regular expression." },
          },
          checkTestFiles: {
            type: "boolean",
            description:
              "Whether test files get the full check. When false, only known token formats and private keys are reported in them.",
          },
          testFilePatterns: {
            type: "array",
            description: "Globs (relative to the working directory) that select test files.",
            items: { type: "string", description: "A glob such as `**/*.test.ts`." },
          },
          checkComments: {
            type: "boolean",
            description: "Whether comments are scanned for known token formats and credentials in URLs.",
          },
        },
      },
    ],
    defaultOptions: [
      {
        additionalPatterns: [],
        ignoredNames: [],
        ignoredValues: [],
        checkTestFiles: false,
        testFilePatterns: DEFAULT_TEST_FILE_PATTERNS,
        checkComments: true,
      },
    ],
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
      suggestInputRef:
        'Declare `{{field}} = {{factory}}("{{secretName}}")` on `{{inputClass}}` and resolve it here.',
      suggestGetSecret: 'Read it with `await this.context.getSecret("{{secretName}}")`.',
      suggestEnv: "Read it from `process.env.{{envName}}`.",
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
    const services = sourceCode.parserServices;
    const program = services?.program ?? undefined;

    const isIgnoredValue = (text: string): boolean => options.ignoredValues.some((re) => re.test(text));
    const isIgnoredName = (name: string): boolean => options.ignoredNames.some((re) => re.test(name));

    /** Suggestions that replace a literal: `getSecret` inside a @task method body, else `process.env`. */
    function suggestionsFor(
      node: StringNode,
      nameHint: string,
      credential?: CredentialName,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const { secretName, envName } = storeNames(nameHint);
      const wrap = (code: string): string => (node.parent?.type === AST_NODE_TYPES.JSXAttribute ? `{${code}}` : code);
      const task = taskMethodAround(node);
      if (task) {
        const inputRef = credential ? inputRefSuggestion(node, task, credential, secretName) : undefined;
        return [
          ...(inputRef ? [inputRef] : []),
          {
            messageId: "suggestGetSecret",
            data: { secretName },
            fix: (fixer) => fixer.replaceText(node, wrap(`await this.context.getSecret(${JSON.stringify(secretName)})`)),
          },
        ];
      }
      return [
        {
          messageId: "suggestEnv",
          data: { envName },
          fix: (fixer) => fixer.replaceText(node, wrap(`process.env.${envName}`)),
        },
      ];
    }

    /**
     * Inside a @task method whose input class is declared in this file: declare a ref on the input
     * (`dbPasswordRef = basicRef("db-password")`) and resolve it where the literal was.
     */
    function inputRefSuggestion(
      node: StringNode,
      task: TSESTree.FunctionExpression,
      credential: CredentialName,
      secretName: string,
    ): TSESLint.SuggestionReportDescriptor<MessageIds> | undefined {
      const input = task.params[0];
      if (input?.type !== AST_NODE_TYPES.Identifier || node.parent?.type === AST_NODE_TYPES.JSXAttribute) return undefined;
      const annotation = input.typeAnnotation?.typeAnnotation;
      if (annotation?.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
      const inputClass = topLevelClass(annotation.typeName.name);
      const credrefImport = sourceCode.ast.body.find(
        (statement): statement is TSESTree.ImportDeclaration =>
          statement.type === AST_NODE_TYPES.ImportDeclaration &&
          statement.source.value === "@credref/types" &&
          statement.importKind === "value" &&
          statement.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
      );
      if (!inputClass || !credrefImport) return undefined;
      const words = splitIdentifierWords(credential.name);
      const field = [words[0], ...words.slice(1).map((word) => word[0]!.toUpperCase() + word.slice(1)), "Ref"].join("");
      const declared = (member: TSESTree.ClassElement): boolean =>
        (member.type === AST_NODE_TYPES.PropertyDefinition || member.type === AST_NODE_TYPES.MethodDefinition) &&
        member.key.type === AST_NODE_TYPES.Identifier &&
        member.key.name === field;
      if (inputClass.body.body.some(declared)) {
        return undefined;
      }
      const factory = REF_FACTORY_BY_KIND[credential.kind];
      const imported = credrefImport.specifiers.find(
        (specifier): specifier is TSESTree.ImportSpecifier =>
          specifier.type === AST_NODE_TYPES.ImportSpecifier &&
          specifier.imported.type === AST_NODE_TYPES.Identifier &&
          specifier.imported.name === factory,
      );
      const lastSpecifier = credrefImport.specifiers[credrefImport.specifiers.length - 1]!;
      const classBodyStart = inputClass.body.range[0] + 1;
      return {
        messageId: "suggestInputRef",
        data: { field, factory, secretName, inputClass: annotation.typeName.name },
        fix: (fixer) => [
          ...(imported ? [] : [fixer.insertTextAfter(lastSpecifier, `, ${factory}`)]),
          fixer.insertTextAfterRange([classBodyStart, classBodyStart], `\n  ${field} = ${imported?.local.name ?? factory}(${JSON.stringify(secretName)});`),
          fixer.replaceText(node, `(await this.context.resolveCredential(${input.name}.${field})).${resolvedField(credential)}`),
        ],
      };
    }

    function topLevelClass(name: string): TSESTree.ClassDeclaration | undefined {
      for (const statement of sourceCode.ast.body) {
        const declaration =
          statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
            ? statement.declaration
            : statement;
        if (declaration?.type === AST_NODE_TYPES.ClassDeclaration && declaration.id?.name === name) return declaration;
      }
      return undefined;
    }

    /** The async @task method whose body holds the literal directly, where `await this.context` works. */
    function taskMethodAround(node: TSESTree.Node): TSESTree.FunctionExpression | undefined {
      let fn: TSESTree.Node | undefined = node.parent;
      while (fn && fn.type !== AST_NODE_TYPES.FunctionExpression && fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionDeclaration) {
        fn = fn.parent;
      }
      if (fn?.type !== AST_NODE_TYPES.FunctionExpression || !fn.async || fn.parent.type !== AST_NODE_TYPES.MethodDefinition) return undefined;
      if (fn.params.some((param) => param.range[0] <= node.range[0] && node.range[1] <= param.range[1])) return undefined;
      return getExecutionScope(node, context).kind === "task" ? fn : undefined;
    }

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

    /** The declared parameter name at `index` of the signature the checker resolves for a call. */
    function typedParameterName(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): string | undefined {
      const tsCall = services?.esTreeNodeToTSNodeMap?.get(call) as import("typescript").CallLikeExpression | undefined;
      if (!program || !tsCall) return undefined;
      const parameters = program.getTypeChecker().getResolvedSignature(tsCall)?.getParameters() ?? [];
      // A rest parameter (`...args`) says nothing about one argument.
      const parameter = index < parameters.length ? parameters[index] : undefined;
      return parameter?.getName();
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

    function checkString(node: StringNode): void {
      const { text, dynamic } = staticTextOf(node);
      if (text.length < 4 || isStructuralString(node) || isIgnoredValue(text)) return;
      const position = valuePosition(node);
      const binding = credentialBindingOf(position);

      // 1. Known token formats, anywhere.
      const token = realTokens(text, options.patterns);
      if (token && !isFirebaseWebConfigKey(position, token)) {
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
      const connection = findConnectionCredentials(text)[0];
      if (connection) {
        context.report({
          node,
          messageId: "connectionCredential",
          data: { where: describeConnection(connection) },
          suggest: suggestionsFor(node, binding?.credential.name ?? "connection-url"),
        });
        return;
      }
      if (dynamic) return;

      // 3. Literals bound to credential-shaped names.
      if (binding && !isIgnoredName(binding.credential.name)) {
        if (binding.credential.role === "connection_string") return; // only a URL with credentials counts (2.)
        if (isSecretValue(text, binding.credential)) {
          context.report({
            node,
            messageId: "namedLiteral",
            data: { what: DESCRIPTION_BY_ROLE[binding.credential.role], name: binding.credential.name },
            suggest: suggestionsFor(node, binding.credential.name, binding.credential),
          });
        }
        return;
      }

      // 4. Objects shaped like a credential, arguments of credential-shaped parameters, casts to Secret.
      // The structural checks are cheap and rule most literals out before any value check.
      const shaped = credentialObjectUserField(position);
      let parameter = shaped ? undefined : credentialParameterOf(position, sourceCode);
      const cast = shaped || parameter ? false : position !== node && castToSecret(node);
      const typedCandidate = !shaped && !parameter && !cast && worthResolvingCall(position);
      if (!shaped && !parameter && !cast && !typedCandidate) return;
      if (isNonSecretValue(text, { unambiguous: true, humanChosen: true }) || claimedTokenFormat(text)) return;
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

    function checkComment(comment: TSESTree.Comment): void {
      const { text, offset } = commentText(comment);
      // Directives and inline source maps (base64 of whole files) are not prose anyone writes secrets into.
      if (text.length < 8 || /^\s*eslint[- ]|^[#@] sourceMappingURL=/.test(text)) return;
      const token = realTokens(text, options.patterns);
      const connection = token || !checkBindings ? undefined : findConnectionCredentials(text)[0];
      const found = token ?? connection;
      if (!found) return;
      const loc = {
        start: sourceCode.getLocFromIndex(offset + found.index),
        end: sourceCode.getLocFromIndex(offset + found.index + found.length),
      };
      if (token) context.report({ loc, messageId: "knownToken", data: { label: token.pattern.label } });
      else if (connection) context.report({ loc, messageId: "connectionCredential", data: { where: describeConnection(connection) } });
    }

    return {
      Program(): void {
        if (options.checkComments) for (const comment of sourceCode.getAllComments()) checkComment(comment);
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
