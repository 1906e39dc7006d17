// Mutation testing of the analysis that decides what is secret and where it flows: `npm run mutate`.
// Not part of `npm test` (hundreds of mutants, each a test run: too slow for CI on two cores). Incremental: a run
// reuses the results of mutants whose code and tests did not change since the last run (reports/stryker-incremental.json).
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutate.config.ts", related: true },
  mutate: [
    "packages/eslint-plugin/src/flow/**/*.ts",
    "packages/eslint-plugin/src/secrets/**/*.ts",
  ],
  coverageAnalysis: "perTest",
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  concurrency: 2,
  timeoutMS: 20000,
  // The first run measures every test's coverage; on a loaded two-core machine it takes minutes.
  dryRunTimeoutMinutes: 30,
  ignoreStatic: true,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
