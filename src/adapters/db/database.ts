// The database handle every adapter shares: Prisma for the repository code, plus a raw SQL
// door for what Prisma does not do (multi-statement migrations, FOR UPDATE SKIP LOCKED,
// LISTEN/NOTIFY). Postgres when DATABASE_URL is set, embedded PGlite otherwise: same schema,
// same migrations, same code. Each kind is loaded only when it is opened, so a Postgres
// deployment never loads PGlite's WebAssembly and an embedded one never loads `pg`.
import type { Database, DatabaseOptions } from "./databaseHandle.js";

export { TRANSACTION_OPTIONS, type Database, type DatabaseOptions, type PrismaClient } from "./databaseHandle.js";

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) {
    const { openPostgres } = await import("./postgresDatabase.js");
    return openPostgres(opts.url, opts);
  }
  const { openPglite } = await import("./pgliteDatabase.js");
  return openPglite(opts.dataDir ?? "./.data", opts);
}
