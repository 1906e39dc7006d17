import { describe, expect, it } from "vitest";
import { decodeBasicCredentials, findTextAssignments } from "../../src/secrets/text-assignments.js";
import { fakeChars } from "../fake-tokens.js";

const value = fakeChars(24, 41);
const password = `${fakeChars(9, 42)}!`;
const b64 = (text: string): string => Buffer.from(text).toString("base64");

/** The assignment whose key is `key`, checked to point at its value in the text. */
function assignmentOf(text: string, key: string) {
  const found = findTextAssignments(text).find((a) => a.key === key);
  expect(found, `no assignment to ${key}`).toBeDefined();
  return found!;
}

describe("findTextAssignments", () => {
  const shapes: [string, string, string][] = [
    ["dotenv", `SNYK_TOKEN=${value}`, "SNYK_TOKEN"],
    ["shell export, quoted", `export SUMO_ACCESS_KEY="${value}"`, "SUMO_ACCESS_KEY"],
    ["spaces around =", `DB_PASSWORD = '${value}'`, "DB_PASSWORD"],
    ["Go :=", `apiKey := "${value}"`, "apiKey"],
    ["YAML", `db:\n  host: db.internal\n  password: ${value}\n`, "password"],
    ["JSON", `{"client_secret": "${value}", "id": 3}`, "client_secret"],
    ["INI / properties", `[auth]\nspring.datasource.password=${value}\n`, "spring.datasource.password"],
    [".npmrc", `//registry.npmjs.org/:_authToken=${value}`, "_authToken"],
    ["PowerShell", `$env:API_TOKEN="${value}"`, "API_TOKEN"],
    ["command-line flag", `deploy --api-key=${value}`, "api-key"],
    ["XML element", `<config><secret>${value}</secret></config>`, "secret"],
    ["XML add key/value", `<add key="ClearTextPassword" value="${value}" />`, "ClearTextPassword"],
    [".netrc", `machine api.example.com login bob password ${value}`, "password"],
  ];
  for (const [shape, text, key] of shapes) {
    it(`reads ${shape}`, () => {
      const found = assignmentOf(text, key);
      expect(found.value).toBe(value);
      expect(text.slice(found.index, found.index + found.length)).toBe(value);
    });
  }

  it("reads a password with & and punctuation in YAML", () => {
    const chosen = `${fakeChars(5, 3)}&${fakeChars(4, 4)}`;
    expect(assignmentOf(`password: ${chosen}\nuser: bob`, "password").value).toBe(chosen);
  });

  it("stops a query-string value at the next parameter", () => {
    expect(assignmentOf(`?token=${value}&next=/home`, "token").value).toBe(value);
  });

  it("reads curl -u user:password with its user", () => {
    const text = `curl -u deploy:${password} https://api.example.com/v1`;
    const found = findTextAssignments(text).find((a) => a.form === "curl-user")!;
    expect(found).toMatchObject({ key: "password", value: password, user: "deploy" });
    expect(text.slice(found.index, found.index + found.length)).toBe(password);
  });

  it("reads Authorization: Basic decoded, and Bearer as written", () => {
    const basic = b64(`deploy:${password}`);
    const text = `curl -H "Authorization: Basic ${basic}" https://x.example.com`;
    const found = findTextAssignments(text).find((a) => a.form === "authorization")!;
    expect(found).toMatchObject({ key: "password", value: password, user: "deploy", scheme: "basic" });
    expect(text.slice(found.index, found.index + found.length)).toBe(basic);
    const bearer = findTextAssignments(`Authorization: Bearer ${value}`).find((a) => a.form === "authorization")!;
    expect(bearer).toMatchObject({ key: "authorization", value, scheme: "bearer" });
  });

  it("reads nothing from prose, code without assignments, or URLs", () => {
    expect(findTextAssignments("Enter the password shown on the settings page")).toEqual([]);
    expect(findTextAssignments("return token;")).toEqual([]);
    expect(findTextAssignments("<b>bold</b> text").filter((a) => a.form !== "xml-element")).toEqual([]);
  });

  it("decodes only base64 of a printable user:password", () => {
    expect(decodeBasicCredentials(b64(`bob:${password}`))).toEqual({ user: "bob", password });
    expect(decodeBasicCredentials(b64("no colon here"))).toBeUndefined();
    expect(decodeBasicCredentials("not base64!")).toBeUndefined();
    expect(decodeBasicCredentials(Buffer.from([0, 1, 58, 2, 3, 4, 5, 6]).toString("base64"))).toBeUndefined();
  });

  it("reads only the first part of a huge text", () => {
    const found = findTextAssignments(`${"word ".repeat(50_000)}PASSWORD=${value}`);
    expect(found).toEqual([]);
  });
});
