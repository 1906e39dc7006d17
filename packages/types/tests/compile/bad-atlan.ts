// getOrCreateAsyncAtlanClient takes Atlan refs only.
import { App, AtlanClientMixin, Input, Output, apiKeyRef, atlanApiTokenRef, bearerTokenRef, task } from "@credref/types";

class In extends Input {
  atlan = atlanApiTokenRef("atlan");
  key = apiKeyRef("key");
  token = bearerTokenRef("token");
}
class Out extends Output {
  ok = false;
}

export class AtlanApp extends AtlanClientMixin(App) {
  @task
  async run(input: In): Promise<Out> {
    await this.getOrCreateAsyncAtlanClient(input.atlan);
    await this.getOrCreateAsyncAtlanClient(input.key); // error TS2345 "AtlanRef"
    await this.getOrCreateAsyncAtlanClient(input.token); // error TS2345
    return { ok: true };
  }
}

export class PlainApp extends App {
  @task
  async run(input: In): Promise<Out> {
    await this.getOrCreateAsyncAtlanClient(input.atlan); // error TS2339 "getOrCreateAsyncAtlanClient"
    return { ok: true };
  }
}
