// The vitest project of @credref/testing: its own tests and the fixture apps' unit tests, which use the package the
// way an app team would. Decorated classes are compiled by TypeScript (see tests/support/decorators-plugin.ts); the
// fixtures' third-party loggers resolve to small stubs that write where the real libraries do.
import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";
import { tsDecorators } from "./tests/support/decorators-plugin.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const stub = (name: string): string => fileURLToPath(new URL(`../../fixtures/app-tests/stubs/${name}.ts`, import.meta.url));

export default defineProject({
  plugins: [tsDecorators()],
  resolve: {
    alias: {
      pino: stub("pino"),
      winston: stub("winston"),
      "@opentelemetry/api": stub("opentelemetry"),
      debug: stub("debug"),
    },
  },
  test: {
    name: "testing",
    root: repo,
    include: ["packages/testing/tests/**/*.test.ts", "fixtures/app-tests/*.test.ts"],
    typecheck: { enabled: true, include: ["packages/testing/tests/**/*.test-d.ts"], tsconfig: "packages/testing/tests/tsconfig.json" },
  },
});
