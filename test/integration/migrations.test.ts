import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate, readMigrations } from "../../src/adapters/db/migrate.js";
import { createEmptyTestDb, type TestDb } from "../helpers/testDb.js";

let t: TestDb | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe("migrations", () => {
  it("apply on a fresh database, then re-applying is a no-op", async () => {
    t = await createEmptyTestDb();
    const all = await readMigrations();
    expect(all.length).toBeGreaterThan(0);
    const first = await migrate(t.db);
    expect(first.applied).toEqual(all.map((m) => m.name));
    const second = await migrate(t.db);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(all.length);
    const tables = await t.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(["Buyer", "Seller", "Product", "SourcingRequest", "Introduction", "Quote", "OutboxMessage", "_prisma_migrations"]),
    );
  });

  it("record each migration in _prisma_migrations exactly as Prisma does", async () => {
    t = await createEmptyTestDb();
    await migrate(t.db);
    const rows = await t.db.query<Record<string, unknown>>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    const files = await readMigrations();
    expect(rows).toHaveLength(files.length);
    for (const [i, row] of rows.entries()) {
      const name = files[i]!.name;
      const bytes = readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"));
      expect(row.migration_name).toBe(name);
      expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect((row.finished_at as Date).getTime()).toBeGreaterThanOrEqual((row.started_at as Date).getTime());
    }
    // Column types as Prisma's own table definition, so `prisma migrate status` accepts it.
    const cols = await t.db.query<{ column_name: string; data_type: string; is_nullable: string }>(
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY column_name`,
    );
    expect(Object.fromEntries(cols.map((c) => [c.column_name, `${c.data_type}:${c.is_nullable}`]))).toEqual({
      applied_steps_count: "integer:NO",
      checksum: "character varying:NO",
      finished_at: "timestamp with time zone:YES",
      id: "character varying:NO",
      logs: "text:YES",
      migration_name: "character varying:NO",
      rolled_back_at: "timestamp with time zone:YES",
      started_at: "timestamp with time zone:NO",
    });
  });

  it("stop at a failing migration, leaving nothing half-applied", async () => {
    t = await createEmptyTestDb();
    const { mkdtempSync, cpSync, mkdirSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(path.join(tmpdir(), "caravan-mig-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    mkdirSync(path.join(dir, "29990101000000_broken"));
    writeFileSync(path.join(dir, "29990101000000_broken", "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT * FROM "does_not_exist";`);
    await expect(migrate(t.db, dir)).rejects.toThrow(/29990101000000_broken failed/);
    // The whole run is one transaction: neither the good migrations nor the half table remain.
    const half = await t.db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(half).toHaveLength(0);
    // Once the broken migration is gone, the run succeeds.
    const r = await migrate(t.db);
    expect(r.applied.length).toBeGreaterThan(0);
  });

  it("check a current database with one query, and still apply a new migration or report an edited one", async () => {
    t = await createEmptyTestDb();
    await migrate(t.db);
    // Current: no transaction (hence no lock, no CREATE TABLE) is taken.
    const noTx = { ...t.db, transaction: () => Promise.reject(new Error("took the locked path")) };
    expect(await migrate(noTx)).toEqual({ applied: [], alreadyApplied: (await readMigrations()).length, modified: [] });

    const { mkdtempSync, cpSync, mkdirSync, writeFileSync, appendFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(path.join(tmpdir(), "caravan-mig-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    mkdirSync(path.join(dir, "29990101000000_later"));
    writeFileSync(path.join(dir, "29990101000000_later", "migration.sql"), `CREATE TABLE "Later" (id int);`);
    await expect(migrate(noTx, dir)).rejects.toThrow(/locked path/);
    expect((await migrate(t.db, dir)).applied).toEqual(["29990101000000_later"]);
    expect(await t.db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Later'`)).toHaveLength(1);

    // An applied file edited afterwards is reported (never re-run), on the quick path too.
    const first = (await readMigrations(dir))[0]!.name;
    appendFileSync(path.join(dir, first, "migration.sql"), "\n-- edited\n");
    expect((await migrate(noTx, dir)).modified).toEqual([first]);
  });

  it("refuse to start over a migration left unfinished, on the quick path too", async () => {
    t = await createEmptyTestDb();
    await migrate(t.db);
    const last = (await readMigrations()).at(-1)!.name;
    await t.db.query(`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = $1`, [last]);
    await expect(migrate(t.db)).rejects.toThrow(new RegExp(`${last} failed earlier`));
  });
});
