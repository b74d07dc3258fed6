// Who may do what, and doing things once: authorization, double clicks, contact sharing only when
// both agree, split orders, anti-spam limits and spam reports — on a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import {
  introduce, viewLead, sellerSays, submitQuote, reviseQuote, declineLead, acceptQuote, declineQuote, counterOffer, buyerSays,
  buyerSharesContact, sellerSharesContact, compareQuotes, reportSpam, assertCanOpenRequest, getBuyerThread, threadForReply,
} from "../../../src/core/deals/index.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import type { Actor } from "../../../src/core/deals/types.js";
import { FakeClock, dealDeps, seedDeal, snapshot, validQuote } from "./fixtures.js";

let t: TestDb;
let deps: DealDeps;
const clock = new FakeClock();

beforeAll(async () => {
  t = await createTestDb();
  deps = dealDeps(t.db, clock, { maxIntroductionsPerDay: 4, maxOpenRequests: 3 });
});
afterAll(async () => t?.cleanup());

async function quotedDeal(opts: { splitOrder?: boolean } = {}) {
  const f = await seedDeal(t.db, opts);
  const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!, f.matchIds[1]!] });
  const ids = created.map((c) => c.introductionId) as [string, string];
  const qa = await submitQuote(deps, f.sellers[0]!.actor, { introductionId: ids[0], quote: validQuote });
  const qb = await submitQuote(deps, f.sellers[1]!.actor, { introductionId: ids[1], quote: { ...validQuote, unitPrice: 13.9 } });
  return { f, ids, qa, qb };
}

describe("authorization", () => {
  it("refuses a seller acting on another seller's lead, and changes nothing", async () => {
    const { f, ids, qa } = await quotedDeal();
    const intruder = f.sellers[1]!.actor; // linked to seller B, acting on A's lead
    const before = await snapshot(t.db, ids[0]);
    const attempts: (() => Promise<unknown>)[] = [
      () => viewLead(deps, intruder, { introductionId: ids[0] }),
      () => sellerSays(deps, intruder, { introductionId: ids[0], text: "psst" }),
      () => submitQuote(deps, intruder, { introductionId: ids[0], quote: validQuote }),
      () => reviseQuote(deps, intruder, { introductionId: ids[0], changes: { unitPrice: 1 } }),
      () => declineLead(deps, intruder, { introductionId: ids[0], reason: "other" }),
      () => sellerSharesContact(deps, intruder, { introductionId: ids[0] }),
      () => reportSpam(deps, intruder, { introductionId: ids[0] }),
    ];
    for (const p of attempts) await expect(p()).rejects.toMatchObject({ code: "forbidden", details: { reason: "not_your_lead" } });
    // Someone who never linked a seller account, and a buyer's account, are refused too.
    const stranger: Actor = { platform: "discord", userId: "nobody" };
    await expect(submitQuote(deps, stranger, { introductionId: ids[0], quote: validQuote })).rejects.toMatchObject({ code: "forbidden", details: { reason: "not_linked" } });
    await expect(viewLead(deps, f.buyer, { introductionId: ids[0] })).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot(t.db, ids[0])).toEqual(before);
    // The rightful seller still can.
    await expect(reviseQuote(deps, f.sellers[0]!.actor, { introductionId: ids[0], changes: { unitPrice: 12 } })).resolves.toMatchObject({ quote: { version: 2 } });
    expect(qa.quote.version).toBe(1);
  });

  it("refuses a buyer acting on someone else's request", async () => {
    const { f, ids, qa } = await quotedDeal();
    const other = await seedDeal(t.db); // another buyer
    const before = await snapshot(t.db, ids[0]);
    const refused: (() => Promise<unknown>)[] = [
      () => acceptQuote(deps, other.buyer, { quoteId: qa.quote.quoteId }),
      () => declineQuote(deps, other.buyer, { quoteId: qa.quote.quoteId }),
      () => buyerSays(deps, other.buyer, { introductionId: ids[0], text: "hi" }),
      () => counterOffer(deps, other.buyer, { introductionId: ids[0], price: { amount: 1, currency: "EUR" } }),
      () => buyerSharesContact(deps, other.buyer, { introductionId: ids[0] }),
      () => compareQuotes(deps, other.buyer, { requestId: f.requestId }),
      () => getBuyerThread(deps, other.buyer, { introductionId: ids[0] }),
      () => introduce(deps, other.buyer, { requestId: f.requestId, matchIds: [f.matchIds[2]!] }),
    ];
    for (const p of refused) await expect(p()).rejects.toMatchObject({ code: "forbidden", details: { reason: "not_your_request" } });
    await expect(acceptQuote(deps, { platform: "telegram", userId: "ghost" }, { quoteId: qa.quote.quoteId })).rejects.toMatchObject({ code: "forbidden", details: { reason: "unknown_buyer" } });
    await expect(acceptQuote(deps, f.buyer, { quoteId: "no-such-quote" })).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot(t.db, ids[0])).toEqual(before);
  });
});

