// Applies prisma/migrations/*/migration.sql the way `prisma migrate deploy` does, without the
// schema-engine binary that cannot be downloaded offline. Each migration runs in its own
// transaction and is recorded in Prisma's own `_prisma_migrations` table (same columns, same
// SHA-256 checksum of the file bytes), so `prisma migrate status` elsewhere sees it as applied.
import { createHash, randomUUID } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { Database } from "./database.js";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../prisma/migrations");

// Prisma's definition of its bookkeeping table, verbatim in shape.
const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// The same advisory lock key Prisma uses, so our runner and Prisma's never migrate at once.
const LOCK_KEY = 72707369;

export interface MigrationFileInfo {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
  /** Applied migrations whose file changed since: worth a warning, never silently re-run. */
  modified: string[];
}

export class MigrationError extends Error {
  constructor(message: string, readonly migration?: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFileInfo[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    }),
  );
}

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Every start's usual case, in one query without a transaction or lock: every file already applied
 * and none left half-done. Undefined otherwise (a new or failed migration, no bookkeeping table
 * yet), and then `migrate` takes the locked path that applies or reports. A migrator running
 * meanwhile commits its rows at the end, so until then they look missing here: the locked path
 * waits for it.
 */
async function alreadyCurrent(db: Database, migrations: MigrationFileInfo[]): Promise<MigrateResult | undefined> {
  let rows: { migration_name: string; checksum: string; finished: boolean }[];
  try {
    rows = await db.query(`SELECT migration_name, checksum, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`);
  } catch {
    return undefined; // no bookkeeping table: a fresh database
  }
  if (rows.some((r) => !r.finished)) return undefined;
  const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  if (migrations.some((m) => !done.has(m.name))) return undefined;
  return { applied: [], alreadyApplied: migrations.length, modified: migrations.filter((m) => done.get(m.name) !== m.checksum).map((m) => m.name) };
}

export async function migrate(db: Database, dir = MIGRATIONS_DIR): Promise<MigrateResult> {
  const migrations = await readMigrations(dir);
  const current = await alreadyCurrent(db, migrations);
  if (current) return current;
  return db.transaction(async (lockTx) => {
    // Serialise concurrent starters (several instances, tests); released at commit.
    await lockTx.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
    await lockTx.exec(BOOKKEEPING);
    const rows = await lockTx.query<Row>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const failed = rows.find((r) => r.finished_at === null);
    if (failed)
      throw new MigrationError(
        `Migration ${failed.migration_name} failed earlier and was not completed. Fix the database, then mark it rolled back.`,
        failed.migration_name,
      );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const result: MigrateResult = { applied: [], alreadyApplied: 0, modified: [] };
    for (const m of migrations) {
      const seen = done.get(m.name);
      if (seen !== undefined) {
        result.alreadyApplied++;
        if (seen !== m.checksum) result.modified.push(m.name);
        continue;
      }
      // Savepoint per migration: a failure rolls back that migration's statements and stops.
      const started = new Date();
      await lockTx.exec("SAVEPOINT caravan_migration");
      try {
        await lockTx.exec(m.sql);
      } catch (e) {
        await lockTx.exec("ROLLBACK TO SAVEPOINT caravan_migration");
        throw new MigrationError(`Migration ${m.name} failed: ${(e as Error).message}`, m.name);
      }
      await lockTx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, $3, $4, NULL, NULL, $5, 1)`,
        [randomUUID(), m.checksum, new Date(), m.name, started],
      );
      result.applied.push(m.name);
    }
    return result;
  });
}
