import { Linter } from "eslint";
import * as parser from "@typescript-eslint/parser";
import { describe, expect, it, vi } from "vitest";
import rule from "../../src/rules/no-hardcoded-secrets.js";
import { FAKE_TOKENS, fakeChars, fakeJwt } from "../fake-tokens.js";
import { syntacticRuleTester, typedRuleTester } from "../rule-tester.js";

// The first type-aware case builds a TypeScript program, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const ruleTester = syntacticRuleTester();
const q = JSON.stringify;

const github = FAKE_TOKENS["github-token"]!;
const stripe = FAKE_TOKENS["stripe-secret-key"]!;
const awsKeyId = FAKE_TOKENS["aws-access-key-id"]!;
const slack = FAKE_TOKENS["slack-token"]!;
const pem = FAKE_TOKENS["private-key"]!;
const jwt = fakeJwt(3);
const apiSecret = fakeChars(32, 11);
const env = (name: string) => ({ messageId: "suggestEnv" as const, data: { envName: name } });

ruleTester.run("no-hardcoded-secrets", rule, {
  valid: [
    // Empty, short and structural strings
    'const password = "";',
    'const password = "abc";',
    'import x from "./password-hunter2";',
    'type Mode = "ghp_literal-type";',
    // Names that label a credential rather than hold one
    'const passwordField = "hunter2";',
    'const tokenUrl = "https://auth.example.com/oauth/token";',
    'const secretName = "db-password";',
    'const apiKeyHeader = "X-Api-Key";',
    'const tokenType = "Bearer";',
    'const config = { passwordPolicy: "strict8chars", secretArn: "arn:aws:secretsmanager:eu-west-1:123:secret:db" };',
    'const keyId = "k9Qz72Lm";',
    'function isPasswordValid(p: string) { return p !== "hunter2x"; }',
    // Placeholders
    'const password = "changeme";',
    'const password = "<password>";',
    'const password = "${DB_PASSWORD}";',
    'const token = "{{token}}";',
    'const apiKey = "xxxxxxxxxxxxxxxx";',
    'const apiKey = "your-api-key";',
    'const password = "********";',
    'const secret = "REPLACE_ME";',
    'const password = "dummy-password";',
    'const password = "Password";',
    'const DB_PASSWORD = "DB_PASSWORD";',
    'const apiKey = "%API_KEY%";',
    // Values from the environment or a secret store
    "const password = process.env.DB_PASSWORD;",
    'const token = await store.get("api-token");',
    // Ambiguous names with ordinary values
    'fetch(url, { credentials: "include" });',
    'const token = "identifier";',
    'const auth = "basic";',
    // Documentation example keys, checksums, UUIDs, words, paths, URLs without credentials
    { code: `const awsKey = ${q("AKIA" + "IOSFODNN7" + "EXAMPLE")};`, name: "AWS documentation example key" },
    'const integrity = "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==";',
    'const apiKey = "123e4567-e89b-12d3-a456-426614174000";',
    'const commit = "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3";',
    'const privateKey = "./certs/server.key";',
    'const secret = "Enter the secret shown on the settings page";',
    'const dsn = "https://o12345.ingest.sentry.io/67890";',
    // URLs and connection strings without real credentials
    { code: 'const url = "https://deploy:Zq8!w2Lp@registry.example.com/v2";', filename: "test/url.ts", options: [{ checkTestFiles: true }] },
    { code: 'const url = "postgres://app:Zq8!w2Lp@db.staging.test/app";', filename: "src/url.test.ts", options: [{ checkTestFiles: true }] },
    'const url = "postgres://app:${PASS}@db.internal:5432/app";',
    "const url = `postgres://app:${pass}@db.internal:5432/app`;",
    'const url = "postgres://user:password@db.internal:5432/app";',
    'const url = "mongodb://admin:secret@localhost:27017/app";',
    'const url = "https://YOUR_USER:YOUR_PASSWORD@api.example.com";',
    'const url = "https://example.com/login?next=/home";',
    'const conn = "Server=db;Database=app;User Id=app;Password={password};";',
    // Filler in known formats
    { code: `const token = ${q("ghp_" + "x".repeat(36))};`, name: "GitHub token filled with x" },
    { code: `const key = ${q("sk_" + "live_" + "*".repeat(24))};`, name: "Stripe key masked" },
    // Test files: only known formats are reported there by default
    { code: 'const password = "hunter2";', filename: "src/login.test.ts" },
    { code: 'const url = "postgres://app:s3cr3tP4ss@db.internal/app";', filename: "src/__tests__/db.ts" },
    // Comments when comment scanning is off
    { code: `// ${github}\nexport {};`, options: [{ checkComments: false }], name: "comment scanning off" },
    // Ignored names and values
    { code: 'const password = "hunter2";', options: [{ ignoredNames: ["pass.*"] }] },
    { code: 'const password = "hunter2";', options: [{ ignoredValues: ["hunter2"] }] },
    // Arguments of functions whose parameters are not credential-shaped
    'function greet(name: string) {} greet("hunter2x");',
    // Vocabulary and translated labels held by credential names
    'const schema = { email: "required|email", password: "required|min:8" };',
    'const field = { password: "hidden", token: "optional" };',
    'const labels = { password: "Passwort" };',
    'fetch(url, { credentials: "same-origin" });',
    { code: 'const input = <input type="password" name="password" autoComplete="current-password" />;', filename: "component.tsx" },
    // A Firebase web config's API key is public by design
    { code: `const firebaseConfig = { apiKey: ${q(FAKE_TOKENS["gcp-api-key"]!)}, authDomain: "demo.firebaseapp.com", projectId: "demo" };`, name: "Firebase web config" },
    // Well-known library calls with placeholder secrets
    'jwt.sign(payload, process.env.JWT_SECRET);',
    'crypto.createHmac("sha256", "key");',
    // Objects without a user field beside a short secret field
    'const entry = { key: "k9Qz72LmWp", value: 3 };',
  ],
  invalid: [
    // 1. Known token formats
    {
      code: `const value = ${q(github)};`,
      name: "GitHub token in a string literal",
      errors: [{ messageId: "knownToken", data: { label: "GitHub token" }, line: 1, column: 15, endColumn: 15 + github.length + 2, suggestions: [{ ...env("GITHUB_TOKEN"), output: "const value = process.env.GITHUB_TOKEN;" }] }],
    },
    {
      code: `const value = \`prefix ${stripe} suffix\`;`,
      name: "Stripe key in a template literal",
      errors: [{ messageId: "knownToken", data: { label: "Stripe secret key" }, line: 1, column: 15, suggestions: [{ ...env("STRIPE_SECRET_KEY"), output: "const value = process.env.STRIPE_SECRET_KEY;" }] }],
    },
    {
      code: `const id = "${awsKeyId}";`,
      name: "AWS access key id",
      errors: [{ messageId: "knownToken", data: { label: "AWS access key ID" }, line: 1, column: 12, suggestions: [{ ...env("AWS_ACCESS_KEY_ID"), output: "const id = process.env.AWS_ACCESS_KEY_ID;" }] }],
    },
    {
      code: `const bot = ${q(slack)};\nconst ok = 1;`,
      name: "Slack token",
      errors: [{ messageId: "knownToken", data: { label: "Slack bot token" }, line: 1, column: 13, suggestions: [{ ...env("SLACK_BOT_TOKEN"), output: "const bot = process.env.SLACK_BOT_TOKEN;\nconst ok = 1;" }] }],
    },
    {
      code: `const key = \`${pem}\`;`,
      name: "private key block",
      errors: [{ messageId: "knownToken", data: { label: "private key" }, line: 1, column: 13, suggestions: [{ ...env("PRIVATE_KEY"), output: "const key = process.env.PRIVATE_KEY;" }] }],
    },
    {
      code: `const header = { Authorization: ${q("Bearer " + jwt)} };`,
      name: "JWT in an authorization header",
      errors: [{ messageId: "knownToken", data: { label: "JSON Web Token" }, line: 1, column: 33, suggestions: [{ ...env("AUTHORIZATION"), output: "const header = { Authorization: process.env.AUTHORIZATION };" }] }],
    },
    {
      code: `export {};\n// deploy with ${github} for now\n`,
      name: "GitHub token in a comment",
      errors: [{ messageId: "knownToken", data: { label: "GitHub token" }, line: 2, column: 16, endLine: 2, endColumn: 16 + github.length }],
    },
    {
      code: `/*\n * key:\n *   ${FAKE_TOKENS["anthropic-api-key"]}\n */\nexport {};`,
      name: "Anthropic key in a block comment",
      errors: [{ messageId: "knownToken", data: { label: "Anthropic API key" }, line: 3, column: 6 }],
    },
    {
      code: `const token = ${q(github)};`,
      filename: "src/api.test.ts",
      name: "known formats are reported in test files too",
      errors: [{ messageId: "knownToken", line: 1, column: 15, suggestions: [{ ...env("TOKEN"), output: "const token = process.env.TOKEN;" }] }],
    },
    {
      code: 'const deployKey = "acme_dk_Q7zP2mL9wX4vB8nR";',
      options: [{ additionalPatterns: [{ name: "Acme deploy key", pattern: "acme_dk_[A-Za-z0-9]{16}" }] }],
      errors: [{ messageId: "knownToken", data: { label: "Acme deploy key" }, line: 1, column: 19, suggestions: [{ ...env("CUSTOM_0"), output: "const deployKey = process.env.CUSTOM_0;" }] }],
    },
    // 2. Credentials in URLs and connection strings
    {
      code: 'const url = "postgres://app:s3cr3tP4ss@db.internal:5432/app";',
      errors: [{ messageId: "connectionCredential", data: { where: "a postgres URL" }, line: 1, column: 13, suggestions: [{ ...env("POSTGRES_URL"), output: "const url = process.env.POSTGRES_URL;" }] }],
    },
    {
      code: 'connect("https://deploy:Zq8!w2Lp@registry.acme.io/v2");',
      errors: [{ messageId: "connectionCredential", data: { where: "a https URL" }, line: 1, column: 9, suggestions: [{ ...env("HTTPS_URL"), output: "connect(process.env.HTTPS_URL);" }] }],
    },
    {
      code: 'const cache = "redis://:k3yV4lu3Xq@cache.internal:6379";',
      errors: [{ messageId: "connectionCredential", line: 1, column: 15, suggestions: [{ ...env("CACHE_URL"), output: "const cache = process.env.CACHE_URL;" }] }],
    },
    {
      code: 'const url = "mongodb+srv://app:hunter2@cluster0.acme-db.net/db";',
      name: "a weak real password in a URL",
      errors: [{ messageId: "connectionCredential", data: { where: "a mongodb+srv URL" }, line: 1, column: 13, suggestions: [{ ...env("MONGODB_SRV_URL"), output: "const url = process.env.MONGODB_SRV_URL;" }] }],
    },
    {
      code: 'const conn = "Server=sql.internal;Database=app;User Id=app;Password=Tr0ub4dor&3;";',
      errors: [{ messageId: "connectionCredential", data: { where: "a connection string" }, line: 1, column: 14, suggestions: [{ ...env("DB_CONNECTION"), output: "const conn = process.env.DB_CONNECTION;" }] }],
    },
    {
      code: 'const databaseUrl = "postgres://app:s3cr3tP4ss@db.internal/app";\nconst REDIS_URL = "redis://:k3yV4lu3Xq@cache.internal:6379";',
      name: "each URL's suggested variable is named after what receives it",
      errors: [
        { messageId: "connectionCredential", line: 1, column: 21, suggestions: [{ ...env("DATABASE_URL"), output: 'const databaseUrl = process.env.DATABASE_URL;\nconst REDIS_URL = "redis://:k3yV4lu3Xq@cache.internal:6379";' }] },
        { messageId: "connectionCredential", line: 2, column: 19, suggestions: [{ ...env("REDIS_URL"), output: 'const databaseUrl = "postgres://app:s3cr3tP4ss@db.internal/app";\nconst REDIS_URL = process.env.REDIS_URL;' }] },
      ],
    },
    {
      code: "// connect to postgres://app:s3cr3tP4ss@db.internal/app\nexport {};",
      errors: [{ messageId: "connectionCredential", line: 1, column: 15 }],
    },
    // 3. Literals bound to credential-shaped names
    {
      code: 'const password = "hunter2";',
      errors: [{ messageId: "namedLiteral", data: { what: "password literal", name: "password" }, line: 1, column: 18, endColumn: 27, suggestions: [{ ...env("PASSWORD"), output: "const password = process.env.PASSWORD;" }] }],
    },
    // A chosen password may contain a credential word; mixed character classes show it is not a label.
    {
      code: 'const dbPassword = "MyPwd2024!";',
      errors: [{ messageId: "namedLiteral", data: { what: "password literal", name: "dbPassword" }, line: 1, column: 20, suggestions: [{ ...env("DB_PASSWORD"), output: "const dbPassword = process.env.DB_PASSWORD;" }] }],
    },
    {
      code: 'const clientSecret = "Qz7Lm2Secret9x";',
      errors: [{ messageId: "namedLiteral", data: { what: "secret literal", name: "clientSecret" }, line: 1, column: 22, suggestions: [{ ...env("CLIENT_SECRET"), output: "const clientSecret = process.env.CLIENT_SECRET;" }] }],
    },
    {
      code: 'const DB_PASSWORD = "letmein";',
      errors: [{ messageId: "namedLiteral", data: { what: "password literal", name: "DB_PASSWORD" }, line: 1, column: 21, suggestions: [{ ...env("DB_PASSWORD"), output: "const DB_PASSWORD = process.env.DB_PASSWORD;" }] }],
    },
    {
      code: `const config = { "client-secret": ${q(apiSecret)} };`,
      errors: [{ messageId: "namedLiteral", data: { what: "secret literal", name: "client-secret" }, line: 1, column: 35, suggestions: [{ ...env("CLIENT_SECRET"), output: "const config = { \"client-secret\": process.env.CLIENT_SECRET };" }] }],
    },
    {
      code: 'class Db { private password = "hunter2"; }',
      errors: [{ messageId: "namedLiteral", data: { what: "password literal", name: "password" }, line: 1, column: 31, suggestions: [{ ...env("PASSWORD"), output: "class Db { private password = process.env.PASSWORD; }" }] }],
    },
    {
      code: 'function connect(user: string, password = "hunter2") {}',
      errors: [{ messageId: "namedLiteral", line: 1, column: 43, suggestions: [{ ...env("PASSWORD"), output: "function connect(user: string, password = process.env.PASSWORD) {}" }] }],
    },
    {
      code: 'const { apiKey = "Qz7mL2wX9pB4nR8v" } = options;',
      errors: [{ messageId: "namedLiteral", data: { what: "API key literal", name: "apiKey" }, line: 1, column: 18, suggestions: [{ ...env("API_KEY"), output: "const { apiKey = process.env.API_KEY } = options;" }] }],
    },
    {
      code: 'settings.smtpPassword = "hunter2";',
      errors: [{ messageId: "namedLiteral", data: { what: "password literal", name: "smtpPassword" }, line: 1, column: 25, suggestions: [{ ...env("SMTP_PASSWORD"), output: "settings.smtpPassword = process.env.SMTP_PASSWORD;" }] }],
    },
    {
      code: 'settings["api_key"] = "Qz7mL2wX9pB4nR8v";',
      errors: [{ messageId: "namedLiteral", data: { what: "API key literal", name: "api_key" }, line: 1, column: 23, suggestions: [{ ...env("API_KEY"), output: "settings[\"api_key\"] = process.env.API_KEY;" }] }],
    },
    {
      code: 'fetch(url, { headers: { Authorization: "Bearer Qz7mL2wX9pB4nR8vK3" } });',
      errors: [{ messageId: "namedLiteral", data: { what: "authorization header value", name: "Authorization" }, line: 1, column: 40, suggestions: [{ ...env("AUTHORIZATION"), output: "fetch(url, { headers: { Authorization: process.env.AUTHORIZATION } });" }] }],
    },
    {
      code: 'headers.set("Authorization", "Basic YXBwOnMzY3IzdFA0c3M=");',
      errors: [{ messageId: "namedLiteral", line: 1, column: 30, suggestions: [{ ...env("AUTHORIZATION"), output: 'headers.set("Authorization", process.env.AUTHORIZATION);' }] }],
    },
    {
      code: 'const password = process.env.DB_PASSWORD ?? "hunter2";',
      name: "a hard-coded fallback for an environment variable",
      errors: [{ messageId: "namedLiteral", line: 1, column: 45, suggestions: [{ ...env("PASSWORD"), output: "const password = process.env.DB_PASSWORD ?? process.env.PASSWORD;" }] }],
    },
    {
      code: 'if (input.password === "letmein99") grant();',
      errors: [{ messageId: "namedLiteral", line: 1, column: 24, suggestions: [{ ...env("PASSWORD"), output: "if (input.password === process.env.PASSWORD) grant();" }] }],
    },
    {
      code: 'const token = "a8Kq2mZ7xR4pL9wB3nV6";',
      name: "an ambiguous name with a generated-looking value",
      errors: [{ messageId: "namedLiteral", data: { what: "token literal", name: "token" }, line: 1, column: 15, suggestions: [{ ...env("TOKEN"), output: "const token = process.env.TOKEN;" }] }],
    },
    {
      code: 'const passphrase = "correct horse battery staple";',
      errors: [{ messageId: "namedLiteral", data: { what: "passphrase literal", name: "passphrase" }, line: 1, column: 20, suggestions: [{ ...env("PASSPHRASE"), output: "const passphrase = process.env.PASSPHRASE;" }] }],
    },
    {
      code: 'const password = "hunter2";',
      filename: "src/login.test.ts",
      options: [{ checkTestFiles: true }],
      name: "test files get the full check when asked",
      errors: [{ messageId: "namedLiteral", line: 1, column: 18, suggestions: [{ ...env("PASSWORD"), output: "const password = process.env.PASSWORD;" }] }],
    },
    // 4. Objects shaped like a credential, and arguments of credential-shaped parameters
    {
      code: 'const auth = { user: "svc-deploy", pass: "hunter2" };',
      errors: [{ messageId: "credentialObject", data: { field: "pass", userField: "user" }, line: 1, column: 42, suggestions: [{ ...env("PASS"), output: "const auth = { user: \"svc-deploy\", pass: process.env.PASS };" }] }],
    },
    {
      code: 'function connect(user: string, password: string) {}\nconnect("svc", "hunter2");',
      errors: [{ messageId: "credentialArgument", data: { what: "password literal", target: "parameter `password` of `connect`" }, line: 2, column: 16, suggestions: [{ ...env("PASSWORD"), output: 'function connect(user: string, password: string) {}\nconnect("svc", process.env.PASSWORD);' }] }],
    },
    {
      code: 'const login = (name: string, secretKey: string) => name;\nlogin("svc", "Qz7mL2wX9pB4nR8v");',
      errors: [{ messageId: "credentialArgument", line: 2, column: 14, suggestions: [{ ...env("SECRET_KEY"), output: 'const login = (name: string, secretKey: string) => name;\nlogin("svc", process.env.SECRET_KEY);' }] }],
    },
    {
      code: 'class Client { constructor(user: string, private password: string) {} }\nnew Client("svc", "hunter2");',
      errors: [{ messageId: "credentialArgument", data: { what: "password literal", target: "parameter `password` of `Client`" }, line: 2, column: 19, suggestions: [{ ...env("PASSWORD"), output: 'class Client { constructor(user: string, private password: string) {} }\nnew Client("svc", process.env.PASSWORD);' }] }],
    },
    {
      code: 'import type { Secret } from "@credref/types";\nconst material: unknown = "k9Qz72LmWp4x" as Secret<string>;',
      name: "a literal cast to Secret, recognised by name without types",
      errors: [{ messageId: "credentialArgument", data: { what: "secret literal", target: "a `Secret` of @credref/types" }, line: 2, column: 27, suggestions: [{ ...env("SECRET"), output: 'import type { Secret } from "@credref/types";\nconst material: unknown = process.env.SECRET as Secret<string>;' }] }],
    },
    {
      code: 'const token = jwt.sign({ sub: id }, "s0me-l0ng-r4ndom-str1ng");',
      name: "a JWT signing secret passed to jwt.sign",
      errors: [{ messageId: "credentialArgument", data: { what: "private key literal", target: "parameter `secretOrPrivateKey` of `jwt.sign`" }, line: 1, column: 37, suggestions: [{ ...env("SECRET_OR_PRIVATE_KEY"), output: "const token = jwt.sign({ sub: id }, process.env.SECRET_OR_PRIVATE_KEY);" }] }],
    },
    {
      code: 'const db = new Sequelize("shop", "root", "Tr0ub4dor&3");',
      errors: [{ messageId: "credentialArgument", data: { what: "password literal", target: "parameter `password` of `Sequelize`" }, line: 1, column: 42, suggestions: [{ ...env("PASSWORD"), output: "const db = new Sequelize(\"shop\", \"root\", process.env.PASSWORD);" }] }],
    },
    {
      code: 'const form = <Login user="svc" password="hunter2" />;',
      filename: "component.tsx",
      name: "a JSX attribute named like a credential",
      errors: [{ messageId: "namedLiteral", data: { what: "password literal", name: "password" }, line: 1, column: 41, suggestions: [{ ...env("PASSWORD"), output: "const form = <Login user=\"svc\" password={process.env.PASSWORD} />;" }] }],
    },
    {
      name: "inside a @task method with an input class: declare a ref on the input, or read the secret store",
      code: [
        'import { App, Input, task } from "@credref/types";',
        "class ConnectInput extends Input {",
        '  host = "db.internal";',
        "}",
        "class MyApp extends App {",
        "  @task",
        "  async connect(input: ConnectInput) {",
        '    const dbPassword = "hunter2";',
        "    return { input, dbPassword };",
        "  }",
        "}",
      ].join("\n"),
      errors: [
        {
          messageId: "namedLiteral",
          line: 8,
          column: 24,
          suggestions: [
            {
              messageId: "suggestInputRef",
              data: { field: "dbPasswordRef", factory: "basicRef", secretName: "db-password", inputClass: "ConnectInput" },
              output: [
                'import { App, Input, task, basicRef } from "@credref/types";',
                "class ConnectInput extends Input {",
                '  dbPasswordRef = basicRef("db-password");',
                '  host = "db.internal";',
                "}",
                "class MyApp extends App {",
                "  @task",
                "  async connect(input: ConnectInput) {",
                "    const dbPassword = (await this.context.resolveCredential(input.dbPasswordRef)).password;",
                "    return { input, dbPassword };",
                "  }",
                "}",
              ].join("\n"),
            },
            {
              messageId: "suggestGetSecret",
              data: { secretName: "db-password" },
              output: [
                'import { App, Input, task } from "@credref/types";',
                "class ConnectInput extends Input {",
                '  host = "db.internal";',
                "}",
                "class MyApp extends App {",
                "  @task",
                "  async connect(input: ConnectInput) {",
                '    const dbPassword = await this.context.getSecret("db-password");',
                "    return { input, dbPassword };",
                "  }",
                "}",
              ].join("\n"),
            },
          ],
        },
      ],
    },
    // Suggestions inside a @task method read the secret store
    {
      code: [
        'import { App, task } from "@credref/types";',
        "class MyApp extends App {",
        "  @task",
        "  async connect(input: unknown) {",
        '    const password = "hunter2";',
        "    return { input, password };",
        "  }",
        "}",
      ].join("\n"),
      errors: [
        {
          messageId: "namedLiteral",
          line: 5,
          column: 22,
          suggestions: [
            {
              messageId: "suggestGetSecret",
              data: { secretName: "password" },
              output: [
                'import { App, task } from "@credref/types";',
                "class MyApp extends App {",
                "  @task",
                "  async connect(input: unknown) {",
                '    const password = await this.context.getSecret("password");',
                "    return { input, password };",
                "  }",
                "}",
              ].join("\n"),
            },
          ],
        },
      ],
    },
  ],
});

