/**
 * A Vite plugin that compiles TypeScript files holding TC39 decorators with the TypeScript compiler: Vite's own
 * transform does not lower standard decorators, and the apps under test (the fixtures, the classes in these tests)
 * use them. Other files are left to Vite.
 */
import ts from "typescript";
import type { Plugin } from "vite";

const DECORATOR = /^\s*@[A-Za-z_$]/m;

export function tsDecorators(): Plugin {
  return {
    name: "credref:ts-decorators",
    enforce: "pre",
    transform(code, id) {
      const file = id.split("?")[0]!;
      if (!file.endsWith(".ts") || file.endsWith(".d.ts") || file.includes("/node_modules/") || !DECORATOR.test(code)) return null;
      const { outputText, sourceMapText } = ts.transpileModule(code, {
        fileName: file,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          sourceMap: true,
          inlineSources: true,
          verbatimModuleSyntax: true,
        },
      });
      return { code: outputText.replace(/\/\/# sourceMappingURL=.*$/m, ""), map: sourceMapText ?? null };
    },
  };
}
