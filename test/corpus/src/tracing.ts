import { trace, type Span } from "@opentelemetry/api";
import { App, Input, Output, task, apiKeyRef, bearerTokenRef } from "@credref/types";

const tracer = trace.getTracer("connector");

export class ApiInput extends Input {
  credential = apiKeyRef("vendor-api");
  bearer = bearerTokenRef("vendor-bearer");
  baseUrl = "https://api.vendor.example";
}

export class ApiOutput extends Output {
  status = 0;
}

function annotate(span: Span, attrs: Record<string, string | number>) {
  for (const [k, v] of Object.entries(attrs)) span.setAttribute(k, v);
}

export class VendorApi extends App {
  @task
  async call(input: ApiInput): Promise<ApiOutput> {
    return tracer.startActiveSpan("vendor.call", async (span) => {
      const key = await this.context.resolveCredential(input.credential);
      span.setAttribute("vendor.base_url", input.baseUrl);
      span.setAttribute("vendor.credential", input.credential.name);
      span.setAttribute("vendor.header", key.headerName);
      span.setAttribute("vendor.key", key.apiKey); // expect: no-credential-logging
      const res = await fetch(`${input.baseUrl}/v1/items`, { headers: key.toHeaders() });
      span.addEvent("response", { status: res.status });
      span.end();
      return { status: res.status };
    });
  }

  @task
  async callWithBearer(input: ApiInput): Promise<ApiOutput> {
    const span = tracer.startSpan("vendor.bearer");
    const { token, expiresAt } = await this.context.resolveCredential(input.bearer);
    span.addEvent("token.loaded", { expiresAt, tokenLength: token.length });
    span.addEvent("token.debug", { token }); // expect: no-credential-logging
    annotate(span, { url: input.baseUrl });
    const res = await fetch(input.baseUrl, { headers: { Authorization: `Bearer ${token}` } });
    span.end();
    return { status: res.status };
  }
}
