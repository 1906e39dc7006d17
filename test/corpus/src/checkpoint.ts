import { App, Input, Output, task, basicRef, bearerTokenRef, apiKeyRef } from "@credref/types";
import { childLogger } from "./logger.js";
import { fingerprint } from "./redact.js";

const logger = childLogger("checkpoint");

export class CheckpointInput extends Input {
  source = basicRef("crm-db");
  api = bearerTokenRef("crm-api");
  partnerKey = apiKeyRef("partner-feed");
  cursor = "";
}

export class CheckpointOutput extends Output {
  cursor = "";
  pages = 0;
  authFingerprint = "";
  session?: unknown;
}

interface PageState {
  cursor: string;
  pages: number;
  auth?: string;
}

export class IncrementalSync extends App {
  @task({ timeoutSeconds: 1800 })
  async syncPages(input: CheckpointInput): Promise<CheckpointOutput> {
    const api = await this.context.resolveCredential(input.api);
    const state: PageState = (this.appState.get("pages") as PageState | undefined) ?? { cursor: input.cursor, pages: 0 };
    let cursor = state.cursor;
    let pages = state.pages;
    do {
      const res = await fetch(`https://crm.example.com/v2/contacts?cursor=${cursor}`, { headers: api.toAuthHeader() });
      const body = (await res.json()) as { next: string; items: unknown[] };
      cursor = body.next;
      pages += 1;
      this.appState.set("pages", { cursor, pages });
      logger.info(`page ${pages}, ${body.items.length} contacts`);
    } while (cursor);
    return { cursor, pages, authFingerprint: fingerprint(api.token) };
  }

  @task
  async resumeWithAuth(input: CheckpointInput): Promise<CheckpointOutput> {
    const api = await this.context.resolveCredential(input.api);
    const checkpoint: PageState = { cursor: input.cursor, pages: 0, auth: api.token };
    this.appState.set("checkpoint", checkpoint); // expect: no-credential-in-output
    return { cursor: input.cursor, pages: 0, authFingerprint: "" };
  }

  @task
  async exportSession(input: CheckpointInput): Promise<CheckpointOutput> {
    const db = await this.context.resolveCredential(input.source);
    const session = { user: db.username, host: "crm-db.internal", password: db.password };
    logger.info(`session for ${session.user}@${session.host}`);
    return { cursor: "", pages: 0, authFingerprint: "", session }; // expect: no-credential-in-output
  }

  @task
  async partnerHeaders(input: CheckpointInput): Promise<CheckpointOutput> {
    const partner = await this.context.resolveCredential(input.partnerKey);
    const output = new CheckpointOutput();
    output.cursor = input.cursor;
    output.authFingerprint = fingerprint(partner.apiKey);
    Object.assign(output, { session: partner.toHeaders() }); // expect: no-credential-in-output
    return output;
  }

  @task
  async spreadCredential(input: CheckpointInput): Promise<CheckpointOutput> {
    const db = await this.context.resolveCredential(input.source);
    const result = { cursor: "", pages: 0, authFingerprint: fingerprint(db.password) };
    return { ...result, ...db }; // expect: no-credential-in-output
  }

  @task
  async recordSource(input: CheckpointInput): Promise<CheckpointOutput> {
    const db = await this.context.resolveCredential(input.source);
    this.appState.set("sourceUser", db.username);
    this.appState.set("sourceRef", input.source);
    this.appState.set("sourceCheckedAt", new Date().toISOString());
    return { cursor: "", pages: 0, authFingerprint: fingerprint(`${db.username}:${db.password}`) };
  }
}
