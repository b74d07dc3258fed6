// Contact exchange through the playground's API and the real deals core, in both orders: nothing
// is revealed while only one side agreed (not in the other page's events, not in the lead view,
// no "contacts" outbox row); once both agreed, each side gets the other's contact over SSE and
// the database records it. The buyer and the seller are two pages (two sessions), as two people.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonOf, call, first, openEvents, startPlayground, type Bubble, type Playground } from "./harness.js";

let pg: Playground;
beforeAll(async () => {
  pg = await startPlayground();
}, 120_000);
afterAll(async () => pg?.stop());


const BUYER_LINE = "Jane <b>Doe</b>, jane@example.com";
const SELLER_LINE = "Export desk, +212 524 000 000";

/** Two pages: a buyer introduced to the first seller of the shortlist, and that seller's desk. */
async function deal(buyer: string, seller: string) {
  const post = (session: string, route: string, body: Record<string, unknown>) => call(pg.url, "POST", route, { session, ...body });
  const card = first(await post(buyer, "/api/buyer/message", { text: "2 tonnes of organic argan oil to Rotterdam" }));
  const shortlist = first(await post(buyer, "/api/buyer/action", { action: buttonOf(card, /Search/).action }));
  const intro = buttonOf(shortlist, /^Introduce (?!top)/).action!;
  expect((await post(buyer, "/api/buyer/action", { action: intro })).status).toBe(200);
  const match = await pg.t.db.prisma.match.findUniqueOrThrow({ where: { id: intro.matchId! }, include: { seller: true } });
  const lead = await pg.t.db.prisma.introduction.findFirstOrThrow({ where: { sellerId: match.sellerId, request: { buyer: { externalId: buyer } } } });
  expect((await post(seller, "/api/seller/select", { sellerId: match.sellerId })).status).toBe(200);
  const buyerEvents = openEvents(pg.url, buyer);
  const sellerEvents = openEvents(pg.url, seller);
  await Promise.all([buyerEvents.ready, sellerEvents.ready]);
  return {
    introductionId: lead.id, sellerId: match.sellerId, sellerName: match.seller.name, buyerEvents, sellerEvents,
    asBuyer: (action: Record<string, unknown>) => post(buyer, "/api/buyer/action", { action }),
    asSeller: (route: string, body: Record<string, unknown>) => post(seller, route, body),
    leadView: async () => (await call(pg.url, "GET", `/api/seller/lead?session=${seller}&introductionId=${lead.id}`)).json.lead as Record<string, unknown>,
    row: () => pg.t.db.prisma.introduction.findUniqueOrThrow({ where: { id: lead.id } }),
    contactRows: () => pg.t.db.prisma.outboxMessage.findMany({ where: { kind: "contacts", payload: { path: ["introductionId"], equals: lead.id } }, select: { payload: true } }),
    close: () => (buyerEvents.close(), sellerEvents.close()),
  };
}

/** The next event of a type with this kind (other kinds, e.g. the lead itself, are passed over). */
async function nextOfKind(events: ReturnType<typeof openEvents>, type: string, kind: string) {
  for (;;) {
    const e = await events.next(type);
    if (e.kind === kind) return e;
  }
}

