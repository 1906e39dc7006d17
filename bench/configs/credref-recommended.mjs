// `@credref/recommended` as users enable it, on every JS/TS file.
import credref from "@credref/eslint-plugin";

export default [{ files: ["**/*.{js,mjs,cjs,ts,mts,cts}"] }, credref.configs.recommended];
