import type { HandlerContext } from "./context.js";
import { handlerContextOf } from "./runtime.js";

/**
 * Base class of a handler: code the framework calls outside a task (auth checks, previews, webhooks). Its
 * `this.context` is a `HandlerContext`: `getSecret` and `logger`, and no `resolveCredential`. The context is
 * supplied by the framework at run time.
 *
 * @example
 * class MyHandler extends Handler {
 *   async testAuth(input: AuthInput): Promise<AuthOutput> {
 *     const key = await this.context.getSecret("signing-key");
 *     return { ok: verify(input.payload, key) };
 *   }
 * }
 */
export class Handler {
  /**
   * @example
   * const key = await this.context.getSecret("signing-key");
   */
  get context(): HandlerContext {
    return handlerContextOf(this);
  }
}
