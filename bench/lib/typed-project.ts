import fs from "node:fs";
import path from "node:path";
import { listFiles } from "./files.js";
import { outDir, repoRoot } from "./paths.js";

export const typedProjectDir = path.join(outDir, "typed-app");

/**
 * Generates the typed bench project: COPIES copies of the labeled app corpus (test/corpus/src), each in
 * its own folder, under one tsconfig that resolves `@credref/types` from the built package. Realistic
 * app code with real type information, sized to give the type checker work without a long run.
 */
export function generateTypedProject(copies: number): string[] {
  fs.rmSync(typedProjectDir, { recursive: true, force: true });
  const corpus = path.join(repoRoot, "test/corpus/src");
  const sources = listFiles(corpus, /\.ts$/);
  const files: string[] = [];
  for (let i = 0; i < copies; i++) {
    const dir = path.join(typedProjectDir, "src", `module-${String(i).padStart(2, "0")}`);
    for (const src of sources) {
      // Keep the corpus's folders, so its relative imports resolve in every copy.
      const dest = path.join(dir, path.relative(corpus, src));
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(src, dest);
      files.push(dest);
    }
  }
  const tsconfig = {
    extends: path.relative(typedProjectDir, path.join(repoRoot, "tsconfig.base.json")),
    compilerOptions: { noEmit: true, composite: false, declaration: false, declarationMap: false, sourceMap: false },
    include: ["src/**/*.ts"],
  };
  fs.writeFileSync(path.join(typedProjectDir, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
  return files;
}
