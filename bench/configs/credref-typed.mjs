// `@credref/recommended-type-checked`, each file typed by its nearest tsconfig.json.
import { fileURLToPath } from "node:url";
import credref from "@credref/eslint-plugin";

const tsconfigRootDir = fileURLToPath(new URL("../../", import.meta.url));
const typed = credref.configs["recommended-type-checked"];

export default [
  { files: ["**/*.{ts,mts,cts}"] },
  {
    ...typed,
    languageOptions: {
      ...typed.languageOptions,
      parserOptions: { ...typed.languageOptions?.parserOptions, tsconfigRootDir },
    },
  },
];
