import { App, Input, Output, task, basicRef, type BasicCredential } from "@credref/types";
import { Client } from "pg";
import { childLogger, startTimer } from "./logger.js";
import { fingerprint, mask } from "./redact.js";

const logger = childLogger("postgres");

export class ExtractInput extends Input {
  credential = basicRef("warehouse-db");
  host = "localhost";
  port = 5432;
  database = "analytics";
  tables: string[] = [];
}

export class ExtractOutput extends Output {
  rowCount = 0;
  tables: string[] = [];
}

export class PostgresExtractor extends App {
  @task({ timeoutSeconds: 300 })
  async extract(input: ExtractInput): Promise<ExtractOutput> {
    const timer = startTimer("extract");
    const cred = await this.context.resolveCredential(input.credential);
    this.context.logger.info(`resolved credential ${input.credential.name} for user ${cred.username}`);
    logger.debug({ host: input.host, db: input.database, user: cred.username }, "opening connection");

    const client = new Client({
      host: input.host,
      port: input.port,
      database: input.database,
      user: cred.username,
      password: cred.password,
    });

    try {
      await client.connect();
    } catch (err) {
      logger.error({ err, host: input.host }, "connection failed");
      throw new Error(`could not connect to ${input.host} as ${cred.username}`);
    }

    let rows = 0;
    for (const table of input.tables) {
      const res = await client.query(`SELECT count(*) AS n FROM ${table}`);
      rows += Number(res.rows[0]?.n ?? 0);
      logger.info({ table, rows }, "counted rows");
    }
    await client.end();
    timer.done({ rows });
    return { rowCount: rows, tables: input.tables };
  }

  @task
  async checkConnection(input: ExtractInput): Promise<ExtractOutput> {
    const { username, password } = await this.context.resolveCredential(input.credential);
    const dsn = `postgres://${username}:${password}@${input.host}:${input.port}/${input.database}`;
    logger.debug(`dsn=${dsn}`); // expect: no-credential-logging
    if (!password) {
      logger.warn(`empty password for ${username}`);
    }
    logger.info(`password fingerprint ${fingerprint(password)}, masked ${mask(password)}`);
    try {
      const client = new Client({ connectionString: dsn });
      await client.connect();
      await client.end();
    } catch (e) {
      throw new Error(`connection check failed for ${dsn}`); // expect: no-credential-logging
    }
    return { rowCount: 0, tables: [] };
  }

  @task
  async debugAuth(input: ExtractInput): Promise<ExtractOutput> {
    const cred = await this.context.resolveCredential(input.credential);
    console.log("auth debug", cred); // expect: no-credential-logging
    console.log("password starts with", cred.password.slice(0, 3)); // expect: no-credential-logging
    console.log("password length", cred.password.length);
    const header = cred.toAuthHeader();
    logger.trace({ header }, "sending auth header"); // expect: no-credential-logging
    return { rowCount: 0, tables: [] };
  }
}

/** Used by the integration tests to build a client from an already resolved credential. */
export function clientFor(cred: BasicCredential, host: string): Client {
  logger.info(`building client for ${cred.username}@${host}`);
  logger.debug(`using credential ${JSON.stringify(cred)}`); // expect: no-credential-logging
  return new Client({ host, user: cred.username, password: cred.password });
}
