import { createHmac } from "node:crypto";
import rule from "../../../src/rules/no-hardcoded-secrets.js";
import { FAKE_TOKENS, fakeChars } from "../../fake-tokens.js";
import { syntacticRuleTester } from "../../rule-tester.js";

const ruleTester = syntacticRuleTester();
const q = JSON.stringify;

// Values built at run time: seeded random bodies, never a real secret.
const token = fakeChars(28, 101);
const chosen = `${fakeChars(6, 102)}&${fakeChars(3, 103)}`;
const b64 = (text: string): string => Buffer.from(text).toString("base64");
const basic = b64(`deploy:${fakeChars(14, 104)}`);
const pemLines = FAKE_TOKENS["private-key"]!.split("\n");
const BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const bcrypt = `$2b$10$${fakeChars(53, 105, BCRYPT)}`;
const b64url = (json: object): string => Buffer.from(JSON.stringify(json)).toString("base64url");
const jwtKey = fakeChars(24, 106);
const jwtInput = `${b64url({ alg: "HS256", typ: "JWT" })}.${b64url({ sub: "user-1", iat: 1700000000 })}`;
const signedJwt = `${jwtInput}.${createHmac("sha256", jwtKey).update(jwtInput).digest("base64url")}`;
const text = (what: string, key: string, where: string) => ({ messageId: "secretInText" as const, data: { what, key, where } });

ruleTester.run("no-hardcoded-secrets: secrets written as text", rule, {
  valid: [
    // Text whose values are placeholders, interpolations, vocabulary or local defaults
    'const help = "Set API_TOKEN=<your token> in .env";',
    "const script = `export DB_PASSWORD=${password}`;",
    "// password: required\nexport {};",
    'const usage = "curl -u user:pass http://localhost:8080/api";',
    { code: `const header = ${q(`Authorization: Basic ${b64("user:pass")}`)};`, name: "Basic credentials of a dummy user:pass pair" },
    'const msg = "Error: password too short";',
    { code: `const docs = ${q(`token: ${"x".repeat(24)}`)};`, name: "a masked token in text" },
    { code: `const yaml = ${q(`password: ${"abc123"}`)};`, name: "a typed-in-order password in text" },
    // Names that hold no secret even though they mention one
    { code: `const form = ${q(`<input name="authenticity_token" value="${token}">`)};`, name: "an anti-forgery token in markup" },
    { code: `const config = { publicToken: ${q(token)} };`, name: "a public token" },
  ],
  invalid: [
    {
      code: `const env = ${q(`SNYK_TOKEN=${token}`)};`,
      name: "KEY=value in a string",
      errors: [{ ...text("token literal", "SNYK_TOKEN", "a string"), line: 1, column: 13, endColumn: 13 + token.length + 13 }],
    },
    {
      code: `const script = \`export DB_PASSWORD=${chosen}\nnode app.js\`;`,
      name: "export KEY=value in a template",
      errors: [{ ...text("password literal", "DB_PASSWORD", "a template"), line: 1, column: 16 }],
    },
    {
      code: `// password: ${chosen}\nexport {};`,
      name: "YAML password in a line comment, reported at the value",
      errors: [{ ...text("password literal", "password", "a comment"), line: 1, column: 14, endLine: 1, endColumn: 14 + chosen.length }],
    },
    {
      code: `const nuget = ${q(`<add key="ClearTextPassword" value="${chosen}" />`)};`,
      name: "an XML key/value pair",
      errors: [{ ...text("password literal", "ClearTextPassword", "a string"), line: 1, column: 15 }],
    },
    {
      code: `const jenkins = ${q(`<hudson><secret>${token}</secret></hudson>`)};`,
      name: "an XML element",
      errors: [{ ...text("secret literal", "secret", "a string"), line: 1, column: 17 }],
    },
    {
      code: `/*\n * curl -u deploy:${chosen} https://api.example.com\n */\nexport {};`,
      name: "curl -u user:password in a block comment",
      errors: [{ ...text("password literal", "password", "a comment"), line: 2, column: 19 }],
    },
    {
      code: `const cmd = ${q(`curl -H "Authorization: Basic ${basic}" https://api.example.com`)};`,
      name: "Authorization: Basic in a string, judged by its decoded password",
      errors: [{ ...text("password literal", "Authorization", "a string"), line: 1, column: 13 }],
    },
    {
      code: `const npmrc = ${q(`//registry.npmjs.org/:_authToken=${token}`)};`,
      name: ".npmrc auth token",
      errors: [{ ...text("token literal", "_authToken", "a string"), line: 1, column: 15 }],
    },
    {
      code: `const docker = ${q(JSON.stringify({ auths: { "registry.example.com": { auth: basic } } }))};`,
      name: "docker auths",
      errors: [{ ...text("password literal", "auth", "a string"), line: 1, column: 16 }],
    },
    {
      code: `${pemLines.map((line) => `// ${line}`).join("\n")}\nexport {};`,
      name: "a private key pasted as line comments is one block",
      errors: [{ messageId: "knownToken", data: { label: "private key" }, line: 1, column: 4 }],
    },
  ],
});

