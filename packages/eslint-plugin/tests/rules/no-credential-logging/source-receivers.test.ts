// Sources by receiver: a context is known by its type or where it comes from, whatever it is called, so what it
// resolves is a secret wherever it is logged.
import rule from "../../../src/rules/no-credential-logging.js";
import { error, runInBothConfigs } from "../flow-cases.js";

/** The line of `snippet` in `code`. */
function lineOf(code: string, snippet: string): number {
  return code.slice(0, code.indexOf(snippet)).split("\n").length;
}

const receivers = `import { App, Input, Output, task, basicRef, type TaskContext as Runtime } from "@credref/types";
import pino from "pino";

const out = pino();

class SyncInput extends Input {
  credential = basicRef("warehouse-db");
}

async function connect(runtime: Runtime, input: SyncInput): Promise<void> {
  const cred = await runtime.resolveCredential(input.credential);
  out.info(cred.password);
  const key = await runtime.getSecret("signing-key");
  out.info(key);
}

export class Sync extends App {
  private readonly runtime = this.context;

  @task
  async sync(input: SyncInput): Promise<Output> {
    const { getSecret: read } = this.context;
    const token = await read("api-token");
    out.warn(token);
    const signing = await this.runtime.getSecret("webhook-key");
    out.warn({ signing });
    await connect(this.context, input);
    return new Output();
  }
}
`;

const from = (snippet: string, method: string) => `from ${method} at line ${lineOf(receivers, snippet)}`;

const lookalikes = `import pino from "pino";

const out = pino();

class TaskContext {
  getSecret(name: string): string {
    return name.toUpperCase();
  }
}

interface SecretClient {
  getSecret(name: string): Promise<string>;
}

export async function report(ctx: TaskContext, vault: SecretClient): Promise<void> {
  out.info(ctx.getSecret("region"));
  out.info(await vault.getSecret("region"));
}
`;

runInBothConfigs("no-credential-logging: context receivers", rule, {
  valid: [{ name: "a class the file calls TaskContext and a secret client are not task contexts", code: lookalikes }],
  invalid: [
    {
      name: "a context parameter typed under another name, a destructured source method, a field holding the context",
      code: receivers,
      errors: [
        error("logged", receivers, "cred.password);", {
          data: { what: "cred.password", from: from("runtime.resolveCredential", "resolveCredential"), sink: "out.info" },
        }),
        error("logged", receivers, "key);", { data: { what: "key", from: from("runtime.getSecret", "getSecret"), sink: "out.info" } }),
        error("logged", receivers, "token);", { data: { what: "token", from: from("read(", "getSecret"), sink: "out.warn" } }),
        error("logged", receivers, "signing });", { data: { what: "signing", from: from("this.runtime.getSecret", "getSecret"), sink: "out.warn" } }),
      ],
    },
  ],
});