typedRuleTester().run("no-hardcoded-secrets (type-aware)", rule, {
  valid: [
    'declare function connect(host: string, port: string): void;\nconnect("db.internal", "k9Qz72LmWp4x");',
    'declare function log(message: string): void;\nlog("k9Qz72LmWp4x" as string);',
    'import type { Secret } from "@credref/types";\ndeclare function use(value: Secret<string>): void;\nuse("<from-store>");',
    'declare function log(message: string): void;\nlog("k9Qz72LmWp4x");',
    {
      code: 'declare function open(path: string, mode: string): void;\ndeclare function open(user: string, password: string, retries: number): void;\nopen("/var/run/app", "k9Qz72LmWp4x");',
      name: "an overload whose parameter there is not a credential, though another overload's is",
    },
    { code: 'declare const client: any;\nclient.connect("svc", "k9Qz72LmWp4x");', name: "a call on an untyped value names no parameter" },
  ],
  invalid: [
    {
      code: 'declare function open(path: string, mode: string): void;\ndeclare function open(user: string, password: string, retries: number): void;\nopen("svc", "k9Qz72LmWp4x", 3);',
      name: "the overload the call resolves to names the parameter",
      errors: [{ messageId: "credentialArgument", data: { what: "password literal", target: "parameter `password` of `open`" }, line: 3, column: 13, suggestions: [{ ...env("PASSWORD"), output: 'declare function open(path: string, mode: string): void;\ndeclare function open(user: string, password: string, retries: number): void;\nopen("svc", process.env.PASSWORD, 3);' }] }],
    },
    {
      code: 'interface Db { login(user: string, password: string): void; login(user: string, password: string, otp: string): void }\ndeclare const db: Db;\ndb.login("svc", "k9Qz72LmWp4x");',
      name: "overloads of a method that agree on the parameter's name",
      errors: [{ messageId: "credentialArgument", data: { what: "password literal", target: "parameter `password` of `db.login`" }, line: 3, column: 17, suggestions: [{ ...env("PASSWORD"), output: 'interface Db { login(user: string, password: string): void; login(user: string, password: string, otp: string): void }\ndeclare const db: Db;\ndb.login("svc", process.env.PASSWORD);' }] }],
    },
    {
      code: 'import type { Secret } from "@credref/types";\ndeclare function use(value: Secret<string>): void;\nuse("k9Qz72LmWp4x" as Secret<string>);',
      errors: [{ messageId: "credentialArgument", data: { what: "secret literal", target: "a `Secret` of @credref/types" }, line: 3, column: 5, suggestions: [{ ...env("SECRET"), output: 'import type { Secret } from "@credref/types";\ndeclare function use(value: Secret<string>): void;\nuse(process.env.SECRET as Secret<string>);' }] }],
    },
    {
      code: 'declare function connect(user: string, password: string): void;\nconnect("svc", "hunter2");',
      name: "a parameter name read from a declaration only the checker can see",
      errors: [{ messageId: "credentialArgument", data: { what: "password literal", target: "parameter `password` of `connect`" }, line: 2, column: 16, suggestions: [{ ...env("PASSWORD"), output: 'declare function connect(user: string, password: string): void;\nconnect("svc", process.env.PASSWORD);' }] }],
    },
    {
      code: 'import type { Secret } from "@credref/types";\ntype SigningKey = Secret<"signing">;\nconst k = "k9Qz72LmWp4x" as SigningKey;',
      name: "a cast to an alias of Secret, recognised by its brand",
      errors: [{ messageId: "credentialArgument", line: 3, column: 11, suggestions: [{ ...env("SECRET"), output: 'import type { Secret } from "@credref/types";\ntype SigningKey = Secret<"signing">;\nconst k = process.env.SECRET as SigningKey;' }] }],
    },
  ],
});

