// What the catalog scripts (seed, reindex, sellers, bench) share: the configured database
// (migrated), embedder, vector index and catalog store — the same wiring as the running bot.
import type { Config } from "../../src/config.js";
import { createLogger, type Logger } from "../../src/logger.js";
import { openAppDatabase } from "../../src/adapters/db/appDatabase.js";
import { createCatalogStore } from "../../src/adapters/db/catalogStore.js";
import { createEmbedder, createVectorIndex } from "../../src/adapters/vectorFactory.js";
import { productText } from "../../src/adapters/local/productText.js";
import type { Database } from "../../src/adapters/db/database.js";
import type { SeedDeps } from "../../src/core/catalog/seedCatalog.js";

export interface CatalogServices extends SeedDeps {
  db: Database;
  logger: Logger;
  close(): Promise<void>;
}

export async function openCatalogServices(config: Config, opts: { logLevel?: string } = {}): Promise<CatalogServices> {
  // Scripts print their own summaries; the logger only speaks up for warnings.
  const logger = createLogger(opts.logLevel ?? (config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL), { stderr: true });
  const db = await openAppDatabase(config, logger);
  const embedder = createEmbedder(config, logger);
  const index = createVectorIndex(config, db, embedder, logger);
  return { db, logger, embedder, index, store: createCatalogStore(db), describe: productText, close: () => db.close() };
}
