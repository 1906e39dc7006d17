import type { OAuthClientCredential, BearerTokenCredential, TaskContext } from "@credref/types";
import { childLogger } from "./logger.js";
import { mask } from "./redact.js";

const logger = childLogger("oauth");

type CrmClient = OAuthClientCredential;

interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

export async function refreshAccessToken(cred: OAuthClientCredential): Promise<TokenResponse> {
  logger.info(`refreshing token for client ${cred.clientId} at ${cred.tokenUrl}`);
  const body = new URLSearchParams({
    grant_type: "refresh_token",
    refresh_token: cred.refreshToken,
    client_id: cred.clientId,
    client_secret: cred.clientSecret,
  });
  logger.debug(`refresh body: ${body.toString()}`); // expect: no-credential-logging
  const res = await fetch(cred.tokenUrl, { method: "POST", body });
  if (!res.ok) {
    const text = await res.text();
    throw new Error(`token refresh failed (${res.status}) for client ${cred.clientId}: ${text}`);
  }
  const json = (await res.json()) as TokenResponse;
  logger.info(`new token type ${json.token_type}, expires in ${json.expires_in}s`);
  return json;
}

export function logClient(client: CrmClient): void {
  logger.info(`crm client ${client.clientId} scopes=${client.scopes.length}`);
  logger.debug(`crm client secret ${client.clientSecret}`); // expect-typed: no-credential-logging
}

export function authHeaders(cred: BearerTokenCredential): Record<string, string> {
  const headers = cred.toAuthHeader();
  logger.debug(`auth header set, expires ${cred.expiresAt}`);
  return headers;
}

export function explainFailure(cred: BearerTokenCredential, status: number): Error {
  const shown = mask(cred.token);
  return new Error(`request rejected with ${status}; token ${shown}, expired=${cred.isExpired()}`);
}

export function leakOnFailure(cred: BearerTokenCredential, status: number): Error {
  return new Error(`request rejected with ${status}; token=${cred.token}`); // expect: no-credential-logging
}

export async function secretFromContext(ctx: TaskContext, name: string): Promise<number> {
  const secret = await ctx.getSecret(name); // expect: resolve-in-task
  return secret.length;
}
