import { App, Input, Output, task, basicRef, bearerTokenRef } from "@credref/types";
import { workflow } from "./framework.js";
import { childLogger } from "./logger.js";

const logger = childLogger("workflow");

export class PipelineInput extends Input {
  source = basicRef("source-db");
  sink = bearerTokenRef("sink-api");
  dryRun = false;
}

export class PipelineOutput extends Output {
  moved = 0;
}

export class MigrationPipeline extends App {
  private cachedToken: unknown;

  constructor() {
    super();
    this.cachedToken = this.context.resolveCredential(bearerTokenRef("sink-api")); // expect: resolve-in-task
  }

  @workflow
  async run(input: PipelineInput): Promise<PipelineOutput> {
    logger.info(`pipeline start dryRun=${input.dryRun} source=${input.source.name} sink=${input.sink.name}`);
    const sinkCred = await this.context.resolveCredential(input.sink); // expect: resolve-in-task
    logger.info(`sink expires ${sinkCred.expiresAt}`);
    const moved = await this.copyRows(input);
    return { moved };
  }

  @task({ timeoutSeconds: 600 })
  async copyRows(input: PipelineInput): Promise<number> {
    const source = await this.context.resolveCredential(input.source);
    const sink = await this.loadSink(input);
    logger.info(`copying as ${source.username} into ${input.sink.name}`);
    const batches = [1, 2, 3].map(async (n) => {
      const res = await fetch(`https://sink.example.com/batches/${n}`, { method: "POST", headers: sink.toAuthHeader() });
      return res.ok ? 1 : 0;
    });
    const moved = (await Promise.all(batches)).reduce((a: number, b: number) => a + b, 0);
    return moved;
  }

  private async loadSink(input: PipelineInput) {
    return this.context.resolveCredential(input.sink);
  }

  static async probe(app: MigrationPipeline, input: PipelineInput): Promise<boolean> {
    const cred = await app.context.resolveCredential(input.source); // expect: resolve-in-task
    return cred.username.length > 0;
  }

  get sourceName(): string {
    return "source-db";
  }
}
