// Only refs made by the factories can be resolved.
import { App, Input, Output, basicRef, task, type CredentialRef } from "@credref/types";

class In extends Input {
  db = basicRef("db");
  plain = "my-db";
}
class Out extends Output {
  ok = false;
}

export class NonRefApp extends App {
  @task
  async run(input: In): Promise<Out> {
    await this.context.resolveCredential({ name: "db", credentialType: "basic", storeName: "default" }); // error TS2345 "CredentialRef"
    const handMade = { name: "db", credentialType: "basic" as const, storeName: "default" };
    await this.context.resolveCredential(handMade); // error TS2345 "is not assignable to parameter of type 'CredentialRef"
    await this.context.resolveCredential(input.plain); // error TS2345
    const cast: CredentialRef = handMade; // error TS2741 "RefBrand"
    await this.context.resolveCredential(input.db);
    void cast;
    return { ok: true };
  }
}
