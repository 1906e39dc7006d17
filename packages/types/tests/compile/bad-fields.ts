// A field the resolved credential does not have, and writes to read-only fields.
import { App, Input, Output, apiKeyRef, basicRef, bearerTokenRef, task } from "@credref/types";

class In extends Input {
  db = basicRef("db");
  key = apiKeyRef("key");
  token = bearerTokenRef("token");
}
class Out extends Output {
  ok = false;
}

export class FieldApp extends App {
  @task
  async run(input: In): Promise<Out> {
    const db = await this.context.resolveCredential(input.db);
    const key = await this.context.resolveCredential(input.key);
    const token = await this.context.resolveCredential(input.token);
    void db.apiKey; // error TS2339 "Property 'apiKey' does not exist on type 'BasicCredential'"
    void key.password; // error TS2339 "does not exist on type 'ApiKeyCredential'"
    void token.username; // error TS2339 "does not exist on type 'BearerTokenCredential'"
    db.password = "changed"; // error TS2540 "read-only"
    input.db.name = "other"; // error TS2540
    return { ok: true };
  }
}
