// The same quote form submitted twice at once (a double click, a browser retry, a redelivered
// Discord interaction) makes one quote version: the client key is checked in the transaction that
// inserts the quote. Runs on PGlite, and on Postgres with TEST_DATABASE_URL (real concurrency).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { introduce, reviseQuote, submitQuote } from "../../../src/core/deals/index.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import { FakeClock, dealDeps, seedDeal, validQuote } from "./fixtures.js";

let t: TestDb;
let deps: DealDeps;

beforeAll(async () => {
  t = await createTestDb();
  deps = dealDeps(t.db, new FakeClock());
});
afterAll(async () => t?.cleanup());

async function lead() {
  const f = await seedDeal(t.db);
  const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
  return { seller: f.sellers[0]!.actor, introductionId: created[0]!.introductionId };
}

const versions = (introductionId: string) => t.db.prisma.quote.findMany({ where: { introductionId }, orderBy: { version: "asc" }, select: { version: true, status: true } });
const quoteDeliveries = (introductionId: string) =>
  t.db.prisma.outboxMessage.count({ where: { kind: "quote", payload: { path: ["introductionId"], equals: introductionId } } });

describe("quote submission is idempotent per client key", () => {
  it("two concurrent submissions of one form make one version, one delivery; the other is already_done", async () => {
    const { seller, introductionId } = await lead();
    const results = await Promise.allSettled([
      submitQuote(deps, seller, { introductionId, quote: validQuote, clientKey: "form-7d1c2e" }),
      submitQuote(deps, seller, { introductionId, quote: validQuote, clientKey: "form-7d1c2e" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "already_done" });
    expect(await versions(introductionId)).toEqual([{ version: 1, status: "active" }]);
    expect(await quoteDeliveries(introductionId)).toBe(1);
  });

  it("a form submitted again later changes nothing either, for a revision too", async () => {
    const { seller, introductionId } = await lead();
    await submitQuote(deps, seller, { introductionId, quote: validQuote, clientKey: "form-a" });
    await reviseQuote(deps, seller, { introductionId, changes: { unitPrice: "12.9" }, clientKey: "form-b" });
    await expect(reviseQuote(deps, seller, { introductionId, changes: { unitPrice: "12.9" }, clientKey: "form-b" })).rejects.toMatchObject({ code: "already_done" });
    await expect(submitQuote(deps, seller, { introductionId, quote: validQuote, clientKey: "form-a" })).rejects.toMatchObject({ code: "already_done" });
    expect(await versions(introductionId)).toEqual([{ version: 1, status: "superseded" }, { version: 2, status: "active" }]);
  });

  it("two different forms sent at once are two versions, in order", async () => {
    const { seller, introductionId } = await lead();
    const results = await Promise.allSettled([
      submitQuote(deps, seller, { introductionId, quote: validQuote, clientKey: "form-1" }),
      submitQuote(deps, seller, { introductionId, quote: { ...validQuote, unitPrice: "12.5" }, clientKey: "form-2" }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await versions(introductionId)).toEqual([{ version: 1, status: "superseded" }, { version: 2, status: "active" }]);
    expect(await quoteDeliveries(introductionId)).toBe(2);
  });
});
