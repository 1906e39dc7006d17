import { describe, expectTypeOf, test } from "vitest";
import {
  apiKeyRef,
  atlanApiTokenRef,
  atlanOAuthClientRef,
  basicRef,
  bearerTokenRef,
  certificateRef,
  credentialRef,
  gitSshRef,
  gitTokenRef,
  oauthClientRef,
  type CredentialRef,
  type CredentialTypeName,
} from "@credref/types";

describe("ref factories keep the wire type and the literal name and store", () => {
  test("every factory, default store", () => {
    expectTypeOf(basicRef("my-db")).toEqualTypeOf<CredentialRef<"basic", "my-db", "default">>();
    expectTypeOf(apiKeyRef("svc")).toEqualTypeOf<CredentialRef<"api_key", "svc", "default">>();
    expectTypeOf(bearerTokenRef("crm")).toEqualTypeOf<CredentialRef<"bearer_token", "crm", "default">>();
    expectTypeOf(oauthClientRef("sf")).toEqualTypeOf<CredentialRef<"oauth_client", "sf", "default">>();
    expectTypeOf(certificateRef("mtls")).toEqualTypeOf<CredentialRef<"certificate", "mtls", "default">>();
    expectTypeOf(gitSshRef("deploy")).toEqualTypeOf<CredentialRef<"git_ssh", "deploy", "default">>();
    expectTypeOf(gitTokenRef("gh")).toEqualTypeOf<CredentialRef<"git_token", "gh", "default">>();
    expectTypeOf(atlanApiTokenRef("atlan")).toEqualTypeOf<CredentialRef<"atlan_api_token", "atlan", "default">>();
    expectTypeOf(atlanOAuthClientRef("ao")).toEqualTypeOf<CredentialRef<"atlan_oauth_client", "ao", "default">>();
  });

  test("a storeName option is kept as a literal", () => {
    expectTypeOf(apiKeyRef("svc", { storeName: "vault" })).toEqualTypeOf<CredentialRef<"api_key", "svc", "vault">>();
    expectTypeOf(credentialRef("basic", "db", { storeName: "aws" })).toEqualTypeOf<CredentialRef<"basic", "db", "aws">>();
  });

  test("a non-literal name widens to string, not to something wrong", () => {
    const name: string = process.env["DB"] ?? "db";
    expectTypeOf(basicRef(name)).toEqualTypeOf<CredentialRef<"basic", string, "default">>();
  });

  test("ref fields are readonly and nothing else is visible", () => {
    expectTypeOf(basicRef("x").name).toEqualTypeOf<"x">();
    expectTypeOf(basicRef("x").credentialType).toEqualTypeOf<"basic">();
    expectTypeOf(basicRef("x").storeName).toEqualTypeOf<"default">();
    const ref = basicRef("x");
    // @ts-expect-error refs are readonly
    ref.name = "y";
  });

  test("a hand-made object literal is not a ref", () => {
    const fake = { name: "x", credentialType: "basic" as const, storeName: "default" };
    expectTypeOf(fake).not.toExtend<CredentialRef>();
    expectTypeOf(basicRef("x")).toExtend<CredentialRef>();
  });

  test("credentialRef accepts registered type names only", () => {
    expectTypeOf(credentialRef<"git_ssh", "k">).parameter(0).toEqualTypeOf<"git_ssh">();
    expectTypeOf<"basic">().toExtend<CredentialTypeName>();
    expectTypeOf<"nope">().not.toExtend<CredentialTypeName>();
    // @ts-expect-error "nope" is not a registered credential type
    credentialRef("nope", "x");
  });
});
