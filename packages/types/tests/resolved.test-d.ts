import { describe, expectTypeOf, test } from "vitest";
import type {
  AnyResolvedCredential,
  ApiKeyCredential,
  ApiKeyRef,
  AtlanApiToken,
  AtlanApiTokenRef,
  AtlanOAuthClient,
  AtlanOAuthClientRef,
  BasicCredential,
  BasicRef,
  BearerTokenCredential,
  BearerTokenRef,
  CertificateCredential,
  CertificateRef,
  CredentialRef,
  GitSshCredential,
  GitSshRef,
  GitTokenCredential,
  GitTokenRef,
  OAuthClientCredential,
  OAuthClientRef,
  Resolved,
  Secret,
  SecretHeaders,
} from "@credref/types";

describe("Resolved maps each ref to its credential", () => {
  test("every built-in type", () => {
    expectTypeOf<Resolved<BasicRef<"db">>>().toEqualTypeOf<BasicCredential>();
    expectTypeOf<Resolved<ApiKeyRef>>().toEqualTypeOf<ApiKeyCredential>();
    expectTypeOf<Resolved<BearerTokenRef>>().toEqualTypeOf<BearerTokenCredential>();
    expectTypeOf<Resolved<OAuthClientRef>>().toEqualTypeOf<OAuthClientCredential>();
    expectTypeOf<Resolved<CertificateRef>>().toEqualTypeOf<CertificateCredential>();
    expectTypeOf<Resolved<GitSshRef>>().toEqualTypeOf<GitSshCredential>();
    expectTypeOf<Resolved<GitTokenRef>>().toEqualTypeOf<GitTokenCredential>();
    expectTypeOf<Resolved<AtlanApiTokenRef>>().toEqualTypeOf<AtlanApiToken>();
    expectTypeOf<Resolved<AtlanOAuthClientRef>>().toEqualTypeOf<AtlanOAuthClient>();
  });

  test("look-alike credentials stay distinct", () => {
    expectTypeOf<GitSshCredential>().not.toEqualTypeOf<CertificateCredential>();
    expectTypeOf<GitTokenCredential>().not.toEqualTypeOf<BearerTokenCredential>();
    expectTypeOf<GitTokenCredential>().not.toExtend<BearerTokenCredential>();
    // An Atlan token is a bearer token with a base URL, and may be used as one.
    expectTypeOf<AtlanApiToken>().toExtend<BearerTokenCredential>();
    expectTypeOf<AtlanOAuthClient>().toExtend<OAuthClientCredential>();
    expectTypeOf<BearerTokenCredential>().not.toExtend<AtlanApiToken>();
  });

  test("distributes over unions", () => {
    expectTypeOf<Resolved<BasicRef | ApiKeyRef>>().toEqualTypeOf<BasicCredential | ApiKeyCredential>();
    expectTypeOf<Resolved<CredentialRef>>().toEqualTypeOf<AnyResolvedCredential>();
  });

  test("never for anything that is not a ref", () => {
    expectTypeOf<Resolved<string>>().toBeNever();
    expectTypeOf<Resolved<{ name: string; credentialType: "basic"; storeName: string }>>().toBeNever();
    expectTypeOf<Resolved<BasicCredential>>().toBeNever();
    expectTypeOf<Resolved<BasicRef | string>>().toEqualTypeOf<BasicCredential>();
  });

  test("field types follow the API table", () => {
    expectTypeOf<BasicCredential["username"]>().toEqualTypeOf<string>();
    expectTypeOf<BasicCredential["password"]>().toEqualTypeOf<Secret<string>>();
    expectTypeOf<ApiKeyCredential["apiKey"]>().toEqualTypeOf<Secret<string>>();
    expectTypeOf<ApiKeyCredential["headerName"]>().toEqualTypeOf<string>();
    expectTypeOf<ApiKeyCredential["toHeaders"]>().returns.toEqualTypeOf<SecretHeaders>();
    expectTypeOf<BearerTokenCredential["token"]>().toEqualTypeOf<Secret<string>>();
    expectTypeOf<BearerTokenCredential["isExpired"]>().returns.toEqualTypeOf<boolean>();
    expectTypeOf<OAuthClientCredential["scopes"]>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<OAuthClientCredential["clientSecret"]>().toEqualTypeOf<Secret<string>>();
    expectTypeOf<OAuthClientCredential["accessToken"]>().toEqualTypeOf<Secret<string>>();
    expectTypeOf<OAuthClientCredential["refreshToken"]>().toEqualTypeOf<Secret<string>>();
    expectTypeOf<OAuthClientCredential["needsRefresh"]>().returns.toEqualTypeOf<boolean>();
    expectTypeOf<CertificateCredential["keyData"]>().toEqualTypeOf<Secret<string>>();
    expectTypeOf<CertificateCredential["passphrase"]>().toEqualTypeOf<Secret<string>>();
    expectTypeOf<CertificateCredential["certData"]>().toEqualTypeOf<string>();
    expectTypeOf<AtlanApiToken["baseUrl"]>().toEqualTypeOf<string>();
    expectTypeOf<AtlanOAuthClient["baseUrl"]>().toEqualTypeOf<string>();
  });

  test("a Secret is usable as a string but a string is not a Secret", () => {
    expectTypeOf<Secret<string>>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<Secret<string>>();
    expectTypeOf<SecretHeaders>().toExtend<Record<string, string>>();
  });
});
