import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import plugin, { type ConfigName } from "../src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const ruleNames = Object.keys(plugin.rules);
const ruleFiles = readdirSync(`${root}/src/rules`)
  .filter((file) => file.endsWith(".ts") && file !== "index.ts")
  .map((file) => file.replace(/\.ts$/, ""));

interface SchemaNode {
  type?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode | SchemaNode[];
}

/** Every option (every named property, at any depth) must say what it does. */
function undocumentedOptions(schema: SchemaNode, path = ""): string[] {
  const missing: string[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const here = path ? `${path}.${key}` : key;
    if (!child.description) missing.push(here);
    missing.push(...undocumentedOptions(child, here));
  }
  const items = Array.isArray(schema.items) ? schema.items : schema.items ? [schema.items] : [];
  for (const item of items) missing.push(...undocumentedOptions(item, `${path}[]`));
  return missing;
}

describe("plugin shape", () => {
  it("names itself and its namespace", () => {
    expect(plugin.meta).toMatchObject({ name: "@credref/eslint-plugin", namespace: "@credref" });
    expect(plugin.meta.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("registers every rule file and nothing else", () => {
    expect([...ruleNames].sort()).toEqual([...ruleFiles].sort());
  });

  it("exports the three named configs", () => {
    expect(Object.keys(plugin.configs).sort()).toEqual(["recommended", "recommended-type-checked", "strict"]);
    for (const [name, config] of Object.entries(plugin.configs)) {
      expect(config.name).toBe(`@credref/${name}`);
      expect(config.plugins?.["@credref"]).toBe(plugin);
    }
  });

  it("makes strict ask more where a rule declares strict options: test files get the full secret check", async () => {
    const { ESLint } = await import("eslint");
    const findings = async (config: (typeof plugin.configs)[ConfigName]) => {
      // `.ts` files are linted only where a config names them.
      const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [{ files: ["**/*.ts"] }, config] });
      const [result] = await eslint.lintText('export const password = "hunter2";\n', { filePath: "src/login.test.ts" });
      return result?.messages.map((message) => message.ruleId) ?? [];
    };
    expect(await findings(plugin.configs.recommended)).toEqual([]);
    expect(await findings(plugin.configs.strict)).toEqual(["@credref/no-hardcoded-secrets"]);
  });

  it("asks for type information only in the type-checked config", () => {
    expect(plugin.configs["recommended-type-checked"].languageOptions?.parserOptions).toMatchObject({ projectService: true });
    expect(plugin.configs.recommended.languageOptions?.parserOptions).toBeUndefined();
  });
});

describe.each(ruleNames)("rule %s", (name) => {
  const rule = plugin.rules[name as keyof typeof plugin.rules] as unknown as {
    meta: {
      docs: { url: string; description: string; recommended?: string };
      messages: Record<string, string>;
      schema: SchemaNode[] | SchemaNode;
      defaultOptions?: unknown[];
    };
  };

  it("has a doc page, a test file and a docs URL pointing at the page", () => {
    expect(existsSync(`${root}/docs/rules/${name}.md`)).toBe(true);
    expect(existsSync(`${root}/tests/rules/${name}.test.ts`)).toBe(true);
    expect(rule.meta.docs.url.endsWith(`/docs/rules/${name}.md`)).toBe(true);
  });

  it("is turned on by at least one shared config", () => {
    const enabledIn = Object.values(plugin.configs).filter((config) => config.rules?.[`@credref/${name}`]);
    expect(enabledIn.length).toBeGreaterThan(0);
  });

  it("declares default options and documents every option", () => {
    expect(rule.meta.defaultOptions).toBeDefined();
    const schemas = Array.isArray(rule.meta.schema) ? rule.meta.schema : [rule.meta.schema];
    expect(schemas.flatMap((schema) => undocumentedOptions(schema))).toEqual([]);
  });

  it("has a description, and its doc page starts with it", () => {
    const doc = readFileSync(`${root}/docs/rules/${name}.md`, "utf8");
    const description = rule.meta.docs.description;
    expect(description.length).toBeGreaterThan(10);
    // The page opens with the generated title, the generated header (notices, if any) and then, as its first
    // paragraph, the description as a sentence; code spans may mark up names the description writes plainly.
    const page = /^# (.+)\n[\s\S]*?<!-- end auto-generated rule header -->\n+([\s\S]+?)(?:\n\n|$)/.exec(doc);
    expect(page?.[1]).toBe(name);
    const plain = (text: string) => text.replace(/`/g, "").replace(/\s+/g, " ").trim();
    expect(plain(page?.[2] ?? "")).toBe(plain(`${description.charAt(0).toUpperCase()}${description.slice(1)}.`));
  });
});
