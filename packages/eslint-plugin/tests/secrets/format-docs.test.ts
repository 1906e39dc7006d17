/**
 * docs/secret-formats.md lists every format of the catalogue; this test regenerates the list and fails when the
 * file differs, so the docs cannot go stale. `UPDATE_FORMAT_DOCS=1` rewrites the file instead.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../src/secrets/catalogue/index.js";
import { compileFormat } from "../../src/secrets/catalogue/dsl.js";

const docFile = fileURLToPath(new URL("../../docs/secret-formats.md", import.meta.url));

function generated(): string {
  const rows = CATALOGUE.map((definition) => {
    const { keywords } = compileFormat(definition);
    const gate = definition.keywordRequired ? "near a provider word" : "anywhere";
    const words = keywords.map((k) => `\`${k.replace(/\|/g, "\\|")}\``).join(", ");
    return `| \`${definition.id}\` | ${definition.label} | ${gate} | ${words} |`;
  });
  const gated = CATALOGUE.filter((d) => d.keywordRequired).length;
  return [
    "# Secret formats of `no-hardcoded-secrets`",
    "",
    "<!-- Generated from src/secrets/catalogue/ by tests/secrets/format-docs.test.ts (UPDATE_FORMAT_DOCS=1 rewrites it). -->",
    "",
    `${CATALOGUE.length} formats, in the order the rule tries them (where two match the same text, the first names the finding). ` +
      `${CATALOGUE.length - gated} identify themselves by a prefix or a fixed shape and are reported anywhere; ${gated} have no distinctive ` +
      "prefix and are reported only when one of their keywords (the provider's name) occurs in the surrounding name or text, " +
      "within 80 characters before the value.",
    "",
    "Keywords are matched case-insensitively; for a self-identifying format they are the openings every token of it contains.",
    "",
    "| id | label in messages | reported | keywords |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

describe("docs/secret-formats.md", () => {
  it("lists every format id and label of the catalogue, as generated", () => {
    const expected = generated();
    if (process.env.UPDATE_FORMAT_DOCS === "1") fs.writeFileSync(docFile, expected);
    const actual = fs.existsSync(docFile) ? fs.readFileSync(docFile, "utf8") : "";
    expect(actual).toBe(expected);
    for (const definition of CATALOGUE) expect(actual).toContain(`| \`${definition.id}\` | ${definition.label} |`);
  });
});
