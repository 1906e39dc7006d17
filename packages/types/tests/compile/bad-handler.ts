// A handler may read raw secrets but not resolve credentials.
import { Handler, basicRef } from "@credref/types";

export class AuthHandler extends Handler {
  async check(): Promise<boolean> {
    const key = await this.context.getSecret("signing-key");
    const cred = await this.context.resolveCredential(basicRef("db")); // error TS2339 "Property 'resolveCredential' does not exist on type 'HandlerContext'"
    return key.length > 0 && cred !== undefined;
  }
}
