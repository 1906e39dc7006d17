import { describe, expectTypeOf, test } from "vitest";
import {
  apiKeyRef,
  atlanApiTokenRef,
  atlanOAuthClientRef,
  basicRef,
  Input,
  Output,
  type AsyncAtlanClient,
  type AtlanClientMethods,
  type AppState,
  type BasicCredential,
  type HandlerContext,
  type IsSecret,
  type Secret,
  type SecretKeys,
  type TaskCheck,
  type TaskContext,
  type TaskSignatureError,
} from "@credref/types";

declare const context: TaskContext;
declare const handlerContext: HandlerContext;

class ConnectInput extends Input {
  credential = basicRef("my-db");
  table = "orders";
}
class ConnectOutput extends Output {
  connected = false;
  credentialName = "";
}
class LeakyOutput extends Output {
  password = "" as Secret<string>;
  rows = 0;
}
class CredentialOutput extends Output {
  creds: BasicCredential[] = [];
}

describe("contexts", () => {
  test("resolveCredential is typed by the ref", () => {
    expectTypeOf(context.resolveCredential(basicRef("x"))).resolves.toEqualTypeOf<BasicCredential>();
    expectTypeOf(context.getSecret("k")).resolves.toEqualTypeOf<Secret<string>>();
  });

  test("resolveCredential rejects anything that is not a ref", () => {
    // @ts-expect-error a hand-made object literal is not a ref
    void context.resolveCredential({ name: "x", credentialType: "basic", storeName: "default" });
    // @ts-expect-error a string is not a ref
    void context.resolveCredential("my-db");
  });

  test("a handler context has getSecret but no resolveCredential", () => {
    expectTypeOf(handlerContext.getSecret("k")).resolves.toEqualTypeOf<Secret<string>>();
    expectTypeOf<HandlerContext>().not.toHaveProperty("resolveCredential");
    expectTypeOf<TaskContext>().toHaveProperty("resolveCredential");
  });
});

describe("secret detection", () => {
  test("IsSecret and SecretKeys", () => {
    expectTypeOf<IsSecret<Secret<string>>>().toEqualTypeOf<true>();
    expectTypeOf<IsSecret<BasicCredential>>().toEqualTypeOf<true>();
    expectTypeOf<IsSecret<BasicCredential[]>>().toEqualTypeOf<true>();
    expectTypeOf<IsSecret<string | Secret<string>>>().toEqualTypeOf<true>();
    expectTypeOf<IsSecret<string>>().toEqualTypeOf<false>();
    expectTypeOf<IsSecret<ReturnType<typeof basicRef<"x">>>>().toEqualTypeOf<false>();
    expectTypeOf<SecretKeys<LeakyOutput>>().toEqualTypeOf<"password">();
    expectTypeOf<SecretKeys<ConnectOutput>>().toBeNever();
  });
});

describe("TaskCheck: one Input in, Promise<Output> out, no secrets", () => {
  test("a valid task checks to void", () => {
    expectTypeOf<TaskCheck<(input: ConnectInput) => Promise<ConnectOutput>>>().toEqualTypeOf<void>();
  });

  test("a secret or a resolved credential in the Output names the field", () => {
    expectTypeOf<TaskCheck<(input: ConnectInput) => Promise<LeakyOutput>>>().toEqualTypeOf<
      TaskSignatureError<"@task: Output field 'password' holds a Secret or resolved credential; outputs are persisted, return non-secret data">
    >();
    expectTypeOf<TaskCheck<(input: ConnectInput) => Promise<CredentialOutput>>>().not.toEqualTypeOf<void>();
  });

  test("Input and Output stay empty, so the valid-task signature may constrain both to `object`", () => {
    // task.ts names `object` where it means `Input & object` and `Output & object`: the same while the classes
    // have no members. A member added to either must come with those constraints named again.
    expectTypeOf<keyof Input>().toBeNever();
    expectTypeOf<keyof Output>().toBeNever();
  });

  test("wrong shapes", () => {
    expectTypeOf<TaskCheck<() => Promise<ConnectOutput>>>().toEqualTypeOf<
      TaskSignatureError<"@task: a task takes exactly one parameter, its Input">
    >();
    expectTypeOf<TaskCheck<(a: ConnectInput, b: ConnectInput) => Promise<ConnectOutput>>>().not.toEqualTypeOf<void>();
    expectTypeOf<TaskCheck<(input: string) => Promise<ConnectOutput>>>().not.toEqualTypeOf<void>();
    expectTypeOf<TaskCheck<(input: ConnectInput) => ConnectOutput>>().not.toEqualTypeOf<void>();
    expectTypeOf<TaskCheck<(input: ConnectInput) => Promise<string>>>().not.toEqualTypeOf<void>();
  });
});

describe("app state and the Atlan client", () => {
  test("app state takes no secrets", () => {
    const state = {} as AppState;
    state.set("cursor", "abc");
    state.set("ref", basicRef("x"));
    // @ts-expect-error a Secret cannot be persisted
    state.set("key", "" as Secret<string>);
    // @ts-expect-error a resolved credential cannot be persisted
    state.set("cred", {} as BasicCredential);
  });

  test("getOrCreateAsyncAtlanClient takes Atlan refs only", () => {
    const app = {} as AtlanClientMethods;
    expectTypeOf(app.getOrCreateAsyncAtlanClient(atlanApiTokenRef("a"))).resolves.toEqualTypeOf<AsyncAtlanClient>();
    void app.getOrCreateAsyncAtlanClient(atlanOAuthClientRef("b"));
    // @ts-expect-error an API-key ref is not an Atlan ref
    void app.getOrCreateAsyncAtlanClient(apiKeyRef("c"));
  });
});
