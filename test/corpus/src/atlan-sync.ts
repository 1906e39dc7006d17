import { App, AtlanClientMixin, Input, Output, task as atlanTask, atlanApiTokenRef } from "@credref/types";
import { log } from "./logger.js";

export class SyncInput extends Input {
  credential = atlanApiTokenRef("atlan-prod");
  connectionQualifiedName = "";
  batchSize = 200;
}

export class SyncOutput extends Output {
  assetsSynced = 0;
  skipped = 0;
}

interface Asset {
  guid: string;
  qualifiedName: string;
  typeName: string;
}

export class AtlanAssetSync extends AtlanClientMixin(App) {
  private readonly pageLog = log.child({ component: "atlan-sync" });

  @atlanTask({ timeoutSeconds: 900, retries: 3 })
  async syncAssets(input: SyncInput): Promise<SyncOutput> {
    const client = await this.getOrCreateAsyncAtlanClient(input.credential);
    this.pageLog.info({ connection: input.connectionQualifiedName, credential: input.credential.name }, "sync start");
    const assets: Asset[] = await client.assets.search({ connection: input.connectionQualifiedName, size: input.batchSize });
    let skipped = 0;
    const synced = await Promise.all(
      assets.map(async (asset) => {
        if (!asset.qualifiedName.startsWith(input.connectionQualifiedName)) {
          skipped += 1;
          return false;
        }
        await client.assets.update(asset.guid, { certificateStatus: "VERIFIED" });
        return true;
      }),
    );
    this.pageLog.info(`synced ${synced.filter(Boolean).length} assets, skipped ${skipped}`);
    return { assetsSynced: synced.filter(Boolean).length, skipped };
  }

  @atlanTask
  async inspectClient(input: SyncInput): Promise<SyncOutput> {
    const client = await this.getOrCreateAsyncAtlanClient(input.credential);
    this.pageLog.debug({ client }, "client ready"); // expect: no-credential-logging
    this.pageLog.debug(`client base url ${client.baseUrl}`);
    return { assetsSynced: 0, skipped: 0 };
  }

  async warmUp(input: SyncInput): Promise<void> {
    const client = await this.getOrCreateAsyncAtlanClient(input.credential); // expect: resolve-in-task
    await client.ping();
  }

  @atlanTask
  async refreshToken(input: SyncInput): Promise<SyncOutput> {
    const token = await this.context.resolveCredential(input.credential);
    if (token.isExpired()) {
      this.pageLog.warn(`token for ${input.credential.name} expired at ${token.expiresAt}`);
    }
    this.pageLog.info(`talking to ${token.baseUrl}`);
    const bearer = token.token;
    const preview = bearer.substring(0, 20);
    this.pageLog.debug(`bearer preview ${preview}`); // expect: no-credential-logging
    return { assetsSynced: 0, skipped: 0 };
  }
}
