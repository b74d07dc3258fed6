// `npm run db:migrate`: apply pending migrations to the configured database. Idempotent.
import { runScript } from "./lib/runScript.js";
import { openDatabase } from "../src/adapters/db/database.js";
import { migrate } from "../src/adapters/db/migrate.js";

await runScript("db:migrate", async ({ config }) => {
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.CARAVAN_DATA_DIR, poolSize: 2 });
  try {
    const r = await migrate(db);
    const where = config.DATABASE_URL ? "Postgres" : `embedded PGlite in ${config.CARAVAN_DATA_DIR}`;
    if (r.applied.length) console.log(`Applied ${r.applied.length} migration(s) on ${where}: ${r.applied.join(", ")}`);
    else console.log(`Database is up to date (${r.alreadyApplied} migration(s), ${where}).`);
    for (const m of r.modified) console.warn(`warning: ${m} changed after it was applied; write a new migration instead of editing old ones.`);
  } finally {
    await db.close();
  }
});
