// The whole deal, on a real database: introductions → leads delivered → questions both ways →
// quote, counter-offer, revision → comparison → accept, with the outbox carrying every message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import {
  introduce, viewLead, sellerSays, askBuyer, submitQuote, reviseQuote, counterOffer, buyerSays, compareQuotes, acceptQuote,
  threadForReply, getBuyerThread, listSellerLeads, listBuyerThreads, declineLead, declineIntroduction,
} from "../../../src/core/deals/index.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import { FakeChannel, FakeClock, dealDeps, seedDeal, snapshot, validQuote, worker } from "./fixtures.js";

let t: TestDb;
let deps: DealDeps;
const clock = new FakeClock();

beforeAll(async () => {
  t = await createTestDb();
  deps = dealDeps(t.db, clock);
});
afterAll(async () => t?.cleanup());

describe("deal lifecycle", () => {
  it("runs from introductions to an accepted quote, every message relayed through the outbox", async () => {
    const f = await seedDeal(t.db);
    const [a, b, c] = f.sellers as [typeof f.sellers[0], typeof f.sellers[0], typeof f.sellers[0]];
    const discord = new FakeChannel("discord");
    const telegram = new FakeChannel("telegram");
    const w = worker(t.db, deps, [discord, telegram]);

    // 1. The buyer introduces two sellers: two introductions, two leads, request introduced — one transaction.
    const intro = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!, f.matchIds[1]!] });
    expect(intro.created.map((x) => x.sellerName)).toEqual([a.name, b.name]);
    expect(intro.created.every((x) => x.status === "proposed")).toBe(true);
    expect((await t.db.prisma.sourcingRequest.findUniqueOrThrow({ where: { id: f.requestId } })).status).toBe("introduced");
    const leadRows = await t.db.prisma.outboxMessage.findMany({ where: { kind: "lead", threadKey: { in: intro.created.map((x) => `intro:${x.introductionId}:seller`) } } });
    expect(leadRows).toHaveLength(2);
    const idA = intro.created[0]!.introductionId;
    const idB = intro.created[1]!.introductionId;

    // 2. The worker delivers the leads; the delivery receipt moves them to delivered with their Discord thread.
    await w.drain();
    expect(discord.of("lead")).toHaveLength(2);
    const leadA = discord.of("lead").find((m) => m.payload.introductionId === idA)!;
    expect(leadA.payload.request).toMatchObject({ product: "organic argan oil", quantity: { value: "2000", unit: "kg" }, incoterm: "CIF" });
    expect(leadA.payload.buyer).toEqual({ country: "NL", companyType: "importer" });
    const rowA = await t.db.prisma.introduction.findUniqueOrThrow({ where: { id: idA } });
    expect(rowA).toMatchObject({ status: "delivered", discordThreadId: expect.stringMatching(/^thread-/), discordCardId: expect.any(String) });

    // 3. Seller A opens the lead (viewed) and asks a question; the buyer gets it on Telegram.
    const view = await viewLead(deps, a.actor, { introductionId: idA });
    expect(view.status).toBe("viewed");
    expect(view.buyer).toEqual({ country: "NL", companyType: "importer", contact: null });
    await askBuyer(deps, a.actor, { introductionId: idA, text: "Do you need the oil cold-pressed, in 190 kg drums?" });
    await w.drain();
    const question = telegram.of("seller_message").at(-1)!;
    expect(question.payload).toMatchObject({ messageKind: "question", seller: { name: a.name }, to: { platform: "telegram", externalId: f.buyer.userId } });

    // 4. The buyer replies to that Telegram message: the reply routes back to seller A's thread.
    const tgMessageId = telegram.posts.find((p) => p.message.id === question.id)!.messageId;
    const route = await threadForReply(deps, f.buyer, { platformMessageId: tgMessageId });
    expect(route).toMatchObject({ introductionId: idA, sellerName: a.name });
    await buyerSays(deps, f.buyer, { introductionId: route!.introductionId, text: "Yes, cold-pressed, drums are fine." });
    await w.drain();
    expect(discord.of("buyer_message").at(-1)!.payload).toMatchObject({ introductionId: idA, text: "Yes, cold-pressed, drums are fine." });

    // 5. Seller A quotes; the buyer counter-offers; seller A revises (v2, v1 superseded).
    const q1 = await submitQuote(deps, a.actor, { introductionId: idA, quote: validQuote });
    expect(q1).toMatchObject({ status: "quoted", quote: { version: 1, unitPrice: "13.2", currency: "EUR", status: "active" }, previous: null });
    await counterOffer(deps, f.buyer, { introductionId: idA, price: { amount: 12.4, currency: "eur" }, quantity: { value: 2.5, unit: "t" }, note: "for a 12-month contract" });
    await w.drain();
    expect(discord.of("counter_offer").at(-1)!.payload).toMatchObject({
      quoteId: q1.quote.quoteId, quoteVersion: 1, price: { amount: "12.4", currency: "EUR", per: "kg" }, quantity: { value: "2.5", unit: "t" },
    });
    const q2 = await reviseQuote(deps, a.actor, { introductionId: idA, changes: { unitPrice: 12.8 } });
    expect(q2.quote).toMatchObject({ version: 2, unitPrice: "12.8", leadTimeDays: 21, incoterm: "CIF", status: "active" });
    expect(q2.previous).toMatchObject({ quoteId: q1.quote.quoteId, version: 1, status: "superseded" });
    const versions = await t.db.prisma.quote.findMany({ where: { introductionId: idA }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.status])).toEqual([[1, "superseded"], [2, "active"]]);
    await w.drain();
    const quoteCards = telegram.of("quote").filter((m) => m.payload.introductionId === idA);
    expect(quoteCards.map((m) => m.payload.quote.version)).toEqual([1, 2]);
    expect(quoteCards[1]!.payload.previous?.version).toBe(1);

    // 6. Seller B quotes in USD per tonne; the comparison normalises both to EUR per kg.
    await submitQuote(deps, b.actor, { introductionId: idB, quote: { ...validQuote, unitPrice: 14000, currency: "USD", unit: "t", moq: 5, moqUnit: "t", leadTimeDays: 14 } });
    const cmp = await compareQuotes(deps, f.buyer, { requestId: f.requestId });
    expect(cmp).toMatchObject({ currency: "EUR", unit: "kg", approximate: true });
    expect(cmp.rows.map((r) => r.seller.name)).toEqual([a.name, b.name]);
    expect(cmp.rows[0]).toMatchObject({ normalisedUnitPrice: 12.8, total: 25600, moqFits: true, cheapest: true, fastest: false, versions: 2 });
    expect(cmp.rows[1]!.normalisedUnitPrice).toBeCloseTo((14000 * 0.92) / 1000, 4);
    expect(cmp.rows[1]).toMatchObject({ moqFits: false, fastest: true, cheapest: false });

    // 7. Lists for /leads and /threads.
    expect((await listSellerLeads(deps, a.actor)).map((l) => l.introductionId)).toEqual([idA]);
    expect((await listBuyerThreads(deps, f.buyer)).map((l) => l.introductionId).sort()).toEqual([idA, idB].sort());
    expect((await listSellerLeads(deps, c.actor))).toEqual([]);

    // 8. The buyer accepts v2: A accepted, B closed (buyer chose another offer), request closed.
    const acc = await acceptQuote(deps, f.buyer, { quoteId: q2.quote.quoteId });
    expect(acc).toMatchObject({ introductionId: idA, splitOrder: false, closedIntroductionIds: [idB] });
    const [ia, ib] = await Promise.all([idA, idB].map((id) => t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })));
    expect(ia!.status).toBe("accepted");
    expect(ib).toMatchObject({ status: "declined_by_buyer", declineReason: "accepted_other" });
    expect((await t.db.prisma.quote.findFirstOrThrow({ where: { introductionId: idB } })).status).toBe("declined");
    expect((await t.db.prisma.sourcingRequest.findUniqueOrThrow({ where: { id: f.requestId } })).status).toBe("closed");
    await w.drain();
    expect(discord.of("quote_accepted").map((m) => m.payload.introductionId)).toEqual([idA]);
    expect(discord.of("lead_closed").map((m) => [m.payload.introductionId, m.payload.reason])).toEqual([[idB, "accepted_other"]]);

    // The thread keeps its history, as the buyer sees it.
    const thread = await getBuyerThread(deps, f.buyer, { introductionId: idA });
    expect(thread.messages.map((m) => `${m.side}:${m.kind}`)).toEqual([
      "system:introduction", "seller:question", "buyer:text", "seller:quote", "buyer:counter_offer", "seller:quote", "buyer:decision",
    ]);
    expect(thread.seller.contact).toBeNull();

    // Nothing is left undelivered, and nothing was posted twice.
    expect(await t.db.prisma.outboxMessage.count({ where: { status: { not: "delivered" } } })).toBe(0);
    const keys = [...discord.posts, ...telegram.posts].map((p) => p.message.deliveryKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("introduces each seller once: a repeat is already_done and sends nothing new", async () => {
    const f = await seedDeal(t.db);
    const first = await introduce(deps, f.buyer, { requestId: f.requestId, sellerIds: [f.sellers[0]!.id] });
    const before = await snapshot(t.db);
    await expect(introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] })).rejects.toMatchObject({ code: "already_done" });
    expect(await snapshot(t.db)).toEqual(before);
    // Mixed: the new seller is introduced, the old one reported.
    const mixed = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!, f.matchIds[1]!, f.matchIds[1]!] });
    expect(mixed.created.map((x) => x.sellerId)).toEqual([f.sellers[1]!.id]);
    expect(mixed.alreadyIntroduced.map((x) => x.introductionId)).toEqual([first.created[0]!.introductionId]);
    expect(await t.db.prisma.introduction.count({ where: { requestId: f.requestId } })).toBe(2);
    expect(await t.db.prisma.outboxMessage.count({ where: { kind: "lead", payload: { path: ["requestId"], equals: f.requestId } } })).toBe(0);
    expect(await t.db.prisma.outboxMessage.count({ where: { kind: "lead", payload: { path: ["request", "requestId"], equals: f.requestId } } })).toBe(2);
  });

  it("refuses a match that is not on this request's shortlist, and requests without a shortlist", async () => {
    const f = await seedDeal(t.db);
    const other = await seedDeal(t.db, { buyerActor: f.buyer });
    await expect(introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [other.matchIds[0]!] })).rejects.toMatchObject({ code: "invalid_input" });
    await t.db.prisma.sourcingRequest.update({ where: { id: f.requestId }, data: { status: "ready" } });
    await expect(introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] })).rejects.toMatchObject({ code: "illegal_transition" });
    expect(await t.db.prisma.introduction.count({ where: { requestId: f.requestId } })).toBe(0);
  });

  it("turns illegal transitions into typed errors and writes nothing", async () => {
    const f = await seedDeal(t.db);
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!, f.matchIds[1]!] });
    const [x, y] = created as [typeof created[0], typeof created[0]];
    const s0 = f.sellers[0]!.actor;
    // Counter-offer before any quote.
    await expect(counterOffer(deps, f.buyer, { introductionId: x.introductionId, price: { amount: 10, currency: "EUR" } })).rejects.toMatchObject({ code: "illegal_transition" });
    // Revise without a quote.
    await expect(reviseQuote(deps, s0, { introductionId: x.introductionId, changes: { unitPrice: 1 } })).rejects.toMatchObject({ code: "illegal_transition" });
    await declineLead(deps, s0, { introductionId: x.introductionId, reason: "no_capacity", note: "booked until June" });
    const before = await snapshot(t.db, x.introductionId);
    await expect(submitQuote(deps, s0, { introductionId: x.introductionId, quote: validQuote })).rejects.toMatchObject({ code: "illegal_transition", details: { status: "declined_by_seller" } });
    await expect(declineLead(deps, s0, { introductionId: x.introductionId, reason: "other" })).rejects.toMatchObject({ code: "already_done" });
    await expect(sellerSays(deps, s0, { introductionId: x.introductionId, text: "hello?" })).rejects.toMatchObject({ code: "illegal_transition" });
    await expect(declineIntroduction(deps, f.buyer, { introductionId: x.introductionId })).rejects.toMatchObject({ code: "illegal_transition" });
    expect(await snapshot(t.db, x.introductionId)).toEqual(before);
    // The decline reached the buyer with the next match on the shortlist (the third seller).
    const declined = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { deliveryKey: `declined:${x.introductionId}` } });
    expect(declined.payload).toMatchObject({ reason: "no_capacity", note: "booked until June", nextMatch: { sellerId: f.sellers[2]!.id, rank: 3 } });
    // An unknown decline reason is invalid input.
    await expect(declineLead(deps, f.sellers[1]!.actor, { introductionId: y.introductionId, reason: "bored" as never })).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("names the bad fields of a quote and keeps the lead unchanged", async () => {
    const f = await seedDeal(t.db);
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    const id = created[0]!.introductionId;
    const before = await snapshot(t.db, id);
    const bad = submitQuote(deps, f.sellers[0]!.actor, { introductionId: id, quote: { ...validQuote, unitPrice: "-3", currency: "euro", unit: "bucket", incoterm: "XYZ" } });
    const err = await bad.catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "invalid_input" });
    expect((err as { details: { fields: { field: string }[] } }).details.fields.map((x) => x.field).sort()).toEqual(["currency", "incoterm", "unit", "unitPrice"]);
    await expect(submitQuote(deps, f.sellers[0]!.actor, { introductionId: id, quote: { ...validQuote, validUntil: "2027-01-09" } }))
      .rejects.toMatchObject({ code: "invalid_input", details: { fields: [{ field: "validUntil" }] } });
    expect(await snapshot(t.db, id)).toEqual(before);
  });
});
