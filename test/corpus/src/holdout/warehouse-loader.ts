import createDebug from "debug";
import { App, Input, Output, task as activity, basicRef, type BasicCredential } from "@credref/types";

const trace = createDebug("loader:warehouse");

export class LoadInput extends Input {
  warehouse = basicRef("snowflake-loader");
  table = "events";
  batch = 5000;
}

export class LoadOutput extends Output {
  loaded = 0;
}

class LoadError extends Error {
  constructor(message: string, readonly table: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LoadError";
  }
}

async function withRetry<T>(op: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 1; i <= attempts; i++) {
    try {
      return await op();
    } catch (error) {
      lastError = error;
      trace("attempt %d failed: %s", i, (error as Error).message);
    }
  }
  throw lastError;
}

export class WarehouseLoader extends App {
  #connections = 0;

  @activity({ timeoutSeconds: 3600, retries: 2 })
  async load(input: LoadInput): Promise<LoadOutput> {
    const login = await this.context.resolveCredential(input.warehouse);
    trace("loading %s in batches of %d as %s", input.table, input.batch, login.username);
    const loaded = await withRetry(() => this.#copy(login, input));
    trace("loaded %d rows into %s", loaded, input.table);
    return { loaded };
  }

  async #copy(login: BasicCredential, input: LoadInput): Promise<number> {
    this.#connections++;
    const url = `snowflake://${encodeURIComponent(login.username)}:${encodeURIComponent(login.password)}@acme.eu-west-1/${input.table}`;
    trace("connection #%d to %s", this.#connections, input.table);
    try {
      const res = await fetch("https://loader.internal/copy", { method: "POST", body: JSON.stringify({ url, batch: input.batch }) });
      if (!res.ok) throw new LoadError(`copy into ${input.table} failed with ${res.status}`, input.table);
      return Number(await res.text());
    } catch (cause) {
      throw new LoadError(`copy via ${url} failed`, input.table, { cause }); // expect: no-credential-logging
    }
  }

  @activity
  async verifyLogin(input: LoadInput): Promise<LoadOutput> {
    const login = await this.context.resolveCredential(input.warehouse);
    const masked = login.password.replace(/./g, "•");
    trace("login %s / %s", login.username, masked);
    const looksDefault = login.password === "changeme" || login.password.length < 12;
    if (looksDefault) trace("weak warehouse password for %s", login.username);
    trace("password hint %s…", login.password[0]); // expect: no-credential-logging
    return { loaded: 0 };
  }
}
