import { describe, expect, it } from "vitest";
import {
  credentialKindOfName,
  holdsCredential,
  labelsCredential,
  parseCredentialName,
  REF_FACTORY_BY_KIND,
  splitIdentifierWords,
} from "../../src/secrets/credential-names.js";

describe("splitIdentifierWords", () => {
  it.each([
    ["dbPassword", ["db", "password"]],
    ["DB_PASSWORD", ["db", "password"]],
    ["client-secret", ["client", "secret"]],
    ["APIKey", ["api", "key"]],
    ["apikey", ["api", "key"]],
    ["AWS_SECRET_ACCESS_KEY", ["aws", "secret", "access", "key"]],
    ["connectionString", ["connectionstring"]],
    ["pass_phrase", ["passphrase"]],
    ["s3Key", ["s", "3", "key"]],
    ["config.auth.token", ["config", "auth", "token"]],
  ])("splits %s", (name, words) => {
    expect(splitIdentifierWords(name)).toEqual(words);
  });
});

describe("holdsCredential", () => {
  it.each([
    "password", "passwd", "pwd", "dbPassword", "DB_PASSWORD", "db-password", "newPassword", "passwordConfirm",
    "smtpPass", "SMTP_PASS", "passphrase", "pass_phrase", "secret", "clientSecret", "client_secret", "token",
    "accessToken", "refresh_token", "apiKey", "api_key", "API_KEY", "apikey", "accessKey", "secretKey",
    "AWS_SECRET_ACCESS_KEY", "privateKey", "private_key", "authorization", "Authorization", "auth", "credentials",
    "connectionString", "CONNECTION_STRING", "dsn", "githubToken", "passwordValue", "rawToken", "password2",
  ])("%s holds a secret", (name) => {
    expect(holdsCredential(name)).toBe(true);
  });

  it.each([
    "passwordField", "tokenUrl", "secretName", "apiKeyHeader", "tokenType", "passwordPolicy", "secretArn",
    "tokenEndpoint", "keyId", "aws_access_key_id", "private_key_id", "isPasswordValid", "showPassword",
    "validateToken", "hasApiKey", "passwordHash", "hashPassword", "passwordLength", "tokenExpiresAt", "key",
    "sortKey", "pass", "allPass", "anyPass", "username", "user", "passwordInput", "secretRef", "tokenizer", "bypass",
  ])("%s does not hold a secret", (name) => {
    expect(holdsCredential(name)).toBe(false);
  });
});

describe("labelsCredential", () => {
  it.each(["passwordField", "tokenUrl", "secretName", "apiKeyHeader", "tokenType", "keyId", "secretArn"])(
    "%s labels a credential",
    (name) => expect(labelsCredential(name)).toBe(true),
  );
  it.each(["password", "apiKey", "username", "sortKey", "tokenizer"])("%s does not label one", (name) =>
    expect(labelsCredential(name)).toBe(false),
  );
});

describe("credentialKindOfName", () => {
  it.each([
    ["password", "basic"],
    ["DB_PASSWORD", "basic"],
    ["apiKey", "api_key"],
    ["token", "bearer_token"],
    ["accessToken", "bearer_token"],
    ["refreshToken", "oauth_client"],
    ["clientSecret", "oauth_client"],
    ["privateKey", "certificate"],
    ["passphrase", "certificate"],
    ["credentials", "basic"],
  ] as const)("%s -> %s", (name, kind) => {
    expect(credentialKindOfName(name)).toBe(kind);
    expect(REF_FACTORY_BY_KIND[kind]).toMatch(/Ref$/);
  });

  it("returns undefined for labels", () => {
    expect(credentialKindOfName("tokenUrl")).toBeUndefined();
  });

  it("marks ambiguous words", () => {
    expect(parseCredentialName("token")?.unambiguous).toBe(false);
    expect(parseCredentialName("credentials")?.unambiguous).toBe(false);
    expect(parseCredentialName("password")?.unambiguous).toBe(true);
    expect(parseCredentialName("githubToken")?.unambiguous).toBe(true);
  });
});
