// eslint-plugin-no-secrets' entropy rule with its default options, on the same parser.
import noSecrets from "eslint-plugin-no-secrets";
import * as parser from "@typescript-eslint/parser";

export default [
  {
    files: ["**/*.{js,mjs,cjs,ts,mts,cts}"],
    languageOptions: { parser },
    plugins: { "no-secrets": noSecrets },
    rules: { "no-secrets/no-secrets": "error" },
  },
];
