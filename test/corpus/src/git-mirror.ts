import { App, Input, Output, task, gitTokenRef, gitSshRef, type GitTokenCredential } from "@credref/types";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import debugFactory from "debug";
import { describeLength } from "./redact.js";

const run = promisify(execFile);
const debug = debugFactory("connector:git");

export class MirrorInput extends Input {
  https = gitTokenRef("git-https");
  ssh = gitSshRef("git-deploy-key");
  repo = "github.com/acme/analytics-models";
  branches: string[] = ["main"];
}

export class MirrorOutput extends Output {
  mirrored: string[] = [];
}

export class GitMirror extends App {
  @task({ timeoutSeconds: 1200 })
  async mirror(input: MirrorInput): Promise<MirrorOutput> {
    const { token, ...meta } = await this.context.resolveCredential(input.https);
    debug("token meta %o", meta);
    debug("token %s", describeLength(token));
    const remote = `https://x-access-token:${token}@${input.repo}.git`;
    const mirrored: string[] = [];
    for (const branch of input.branches) {
      try {
        await run("git", ["push", "--force", remote, `${branch}:${branch}`]);
        mirrored.push(branch);
      } catch (err) {
        debug(`push of ${branch} to ${remote} failed`); // expect: no-credential-logging
        console.error(`push of ${branch} failed:`, (err as Error).message);
      }
    }
    return { mirrored };
  }

  @task
  async verifyKey(input: MirrorInput): Promise<MirrorOutput> {
    const key = await this.context.resolveCredential(input.ssh);
    const fingerprintLine = key.certData?.split("\n")[0] ?? "";
    console.info(`deploy key certificate header: ${fingerprintLine}`);
    console.debug("deploy key has passphrase:", Boolean(key.passphrase));
    const pem = key.keyData;
    const firstLine = pem?.split("\n")[1];
    console.debug(`key body starts ${firstLine}`); // expect: no-credential-logging
    return { mirrored: [] };
  }

  @task
  async withRetry(input: MirrorInput): Promise<MirrorOutput> {
    const cred: GitTokenCredential = await this.context.resolveCredential(input.https);
    const attempt = async (n: number): Promise<boolean> => {
      const auth = n > 1 ? cred.token : cred.token.trim();
      console.warn(`attempt ${n} with ${auth}`); // expect: no-credential-logging
      return n >= 3;
    };
    let n = 1;
    while (!(await attempt(n))) n++;
    return { mirrored: input.branches };
  }
}

export function printCredential(cred: GitTokenCredential) {
  console.log(`git token expires ${cred.expiresAt}, expired=${cred.isExpired()}`);
  console.table({ token: cred.token }); // expect: no-credential-logging
}
