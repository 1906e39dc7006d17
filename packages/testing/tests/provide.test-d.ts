// Compile-time checks of the runtime's API, run by vitest's typecheck (tsc): `provide` takes the fields of the
// ref's own credential type, custom types included, and `run` takes a task's input and returns its output type.
import {
  App,
  Input,
  Output,
  apiKeyRef,
  basicRef,
  credentialRef,
  oauthClientRef,
  task,
  type ResolvedCredential,
  type Secret,
} from "@credref/types";
import { describe, expectTypeOf, test } from "vitest";
import { createTestRuntime, type TestRuntime } from "@credref/testing";

interface PagerCredential extends ResolvedCredential<"pager"> {
  readonly routingKey: Secret<string>;
  readonly team: string;
}
declare module "@credref/types" {
  interface CredentialTypes {
    pager: PagerCredential;
  }
}

const runtime = createTestRuntime();
const value = ["test", "value", "of", "the", "type", "tests"].join("-");

describe("provide", () => {
  test("takes the fields of the ref's credential type", () => {
    expectTypeOf(runtime.provide(basicRef("db"), { username: "svc", password: value })).toEqualTypeOf<TestRuntime>();
    runtime.provide(apiKeyRef("crm", { storeName: "vault" }), { apiKey: value, headerName: "Authorization" });
    runtime.provide(oauthClientRef("crm"), { clientId: "id", clientSecret: value, tokenUrl: "https://auth.example/token" });
    runtime.provide(credentialRef("pager", "oncall"), { routingKey: value, team: "data" }, { secretFields: ["routingKey"] });
  });

  test("rejects the fields of another type, a missing field and a non-string field", () => {
    // @ts-expect-error -- apiKey is an api_key field, not a basic one
    runtime.provide(basicRef("x"), { apiKey: value });
    // @ts-expect-error -- a basic credential needs a password
    runtime.provide(basicRef("x"), { username: "svc" });
    // @ts-expect-error -- the password is a string
    runtime.provide(basicRef("x"), { username: "svc", password: 1234 });
    // @ts-expect-error -- a custom type's fields come from its registered interface
    runtime.provide(credentialRef("pager", "oncall"), { botToken: value });
    // @ts-expect-error -- a hand-made object is not a ref
    runtime.provide({ name: "x", credentialType: "basic", storeName: "default" }, { username: "svc", password: value });
  });
});

class SyncInput extends Input {
  db = basicRef("db");
}
class SyncOutput extends Output {
  rows = 0;
}
class SyncApp extends App {
  @task
  async sync(input: SyncInput): Promise<SyncOutput> {
    await this.context.resolveCredential(input.db);
    return { rows: 1 };
  }
}

describe("run", () => {
  test("takes the task's input and resolves to its output", () => {
    const app = runtime.attach(new SyncApp());
    expectTypeOf(runtime.run(app, "sync", new SyncInput())).toEqualTypeOf<Promise<SyncOutput>>();
    // @ts-expect-error -- not a method of the app
    void runtime.run(app, "missing", new SyncInput());
    // @ts-expect-error -- the input of sync is a SyncInput
    void runtime.run(app, "sync", { table: "orders" });
  });
});
