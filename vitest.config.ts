import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "types",
          root: "packages/types",
          include: ["tests/**/*.test.ts"],
          typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"], tsconfig: "tests/tsconfig.json" },
        },
      },
      {
        test: {
          name: "eslint-plugin",
          root: "packages/eslint-plugin",
          include: ["tests/**/*.test.ts"],
          setupFiles: ["tests/setup.ts"],
          // The first typed case of a file starts the TypeScript project service: seconds on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          root: "test",
          include: ["**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      // @credref/testing and the fixture apps' unit tests; its own config compiles TC39 decorators with TypeScript.
      "packages/testing/vitest.config.ts",
    ],
  },
});
