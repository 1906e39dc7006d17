// ESLint's own cost of running any rule: the parser of parse-only.mjs and one rule that does nothing.
import * as parser from "@typescript-eslint/parser";

const plugin = { rules: { "do-nothing": { meta: { type: "problem", schema: [] }, create: () => ({}) } } };

export default [{ files: ["**/*.{js,mjs,cjs,ts,mts,cts}"], languageOptions: { parser }, plugins: { bench: plugin }, rules: { "bench/do-nothing": "error" } }];
