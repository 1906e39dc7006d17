// Connector settings: everything here is configuration, not secret material.
export const settings = {
  tokenUrl: "https://login.example.com/oauth2/v2.0/token",
  passwordField: "password",
  secretName: "crm-client-secret",
  apiKeyHeader: "X-API-Key",
  authorizationScheme: "Bearer",
  tokenTtlSeconds: 3600,
  checksum: "sha512-9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08a",
  lastReleaseCommit: "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
  tenantId: "7f3c2a10-5b8e-4d2f-9a61-0c4e8b7d2f19",
};

export const ENV_KEYS = {
  DB_PASSWORD: "DB_PASSWORD",
  API_TOKEN: "VENDOR_API_TOKEN",
};

export function passwordFromEnv(): string {
  const password = process.env[ENV_KEYS.DB_PASSWORD] ?? "";
  if (!password) throw new Error(`set ${ENV_KEYS.DB_PASSWORD} to run the local smoke test`);
  return password;
}

export const localDevDefaults = {
  host: "localhost",
  user: "postgres",
  password: "changeme",
  apiKey: "<your-api-key>",
};

export const stagingFallback = {
  user: "svc_ingest",
  password: "Wint3r-is-c0ming!", // expect: no-hardcoded-secrets
};

export const SLACK_WEBHOOK_URL = "https://hooks.example.com/services/T000/B000/placeholder";
export const DEFAULT_DSN = "postgres://ingest:Rq7uLm2xVb9s@db.internal:5432/analytics"; // expect: no-hardcoded-secrets
