import { fileURLToPath } from "node:url";
import { ts } from "ts-morph";
import { expect, test } from "vitest";
import { createConsumerProject } from "../../../test/support/tsc-expectations.js";

// IDE hover is the package's first documentation: every public export needs a summary and an @example.
test("every export of @credref/types has a doc comment with an @example", { timeout: 60_000 }, () => {
  const project = createConsumerProject();
  const file = fileURLToPath(new URL("../src/index.ts", import.meta.url));
  const sourceFile = project.addSourceFileAtPath(file);
  const checker = project.getTypeChecker().compilerObject;
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile.compilerNode)!;
  const exports = checker.getExportsOfModule(moduleSymbol);
  expect(exports.length).toBeGreaterThan(50);
  const undocumented = exports
    .map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol))
    .filter((symbol) => {
      const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      const hasExample = symbol.getJsDocTags(checker).some((tag) => tag.name === "example");
      return summary === "" || !hasExample;
    })
    .map((symbol) => symbol.getName());
  expect(undocumented).toEqual([]);
});
