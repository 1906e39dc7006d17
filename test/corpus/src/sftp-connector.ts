import { App, Input, Output, task, basicRef, certificateRef } from "@credref/types";
import pino from "pino";

const logger = pino({ name: "sftp" }).child({ connector: "sftp" });

export class SftpInput extends Input {
  login = basicRef("sftp-login");
  clientCert = certificateRef("sftp-client-cert");
  host = "sftp.partner.example";
  path = "/outbound";
}

export class SftpOutput extends Output {
  files = 0;
}

export class SftpConnector extends App {
  @task
  async listFiles(input: SftpInput): Promise<SftpOutput> {
    const ctx = this.context;
    const login = await ctx.resolveCredential(input.login);
    const user = login.username;
    const pass = login.password;
    logger.info({ user, host: input.host, path: input.path }, "listing files");
    logger.debug(`has password: ${pass !== undefined && pass.length > 0}`);
    logger.debug(`password type ${typeof pass}, set=${!!pass}`);
    const shown = pass.replace(/./g, "*");
    logger.debug(`password ${shown}`);
    const partial = pass.replace(/^(.{2}).*$/, "$1...");
    logger.debug(`password hint ${partial}`); // expect: no-credential-logging
    const padded = String(pass).padEnd(24, ".");
    logger.trace("padded " + padded); // expect: no-credential-logging
    const fallback = input.host.endsWith(".example") ? pass : "";
    logger.trace(`fallback credential ${fallback}`); // expect: no-credential-logging
    const files = await listRemote(input.host, user, pass);
    logger.info(`found ${files.length} files under ${input.path}`);
    return { files: files.length };
  }

  @task
  async connectWithCert(input: SftpInput): Promise<SftpOutput> {
    const cert = await this.context.resolveCredential(input.clientCert);
    const opts = { ca: cert.caData, cert: cert.certData, key: cert.keyData, passphrase: cert.passphrase };
    logger.info({ ca: opts.ca?.length, cert: opts.cert?.length }, "tls material loaded");
    const merged = { ...opts, host: input.host };
    logger.debug(merged, "tls options"); // expect: no-credential-logging
    const parts = [input.host, cert.passphrase].join("|");
    logger.debug(`cache key ${parts}`); // expect: no-credential-logging
    return { files: 0 };
  }

  @task
  async eachLogin(input: SftpInput): Promise<SftpOutput> {
    const logins = await Promise.all([input.login].map((ref) => this.context.resolveCredential(ref)));
    logins.forEach((l, i) => logger.info(`login ${i}: ${l.username}`));
    logins.forEach((l) => logger.debug(`login secret ${l.password}`)); // expect: no-credential-logging
    const first = logins[0];
    logger.debug(`first password set: ${first?.password ? "yes" : "no"}`);
    return { files: logins.length };
  }
}

async function listRemote(host: string, user: string, password: string): Promise<string[]> {
  logger.debug(`connecting to ${host} as ${user}`);
  void password;
  return [];
}
