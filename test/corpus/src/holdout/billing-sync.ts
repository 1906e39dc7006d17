import bunyan from "bunyan";
import { App, Input, Output, task, oauthClientRef, apiKeyRef } from "@credref/types";

const log = bunyan.createLogger({ name: "billing-sync", level: "debug" });

export class BillingInput extends Input {
  stripe = apiKeyRef("stripe-restricted");
  erp = oauthClientRef("erp-oauth");
  since = "";
}

export class BillingOutput extends Output {
  invoices = 0;
  lastInvoiceId = "";
}

type Invoice = { id: string; amount: number; currency: string };

const toCents = (amount: number) => Math.round(amount * 100);

export class BillingSync extends App {
  @task({ timeoutSeconds: 600 })
  async syncInvoices(input: BillingInput): Promise<BillingOutput> {
    const [stripe, erp] = await Promise.all([
      this.context.resolveCredential(input.stripe),
      this.context.resolveCredential(input.erp),
    ]);
    log.info({ since: input.since, erpClient: erp.clientId, header: stripe.headerName }, "billing sync starting");
    const invoices = await fetch(`https://api.stripe.example/v1/invoices?created[gte]=${input.since}`, {
      headers: stripe.toHeaders(),
    }).then((r) => r.json() as Promise<{ data: Invoice[] }>);
    log.debug(`fetched ${invoices.data.length} invoices`);

    const post = (invoice: Invoice) =>
      fetch(`${erp.tokenUrl.replace("/oauth/token", "")}/api/invoices`, {
        method: "POST",
        headers: { ...erp.toHeaders(), "content-type": "application/json" },
        body: JSON.stringify({ ...invoice, amount: toCents(invoice.amount) }),
      });
    let last = "";
    for (const invoice of invoices.data) {
      const res = await post(invoice);
      if (!res.ok) {
        log.warn({ invoice: invoice.id, status: res.status }, "erp rejected invoice");
        continue;
      }
      last = invoice.id;
    }
    return { invoices: invoices.data.length, lastInvoiceId: last };
  }

  @task
  async diagnoseErp(input: BillingInput): Promise<BillingOutput> {
    const erp = await this.context.resolveCredential(input.erp);
    log.info(`erp client ${erp.clientId}, scopes ${erp.scopes.join(" ")}, refresh needed: ${erp.needsRefresh()}`);
    const { accessToken, expiresAt } = erp;
    log.debug({ expiresAt, tokenPresent: accessToken.length > 0 }, "erp token state");
    log.debug({ accessToken }, "erp token"); // expect: no-credential-logging
    const authLine = erp.toHeaders();
    log.trace("erp auth headers %j", authLine); // expect: no-credential-logging
    return { invoices: 0, lastInvoiceId: "" };
  }

  @task
  async stripeKeyCheck(input: BillingInput): Promise<BillingOutput> {
    return this.context.resolveCredential(input.stripe).then((stripe) => {
      const suffix = stripe.apiKey.substring(stripe.apiKey.length - 4);
      log.info(`stripe key ending ${suffix}`); // expect: no-credential-logging
      log.info(`stripe key prefix configured: ${stripe.prefix !== ""}`);
      return { invoices: 0, lastInvoiceId: "" };
    });
  }

  @task
  async exportErpSession(input: BillingInput): Promise<BillingOutput & { refresh?: string }> {
    const erp = await this.context.resolveCredential(input.erp);
    return { invoices: 0, lastInvoiceId: "", refresh: erp.refreshToken }; // expect: no-credential-in-output
  }
}
