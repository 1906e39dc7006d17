// Runs tests/node/runtime.node-test.mjs under `node --test`, outside vitest, against the built package: the
// no-test-runner-dependency claim is checked on every `npm test`. Nothing the run provides may reach its output.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { value } from "./node/values.mjs";

test("the runtime works under node's test runner, and the captured leak is never printed", () => {
  const file = fileURLToPath(new URL("./node/runtime.node-test.mjs", import.meta.url));
  const run = spawnSync(process.execPath, ["--test", "--test-reporter=tap", file], { encoding: "utf8", timeout: 60_000 });
  const output = run.stdout + run.stderr;
  expect(output).toMatch(/^# pass 2$/m);
  expect(output).toMatch(/^# fail 0$/m);
  expect(run.status).toBe(0);
  expect(output).not.toContain(value("warehouse"));
}, 60_000);
