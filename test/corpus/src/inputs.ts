import { Input, Output, App, task, basicRef, apiKeyRef, credentialRef, gitTokenRef } from "@credref/types";

export class SnowflakeInput extends Input {
  credential = basicRef("snowflake-prod");
  account = "acme-eu";
  warehouse = "COMPUTE_WH";
  role?: string;
}

export class LegacyFtpInput extends Input {
  host = "ftp.internal";
  username = "ingest";
  password: string = ""; // expect: require-credential-ref
  passwordEnvVar = "FTP_PASSWORD";
}

export class WebhookInput extends Input {
  url = "";
  signingSecret?: string; // expect: require-credential-ref
  secretName = "webhook-signing";
  timeoutMs = 5000;
}

export class GitMirrorInput extends Input {
  repoUrl = "https://git.example.com/data/models.git";
  credential = gitTokenRef("git-mirror");
  branch = "main";
  tokenUrl = "https://git.example.com/oauth/token";
}

export interface SlackNotifyInput {
  channel: string;
  botToken: string; // expect: require-credential-ref
}

export class SlackNotifyOutput extends Output {
  delivered = false;
}

const handMadeRef = { name: "billing-api", credentialType: "api_key", storeName: "default" }; // expect: require-credential-ref

export class BillingInput extends Input {
  credential = apiKeyRef("billing-api");
  fallback = credentialRef("slack", "slack-bot");
  legacy = handMadeRef;
}

export class Notifier extends App {
  @task
  async notify(input: SlackNotifyInput): Promise<SlackNotifyOutput> {
    const res = await fetch("https://slack.com/api/chat.postMessage", {
      method: "POST",
      headers: { authorization: `Bearer ${input.botToken}` },
      body: JSON.stringify({ channel: input.channel, text: "sync finished" }),
    });
    return { delivered: res.ok };
  }
}
