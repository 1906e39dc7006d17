/**
 * Suggestions that replace a hard-coded secret: inside a `@task` method, a credential ref declared on
 * the task's input (when its class is in the file) or `this.context.getSecret(...)`; elsewhere an
 * environment variable named after the binding.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { REF_FACTORY_BY_KIND, splitIdentifierWords, type CredentialName } from "../../secrets/credential-names.js";
import type { StringNode } from "../../ast/static-text.js";
import { getExecutionScope } from "../../scope/task-scope.js";

/** The suggestion message ids this module produces. */
export type SuggestionMessageId = "suggestInputRef" | "suggestGetSecret" | "suggestEnv" | "suggestImportMetaEnv";

/** Builds the suggestions for one literal; `nameHint` names the secret (binding name or format id). */
export type Suggester = (
  node: StringNode,
  nameHint: string,
  credential?: CredentialName,
) => TSESLint.SuggestionReportDescriptor<SuggestionMessageId>[];

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

/** `dbPassword` -> `db-password` (a secret-store name) and `DB_PASSWORD` (an environment variable). */
export function storeNames(source: string): { secretName: string; envName: string } {
  const words = splitIdentifierWords(source).filter((word) => word.length > 0);
  const safe = words.length > 0 ? words : ["secret"];
  return { secretName: safe.join("-"), envName: safe.join("_").toUpperCase() };
}

/** Names that say only "a connection" and nothing about which one. */
const GENERIC_CONNECTION_WORDS = new Set([
  "url", "uri", "urls", "conn", "connection", "connectionstring", "dsn", "value", "str", "string", "endpoint",
  "address", "addr", "href", "link", "target", "config", "options", "settings",
]);

/**
 * The name a connection string's suggestion is derived from: the receiving name when it says which
 * connection (`databaseUrl`, `REDIS_URL`, `cache` -> `cache-url`), else the scheme (`const url =
 * "postgres://..."` -> `postgres-url`); a `Password=` connection string without a telling name is a
 * `db-connection`. `DATABASE_URL` and `REDIS_URL` so map to different variables.
 *
 * @example
 * connectionNameHint("redisUrl", "redis");  // "redisUrl"
 * connectionNameHint("url", "postgres");    // "postgres-url"
 * connectionNameHint("cache", "redis");     // "cache-url"
 */
export function connectionNameHint(receiving: string | undefined, scheme: string | undefined): string {
  const words = receiving === undefined ? [] : splitIdentifierWords(receiving);
  const telling = words.filter((word) => !GENERIC_CONNECTION_WORDS.has(word));
  // (`connection-string` would read back as one word, `CONNECTIONSTRING`.)
  const kind = scheme === undefined ? "connection" : "url";
  if (telling.length === 0) return scheme === undefined ? "db-connection" : `${scheme.replace(/[^A-Za-z0-9]+/g, "-")}-url`;
  const last = words[words.length - 1]!;
  return GENERIC_CONNECTION_WORDS.has(last) ? receiving! : `${telling.join("-")}-${kind}`;
}

/** The suggestion builder for one file. */
export function createSuggester(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): Suggester {
  const sourceCode = context.sourceCode;

  let importMetaEnv: boolean | undefined;
  function readsImportMetaEnv(): boolean {
    importMetaEnv ??= /\bimport\.meta\.env\b/.test(sourceCode.text) && !/\bprocess\.env\b/.test(sourceCode.text);
    return importMetaEnv;
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
   * Inside a @task method whose input class is declared in this file: declare a ref on the input
   * (`dbPasswordRef = basicRef("db-password")`) and resolve it where the literal was.
   */
  function inputRefSuggestion(
    node: StringNode,
    task: TSESTree.FunctionExpression,
    credential: CredentialName,
    secretName: string,
  ): TSESLint.SuggestionReportDescriptor<SuggestionMessageId> | undefined {
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

  /** Suggestions that replace a literal: `getSecret` inside a @task method body, else `process.env`. */
  return function suggestionsFor(node, nameHint, credential) {
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
    // `process.env` needs Node's types; a module that already reads `import.meta.env` (Vite and other
    // bundlers) and never `process.env` gets the form it uses.
    if (readsImportMetaEnv()) {
      return [
        {
          messageId: "suggestImportMetaEnv",
          data: { envName },
          fix: (fixer) => fixer.replaceText(node, wrap(`import.meta.env.${envName}`)),
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
  };
}
