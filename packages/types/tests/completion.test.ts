import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { createConsumerProject } from "../../../test/support/tsc-expectations.js";

/** Completion entry names offered at the `/*|*\/` cursor in `code`, as an editor would ask for them. */
function completionsAt(code: string): string[] {
  const cursor = "/*|*/";
  const position = code.indexOf(cursor);
  if (position < 0) throw new Error("no cursor in the snippet");
  const project = createConsumerProject();
  // Next to the compile fixtures, so "@credref/types" resolves to the built package exactly as for a consumer.
  const file = fileURLToPath(new URL("./compile/__completion__.ts", import.meta.url));
  project.createSourceFile(file, code.replace(cursor, ""), { overwrite: true });
  const completions = project.getLanguageService().compilerObject.getCompletionsAtPosition(file, position, {});
  return completions?.entries.map((entry) => entry.name) ?? [];
}

const app = (body: string, extra = "") => `
import { App, Input, Output, task, basicRef, apiKeyRef, credentialRef, type ResolvedCredential, type Secret } from "@credref/types";
${extra}
class In extends Input { db = basicRef("x"); }
class Out extends Output { ok = false; }
export class MyApp extends App {
  @task
  async run(input: In): Promise<Out> {
    ${body}
    return { ok: true };
  }
}
`;

// Each case builds a language service over the consumer program; the first also warms the lib files.
describe("IDE completions on a resolved credential", { timeout: 60_000 }, () => {
  test("a basic credential offers username and password, not apiKey", () => {
    const names = completionsAt(app(`const cred = await this.context.resolveCredential(basicRef("x"));\n    cred./*|*/`));
    expect(names).toEqual(expect.arrayContaining(["username", "password", "toAuthHeader"]));
    expect(names).not.toContain("apiKey");
    expect(names).not.toContain("token");
  });

  test("an API key credential offers apiKey, headerName, prefix and toHeaders", () => {
    const names = completionsAt(app(`const cred = await this.context.resolveCredential(apiKeyRef("k"));\n    cred./*|*/`));
    expect(names).toEqual(expect.arrayContaining(["apiKey", "headerName", "prefix", "toHeaders"]));
    expect(names).not.toContain("password");
  });

  test("a ref from the Input resolves the same way", () => {
    const names = completionsAt(app(`const cred = await this.context.resolveCredential(input.db);\n    cred./*|*/`));
    expect(names).toEqual(expect.arrayContaining(["username", "password"]));
  });

  test("a custom type registered by declaration merging offers its own fields", () => {
    const slack = `
interface SlackCredential extends ResolvedCredential<"slack"> { readonly botToken: Secret<string>; readonly workspace: string }
declare module "@credref/types" { interface CredentialTypes { slack: SlackCredential } }`;
    const names = completionsAt(
      app(`const cred = await this.context.resolveCredential(credentialRef("slack", "bot"));\n    cred./*|*/`, slack),
    );
    expect(names).toEqual(expect.arrayContaining(["botToken", "workspace"]));
    expect(names).not.toContain("username");
  });

  test("credentialRef's first argument completes to the registered type names", () => {
    const names = completionsAt(app(`credentialRef("/*|*/`));
    expect(names).toEqual(expect.arrayContaining(["basic", "api_key", "atlan_oauth_client"]));
    expect(names).not.toContain("slack");
  });
});
