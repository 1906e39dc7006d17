// Every credential type used the intended way: zero diagnostics expected.
import {
  App,
  AtlanClientMixin,
  Handler,
  Input,
  Output,
  apiKeyRef,
  atlanApiTokenRef,
  atlanOAuthClientRef,
  basicRef,
  bearerTokenRef,
  certificateRef,
  credentialRef,
  gitSshRef,
  gitTokenRef,
  oauthClientRef,
  task,
  type ResolvedCredential,
  type Secret,
} from "@credref/types";

interface SlackCredential extends ResolvedCredential<"slack"> {
  readonly botToken: Secret<string>;
}
declare module "@credref/types" {
  interface CredentialTypes {
    slack: SlackCredential;
  }
}

declare function connect(user: string, password: string): Promise<boolean>;
declare function post(url: string, headers: Record<string, string>): Promise<number>;

class SyncInput extends Input {
  db = basicRef("warehouse");
  payments = apiKeyRef("payments", { storeName: "vault" });
  crm = bearerTokenRef("crm");
  salesforce = oauthClientRef("salesforce");
  mtls = certificateRef("mtls-client");
  deployKey = gitSshRef("deploy-key");
  github = gitTokenRef("github");
  slack = credentialRef("slack", "slack-bot");
  since = "2024-01-01";
}
class SyncOutput extends Output {
  connected = false;
  statuses: number[] = [];
  slackRef = credentialRef("slack", "slack-bot");
}

class SyncApp extends App {
  @task({ name: "sync", timeoutSeconds: 300, retryMaxAttempts: 3, heartbeatTimeoutSeconds: 30 })
  async sync(input: SyncInput): Promise<SyncOutput> {
    const db = await this.context.resolveCredential(input.db);
    const connected = await connect(db.username, db.password);
    const payments = await this.context.resolveCredential(input.payments);
    const crm = await this.context.resolveCredential(input.crm);
    const salesforce = await this.context.resolveCredential(input.salesforce);
    const statuses = [
      await post("https://pay.example.com", payments.toHeaders()),
      await post("https://crm.example.com", { Authorization: crm.toAuthHeader() }),
      await post(salesforce.tokenUrl, salesforce.toHeaders()),
    ];
    const mtls = await this.context.resolveCredential(input.mtls);
    const pem: string = mtls.certData + mtls.keyData;
    const key = await this.context.resolveCredential(input.deployKey);
    const github = await this.context.resolveCredential(input.github);
    const slack = await this.context.resolveCredential(input.slack);
    const signing = await this.context.getSecret("signing-key");
    this.context.logger.info("synced", { database: input.db.name, expired: github.isExpired(), scopes: salesforce.scopes.length });
    this.appState.set("since", input.since);
    void [pem, key.passphrase, slack.botToken, signing.length, salesforce.needsRefresh()];
    return { connected, statuses, slackRef: input.slack };
  }

  @task
  async ping(input: Input): Promise<Output> {
    return input;
  }
}

class AtlanInput extends Input {
  atlan = atlanApiTokenRef("atlan");
  atlanOAuth = atlanOAuthClientRef("atlan-oauth", { storeName: "vault" });
}
class AtlanOutput extends Output {
  count = 0;
}
class AtlanApp extends AtlanClientMixin(App) {
  @task
  async fetchAssets(input: AtlanInput): Promise<AtlanOutput> {
    const client = await this.getOrCreateAsyncAtlanClient(input.atlan);
    const other = await this.getOrCreateAsyncAtlanClient(input.atlanOAuth);
    const token = await this.context.resolveCredential(input.atlan);
    const page = await client.request<{ approximateCount: number }>("POST", "/api/meta/search/indexsearch", {});
    void [other.baseUrl, token.baseUrl, token.toAuthHeader()];
    return { count: page.approximateCount };
  }
}

class WebhookHandler extends Handler {
  async verify(payload: string): Promise<boolean> {
    const key = await this.context.getSecret("webhook-signing-key");
    this.context.logger.debug("verifying", { bytes: payload.length });
    return payload.endsWith(key.slice(0, 0));
  }
}

export { SyncApp, AtlanApp, WebhookHandler };