describe("idempotency", () => {
  it("accepts a double-clicked quote once: the second click is already_done and sends nothing", async () => {
    const { f, qa } = await quotedDeal();
    const results = await Promise.allSettled([
      acceptQuote(deps, f.buyer, { quoteId: qa.quote.quoteId }),
      acceptQuote(deps, f.buyer, { quoteId: qa.quote.quoteId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toMatchObject({ code: "already_done" });
    await expect(acceptQuote(deps, f.buyer, { quoteId: qa.quote.quoteId })).rejects.toMatchObject({ code: "already_done" });
    expect(await t.db.prisma.outboxMessage.count({ where: { kind: "quote_accepted", deliveryKey: `accepted:${qa.quote.quoteId}` } })).toBe(1);
    expect(await t.db.prisma.quote.count({ where: { status: "accepted", introduction: { requestId: f.requestId } } })).toBe(1);
    expect(await t.db.prisma.threadMessage.count({ where: { kind: "decision", authorSide: "buyer", text: { startsWith: "Accepted" }, introduction: { requestId: f.requestId } } })).toBe(1);
  });

  it("treats a redelivered platform event (same clientKey) as already_done", async () => {
    const { f, ids } = await quotedDeal();
    await buyerSays(deps, f.buyer, { introductionId: ids[0], text: "Can you ship in March?", clientKey: "update-777" });
    const before = await snapshot(t.db, ids[0]);
    await expect(buyerSays(deps, f.buyer, { introductionId: ids[0], text: "Can you ship in March?", clientKey: "update-777" })).rejects.toMatchObject({ code: "already_done" });
    expect(await snapshot(t.db, ids[0])).toEqual(before);
  });

  it("keeps one accepted quote per request unless the buyer splits the order", async () => {
    const plain = await quotedDeal();
    await acceptQuote(deps, plain.f.buyer, { quoteId: plain.qa.quote.quoteId });
    await expect(acceptQuote(deps, plain.f.buyer, { quoteId: plain.qb.quote.quoteId })).rejects.toMatchObject({ code: "illegal_transition" });
    expect(await t.db.prisma.quote.count({ where: { status: "accepted", introduction: { requestId: plain.f.requestId } } })).toBe(1);

    const split = await quotedDeal();
    const first = await acceptQuote(deps, split.f.buyer, { quoteId: split.qa.quote.quoteId, splitOrder: true });
    expect(first).toMatchObject({ splitOrder: true, closedIntroductionIds: [] });
    expect((await t.db.prisma.sourcingRequest.findUniqueOrThrow({ where: { id: split.f.requestId } })).splitOrder).toBe(true);
    await expect(acceptQuote(deps, split.f.buyer, { quoteId: split.qb.quote.quoteId })).resolves.toMatchObject({ splitOrder: true });
    expect(await t.db.prisma.quote.count({ where: { status: "accepted", introduction: { requestId: split.f.requestId } } })).toBe(2);
  });

  it("refuses a superseded version with a pointer to the latest", async () => {
    const { f, ids, qa } = await quotedDeal();
    const v2 = await reviseQuote(deps, f.sellers[0]!.actor, { introductionId: ids[0], changes: { leadTimeDays: 10 } });
    await expect(acceptQuote(deps, f.buyer, { quoteId: qa.quote.quoteId })).rejects.toMatchObject({ code: "conflict", details: { reason: "superseded", latestQuoteId: v2.quote.quoteId } });
  });
});

describe("identities and contacts", () => {
  it("shows the seller only the buyer's country and company type until both sides agree to share", async () => {
    const { f, ids } = await quotedDeal();
    const buyer = await t.db.prisma.buyer.findUniqueOrThrow({ where: { id: f.buyerId } });
    const secrets = [buyer.name!, buyer.username!, buyer.contact!, buyer.externalId, buyer.company!];
    const sellerSide = await t.db.prisma.outboxMessage.findMany({ where: { threadKey: `intro:${ids[0]}:seller` } });
    expect(sellerSide.length).toBeGreaterThan(0);
    for (const m of sellerSide) for (const s of secrets) expect(JSON.stringify(m.payload)).not.toContain(s);
    const view = await viewLead(deps, f.sellers[0]!.actor, { introductionId: ids[0] });
    for (const s of secrets) expect(JSON.stringify(view)).not.toContain(s);

    // The buyer agrees first: the seller is offered the exchange, nothing is revealed yet.
    const r1 = await buyerSharesContact(deps, f.buyer, { introductionId: ids[0] });
    expect(r1).toEqual({ introductionId: ids[0], buyerAgreed: true, sellerAgreed: false, exchanged: false });
    expect(await t.db.prisma.outboxMessage.count({ where: { kind: "contacts", payload: { path: ["introductionId"], equals: ids[0] } } })).toBe(0);
    expect(await t.db.prisma.outboxMessage.count({ where: { deliveryKey: `contact-offer:${ids[0]}:buyer` } })).toBe(1);
    expect((await viewLead(deps, f.sellers[0]!.actor, { introductionId: ids[0] })).buyer.contact).toBeNull();
    await expect(buyerSharesContact(deps, f.buyer, { introductionId: ids[0] })).rejects.toMatchObject({ code: "already_done" });

    // The seller agrees: each side receives the other's contact.
    const r2 = await sellerSharesContact(deps, f.sellers[0]!.actor, { introductionId: ids[0] });
    expect(r2.exchanged).toBe(true);
    const toSeller = await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { deliveryKey: `contacts:${ids[0]}:seller` } });
    const toBuyer = await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { deliveryKey: `contacts:${ids[0]}:buyer` } });
    expect(toSeller).toMatchObject({ platform: "discord", payload: { counterpart: { side: "buyer", name: "Alice Martin", contact: buyer.contact, username: buyer.username } } });
    expect(toBuyer).toMatchObject({ platform: "telegram", payload: { to: { externalId: f.buyer.userId }, counterpart: { side: "seller", name: f.sellers[0]!.name, contact: "sales@seller0.example" } } });
    expect((await viewLead(deps, f.sellers[0]!.actor, { introductionId: ids[0] })).buyer.contact).toMatchObject({ name: "Alice Martin" });
    // The other seller still sees nothing.
    expect((await viewLead(deps, f.sellers[1]!.actor, { introductionId: ids[1] })).buyer.contact).toBeNull();
  });

  it("does not exchange when only the seller agrees", async () => {
    const { f, ids } = await quotedDeal();
    expect(await sellerSharesContact(deps, f.sellers[0]!.actor, { introductionId: ids[0] })).toMatchObject({ exchanged: false, sellerAgreed: true, buyerAgreed: false });
    expect(await t.db.prisma.outboxMessage.count({ where: { deliveryKey: { startsWith: `contacts:${ids[0]}` } } })).toBe(0);
    expect((await getBuyerThread(deps, f.buyer, { introductionId: ids[0] })).seller.contact).toBeNull();
  });

  it("stops buyer-bound deliveries once the buyer blocked the bot, while the seller side continues", async () => {
    const { f, ids } = await quotedDeal();
    await t.db.prisma.buyer.update({ where: { id: f.buyerId }, data: { active: false } });
    const before = await t.db.prisma.outboxMessage.count({ where: { threadKey: `intro:${ids[0]}:buyer` } });
    await sellerSays(deps, f.sellers[0]!.actor, { introductionId: ids[0], text: "Any news?" });
    expect(await t.db.prisma.outboxMessage.count({ where: { threadKey: `intro:${ids[0]}:buyer` } })).toBe(before);
    await buyerSays(deps, f.buyer, { introductionId: ids[0], text: "back again" });
    expect(await t.db.prisma.outboxMessage.count({ where: { threadKey: `intro:${ids[0]}:seller`, kind: "buyer_message" } })).toBe(1);
  });

  it("routes a reply only within the replying buyer's own threads", async () => {
    const { f, ids } = await quotedDeal();
    const msg = await t.db.prisma.threadMessage.findFirstOrThrow({ where: { introductionId: ids[0], kind: "quote" } });
    await t.db.prisma.threadMessage.update({ where: { id: msg.id }, data: { telegramMessageId: "42" } });
    const other = await seedDeal(t.db);
    expect(await threadForReply(deps, f.buyer, { platformMessageId: "42" })).toMatchObject({ introductionId: ids[0] });
    expect(await threadForReply(deps, other.buyer, { platformMessageId: "42" })).toBeNull();
  });
});