describe("playground contact exchange", () => {
  it("buyer first, after accepting a quote: nothing shown until the seller agrees, then both get the other's contact", async () => {
    const d = await deal("session-contact-buyer-01", "session-contact-seller-01");
    try {
      await d.asSeller("/api/seller/quote", { introductionId: d.introductionId, quote: { unitPrice: "18", currency: "EUR", unit: "kg" } });
      const quote = ((await nextOfKind(d.buyerEvents, "buyer", "quote")) as { bubble: Bubble }).bubble;
      const accepted = first(await d.asBuyer(buttonOf(quote, /^Accept$/).action!));
      const share = buttonOf(accepted, /^Share my contact$/).compose!;
      expect(share).toEqual({ mode: "contact", introductionId: d.introductionId, sellerName: d.sellerName });

      // A line nobody can reach is refused, and nothing is agreed.
      const vague = await d.asBuyer({ kind: "shareContact", introductionId: d.introductionId, contact: "call me" });
      expect(vague).toMatchObject({ status: 200, json: { bubbles: [{ from: "error", lines: [expect.stringMatching(/e-mail address, a phone number/)] }] } });
      expect(await d.row()).toMatchObject({ buyerSharesContact: false, sellerSharesContact: false, contactsSharedAt: null });
      expect((await call(pg.url, "GET", "/api/buyer/contact?session=session-contact-buyer-01")).json.contact).toBeNull();

      const agreed = first(await d.asBuyer({ kind: "shareContact", introductionId: d.introductionId, contact: `  ${BUYER_LINE} ` }));
      expect(agreed.lines[0]).toMatch(/once they agree too/);
      expect(await d.row()).toMatchObject({ buyerSharesContact: true, sellerSharesContact: false, contactsSharedAt: null });
      expect((await call(pg.url, "GET", "/api/buyer/contact?session=session-contact-buyer-01")).json.contact).toBe(BUYER_LINE);
      // The seller hears of the offer, not the contact.
      const offer = await nextOfKind(d.sellerEvents, "seller", "contact_offer");
      expect(JSON.stringify(offer)).not.toContain("jane@example.com");
      const before = await d.leadView();
      expect(before).toMatchObject({ buyerSharesContact: true, contactsShared: false, buyer: { contact: null } });
      expect(JSON.stringify(before)).not.toContain("jane@example.com");
      expect(await d.contactRows()).toEqual([]);

      // The seller agrees with its own line: the exchange completes.
      const done = await d.asSeller("/api/seller/contact", { introductionId: d.introductionId, contact: SELLER_LINE });
      expect(done).toMatchObject({ status: 200, json: { result: { exchanged: true, buyerAgreed: true, sellerAgreed: true } } });
      const toBuyer = (await nextOfKind(d.buyerEvents, "buyer", "contacts")) as { bubble: Bubble };
      expect(toBuyer.bubble).toMatchObject({ title: `Contact details of ${d.sellerName}`, lines: [SELLER_LINE] });
      const toSeller = await nextOfKind(d.sellerEvents, "seller", "contacts");
      expect(toSeller).toMatchObject({ introductionId: d.introductionId, contact: { contact: BUYER_LINE } });
      expect(await d.row()).toMatchObject({ buyerSharesContact: true, sellerSharesContact: true, contactsSharedAt: expect.any(Date) });
      expect(await pg.t.db.prisma.seller.findUniqueOrThrow({ where: { id: d.sellerId } })).toMatchObject({ contact: SELLER_LINE });
      expect((await d.contactRows()).map((r) => (r.payload as { counterpart: { contact: string } }).counterpart.contact).sort()).toEqual([BUYER_LINE, SELLER_LINE].sort());
      expect(await d.leadView()).toMatchObject({ contactsShared: true, buyer: { contact: { contact: BUYER_LINE } } });
      // Once exchanged, sharing again changes nothing.
      expect((await d.asSeller("/api/seller/contact", { introductionId: d.introductionId, contact: SELLER_LINE })).status).toBe(409);
      expect(first(await d.asBuyer({ kind: "shareContact", introductionId: d.introductionId, contact: "other@example.com" })).lines[0]).toMatch(/already exchanged/);
      expect(await pg.t.db.prisma.buyer.findFirstOrThrow({ where: { externalId: "session-contact-buyer-01" } })).toMatchObject({ contact: BUYER_LINE });
    } finally {
      d.close();
    }
  });

  it("seller first, mid-thread: the buyer is offered the exchange, and only their own agreement completes it", async () => {
    const d = await deal("session-contact-buyer-02", "session-contact-seller-02");
    try {
      // Another seller's desk cannot share (nor save a contact) on this lead.
      const sellers = (await call(pg.url, "GET", "/api/sellers")).json.sellers as { id: string }[];
      const other = sellers.find((s) => s.id !== d.sellerId)!;
      await call(pg.url, "POST", "/api/seller/select", { session: "session-contact-other-02", sellerId: other.id });
      const foreign = await call(pg.url, "POST", "/api/seller/contact", { session: "session-contact-other-02", introductionId: d.introductionId, contact: "intruder@example.com" });
      expect(foreign.status).toBe(404);
      expect(await pg.t.db.prisma.seller.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ contact: null });
      const bad = await d.asSeller("/api/seller/contact", { introductionId: d.introductionId, contact: "x" });
      expect(bad).toMatchObject({ status: 400, json: { fields: [{ field: "contact" }] } });
      const half = await d.asSeller("/api/seller/contact", { introductionId: d.introductionId, contact: SELLER_LINE });
      expect(half).toMatchObject({ status: 200, json: { result: { exchanged: false, buyerAgreed: false, sellerAgreed: true } } });
      expect((await call(pg.url, "GET", "/api/seller/contact?session=session-contact-seller-02")).json.contact).toBe(SELLER_LINE);

      // The buyer is asked, with a [Share my contact] button; the seller's line is not in it.
      const offer = ((await nextOfKind(d.buyerEvents, "buyer", "contact_offer")) as { bubble: Bubble }).bubble;
      expect(buttonOf(offer, /^Share my contact$/).compose).toEqual({ mode: "contact", introductionId: d.introductionId, sellerName: d.sellerName });
      expect(JSON.stringify(offer)).not.toContain("524 000 000");
      expect(await d.row()).toMatchObject({ buyerSharesContact: false, sellerSharesContact: true, contactsSharedAt: null });
      expect(await d.contactRows()).toEqual([]);
      expect((await d.leadView()).buyer).toMatchObject({ contact: null });
      // Another buyer cannot answer for this one.
      const stranger = await call(pg.url, "POST", "/api/buyer/action", { session: "session-contact-stranger", action: { kind: "shareContact", introductionId: d.introductionId, contact: "me@example.com" } });
      expect(stranger.json).toMatchObject({ bubbles: [{ from: "error" }] });
      expect(await d.row()).toMatchObject({ buyerSharesContact: false, contactsSharedAt: null });

      const done = first(await d.asBuyer({ kind: "shareContact", introductionId: d.introductionId, contact: "Ahmed, +31 10 123 4567" }));
      expect(done.lines[0]).toBe(`Contacts exchanged: ${d.sellerName} receives yours, and theirs appears here.`);
      expect(((await nextOfKind(d.buyerEvents, "buyer", "contacts")) as { bubble: Bubble }).bubble.lines).toEqual([SELLER_LINE]);
      expect(await nextOfKind(d.sellerEvents, "seller", "contacts")).toMatchObject({ contact: { contact: "Ahmed, +31 10 123 4567" } });
      expect(await d.row()).toMatchObject({ buyerSharesContact: true, sellerSharesContact: true, contactsSharedAt: expect.any(Date) });
      expect(await d.contactRows()).toHaveLength(2);
    } finally {
      d.close();
    }
  });
});
