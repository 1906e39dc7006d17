import { describe, expectTypeOf, test } from "vitest";
import {
  credentialRef,
  type AnyResolvedCredential,
  type CredentialRef,
  type IsSecret,
  type Resolved,
  type ResolvedCredential,
  type Secret,
  type TaskContext,
} from "@credref/types";

interface SlackCredential extends ResolvedCredential<"slack"> {
  readonly botToken: Secret<string>;
  readonly workspace: string;
}

declare module "@credref/types" {
  interface CredentialTypes {
    slack: SlackCredential;
  }
}

describe("a custom credential type registered by declaration merging", () => {
  test("credentialRef keeps the custom type", () => {
    expectTypeOf(credentialRef("slack", "bot")).toEqualTypeOf<CredentialRef<"slack", "bot", "default">>();
  });

  test("Resolved and resolveCredential map it to the registered credential", async () => {
    expectTypeOf<Resolved<CredentialRef<"slack">>>().toEqualTypeOf<SlackCredential>();
    const context = {} as TaskContext;
    const resolve = () => context.resolveCredential(credentialRef("slack", "bot"));
    expectTypeOf(resolve).returns.resolves.toEqualTypeOf<SlackCredential>();
    expectTypeOf<SlackCredential>().toExtend<AnyResolvedCredential>();
  });

  test("it counts as secret", () => {
    expectTypeOf<IsSecret<SlackCredential>>().toEqualTypeOf<true>();
  });
});
