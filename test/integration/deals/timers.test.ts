// Reminders, expiry and quote validity with a fake clock: nothing happens early, each effect
// happens once, and answered leads are left alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { introduce, runTimers, sellerSays, submitQuote, acceptQuote, reviseQuote } from "../../../src/core/deals/index.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import { FakeChannel, FakeClock, dealDeps, seedDeal, validQuote, worker } from "./fixtures.js";

let t: TestDb;
let deps: DealDeps;
let clock: FakeClock;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.cleanup());

const outbox = (kind: string, introductionId: string) =>
  t.db.prisma.outboxMessage.findMany({ where: { kind, payload: { path: ["introductionId"], equals: introductionId } } });

describe("deal timers", () => {
  it("reminds the seller once at 48 h and expires the lead at 96 h, offering the buyer the next match", async () => {
    clock = new FakeClock(new Date("2027-03-01T08:00:00Z"));
    deps = dealDeps(t.db, clock);
    const f = await seedDeal(t.db);
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!, f.matchIds[1]!] });
    const [silent, chatty] = created.map((c) => c.introductionId) as [string, string];
    // Leads are delivered one hour later: the clock starts at delivery.
    clock.advanceHours(1);
    const discord = new FakeChannel("discord");
    await worker(t.db, deps, [discord, new FakeChannel("telegram")]).drain();
    expect((await t.db.prisma.introduction.findUniqueOrThrow({ where: { id: silent } })).deliveredAt).toEqual(clock.now());
    // The second seller answers with a question at +10 h: answered, no reminder, no expiry.
    clock.advanceHours(10);
    await sellerSays(deps, f.sellers[1]!.actor, { introductionId: chatty, text: "Which drum size?" });

    clock.advanceHours(37); // 47 h after delivery
    expect(await runTimers(deps)).toMatchObject({ reminded: [], expired: [], quotesExpired: [] });

    clock.advanceHours(1); // 48 h
    const r48 = await runTimers(deps);
    expect(r48.reminded).toEqual([silent]);
    expect(await runTimers(deps)).toMatchObject({ reminded: [] }); // once only
    const reminders = await outbox("reminder", silent);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.payload).toMatchObject({ hoursOpen: 48, expiresAt: "2027-03-05T09:00:00.000Z", product: "organic argan oil" });
    expect(await outbox("reminder", chatty)).toHaveLength(0);

    clock.advanceHours(47); // 95 h
    expect((await runTimers(deps)).expired).toEqual([]);
    clock.advanceHours(1); // 96 h
    const r96 = await runTimers(deps);
    expect(r96.expired).toEqual([silent]);
    expect(await runTimers(deps)).toMatchObject({ expired: [] });
    const row = await t.db.prisma.introduction.findUniqueOrThrow({ where: { id: silent } });
    expect(row).toMatchObject({ status: "expired", closedAt: clock.now() });
    expect((await t.db.prisma.introduction.findUniqueOrThrow({ where: { id: chatty } })).status).toBe("viewed"); // answering implies reading
    // The buyer is offered the next seller on the shortlist (the one not yet introduced); the seller's card closes.
    const offer = await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { deliveryKey: `expired:${silent}:buyer` } });
    expect(offer).toMatchObject({ platform: "telegram", payload: { nextMatch: { sellerId: f.sellers[2]!.id, matchId: f.matchIds[2] } } });
    expect((await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { deliveryKey: `expired:${silent}:seller` } })).payload).toMatchObject({ status: "expired" });
    // An expired lead takes no quote.
    await expect(submitQuote(deps, f.sellers[0]!.actor, { introductionId: silent, quote: { ...validQuote, validUntil: null } })).rejects.toMatchObject({ code: "illegal_transition" });
  });

  it("expires a lead found late without sending a pointless reminder, and counts undelivered leads from creation", async () => {
    clock = new FakeClock(new Date("2027-04-01T08:00:00Z"));
    deps = dealDeps(t.db, clock);
    const f = await seedDeal(t.db);
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    const id = created[0]!.introductionId;
    clock.advanceHours(200); // never delivered (Discord down), timers did not run meanwhile
    const r = await runTimers(deps);
    expect(r.expired).toContain(id);
    expect(r.reminded).not.toContain(id);
    expect(await outbox("reminder", id)).toHaveLength(0);
  });

  it("marks quotes past their validity date expired, tells the seller, and refuses to accept them", async () => {
    clock = new FakeClock(new Date("2027-05-10T12:00:00Z"));
    deps = dealDeps(t.db, clock);
    const f = await seedDeal(t.db);
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    const id = created[0]!.introductionId;
    const q = await submitQuote(deps, f.sellers[0]!.actor, { introductionId: id, quote: { ...validQuote, validUntil: "2027-05-12" } });

    clock.advanceHours(24 * 2); // 12 May, 12:00: still valid through the 12th
    expect((await runTimers(deps)).quotesExpired).toEqual([]);
    clock.advanceHours(12); // 13 May, 00:00
    // Even before the timer runs, a lapsed quote cannot be accepted.
    await expect(acceptQuote(deps, f.buyer, { quoteId: q.quote.quoteId })).rejects.toMatchObject({ code: "illegal_transition", details: { reason: "expired" } });
    expect((await runTimers(deps)).quotesExpired).toEqual([q.quote.quoteId]);
    expect((await runTimers(deps)).quotesExpired).toEqual([]);
    expect((await t.db.prisma.quote.findUniqueOrThrow({ where: { id: q.quote.quoteId } })).status).toBe("expired");
    expect((await outbox("quote_expired", id)).map((m) => (m.payload as { quote: { version: number } }).quote.version)).toEqual([1]);
    await expect(acceptQuote(deps, f.buyer, { quoteId: q.quote.quoteId })).rejects.toMatchObject({ code: "illegal_transition", details: { reason: "expired" } });
    // A quoted lead does not expire; the seller renews with a new version, which can be accepted.
    clock.advanceHours(24 * 10);
    expect((await runTimers(deps)).expired).not.toContain(id);
    const v2 = await reviseQuote(deps, f.sellers[0]!.actor, { introductionId: id, changes: { validUntil: "2027-06-30" } });
    expect(v2.previous).toBeNull(); // nothing active was superseded: v1 stays expired
    await expect(acceptQuote(deps, f.buyer, { quoteId: v2.quote.quoteId })).resolves.toMatchObject({ introductionId: id });
  });
});