ruleTester.run("no-hardcoded-secrets: named literals keep their verdict", rule, {
  valid: [],
  invalid: [
    {
      code: `const config = { apiKey: ${q(`AIza${fakeChars(30, 107)}`)} };`,
      name: "a Google-looking key of the wrong length is judged as the apiKey it is",
      errors: [{ messageId: "namedLiteral", data: { what: "API key literal", name: "apiKey" }, line: 1, column: 26, suggestions: [{ messageId: "suggestEnv", data: { envName: "API_KEY" }, output: "const config = { apiKey: process.env.API_KEY };" }] }],
    },
    {
      code: `const headers = { Authorization: ${q(`Basic ${basic}`)} };`,
      name: "a literal Basic authorization header",
      errors: [{ messageId: "namedLiteral", data: { what: "authorization header value", name: "Authorization" }, line: 1, column: 34, suggestions: [{ messageId: "suggestEnv", data: { envName: "AUTHORIZATION" }, output: "const headers = { Authorization: process.env.AUTHORIZATION };" }] }],
    },
    {
      code: 'const url = "postgres://app:Zq8#w2@Lp%9@db.internal/app";',
      name: "a password with unencoded # @ % in a URL",
      errors: [{ messageId: "connectionCredential", data: { where: "a postgres URL" }, line: 1, column: 13, suggestions: [{ messageId: "suggestEnv", data: { envName: "POSTGRES_URL" }, output: "const url = process.env.POSTGRES_URL;" }] }],
    },
  ],
});

ruleTester.run("no-hardcoded-secrets: environment suggestions", rule, {
  valid: [],
  invalid: [
    {
      code: `const base = import.meta.env.BASE_URL;\nconst apiKey = ${q(token)};`,
      name: "a module that reads import.meta.env gets it suggested",
      errors: [{ messageId: "namedLiteral", line: 2, column: 16, suggestions: [{ messageId: "suggestImportMetaEnv", data: { envName: "API_KEY" }, output: "const base = import.meta.env.BASE_URL;\nconst apiKey = import.meta.env.API_KEY;" }] }],
    },
    {
      code: `const base = import.meta.env.BASE_URL ?? process.env.BASE_URL;\nconst apiKey = ${q(token)};`,
      name: "a module that reads process.env too keeps process.env",
      errors: [{ messageId: "namedLiteral", line: 2, column: 16, suggestions: [{ messageId: "suggestEnv", data: { envName: "API_KEY" }, output: "const base = import.meta.env.BASE_URL ?? process.env.BASE_URL;\nconst apiKey = process.env.API_KEY;" }] }],
    },
  ],
});

ruleTester.run("no-hardcoded-secrets: dummies and test folders", rule, {
  valid: [
    // Test folders by path, not only `.test.` names
    { code: 'const db = { host: "localhost", password: "hunter2" };', filename: "test/helpers/db.ts" },
    { code: 'const password = "hunter2";', filename: "packages/api/tests/setup.ts" },
    { code: 'const password = "hunter2";', filename: "src/__fixtures__/users.ts" },
    { code: 'const password = "hunter2";', filename: "spec/login.ts" },
    // Dummies by shape, even where test files are checked fully
    { code: 'const db = { host: "localhost", password: "test" };', filename: "test/db.ts", options: [{ checkTestFiles: true }] },
    { code: 'const user = { password: "123456" };', options: [{ checkTestFiles: true }] },
    { code: 'const user = { password: "qwerty" };' },
    { code: 'const apiKey = "abcdefghijklmnop";' },
    { code: `const user = { password: ${q(bcrypt)} };`, name: "a bcrypt hash in a password field" },
    { code: 'const token = "sample-token-123";' },
    // Default and self-describing passwords, leetspeak included; keyboard runs with a counter; dates
    { code: 'newUser.password = "admin";', filename: "test/users.ts", options: [{ checkTestFiles: true }] },
    { code: 'const db = { password: "p@ssword" };', options: [{ checkTestFiles: true }] },
    { code: 'const proxy = { proxyPassword: "proxyPass" };' },
    { code: 'const session = { accessToken: "qwerty345" };' },
    { code: 'const enrollment = { last_auth: "2024-01-15T09:30:00Z" };' },
    // A search-only key of a client-side search config ships to every browser
    { code: `const docsearch = { appId: "N1HUB2TU6A", indexName: "docs", apiKey: ${q(fakeChars(32, 108, "0123456789abcdef"))} };`, name: "a search-only key beside appId and indexName" },
    { code: `const auth = { Authorization: ${q(`Bearer ${"abcdef".repeat(4)}`)} };`, name: "an abcdef bearer token" },
    // A JWT signed with a key written in the same file is a test vector
    {
      code: `const key = ${q(jwtKey)};\nconst expected = ${q(signedJwt)};`,
      filename: "test/jwt.ts",
      name: "a JWT test vector signed with the key beside it",
    },
  ],
  invalid: [
    {
      code: `const db = { host: "db.internal", password: ${q("Tr0ub4dor&3")} };`,
      filename: "test/db.ts",
      options: [{ checkTestFiles: true }],
      name: "a chosen password in a fixture is a finding where test files are checked",
      errors: [{ messageId: "namedLiteral", data: { what: "password literal", name: "password" }, line: 1, column: 45, suggestions: [{ messageId: "suggestEnv", data: { envName: "PASSWORD" }, output: "const db = { host: \"db.internal\", password: process.env.PASSWORD };" }] }],
    },
    {
      code: `const expected = ${q(signedJwt)};`,
      filename: "test/jwt.ts",
      name: "a JWT without its key in the file is still reported",
      errors: [{ messageId: "knownToken", data: { label: "JSON Web Token" }, line: 1, column: 18, suggestions: [{ messageId: "suggestEnv", data: { envName: "JWT" }, output: "const expected = process.env.JWT;" }] }],
    },
  ],
});
