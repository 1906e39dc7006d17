import { randomBytes } from "node:crypto";
import { format, inspect } from "node:util";
import { describe, expect, test, vi } from "vitest";
import { createCredential, redactSecrets, secretFieldsOf, type CredentialTypeName } from "../src/index.js";

/** A fresh random value per call: none appears literally in this file, and each is easy to look for in output. */
const fakeSecret = (): string => `fake-${randomBytes(12).toString("hex")}`;

/** Every way an object gets printed by mistake; each must hide the secrets. */
function printings(value: object): Record<string, string> {
  const logged = vi.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    console.log(value);
    console.log("%s %o %j", value, value, value);
    console.log({ nested: [value] });
    return {
      string: String(value),
      template: `${value as unknown as string}`,
      concatenated: "cred: " + (value as unknown as string),
      json: JSON.stringify(value),
      jsonNested: JSON.stringify({ output: { cred: value } }),
      inspect: inspect(value),
      inspectHidden: inspect(value, { showHidden: true, depth: Infinity }),
      format: format("%s %o %O %j", value, value, value, value),
      consoleLog: logged.mock.calls.map((args) => format(...(args as [unknown, ...unknown[]]))).join("\n"),
    };
  } finally {
    logged.mockRestore();
  }
}

function expectHidden(value: object, secrets: readonly string[], shown: readonly string[] = []): void {
  for (const [way, text] of Object.entries(printings(value))) {
    for (const secret of secrets) expect(text, `${way} printed a secret`).not.toContain(secret);
    expect(text, `${way} shows no redaction marker`).toContain("<redacted>");
    for (const visible of shown) expect(text, `${way} hid a non-secret field`).toContain(visible);
  }
}

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

