import { App, Handler, basicRef, apiKeyRef, type TaskContext } from "@credref/types";
import { childLogger } from "./logger.js";

const logger = childLogger("bootstrap");

export const defaultRefs = {
  warehouse: basicRef("warehouse-db"),
  vendor: apiKeyRef("vendor-api", { storeName: "vault" }),
};

logger.info(`default refs: ${defaultRefs.warehouse.name}, ${defaultRefs.vendor.name}`);
logger.debug("refs", defaultRefs);

declare const bootContext: TaskContext;

export const warehouseCredential = bootContext.resolveCredential(defaultRefs.warehouse); // expect: resolve-in-task

export class HealthApp extends App {
  private readonly vendorKey = this.context.getSecret("vendor-api-key"); // expect: resolve-in-task

  async healthcheck(): Promise<boolean> {
    const cred = await this.context.resolveCredential(defaultRefs.warehouse); // expect: resolve-in-task
    return cred.username.length > 0;
  }
}

export class WebhookHandler extends Handler {
  async verify(signature: string, body: string): Promise<boolean> {
    const secret = await this.context.getSecret("webhook-signing-key");
    const { createHmac, timingSafeEqual } = await import("node:crypto");
    const expected = createHmac("sha256", secret).update(body).digest("hex");
    logger.info(`verifying webhook signature (${signature.length} chars) for ${body.length} byte body`);
    const ok = expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
    if (!ok) logger.warn(`signature mismatch, expected prefix ${expected.slice(0, 6)}`);
    return ok;
  }

  async debugSecret(): Promise<void> {
    const secret = await this.context.getSecret("webhook-signing-key");
    const encoded = Buffer.from(secret).toString("base64");
    logger.debug(`secret (b64) ${encoded}`); // expect: no-credential-logging
  }
}
