// One process at a time on an embedded PGlite directory: a second opener (an admin command while
// `npm start` runs) is refused with a sentence instead of silently overwriting the first one's
// writes; the lock goes with close(), and a dead holder's lock is taken over.
import { mkdtempSync, mkdirSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/adapters/db/database.js";
import { DatabaseInUseError } from "../../src/adapters/db/pgliteLock.js";
import { runCli } from "../helpers/runCli.js";

const root = mkdtempSync(path.join(tmpdir(), "caravan-lock-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("embedded database lock", () => {
  it("refuses a second opener, in this process and in an admin command, until the first closes", async () => {
    const dir = path.join(root, "a");
    const first = await openDatabase({ dataDir: dir, prisma: false });
    try {
      await expect(openDatabase({ dataDir: dir, prisma: false })).rejects.toBeInstanceOf(DatabaseInUseError);
      const cli = await runCli("sellers", [], { CARAVAN_DATA_DIR: dir }, 120_000);
      expect(cli.code).not.toBe(0);
      expect(cli.err).toContain("is in use by another Caravan process");
      expect(cli.err).toContain("DATABASE_URL");
      expect(cli.err).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir: dir, prisma: false });
    expect(await again.query<{ one: number }>("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await again.close();
  }, 180_000);

  it("takes over the lock a killed process left behind once it is stale", async () => {
    const dir = path.join(root, "b");
    // What a kill -9 leaves: the lock directory, no longer refreshed.
    mkdirSync(path.join(dir, "pglite.lock"), { recursive: true });
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, "pglite.lock"), old, old);
    const db = await openDatabase({ dataDir: dir, prisma: false });
    expect(await db.query<{ one: number }>("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await db.close();
  }, 60_000);

  it("waits on a fresh lock nobody refreshes (a restart right after a kill -9), then takes it over once stale", async () => {
    const dir = path.join(root, "c");
    mkdirSync(path.join(dir, "pglite.lock"), { recursive: true });
    const justNow = new Date(Date.now() - 2_000); // the holder died two seconds ago
    utimesSync(path.join(dir, "pglite.lock"), justNow, justNow);
    const started = Date.now();
    const db = await openDatabase({ dataDir: dir, prisma: false });
    expect(Date.now() - started).toBeGreaterThan(10_000); // it waited for staleness (20 s) instead of refusing
    await db.close();
  }, 90_000);

  it("leaves in-memory databases unlocked", async () => {
    const a = await openDatabase({ dataDir: "memory://", prisma: false });
    const b = await openDatabase({ dataDir: "memory://", prisma: false });
    try {
      expect(await Promise.all([a.query("SELECT 1 AS one"), b.query("SELECT 2 AS one")])).toEqual([[{ one: 1 }], [{ one: 2 }]]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);
});
