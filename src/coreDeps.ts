// The core's matching and catalog dependencies from configuration: which adapter (real or
// offline) serves the embedder, the vector index and the request parser. Apart from wiring.ts so
// that `npm run match` and the other catalog scripts do not load the conversation's and the deals'
// stores they never use; wiring.ts re-exports it for the app.
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import type { Database } from "./adapters/db/database.js";
import { createEmbedder, createVectorIndex } from "./adapters/vectorFactory.js";
import { createRequestParser } from "./adapters/requestParserFactory.js";
import { createCatalogCache } from "./adapters/local/catalogCache.js";
import { createCatalogStore } from "./adapters/db/catalogStore.js";
import { productText } from "./adapters/local/productText.js";
import { systemClock, type Clock } from "./ports/clock.js";
import type { MatchDeps } from "./core/matching/matchRequest.js";
import type { SeedDeps } from "./core/catalog/seedCatalog.js";

export interface CoreDeps extends MatchDeps, SeedDeps {
  db: Database;
  logger: Logger;
}

export function buildCoreDeps(config: Config, db: Database, logger: Logger, clock: Clock = systemClock): CoreDeps {
  const embedder = createEmbedder(config, logger);
  const index = createVectorIndex(config, db, embedder, logger);
  return {
    db,
    logger,
    clock,
    embedder,
    index,
    parser: createRequestParser(config, logger),
    catalog: createCatalogCache(db),
    store: createCatalogStore(db),
    describe: productText,
  };
}

