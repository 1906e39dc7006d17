// Every registered @credref rule at error, with the syntactic parser (crash sweep, scale checks).
import credref from "@credref/eslint-plugin";
import * as parser from "@typescript-eslint/parser";

export default [
  {
    files: ["**/*.{js,mjs,cjs,ts,mts,cts}"],
    languageOptions: { parser },
    plugins: { "@credref": credref },
    rules: Object.fromEntries(Object.keys(credref.rules).map((name) => [`@credref/${name}`, "error"])),
  },
];