describe("createCredential: built-in types", () => {
  test("basic: the fields stay plain strings, the object prints redacted in every way", () => {
    const password = fakeSecret();
    const cred = createCredential("basic", { username: "svc-reporting", password });
    expect(cred.password).toBe(password);
    expect(typeof cred.password).toBe("string");
    expect(cred.username).toBe("svc-reporting");
    expect(Object.keys(cred)).toEqual(["username", "password"]);
    expect({ ...cred }).toEqual({ username: "svc-reporting", password });
    expect(Object.isFrozen(cred)).toBe(true);
    expectHidden(cred, [password], ["svc-reporting"]);
    expect(JSON.parse(JSON.stringify(cred))).toEqual({ username: "svc-reporting", password: "<redacted>" });
    expect(String(cred)).toBe('{"username":"svc-reporting","password":"<redacted>"}');
  });

  test("basic: toAuthHeader is Basic base64(username:password), UTF-8", () => {
    const password = fakeSecret();
    const cred = createCredential("basic", { username: "zoë", password });
    const header = cred.toAuthHeader();
    expect(header.startsWith("Basic ")).toBe(true);
    expect(Buffer.from(header.slice("Basic ".length), "base64").toString("utf8")).toBe(`zoë:${password}`);
  });

  test("api_key: defaults, custom header and prefix, headers usable by fetch and printed redacted", () => {
    const apiKey = fakeSecret();
    const plain = createCredential("api_key", { apiKey });
    expect(plain.headerName).toBe("X-API-Key");
    expect(plain.prefix).toBe("");
    expect({ ...plain.toHeaders() }).toEqual({ "X-API-Key": apiKey });
    const custom = createCredential("api_key", { apiKey, headerName: "Authorization", prefix: "Token " });
    const headers = custom.toHeaders();
    expect(new Headers(headers).get("authorization")).toBe(`Token ${apiKey}`);
    expect(Object.keys(headers)).toEqual(["Authorization"]);
    expectHidden(headers, [apiKey]);
    expectHidden(custom, [apiKey], ["Authorization", "Token "]);
  });

  test.each(["bearer_token", "git_token"] as const)("%s: toAuthHeader and isExpired", (type) => {
    const token = fakeSecret();
    const lasting = createCredential(type, { token });
    expect(lasting.expiresAt).toBe("");
    expect(lasting.isExpired()).toBe(false);
    expect(lasting.toAuthHeader()).toBe(`Bearer ${token}`);
    expect(createCredential(type, { token, expiresAt: "2001-01-01T00:00:00Z" }).isExpired()).toBe(true);
    expect(createCredential(type, { token, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }).isExpired()).toBe(false);
    expectHidden(lasting, [token]);
  });

  test("oauth_client: defaults, needsRefresh, toHeaders", () => {
    const clientSecret = fakeSecret();
    const accessToken = fakeSecret();
    const refreshToken = fakeSecret();
    const base = { clientId: "app-1", clientSecret, tokenUrl: "https://login.example.com/token" };
    const fresh = createCredential("oauth_client", base);
    expect(fresh.scopes).toEqual([]);
    expect(fresh.accessToken).toBe("");
    expect(fresh.needsRefresh()).toBe(true);
    expect(() => fresh.toHeaders()).toThrow(/^oauth_client credential: no access token yet/);
    const soon = new Date(Date.now() + 10_000).toISOString();
    const later = new Date(Date.now() + 3_600_000).toISOString();
    expect(createCredential("oauth_client", { ...base, accessToken, expiresAt: soon }).needsRefresh()).toBe(true);
    const live = createCredential("oauth_client", { ...base, accessToken, refreshToken, expiresAt: later, scopes: ["read"] });
    expect(live.needsRefresh()).toBe(false);
    expect(createCredential("oauth_client", { ...base, accessToken }).needsRefresh()).toBe(false);
    expect({ ...live.toHeaders() }).toEqual({ Authorization: `Bearer ${accessToken}` });
    expect(live.scopes).toEqual(["read"]);
    expectHidden(live, [clientSecret, accessToken, refreshToken], ["app-1", "https://login.example.com/token", "read"]);
    expectHidden(live.toHeaders(), [accessToken]);
  });

  test("atlan types need baseUrl and keep it visible", () => {
    const token = fakeSecret();
    expect(() => createCredential("atlan_api_token", { token } as never)).toThrow('atlan_api_token credential: field "baseUrl" is missing');
    const cred = createCredential("atlan_api_token", { token, baseUrl: "https://acme.atlan.com" });
    expect(cred.toAuthHeader()).toBe(`Bearer ${token}`);
    expectHidden(cred, [token], ["https://acme.atlan.com"]);
    const clientSecret = fakeSecret();
    const oauth = createCredential("atlan_oauth_client", {
      clientId: "c",
      clientSecret,
      tokenUrl: "https://acme.atlan.com/token",
      baseUrl: "https://acme.atlan.com",
    });
    expect(oauth.baseUrl).toBe("https://acme.atlan.com");
    expectHidden(oauth, [clientSecret]);
  });

  test.each(["certificate", "git_ssh"] as const)("%s: key and passphrase redacted, certificate shown", (type) => {
    const keyData = `-----BEGIN PRIVATE KEY-----\n${fakeSecret()}\n-----END PRIVATE KEY-----`;
    const passphrase = fakeSecret();
    const cred = createCredential(type, { certData: "public-cert", keyData, passphrase });
    expect(cred.caData).toBe("");
    expect(cred.keyData).toBe(keyData);
    expectHidden(cred, [keyData.split("\n")[1]!, passphrase], ["public-cert"]);
  });

  test("secretFieldsOf lists each built-in type's secret fields, undefined for custom types", () => {
    expect(secretFieldsOf("basic")).toEqual(["password"]);
    expect(secretFieldsOf("api_key")).toEqual(["apiKey"]);
    expect(secretFieldsOf("oauth_client")).toEqual(["clientSecret", "accessToken", "refreshToken"]);
    expect(secretFieldsOf("certificate")).toEqual(["keyData", "passphrase"]);
    expect(secretFieldsOf("slack")).toBeUndefined();
    expect(secretFieldsOf("toString")).toBeUndefined();
  });
});

describe("createCredential: custom types", () => {
  test("secretFields decides what is redacted", () => {
    const botToken = fakeSecret();
    const cred = createCredential("slack" as CredentialTypeName, { botToken, team: "T1" } as never, { secretFields: ["botToken"] });
    const fields = cred as unknown as Record<string, unknown>;
    expect(fields["botToken"]).toBe(botToken);
    expectHidden(cred, [botToken], ["T1"]);
  });

  test("without secretFields every string field is redacted, other fields shown", () => {
    const botToken = fakeSecret();
    const cred = createCredential("slack" as CredentialTypeName, { botToken, workspace: "acme", retries: 3 } as never);
    expect(JSON.parse(JSON.stringify(cred))).toEqual({ botToken: "<redacted>", workspace: "<redacted>", retries: 3 });
    expectHidden(cred, [botToken]);
  });
});

