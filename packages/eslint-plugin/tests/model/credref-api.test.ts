// The plugin's @credref/types vocabulary (src/model/credref-api.ts) pinned to the package's declarations, read
// through the package entry by exported name: a field added to a credential type, a new ref factory or a renamed
// context method fails here until the plugin classifies it.
import { fileURLToPath } from "node:url";
import { Project, type Type } from "ts-morph";
import { describe, expect, it } from "vitest";
import {
  ATLAN_CLIENT_SOURCE_METHOD,
  CONTEXT_SOURCE_METHODS,
  CONTEXT_TYPE_NAMES,
  CREDENTIAL_TYPE_BY_WIRE_NAME,
  CREDENTIAL_TYPE_NAMES,
  GENERIC_REF_FACTORY,
  REF_FACTORY_BY_WIRE_NAME,
  REF_TYPE_BY_FACTORY,
  SAFE_CREDENTIAL_MEMBERS,
  SECRET_FIELDS,
  SECRET_METHODS,
  SECRET_VALUE_TYPE_NAMES,
} from "../../src/model/credref-api.js";
import { SECRET_BRAND_PREFIX } from "../../src/model/secret-brand.js";

const entry = fileURLToPath(new URL("../../../types/src/index.ts", import.meta.url));
const project = new Project({ compilerOptions: { strict: true, lib: ["lib.es2023.d.ts"], types: [] }, skipAddingFilesFromTsConfig: true });
const exported = project.addSourceFileAtPath(entry).getExportedDeclarations();

/** The type of an exported declaration, by its exported name. */
function exportedType(name: string): Type {
  const declaration = exported.get(name)?.[0];
  if (!declaration) throw new Error(`@credref/types exports no ${name}`);
  return declaration.getType();
}

/** Members of a type, without the brand. */
function members(type: Type): { name: string; type: Type; method: boolean }[] {
  const at = exported.get("BasicCredential")![0]!;
  return type
    .getProperties()
    .filter((symbol) => !symbol.getEscapedName().startsWith(SECRET_BRAND_PREFIX))
    .map((symbol) => {
      const memberType = symbol.getTypeAtLocation(at);
      const signatures = memberType.getCallSignatures();
      return { name: symbol.getName(), type: signatures[0]?.getReturnType() ?? memberType, method: signatures.length > 0 };
    });
}

/** Whether a type is (or holds) one of the secret value types. */
function isSecretType(type: Type): boolean {
  return [...SECRET_VALUE_TYPE_NAMES].some((name) => type.getText().includes(`${name}<`) || type.getText().endsWith(name)) || type.getProperties().some((p) => p.getEscapedName().startsWith(SECRET_BRAND_PREFIX));
}

describe("credref-api matches @credref/types", () => {
  it("names every built-in credential kind, by wire name, with its resolved type", () => {
    const registry = exportedType("CredentialTypes");
    const declared = Object.fromEntries(registry.getProperties().map((p) => [p.getName(), p.getTypeAtLocation(exported.get("CredentialTypes")![0]!).getText().replace(/^import\([^)]*\)\./, "")]));
    expect(declared).toEqual(CREDENTIAL_TYPE_BY_WIRE_NAME);
  });

  it("classifies every member of every credential type as secret or safe, and secret exactly when typed secret", () => {
    for (const typeName of Object.values(CREDENTIAL_TYPE_BY_WIRE_NAME)) {
      for (const member of members(exportedType(typeName))) {
        const where = `${typeName}.${member.name}`;
        const secret = member.method ? SECRET_METHODS.has(member.name) : SECRET_FIELDS.has(member.name);
        expect(secret || SAFE_CREDENTIAL_MEMBERS.has(member.name), `${where} is neither secret nor safe in credref-api.ts`).toBe(true);
        expect(secret, `${where}: secret in the plugin and in the types must agree`).toBe(isSecretType(member.type));
      }
    }
  });

  it("knows every exported credential and secret type name it relies on", () => {
    for (const name of [...CREDENTIAL_TYPE_NAMES, ...SECRET_VALUE_TYPE_NAMES, ...CONTEXT_TYPE_NAMES, ...Object.values(REF_TYPE_BY_FACTORY)]) {
      expect(exported.has(name), `@credref/types exports ${name}`).toBe(true);
    }
  });

  it("lists every ref factory, and only those", () => {
    const factories = [...exported.keys()].filter((name) => /^[a-z]\w*Ref$/.test(name) && exportedType(name).getCallSignatures().length > 0);
    expect(factories.sort()).toEqual([...Object.values(REF_FACTORY_BY_WIRE_NAME), GENERIC_REF_FACTORY].sort());
  });

  it("names the context methods and the Atlan client method that hand out secrets", () => {
    for (const context of CONTEXT_TYPE_NAMES) {
      expect(exportedType(context).getProperty(CONTEXT_SOURCE_METHODS.secret), `${context}.${CONTEXT_SOURCE_METHODS.secret}`).toBeDefined();
    }
    expect(exportedType("TaskContext").getProperty(CONTEXT_SOURCE_METHODS.credential)).toBeDefined();
    expect(exportedType("AtlanClientMethods").getProperty(ATLAN_CLIENT_SOURCE_METHOD)).toBeDefined();
  });
});
