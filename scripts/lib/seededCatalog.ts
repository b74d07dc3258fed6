// The evaluation scripts' catalog: a fresh in-memory database with every catalog file of a folder
// (or one file) seeded, through the same seeding as `npm run seed`, and all its products read back.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Config } from "../../src/config.js";
import { openDatabase } from "../../src/adapters/db/database.js";
import { migrate } from "../../src/adapters/db/migrate.js";
import { createLogger } from "../../src/logger.js";
import { buildCoreDeps } from "../../src/coreDeps.js";
import { openCatalog } from "../../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../../src/core/catalog/seedCatalog.js";

export async function seededCatalog(config: Config, catalog: string) {
  const files = statSync(catalog).isDirectory()
    ? readdirSync(catalog).filter((x) => /\.(csv|json)$/i.test(x)).sort().map((x) => path.join(catalog, x))
    : [catalog];
  const db = await openDatabase({ dataDir: "memory://" });
  await migrate(db);
  const deps = buildCoreDeps(config, db, createLogger("warn", { stderr: true }));
  for (const file of files) await seedCatalog(deps, async () => (await openCatalog(file)).rows);
  const products = await deps.catalog.products((await db.query<{ id: string }>(`SELECT id FROM "Product"`)).map((r) => r.id));
  return { db, deps, products };
}