describe("createCredential: errors name the label and the field, never the value", () => {
  const secret = fakeSecret();
  const cases: [string, () => unknown, string][] = [
    ["missing field", () => createCredential("basic", { username: "u" } as never), 'basic credential: field "password" is missing'],
    ["non-string field", () => createCredential("basic", { username: "u", password: 42 } as never), 'basic credential: field "password" must be a string (got a value of type number)'],
    [
      "labelled",
      () => createCredential("basic", { username: secret } as never, { label: 'basic ref "my-db"' }),
      'basic ref "my-db": field "password" is missing',
    ],
    [
      "unknown field, e.g. a typo",
      () => createCredential("api_key", { apiKey: secret, headername: "X" } as never),
      'api_key credential: unknown field "headername" (known: apiKey, headerName, prefix)',
    ],
    [
      "scopes not strings",
      () => createCredential("oauth_client", { clientId: "c", clientSecret: secret, tokenUrl: "t", scopes: [secret, 1] } as never),
      'oauth_client credential: field "scopes" must be an array of strings (got an array)',
    ],
    [
      "bad expiry",
      () => createCredential("bearer_token", { token: secret, expiresAt: secret }),
      'bearer_token credential: field "expiresAt" must be an ISO-8601 date or "" (got a string that is not a date)',
    ],
    [
      "custom secret field missing",
      () => createCredential("slack" as CredentialTypeName, { other: secret } as never, { secretFields: ["botToken"] }),
      'slack credential: secret field "botToken" is missing',
    ],
    [
      "custom secret field not a string",
      () => createCredential("slack" as CredentialTypeName, { botToken: [secret] } as never, { secretFields: ["botToken"] }),
      'slack credential: secret field "botToken" must be a string (got an array)',
    ],
    ["fields not an object", () => createCredential("basic", secret as never), "basic credential: the fields must be an object (got a string)"],
    ["type not a wire name", () => createCredential(secret as CredentialTypeName, {} as never), 'createCredential: the credential type must be a lowercase wire name such as "api_key" (got a string)'],
  ];
  test.each(cases)("%s", (_name, run, message) => {
    const error = errorOf(run);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(message);
    expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain("\n");
  });
});

describe("redactSecrets", () => {
  test("any object prints the named fields redacted, keeps their values, and is frozen", () => {
    const dsn = fakeSecret();
    const row = { user: "svc", dsn, port: 5432 };
    const same = redactSecrets(row, ["dsn"]);
    expect(same).toBe(row);
    expect(Object.isFrozen(row)).toBe(true);
    expect(row.dsn).toBe(dsn);
    expect(Object.keys(row)).toEqual(["user", "dsn", "port"]);
    expectHidden(row, [dsn], ["svc", "5432"]);
  });

  test("a class instance keeps its prototype and methods", () => {
    class Conn {
      constructor(
        readonly host: string,
        readonly password: string,
      ) {}
      url(): string {
        return `db://${this.host}`;
      }
    }
    const password = fakeSecret();
    const conn = redactSecrets(new Conn("db.internal", password), ["password"]);
    expect(conn).toBeInstanceOf(Conn);
    expect(conn.url()).toBe("db://db.internal");
    expectHidden(conn, [password], ["db.internal"]);
  });

  test("a cycle among the other fields still prints, without the secret", () => {
    const secret = fakeSecret();
    const node: { secret: string; self?: unknown } = { secret };
    node.self = node;
    redactSecrets(node, ["secret"]);
    expect(String(node)).toBe("{secret, self}");
    expect(inspect(node)).not.toContain(secret);
  });

  test("bad input gets one line", () => {
    expect(() => redactSecrets(Object.freeze({ a: "x" }), ["a"])).toThrow(
      "redactSecrets: the object is frozen, sealed or not extensible; call redactSecrets before freezing it",
    );
    expect(() => redactSecrets({ a: "x" }, "a" as never)).toThrow("redactSecrets: secretFields must be an array of field names");
    expect(() => redactSecrets(null as never, [])).toThrow("redactSecrets: expected an object (got null)");
  });
});