describe("anti-spam", () => {
  it("limits introductions per day and open requests per buyer", async () => {
    const buyer: Actor = { platform: "telegram", userId: "spammy-1" };
    const f1 = await seedDeal(t.db, { buyerActor: buyer, sellers: 3 });
    await introduce(deps, buyer, { requestId: f1.requestId, matchIds: [f1.matchIds[0]!, f1.matchIds[1]!, f1.matchIds[2]!] });
    const f2 = await seedDeal(t.db, { buyerActor: buyer, sellers: 2 });
    const before = await snapshot(t.db);
    await expect(introduce(deps, buyer, { requestId: f2.requestId, matchIds: f2.matchIds })).rejects.toMatchObject({ code: "rate_limited", details: { limit: 4, used: 3, remaining: 1 } });
    expect(await snapshot(t.db)).toEqual(before);
    await expect(introduce(deps, buyer, { requestId: f2.requestId, matchIds: [f2.matchIds[0]!] })).resolves.toMatchObject({ created: [{ sellerId: f2.sellers[0]!.id }] });
    // A day later the window has moved on.
    clock.advanceHours(24);
    await expect(introduce(deps, buyer, { requestId: f2.requestId, matchIds: [f2.matchIds[1]!] })).resolves.toBeTruthy();
    // Two open requests of a limit of three: one more allowed, then refused.
    await expect(assertCanOpenRequest(deps, buyer)).resolves.toEqual({ open: 2, limit: 3 });
    await seedDeal(t.db, { buyerActor: buyer, sellers: 1 });
    await expect(assertCanOpenRequest(deps, buyer)).rejects.toMatchObject({ code: "rate_limited", details: { limit: 3, open: 3 } });
  });

  it("lets a seller report a lead as spam: lead closed, buyer flagged for review and blocked from new introductions", async () => {
    const f = await seedDeal(t.db);
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    const id = created[0]!.introductionId;
    await expect(reportSpam(deps, f.sellers[0]!.actor, { introductionId: id, note: "asks for bank details" })).resolves.toEqual({ introductionId: id, buyerFlagged: true, status: "declined_by_seller" });
    const buyer = await t.db.prisma.buyer.findUniqueOrThrow({ where: { id: f.buyerId } });
    expect(buyer.flagged).toBe(true);
    expect(buyer.flaggedNote).toContain("asks for bank details");
    expect(await t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "declined_by_seller", declineReason: "spam", spamReportedAt: expect.any(Date) });
    await expect(reportSpam(deps, f.sellers[0]!.actor, { introductionId: id })).rejects.toMatchObject({ code: "already_done" });
    await expect(introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[1]!] })).rejects.toMatchObject({ code: "forbidden", details: { reason: "under_review" } });
    await expect(assertCanOpenRequest(deps, f.buyer)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a spam report on an accepted deal flags the buyer but leaves the deal as it is", async () => {
    const f = await seedDeal(t.db);
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    const id = created[0]!.introductionId;
    const q = await submitQuote(deps, f.sellers[0]!.actor, { introductionId: id, quote: validQuote });
    await acceptQuote(deps, f.buyer, { quoteId: q.quote.quoteId });
    await expect(reportSpam(deps, f.sellers[0]!.actor, { introductionId: id })).resolves.toEqual({ introductionId: id, buyerFlagged: true, status: "accepted" });
    expect((await t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })).status).toBe("accepted");
    expect((await t.db.prisma.buyer.findUniqueOrThrow({ where: { id: f.buyerId } })).flagged).toBe(true);
  });
});
