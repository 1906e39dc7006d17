// `@credref/no-hardcoded-secrets` alone, for comparing it with other secret scanners rule for rule.
import credref from "@credref/eslint-plugin";
import * as parser from "@typescript-eslint/parser";

export default [
  {
    files: ["**/*.{js,mjs,cjs,ts,mts,cts}"],
    languageOptions: { parser },
    plugins: { "@credref": credref },
    rules: { "@credref/no-hardcoded-secrets": "error" },
  },
];
