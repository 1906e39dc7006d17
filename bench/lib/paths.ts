import { fileURLToPath } from "node:url";
import path from "node:path";

/** Repository root; every bench path is resolved from here so the bench runs from any cwd. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const benchDir = path.join(repoRoot, "bench");
export const configDir = path.join(benchDir, "configs");
/** Scratch space for generated inputs and caches (git-ignored). */
export const outDir = path.join(benchDir, ".out");

export const rel = (file: string): string => path.relative(repoRoot, file);
