// Opens the configured database (Postgres or embedded PGlite) and applies pending migrations:
// what `npm start` and every admin script do first. Kept apart from app.ts so that a script
// reading a few rows does not import the channels and their SDKs.
import type { Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import { openDatabase, type Database } from "./database.js";
import { migrate } from "./migrate.js";

/** `prisma: false` for a command that only runs SQL: Prisma is then neither loaded nor started. */
export async function openAppDatabase(config: Config, logger: Logger, opts: { prisma?: boolean } = {}): Promise<Database> {
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.CARAVAN_DATA_DIR, poolSize: config.DATABASE_POOL_SIZE, logger, prisma: opts.prisma });
  const where = config.DATABASE_URL ? "Postgres (DATABASE_URL)" : `embedded PGlite in ${config.CARAVAN_DATA_DIR}`;
  const r = await migrate(db);
  logger.info({ applied: r.applied, upToDate: r.alreadyApplied }, `database ready: ${where}`);
  for (const m of r.modified) logger.warn({ migration: m }, "an applied migration file was edited afterwards; add a new migration instead");
  return db;
}