describe("options", () => {
  const lint = (options: object) =>
    new Linter().verify("const a = 1;", {
      languageOptions: { parser },
      plugins: { test: { rules: { "no-hardcoded-secrets": rule } } as never },
      rules: { "test/no-hardcoded-secrets": ["error", options] },
    });

  it("rejects an extra pattern that is not a regular expression through the schema", () => {
    expect(() => lint({ additionalPatterns: [{ name: "bad", pattern: "([a-z" }] })).toThrow(/should match format "regex"/);
  });

  it("rejects an ignored name that is not a regular expression through the schema", () => {
    expect(() => lint({ ignoredNames: ["ok", "(["] })).toThrow(/Value "\(\[" should match format "regex"/);
    expect(() => lint({ ignoredValues: ["*"] })).toThrow(/should match format "regex"/);
  });

  it("rejects options of the wrong shape through the schema", () => {
    expect(() => lint({ additionalPatterns: [{ name: "no pattern" }] })).toThrow(/required property 'pattern'/);
    expect(() => lint({ checkComments: "yes" })).toThrow(/should be boolean/);
  });
});

// Each known limitation of docs/rules/no-hardcoded-secrets.md, pinned.
ruleTester.run("no-hardcoded-secrets: known limitations", rule, {
  valid: [
    { code: `const token = ${q("hf_" + "x".repeat(34))};`, name: "a known format filled with x is never reported" },
    'const passphrase = "Correct Horse Battery Staple";',
    'const url = "postgres://app:s3cr3tP4ss@localhost:5432/app";',
    'import { connect } from "./db";\nconnect("svc", "hunter2");',
    'const password = "hun" + "ter2";',
    'const password = "password123";',
    'const jwtSecret = process.env.JWT_SECRET ?? "dev-secret";',
  ],
  invalid: [
    {
      code: `const mapsKey = ${q(FAKE_TOKENS["gcp-api-key"]!)};`,
      name: "a Google API key is reported even if it is a public browser key",
      errors: [{ messageId: "knownToken", data: { label: "Google API key" }, line: 1, column: 17, suggestions: [{ ...env("GCP_API_KEY"), output: "const mapsKey = process.env.GCP_API_KEY;" }] }],
    },
    {
      code: "// format: postgres://user:pass@host:5432/db\nexport {};",
      name: "a URL format documented with user:pass is reported",
      errors: [{ messageId: "connectionCredential", line: 1, column: 12 }],
    },
    {
      code: 'const url = "https://deploy:Zq8!w2Lp@registry.example.com/v2";',
      name: "outside test files, a password for a documentation host is reported",
      errors: [{ messageId: "connectionCredential", line: 1, column: 13, suggestions: [{ messageId: "suggestEnv", data: { envName: "HTTPS_URL" }, output: "const url = process.env.HTTPS_URL;" }] }],
    },
    {
      code: `const key = ${q("sk_" + "live_" + "A".repeat(24))};`,
      name: "a real format with a single-letter body is reported",
      errors: [{ messageId: "knownToken", data: { label: "Stripe secret key" }, line: 1, column: 13, suggestions: [{ ...env("STRIPE_SECRET_KEY"), output: "const key = process.env.STRIPE_SECRET_KEY;" }] }],
    },
  ],
});
