import path from "node:path";
import { countLines, listFiles } from "./files.js";
import { repoRoot } from "./paths.js";
import { versionOf } from "./env.js";

/**
 * Third-party code that holds no secrets, used for noise and speed. A fixed list, so numbers from
 * different runs compare; every entry is installed by `npm ci` at the root.
 */
export const REAL_CORPUS: readonly { pkg: string; dir: string; pattern: RegExp; kind: string }[] = [
  { pkg: "eslint", dir: "lib", pattern: /\.js$/, kind: "CommonJS sources" },
  { pkg: "@typescript-eslint/eslint-plugin", dir: "dist", pattern: /\.js$/, kind: "compiled TS" },
  { pkg: "@typescript-eslint/typescript-estree", dir: "dist", pattern: /\.js$/, kind: "compiled TS" },
  { pkg: "@typescript-eslint/scope-manager", dir: "dist", pattern: /\.js$/, kind: "compiled TS" },
  { pkg: "@typescript-eslint/utils", dir: "dist", pattern: /\.js$/, kind: "compiled TS" },
  { pkg: "@typescript-eslint/type-utils", dir: "dist", pattern: /\.js$/, kind: "compiled TS" },
  { pkg: "@typescript-eslint/rule-tester", dir: "dist", pattern: /\.js$/, kind: "compiled TS" },
  { pkg: "typescript", dir: "lib", pattern: /^lib\.es20\d\d\..*\.d\.ts$/, kind: "TS declarations" },
  { pkg: "type-fest", dir: "source", pattern: /\.d\.ts$/, kind: "TS declarations" },
  { pkg: "eslint-doc-generator/node_modules/ajv", dir: "lib", pattern: /(?<!\.d)\.ts$/, kind: "TS sources" },
  { pkg: "vitest", dir: "dist", pattern: /\.js$/, kind: "bundled ESM" },
];

export interface CorpusPart {
  label: string;
  kind: string;
  version: string;
  files: string[];
  lines: number;
  bytes: number;
}

export function realCorpus(): CorpusPart[] {
  return REAL_CORPUS.map(({ pkg, dir, pattern, kind }) => {
    const files = listFiles(path.join(repoRoot, "node_modules", pkg, dir), pattern);
    return { label: `${pkg}/${dir}`, kind, version: versionOf(pkg), files, ...countLines(files) };
  });
}
