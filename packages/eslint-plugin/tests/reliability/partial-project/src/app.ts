// Inside the tsconfig: linted with type information.
import { App, Input, Output, task, basicRef } from "@credref/types";

export class SyncInput extends Input {
  credential = basicRef("warehouse");
}

export class SyncOutput extends Output {
  rows = 0;
}

export class SyncApp extends App {
  @task
  async sync(input: SyncInput): Promise<SyncOutput> {
    const cred = await this.context.resolveCredential(input.credential);
    console.log(`syncing as ${cred.username}`);
    return { rows: 0 };
  }

  async warmUp(input: SyncInput): Promise<void> {
    await this.context.resolveCredential(input.credential);
  }
}
