import { App, AtlanClientMixin, Input, Output, task as step, atlanOAuthClientRef } from "@credref/types";
import { childLogger } from "../logger.js";

const logger = childLogger("lineage");

export class LineageInput extends Input {
  atlan = atlanOAuthClientRef("atlan-lineage");
  processName = "";
  inputs: string[] = [];
  outputs: string[] = [];
}

export class LineageOutput extends Output {
  processGuid = "";
}

export class LineagePublisher extends AtlanClientMixin(App) {
  private lastClient: unknown;

  @step
  async publish(input: LineageInput): Promise<LineageOutput> {
    const atlan = await this.getOrCreateAsyncAtlanClient(input.atlan);
    logger.info(`publishing ${input.processName}: ${input.inputs.length} -> ${input.outputs.length}`);
    const guid: string = await atlan.lineage.createProcess({ name: input.processName, inputs: input.inputs, outputs: input.outputs });
    logger.info(`process ${guid} created`);
    this.appState.set("lastProcessGuid", guid);
    return { processGuid: guid };
  }

  @step
  async publishWithCache(input: LineageInput): Promise<LineageOutput> {
    const atlan = await this.getOrCreateAsyncAtlanClient(input.atlan);
    this.lastClient = atlan;
    this.appState.set("atlanClient", atlan); // expect: no-credential-in-output
    return { processGuid: "" };
  }

  @step
  async tokenInfo(input: LineageInput): Promise<LineageOutput> {
    const oauth = await this.context.resolveCredential(input.atlan);
    logger.info(`atlan ${oauth.baseUrl} client ${oauth.clientId}`);
    logger.debug(`atlan token expires ${oauth.expiresAt}`);
    logger.debug(`atlan client secret ${oauth.clientSecret}`); // expect: no-credential-logging
    return { processGuid: "" };
  }

  async reconnect(input: LineageInput): Promise<void> {
    this.lastClient = await this.getOrCreateAsyncAtlanClient(input.atlan); // expect: resolve-in-task
  }
}
