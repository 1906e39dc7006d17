import { describe, expectTypeOf, test } from "vitest";
import {
  createCredential,
  redactSecrets,
  type ApiKeyCredential,
  type AtlanApiToken,
  type BasicCredential,
  type CredentialFields,
  type OAuthClientCredential,
  type ResolvedCredential,
  type Secret,
} from "@credref/types";

interface PagerCredential extends ResolvedCredential<"pager"> {
  readonly routingKey: Secret<string>;
  readonly region: "eu" | "us";
  readonly retries: number;
  ping(): void;
}
declare module "@credref/types" {
  interface CredentialTypes {
    pager: PagerCredential;
  }
}

describe("CredentialFields", () => {
  test("data fields only, secrets as plain strings, defaulted fields optional", () => {
    expectTypeOf<CredentialFields<"basic">>().toEqualTypeOf<{ readonly username: string; readonly password: string }>();
    expectTypeOf<CredentialFields<"api_key">>().toEqualTypeOf<{
      readonly apiKey: string;
      readonly headerName?: string;
      readonly prefix?: string;
    }>();
    expectTypeOf<CredentialFields<"atlan_api_token">>().toEqualTypeOf<{
      readonly token: string;
      readonly baseUrl: string;
      readonly expiresAt?: string;
    }>();
    expectTypeOf<CredentialFields<"oauth_client">>().toEqualTypeOf<{
      readonly clientId: string;
      readonly clientSecret: string;
      readonly tokenUrl: string;
      readonly scopes?: readonly string[];
      readonly accessToken?: string;
      readonly refreshToken?: string;
      readonly expiresAt?: string;
    }>();
  });

  test("a custom type: its data fields, literal unions kept, methods dropped, nothing optional", () => {
    expectTypeOf<CredentialFields<"pager">>().toEqualTypeOf<{
      readonly routingKey: string;
      readonly region: "eu" | "us";
      readonly retries: number;
    }>();
  });
});

describe("createCredential", () => {
  test("returns the registered credential type", () => {
    expectTypeOf(createCredential("basic", { username: "u", password: "p" })).toEqualTypeOf<BasicCredential>();
    expectTypeOf(createCredential("api_key", { apiKey: "k" })).toEqualTypeOf<ApiKeyCredential>();
    expectTypeOf(createCredential("atlan_api_token", { token: "t", baseUrl: "b" })).toEqualTypeOf<AtlanApiToken>();
    expectTypeOf(createCredential("oauth_client", { clientId: "c", clientSecret: "s", tokenUrl: "u" })).toEqualTypeOf<OAuthClientCredential>();
    expectTypeOf(createCredential("pager", { routingKey: "r", region: "eu", retries: 1 }, { secretFields: ["routingKey"] })).toEqualTypeOf<PagerCredential>();
  });

  test("rejects a missing field, a wrong type, an unknown field and an unregistered type", () => {
    // @ts-expect-error password is missing
    createCredential("basic", { username: "u" });
    // @ts-expect-error password must be a string
    createCredential("basic", { username: "u", password: 1 });
    // @ts-expect-error no such field on an api_key credential
    createCredential("api_key", { apiKey: "k", headername: "X" });
    // @ts-expect-error methods are not fields
    createCredential("basic", { username: "u", password: "p", toAuthHeader: () => "" });
    // @ts-expect-error "slak" is not a registered credential type
    createCredential("slak", {});
  });
});

describe("redactSecrets", () => {
  test("returns the same type and takes only the object's keys", () => {
    const row = { user: "svc", dsn: "d" };
    expectTypeOf(redactSecrets(row, ["dsn"])).toEqualTypeOf<{ user: string; dsn: string }>();
    // @ts-expect-error "password" is not a key of row
    redactSecrets(row, ["password"]);
  });
});
