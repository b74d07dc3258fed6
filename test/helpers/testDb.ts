// Each integration suite gets its own empty, migrated database: a fresh Postgres database when
// TEST_DATABASE_URL is set (created here, dropped afterwards), otherwise an in-memory PGlite.
// Never a mock: the same Prisma schema and migrations as production.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../../src/adapters/db/database.js";
import { migrate } from "../../src/adapters/db/migrate.js";

export interface TestDb {
  db: Database;
  url?: string;
  cleanup(): Promise<void>;
}

export const usingPostgres = (): boolean => Boolean(process.env.TEST_DATABASE_URL);

/** Creates an empty database (not migrated): for migration tests. */
export async function createEmptyTestDb(): Promise<TestDb> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({ dataDir: "memory://" });
    return { db, cleanup: () => db.close() };
  }
  const name = `caravan_t_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), poolSize: 5 });
  return {
    db,
    url: url.toString(),
    async cleanup() {
      await db.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** Creates an empty database and applies every migration. */
export async function createTestDb(): Promise<TestDb> {
  const t = await createEmptyTestDb();
  await migrate(t.db);
  return t;
}

/**
 * Database settings for a whole app under test (createApp migrates its own database, as npm start
 * does): an empty Postgres database when TEST_DATABASE_URL is set, else an in-memory PGlite.
 */
export async function appDatabaseEnv(): Promise<{ t: TestDb | null; env: Record<string, string> }> {
  if (!usingPostgres()) return { t: null, env: { CARAVAN_DATA_DIR: "memory://" } };
  const t = await createEmptyTestDb();
  return { t, env: { DATABASE_URL: t.url! } };
}
