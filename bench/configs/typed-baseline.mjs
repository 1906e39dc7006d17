// Typed baseline: the parser with the project service (full type information), no rules.
// Each file gets the nearest tsconfig.json (the generated bench app, test/corpus).
import { fileURLToPath } from "node:url";
import * as parser from "@typescript-eslint/parser";

const tsconfigRootDir = fileURLToPath(new URL("../../", import.meta.url));

export default [
  {
    files: ["**/*.{ts,mts,cts}"],
    languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir } },
  },
];
