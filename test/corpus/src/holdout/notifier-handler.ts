import log4js from "log4js";
import { Handler, type HandlerContext } from "@credref/types";

const logger = log4js.getLogger("notifier");
logger.level = "info";

interface NotifyRequest {
  channel: string;
  text: string;
}

interface NotifyResponse {
  delivered: boolean;
}

class WebhookError extends Error {}

export class SlackNotifier extends Handler {
  async notify(request: NotifyRequest): Promise<NotifyResponse> {
    const webhook = await this.context.getSecret("slack-webhook-url");
    logger.info(`posting to ${request.channel} (${request.text.length} chars)`);
    const res = await fetch(webhook, { method: "POST", body: JSON.stringify(request) });
    if (!res.ok) {
      logger.error(`slack webhook returned ${res.status} for channel ${request.channel}`);
      throw new WebhookError(`webhook ${webhook} rejected the message`); // expect: no-credential-logging
    }
    return { delivered: true };
  }

  async rotateCheck(): Promise<NotifyResponse> {
    const current = await this.context.getSecret("slack-signing-secret");
    const previous = await this.context.getSecret("slack-signing-secret-previous");
    const same = current === previous;
    logger.info(`signing secret rotated: ${!same}`);
    if (same) logger.warn("signing secret was not rotated", { previous }); // expect: no-credential-logging
    return { delivered: false };
  }
}

export function describeContext(ctx: HandlerContext): string {
  ctx.logger.info("describing handler context");
  return "handler-context";
}
