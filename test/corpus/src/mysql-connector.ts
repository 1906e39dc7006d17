import { App, Input, Output, task, basicRef } from "@credref/types";
import mysql from "mysql2/promise";
import { loadDatabaseCredential, connectionOptions } from "./credentials.js";
import { log } from "./logger.js";

export class MysqlInput extends Input {
  credential = basicRef("orders-db");
  host = "orders.internal";
  schema = "orders";
}

export class MysqlOutput extends Output {
  tables = 0;
}

export class MysqlConnector extends App {
  @task
  async listTables(input: MysqlInput): Promise<MysqlOutput> {
    const cred = await loadDatabaseCredential(this.context, input.credential);
    log.info(`listing tables in ${input.schema} on ${input.host} as ${cred.username}`);
    const options = connectionOptions(cred, input.host);
    log.debug({ host: options.host, user: options.user }, "mysql options");
    log.debug({ options }, "mysql options (full)"); // expect-typed: no-credential-logging
    const conn = await mysql.createConnection({ ...options, database: input.schema });
    const [rows] = await conn.query("SHOW TABLES");
    await conn.end();
    const count = Array.isArray(rows) ? rows.length : 0;
    log.info(`found ${count} tables`);
    return { tables: count };
  }

  @task
  async reportCredential(input: MysqlInput): Promise<MysqlOutput> {
    const cred = await loadDatabaseCredential(this.context, input.credential);
    log.warn(`credential check for ${cred.username}: ${cred.password}`); // expect-typed: no-credential-logging
    return { tables: 0 };
  }
}
