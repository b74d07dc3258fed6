// The admin views: the funnel numbers (dealStats) on a known history, and `npm run stats` /
// `npm run outbox` as real processes against a real database (PGlite files, or Postgres).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, usingPostgres, type TestDb } from "../../helpers/testDb.js";
import { openDatabase, type Database } from "../../../src/adapters/db/database.js";
import { migrate } from "../../../src/adapters/db/migrate.js";
import { dealStats } from "../../../src/adapters/db/dealStats.js";
import { introduce, submitQuote, acceptQuote, declineLead, sellerSays } from "../../../src/core/deals/index.js";
import { permanentDelivery } from "../../../src/ports/outbox.js";
import { FakeChannel, FakeClock, dealDeps, seedDeal, validQuote, worker } from "./fixtures.js";
import { runCli } from "../../helpers/runCli.js";


let t: TestDb | null = null;
let db: Database;
let env: Record<string, string>;

beforeAll(async () => {
  if (usingPostgres()) {
    t = await createTestDb();
    db = t.db;
    env = { DATABASE_URL: t.url! };
  } else {
    // The CLIs open the database themselves: a PGlite directory, closed before they run.
    const dir = mkdtempSync(path.join(tmpdir(), "caravan-admin-"));
    db = await openDatabase({ dataDir: dir });
    await migrate(db);
    env = { CARAVAN_DATA_DIR: dir };
  }
  await buildHistory(db);
  if (!t) await db.close();
}, 120_000);
afterAll(async () => t?.cleanup());

let expected: { sellerA: string; sellerB: string; deadId: string };

/** Two requests: one with a quote accepted 6 h after delivery, a decline and a silent lead; one never matched. */
async function buildHistory(d: Database) {
  const clock = new FakeClock(new Date("2027-02-01T10:00:00Z"));
  const deps = dealDeps(d, clock);
  const f = await seedDeal(d);
  await d.prisma.sourcingRequest.create({ data: { buyerId: f.buyerId, rawText: "something", status: "ready" } });
  const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: f.matchIds });
  const [a, b] = created.map((c) => c.introductionId) as [string, string, string];
  await worker(d, deps, [new FakeChannel("discord"), new FakeChannel("telegram")]).drain(); // delivered at 10:00
  clock.advanceHours(2);
  await sellerSays(deps, f.sellers[1]!.actor, { introductionId: b, text: "We only sell 50 t lots" });
  await declineLead(deps, f.sellers[1]!.actor, { introductionId: b, reason: "quantity_too_small" });
  clock.advanceHours(4);
  const q = await submitQuote(deps, f.sellers[0]!.actor, { introductionId: a, quote: validQuote });
  await acceptQuote(deps, f.buyer, { quoteId: q.quote.quoteId });
  // The seller-side messages of the accept (quote_accepted, and lead_closed for the silent seller)
  // cannot go through: dead, with the fix named in the error.
  const broken = new FakeChannel("discord", () => {
    throw permanentDelivery("Missing Access: give Caravan 'Send Messages in Threads' in #leads");
  });
  await worker(d, deps, [broken]).drain();
  const dead = await d.prisma.outboxMessage.findFirstOrThrow({ where: { status: "dead", kind: "quote_accepted" } });
  expected = { sellerA: f.sellers[0]!.name, sellerB: f.sellers[1]!.name, deadId: dead.id };
}


const run = (script: string, args: string[] = []) => runCli(script, args, env);

describe("admin views", () => {
  it("computes the funnel, the median time to first quote and per-seller response rates", async () => {
    if (!t) {
      db = await openDatabase({ dataDir: env.CARAVAN_DATA_DIR });
    }
    try {
      const s = await dealStats(db);
      expect(s.funnel).toEqual({ requests: 2, matched: 1, introduced: 1, quoted: 1, accepted: 1 });
      expect(s.medianHoursToFirstQuote).toBe(6);
      // The silent seller's lead was closed when the buyer accepted another offer.
      expect(s.introductionsByStatus).toEqual({ accepted: 1, declined_by_buyer: 1, declined_by_seller: 1 });
      const by = Object.fromEntries(s.sellers.map((x) => [x.seller, x]));
      expect(by[expected.sellerA]).toMatchObject({ leads: 1, answered: 1, quoted: 1, accepted: 1, responseRate: 1, medianHoursToFirstQuote: 6 });
      expect(by[expected.sellerB]).toMatchObject({ leads: 1, answered: 1, declined: 1, quoted: 0, responseRate: 1 });
      expect(s.sellers.find((x) => x.answered === 0)).toMatchObject({ leads: 1, responseRate: 0 });
      expect((await dealStats(db, { since: new Date("2099-01-01") })).funnel.requests).toBe(0);
    } finally {
      if (!t) await db.close();
    }
  });

  it("npm run stats prints the funnel (text and --json)", async () => {
    const json = await run("stats", ["--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ funnel: { requests: 2, accepted: 1 }, medianHoursToFirstQuote: 6 });
    const text = await run("stats");
    expect(text.out).toMatch(/introduced\s+1\s+50%/);
    expect(text.out).toContain("Median time to first quote: 6 h");
    expect(text.out).toContain(expected.sellerA);
    expect((await run("stats", ["--since", "yesterday"])).code).toBe(1);
  }, 120_000);

  it("npm run outbox lists dead deliveries with their error, and --retry re-queues one", async () => {
    const list = await run("outbox");
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/Outbox: 3 pending, 2 dead, 3 delivered/); // buyer messages wait: no Telegram worker ran
    expect(list.out).toMatch(/pending .* telegram\s+quote\s+0\s+due now/);
    expect(list.out).toContain(expected.deadId);
    expect(list.out).toContain("Send Messages in Threads");
    const retried = await run("outbox", ["--retry", expected.deadId]);
    expect(retried.code).toBe(0);
    const after = JSON.parse((await run("outbox", ["--json"])).out) as { counts: Record<string, number>; messages: { id: string; status: string }[] };
    expect(after.counts.dead).toBe(1);
    expect(after.messages.find((m) => m.id === expected.deadId)?.status).toBe("pending");
    const again = await run("outbox", ["--retry", expected.deadId]);
    expect(again.code).toBe(1);
    expect(again.err).toContain("no dead delivery");
  }, 120_000);
});
