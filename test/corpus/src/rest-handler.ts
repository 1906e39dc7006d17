import { Handler, type HandlerContext } from "@credref/types";
import winston from "winston";
import { mask } from "./redact.js";

const audit = winston.createLogger({
  level: "info",
  transports: [new winston.transports.Console()],
});

interface AuthInput {
  endpoint: string;
  secretName: string;
}

interface AuthOutput {
  ok: boolean;
  status: number;
}

export class RestApiHandler extends Handler {
  async testAuth(input: AuthInput): Promise<AuthOutput> {
    const apiKey = await this.context.getSecret(input.secretName);
    audit.info("testing auth", { endpoint: input.endpoint, secret: input.secretName });
    const res = await fetch(input.endpoint, { headers: { Authorization: `Bearer ${apiKey}` } });
    if (!res.ok) {
      audit.warn(`auth failed with ${res.status} using key ${mask(apiKey)}`);
      audit.error(`auth failed with key ${apiKey}`); // expect: no-credential-logging
    }
    return { ok: res.ok, status: res.status };
  }

  async preflight(input: AuthInput): Promise<AuthOutput> {
    const key = await this.context.getSecret(input.secretName);
    const headers = { "x-api-key": key, accept: "application/json" };
    this.context.logger.debug("preflight headers", headers); // expect: no-credential-logging
    const res = await fetch(input.endpoint, { method: "HEAD", headers });
    this.context.logger.info(`preflight ${input.endpoint} -> ${res.status}`);
    return { ok: res.ok, status: res.status };
  }

  async metadata(input: AuthInput): Promise<AuthOutput> {
    this.context.logger.info(`metadata for ${input.endpoint}, secret ${input.secretName}`);
    return this.context.getSecret(input.secretName).then((secret) => {
      process.stdout.write(`secret loaded: ${secret}\n`); // expect: no-credential-logging
      process.stdout.write(`secret loaded (${secret.length} chars)\n`);
      return { ok: true, status: 200 };
    });
  }
}

export async function pingWithContext(ctx: HandlerContext, url: string): Promise<number> {
  const token = await ctx.getSecret("ping-token"); // expect: resolve-in-task
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  console.info(`ping ${url}: ${res.status}`);
  return res.status;
}
