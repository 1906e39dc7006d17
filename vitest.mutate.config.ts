// The plugin's unit and rule tests, for mutation runs (`npm run mutate`): the reliability sweeps (crash slices,
// generated programs, adversarial inputs), the docs and meta checks are left out; they check that rules never throw
// or hang, or that the docs match, not what the analysis finds.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: "packages/eslint-plugin",
    // MUTATE_TESTS narrows a run to the tests of the files it mutates (comma-separated globs under the plugin).
    include: process.env.MUTATE_TESTS?.split(",") ?? ["tests/{rules,flow,secrets,model,scope,refs}/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    testTimeout: 60_000,
  },
});
