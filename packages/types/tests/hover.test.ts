import { fileURLToPath } from "node:url";
import { ts } from "ts-morph";
import { describe, expect, test } from "vitest";
import { createConsumerProject } from "../../../test/support/tsc-expectations.js";

/** What an editor shows on hover at the `/*|*\/` cursor: the signature line, the documentation and the tags. */
function hoverAt(code: string): { display: string; documentation: string; tags: { name: string; text: string }[] } {
  const cursor = "/*|*/";
  const position = code.indexOf(cursor);
  if (position < 0) throw new Error("no cursor in the snippet");
  const project = createConsumerProject();
  // Next to the compile fixtures, so "@credref/types" resolves to the built package exactly as for a consumer.
  const file = fileURLToPath(new URL("./compile/__hover__.ts", import.meta.url));
  project.createSourceFile(file, code.replace(cursor, ""), { overwrite: true });
  const info = project.getLanguageService().compilerObject.getQuickInfoAtPosition(file, position);
  if (info === undefined) throw new Error("no quick info at the cursor");
  return {
    display: ts.displayPartsToString(info.displayParts),
    documentation: ts.displayPartsToString(info.documentation),
    tags: (info.tags ?? []).map((tag) => ({ name: tag.name, text: ts.displayPartsToString(tag.text) })),
  };
}

const imports = `import { App, Input, Output, task, basicRef, apiKeyRef } from "@credref/types";\n`;

describe("hovers", { timeout: 60_000 }, () => {
  test("a factory's result reads as its alias, with the literal name and store", () => {
    expect(hoverAt(`${imports}const /*|*/db = basicRef("my-db");`).display).toBe('const db: BasicRef<"my-db", "default">');
    expect(hoverAt(`${imports}const /*|*/svc = apiKeyRef("svc", { storeName: "vault" });`).display).toBe(
      'const svc: ApiKeyRef<"svc", "vault">',
    );
  });

  test.each([
    ["App", `${imports}class A extends /*|*/App {}`, "async connect(input: ConnectInput)"],
    ["task", `${imports}/*|*/task;`, 'async sync(input: SyncInput)'],
    ["basicRef", `${imports}/*|*/basicRef;`, "const cred = await this.context.resolveCredential(job.credential);"],
  ])("the hover of %s shows its example whole, decorator included", (_name, code, lastPart) => {
    const { tags } = hoverAt(code);
    expect(tags.map((tag) => tag.name)).toEqual(["example"]);
    expect(tags[0]!.text).toContain("@ task");
    expect(tags[0]!.text).toContain(lastPart);
  });

  test("a resolved credential's fields say whether they are secret", () => {
    const body = (field: string) =>
      `${imports}class In extends Input { db = basicRef("db") }
class Out extends Output { ok = false }
export class MyApp extends App {
  @task
  async run(input: In): Promise<Out> {
    const cred = await this.context.resolveCredential(input.db);
    return { ok: cred./*|*/${field} !== "" };
  }
}`;
    const password = hoverAt(body("password"));
    expect(password.display).toBe("(property) BasicCredential.password: Secret<string>");
    expect(password.documentation).toMatch(/\*\*Secret\*\*/);
    const username = hoverAt(body("username"));
    expect(username.documentation).toMatch(/Not secret/);
  });
});
