// A burst of buyers at once on a small connection pool: every core operation waits its turn for a
// connection instead of failing with "Unable to start a transaction in the given time" (Prisma's
// default 2 s wait), which is what ~300 simultaneous buyers on a pool of 10 used to get.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../helpers/testDb.js";
import { HEADER, row, tempDir, writeFile } from "../helpers/catalogFiles.js";
import { openDatabase, type Database } from "../../src/adapters/db/database.js";
import { configFrom } from "../../src/config.js";
import { silentLogger } from "../../src/logger.js";
import { buildCoreDeps, type CoreDeps } from "../../src/wiring.js";
import { openCatalog } from "../../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../../src/core/catalog/seedCatalog.js";
import { shortlistRound } from "../../src/core/matching/shortlistRound.js";
import { createMatchStore } from "../../src/adapters/db/matchStore.js";
import { createDealStore } from "../../src/adapters/db/dealStore.js";
import { seedDeal } from "./deals/fixtures.js";

const BUYERS = 300;
let t: TestDb;
let db: Database; // a pool of 4 on Postgres: the burst is 75 times the pool
let deps: CoreDeps;

beforeAll(async () => {
  t = await createTestDb();
  db = t.url ? await openDatabase({ url: t.url, poolSize: 4 }) : t.db;
  deps = buildCoreDeps(configFrom({}), db, silentLogger);
  const file = writeFile(tempDir(), "b.csv", [
    HEADER,
    ...Array.from({ length: 12 }, (_, i) => row(`Seller ${i}`, `S-${i}`, `Organic argan oil grade ${i}`, { certifications: "organic", moq: 100, unit: "kg" })),
  ].join("\n"));
  await seedCatalog(deps, async () => (await openCatalog(file)).rows);
}, 120_000);
afterAll(async () => {
  if (db && db !== t.db) await db.close();
  await t?.cleanup();
});

describe("a burst of buyers on a small pool", () => {
  it(`runs ${BUYERS} simultaneous searches and deal transactions with no failure`, { timeout: 180_000 }, async () => {
    const deal = await seedDeal(db, { sellers: 1 });
    const store = createMatchStore(db);
    const deals = createDealStore(db);
    const parsed = await deps.parser.parse("200 kg organic argan oil");
    // One request per buyer, as in real traffic.
    const requests = await Promise.all(
      Array.from({ length: BUYERS }, () => db.prisma.sourcingRequest.create({ data: { buyerId: deal.buyerId, rawText: "200 kg organic argan oil", product: "organic argan oil", status: "ready" } })),
    );
    const results = await Promise.allSettled(
      Array.from({ length: BUYERS }, (_, i) =>
        i % 3 === 2
          ? deals.transact(async (tx) => {
              await tx.enqueue([{
                platform: "playground", kind: "buyer_message", deliveryKey: `burst:${i}`, threadKey: `burst:${i}`,
                payload: { introductionId: `intro-${i}`, sellerId: "s", threadMessageId: `m-${i}`, messageKind: "text", text: "hi" },
              }]);
            })
          : shortlistRound(deps, store, { id: requests[i]!.id, rawText: "200 kg organic argan oil", request: parsed }, { more: false }),
      ),
    );
    const failures = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason).slice(0, 200)] : []));
    expect(failures).toEqual([]);
    expect(await db.prisma.outboxMessage.count({ where: { deliveryKey: { startsWith: "burst:" } } })).toBe(BUYERS / 3);
    // Every search stored its shortlist.
    const shown = results.reduce((n, r) => n + (r.status === "fulfilled" && r.value ? r.value.matchIds.length : 0), 0);
    expect(shown).toBeGreaterThanOrEqual((BUYERS - BUYERS / 3) * 3);
    expect(await db.prisma.match.count({ where: { requestId: { in: requests.map((r) => r.id) } } })).toBe(shown);
  });

  it("numbers simultaneous searches of one request (a double click) as separate rounds", async () => {
    const deal = await seedDeal(db, { sellers: 1 });
    const parsed = await deps.parser.parse("200 kg organic argan oil");
    const store = createMatchStore(db);
    const rounds = await Promise.all(
      Array.from({ length: 12 }, () => shortlistRound(deps, store, { id: deal.requestId, rawText: "200 kg organic argan oil", request: parsed }, { more: false })),
    );
    // seedDeal stored round 1; each search got its own round after it.
    expect(rounds.map((r) => r.round).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
  });
});
