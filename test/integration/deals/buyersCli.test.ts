// A seller's spam report flags the buyer; `npm run buyers` shows the report to an admin, the
// buyer is refused until `npm run buyers -- --clear ID`, then welcome again. Real processes on a
// real database (PGlite files, or Postgres).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, usingPostgres, type TestDb } from "../../helpers/testDb.js";
import { openDatabase, type Database } from "../../../src/adapters/db/database.js";
import { migrate } from "../../../src/adapters/db/migrate.js";
import { assertCanOpenRequest, introduce, reportSpam } from "../../../src/core/deals/index.js";
import type { Actor } from "../../../src/core/deals/types.js";
import { FakeClock, dealDeps, seedDeal } from "./fixtures.js";
import { runCli } from "../../helpers/runCli.js";


let t: TestDb | null = null;
let dir = "";
let env: Record<string, string>;
let buyer: { id: string; actor: Actor };

/** PGlite allows one process at a time: open, act, close before a CLI runs. */
async function withDb<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  if (t) return fn(t.db);
  const db = await openDatabase({ dataDir: dir });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}


const cli = (...args: string[]) => runCli("buyers", args, env);

beforeAll(async () => {
  if (usingPostgres()) {
    t = await createTestDb();
    env = { DATABASE_URL: t.url! };
  } else {
    dir = mkdtempSync(path.join(tmpdir(), "caravan-buyers-"));
    const db = await openDatabase({ dataDir: dir });
    await migrate(db);
    await db.close();
    env = { CARAVAN_DATA_DIR: dir };
  }
  await withDb(async (db) => {
    const deps = dealDeps(db, new FakeClock(new Date("2027-03-01T09:00:00Z")));
    const f = await seedDeal(db);
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: f.matchIds.slice(0, 1) });
    await reportSpam(deps, f.sellers[0]!.actor, { introductionId: created[0]!.introductionId, note: "asks for free samples to a P.O. box" });
    buyer = { id: f.buyerId, actor: f.buyer };
  });
}, 120_000);
afterAll(async () => t?.cleanup());

describe("npm run buyers", { timeout: 120_000 }, () => {
  it("lists the flagged buyer with the seller's report, and clears them on request", async () => {
    const list = await cli();
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/1 flagged for review/);
    expect(list.out).toContain(buyer.id);
    expect(list.out).toMatch(/report: spam report by Seller A .*: asks for free samples to a P\.O\. box/);

    const json = JSON.parse((await cli("--json")).out) as { counts: { flagged: number }; buyers: { id: string; flagged: boolean }[] };
    expect(json.counts.flagged).toBe(1);
    expect(json.buyers).toEqual([expect.objectContaining({ id: buyer.id, flagged: true })]);
    // The SQL behind the list agrees with Prisma's reading of the same rows (counts, UTC times).
    const expected = await withDb(async (db) => {
      const b = await db.prisma.buyer.findUniqueOrThrow({ where: { id: buyer.id }, include: { requests: { include: { _count: { select: { introductions: true } } } } } });
      return {
        counts: { total: await db.prisma.buyer.count(), active: await db.prisma.buyer.count({ where: { active: true } }), flagged: 1 },
        row: { platform: b.platform, externalId: b.externalId, requests: b.requests.length, introductions: b.requests.reduce((n, r) => n + r._count.introductions, 0), createdAt: b.createdAt.toISOString() },
      };
    });
    expect(expected.row.introductions).toBeGreaterThan(0);
    const all = JSON.parse((await cli("--all", "--json")).out) as { counts: object; buyers: { id: string; flagged: boolean }[] };
    expect(all.counts).toEqual(expected.counts);
    expect(all.buyers).toHaveLength(expected.counts.total);
    expect(all.buyers[0]).toMatchObject({ id: buyer.id, flagged: true, ...expected.row }); // flagged first

    // Flagged: no new request.
    await expect(withDb((db) => assertCanOpenRequest(dealDeps(db, new FakeClock(new Date())), buyer.actor))).rejects.toMatchObject({ code: "forbidden" });

    const wrong = await cli("--clear", "no-such-buyer");
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/no flagged buyer with id no-such-buyer/);
    const cleared = await cli("--clear", buyer.id);
    expect(cleared.code).toBe(0);
    expect(cleared.out).toMatch(/Cleared/);
    expect((await cli()).out).toMatch(/Nobody is flagged for review/);
    await expect(withDb((db) => assertCanOpenRequest(dealDeps(db, new FakeClock(new Date())), buyer.actor))).resolves.toMatchObject({ open: expect.any(Number) });
  });

  it("refuses a bad --limit with a usage line", async () => {
    const r = await cli("--limit", "zero");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--limit takes a positive whole number/);
  });
});
