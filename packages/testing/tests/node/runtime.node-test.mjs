// @credref/testing under node's own test runner, with no other test library: proves the package needs none.
// The app is TypeScript with a TC39 @task decorator, compiled by the TypeScript compiler as an app's build would.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { basicRef } from "@credref/types";
import { SecretLeakError, createTestRuntime } from "@credref/testing";
import { value } from "./values.mjs";

const APP = `
import { App, Input, Output, basicRef, task } from "@credref/types";
export class ConnectInput extends Input {
  db = basicRef("warehouse-db");
  leak = false;
}
export class ConnectOutput extends Output {
  user = "";
}
export class WarehouseApp extends App {
  @task({ timeoutSeconds: 5 })
  async connect(input: ConnectInput): Promise<ConnectOutput> {
    const cred = await this.context.resolveCredential(input.db);
    this.context.logger.info("connecting", { user: cred.username });
    if (input.leak) console.log("login", cred.username + ":" + cred.password);
    return { user: cred.username };
  }
}
`;

const dir = mkdtempSync(path.join(tmpdir(), "credref-node-test-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const { outputText } = ts.transpileModule(APP, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
const file = path.join(dir, "app.mjs");
// The same @credref/types instance as this file's import: tasks are recorded and runtimes attached per instance.
writeFileSync(file, outputText.replace('"@credref/types"', JSON.stringify(import.meta.resolve("@credref/types"))));
const { WarehouseApp, ConnectInput } = await import(pathToFileURL(file).href);

const runtime = () => createTestRuntime().provide(basicRef("warehouse-db"), { username: "orders_svc", password: value("warehouse") });

test("a clean run returns the output and keeps the logs", async () => {
  const rt = runtime();
  const output = await rt.run(rt.attach(new WarehouseApp()), "connect", new ConnectInput());
  assert.deepEqual(output, { user: "orders_svc" });
  assert.deepEqual(
    rt.logs.map((r) => r.text),
    ["connecting { user: 'orders_svc' }"],
  );
});

test("a leak fails the run, names the place and is not printed", async () => {
  const rt = runtime();
  const input = new ConnectInput();
  input.leak = true;
  await assert.rejects(rt.run(rt.attach(new WarehouseApp()), "connect", input), (error) => {
    assert.ok(error instanceof SecretLeakError);
    assert.equal(error.message, "WarehouseApp.connect leaked a secret: 'warehouse-db' field 'password' in console.log call 1 at arguments[1]");
    return true;
  });
  assert.equal(rt.logs[1].text, "login orders_svc:<redacted:warehouse-db.password>");
});
