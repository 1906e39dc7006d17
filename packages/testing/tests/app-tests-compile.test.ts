// The good fixture app's unit tests are what an app team would write: they must type-check as the app does (vitest
// strips types without checking them). The bad app's tests are left out: its sources hold compile errors on purpose.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

test("fixtures/app-tests type-checks with the good app's compiler options", () => {
  const tsc = fileURLToPath(new URL("../../../node_modules/typescript/bin/tsc", import.meta.url));
  const project = fileURLToPath(new URL("../../../fixtures/app-tests", import.meta.url));
  const run = () => execFileSync(process.execPath, [tsc, "-p", project, "--pretty", "false"], { encoding: "utf8", stdio: "pipe" });
  expect(run).not.toThrow();
}, 120_000);
