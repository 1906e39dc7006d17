import { App, Input, Output, task, apiKeyRef, oauthClientRef, bearerTokenRef } from "@credref/types";
import { childLogger } from "./logger.js";
import { fingerprint } from "./redact.js";

const logger = childLogger("outputs");

export class TokenInput extends Input {
  credential = oauthClientRef("crm-oauth");
  apiKey = apiKeyRef("crm-api-key");
  bearer = bearerTokenRef("crm-bearer");
}

export class TokenOutput extends Output {
  tokenFingerprint = "";
  scopes: readonly string[] = [];
  accessToken?: string;
}

export class CrmTokens extends App {
  @task
  async describeToken(input: TokenInput): Promise<TokenOutput> {
    const oauth = await this.context.resolveCredential(input.credential);
    logger.info(`client ${oauth.clientId} scopes ${oauth.scopes.join(",")} token url ${oauth.tokenUrl}`);
    return { tokenFingerprint: fingerprint(oauth.accessToken), scopes: oauth.scopes };
  }

  @task
  async exchange(input: TokenInput): Promise<TokenOutput> {
    const oauth = await this.context.resolveCredential(input.credential);
    if (oauth.needsRefresh()) {
      logger.info("refreshing access token");
    }
    return { tokenFingerprint: "", scopes: oauth.scopes, accessToken: oauth.accessToken }; // expect: no-credential-in-output
  }

  @task
  async cacheKey(input: TokenInput): Promise<TokenOutput> {
    const key = await this.context.resolveCredential(input.apiKey);
    this.appState.set("lastKeyName", input.apiKey.name);
    this.appState.set("apiKey", key.apiKey); // expect: no-credential-in-output
    this.appState.set("keyHeaders", key.toHeaders()); // expect: no-credential-in-output
    return { tokenFingerprint: fingerprint(key.apiKey), scopes: [] };
  }

  @task
  async passThrough(input: TokenInput): Promise<TokenOutput> {
    const out = new TokenOutput();
    const bearer = await this.context.resolveCredential(input.bearer);
    out.scopes = [];
    out.tokenFingerprint = fingerprint(bearer.token);
    out.accessToken = bearer.token; // expect: no-credential-in-output
    return out;
  }

  @task
  async rawSecret(input: TokenInput): Promise<TokenOutput> {
    const signingKey = await this.context.getSecret("webhook-signing-key");
    const state = { signingKey, createdAt: Date.now() };
    this.appState.set("webhook", state); // expect: no-credential-in-output
    return { tokenFingerprint: fingerprint(signingKey), scopes: [] };
  }

  @task
  async wholeCredential(input: TokenInput) {
    const cred = await this.context.resolveCredential(input.bearer);
    logger.info(`bearer expires ${cred.expiresAt}`);
    return cred; // expect: no-credential-in-output
  }

  @task
  async counts(input: TokenInput): Promise<TokenOutput> {
    const bearer = await this.context.resolveCredential(input.bearer);
    const expired = bearer.isExpired();
    this.appState.set("bearerExpired", expired);
    this.appState.set("bearerLength", bearer.token.length);
    return { tokenFingerprint: expired ? "expired" : "valid", scopes: [] };
  }
}
