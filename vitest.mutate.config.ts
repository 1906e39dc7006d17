// The plugin's unit and rule tests, for mutation runs (`npm run mutate`): the reliability sweeps (crash slices,
// generated programs, adversarial inputs) are left out; they check that rules never throw or hang, not what they find.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: "packages/eslint-plugin",
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/reliability/**"],
    setupFiles: ["tests/setup.ts"],
    testTimeout: 60_000,
  },
});
