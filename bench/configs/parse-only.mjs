// Baseline: the TypeScript parser on every file, no rules.
import * as parser from "@typescript-eslint/parser";

export default [{ files: ["**/*.{js,mjs,cjs,ts,mts,cts}"], languageOptions: { parser } }];
