// Hostile input through the playground's HTTP API on a real database: NUL and other control
// characters, lone surrogates and numbers past Decimal(18,4) in every field a buyer or seller
// fills. Each answer is a 200 or a polite 4xx, never a 500 (Postgres refuses NUL with 22021 and an
// oversized number with 22003), and a refused action writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonOf, call, first, startPlayground, type Playground } from "../channels/playground/harness.js";
import { isWellFormed } from "../../src/core/textCut.js";
import { snapshot } from "./deals/fixtures.js";

let pg: Playground;
beforeAll(async () => {
  pg = await startPlayground();
}, 120_000);
afterAll(async () => pg?.stop());

// eslint-disable-next-line no-control-regex -- what must never be stored
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const clean = (s: string | null | undefined) => s === null || s === undefined || (!CONTROL.test(s) && isWellFormed(s));

/** Every text column a buyer or seller can fill, from the rows this test wrote. */
async function storedTexts(): Promise<(string | null)[]> {
  const p = pg.t.db.prisma;
  const requests = await p.sourcingRequest.findMany();
  const messages = await p.threadMessage.findMany();
  const quotes = await p.quote.findMany();
  return [
    ...requests.flatMap((r) => [r.rawText, r.product, r.destinationPlace]),
    ...messages.map((m) => m.text),
    ...quotes.flatMap((q) => [q.incotermPlace, q.paymentTerms, q.notes]),
  ];
}

describe("hostile input through the playground API", () => {
  it("cleans control characters and lone surrogates from a buyer's request and never answers 500", async () => {
    const session = "session-hostile-01";
    const texts = [
      "2 tonnes of organic\u0000 argan oil to Rotter\u0001dam",
      "500 kg argan oil \uD800 to Montreal\u001B[31m",
      "\u0000\u0001\u0002",
      "99999999999999999999 kg argan oil to Rotterdam",
      "1e300 kg of argan oil at 1e300 EUR/kg to Rotterdam",
    ];
    for (const text of texts) {
      const r = await call(pg.url, "POST", "/api/buyer/message", { session, text });
      expect(r.status, `${JSON.stringify(text)} → ${JSON.stringify(r.json)}`).toBeLessThan(500);
    }
    const rows = await pg.t.db.prisma.sourcingRequest.findMany({ where: { buyer: { externalId: session } }, orderBy: { createdAt: "asc" } });
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows[0]).toMatchObject({ rawText: "2 tonnes of organic argan oil to Rotterdam", product: "organic argan oil" });
    expect(rows[1]!.rawText).toContain("\uFFFD");
    // A quantity the database cannot hold is not stored: the buyer is asked for it instead.
    for (const r of rows) if (r.quantityValue !== null) expect(Number(r.quantityValue)).toBeLessThan(1e14);
    expect((await storedTexts()).every(clean)).toBe(true);
  });

  it("takes hostile quotes, messages and notes from both sides: cleaned or refused, nothing half-written", async () => {
    const session = "session-hostile-02";
    const msg = await call(pg.url, "POST", "/api/buyer/message", { session, text: "2 tonnes of organic argan oil to Rotterdam" });
    const found = await call(pg.url, "POST", "/api/buyer/action", { session, action: buttonOf(first(msg), /Search/).action });
    const intro = buttonOf(first(found), /^Introduce (?!top)/).action!;
    expect((await call(pg.url, "POST", "/api/buyer/action", { session, action: intro })).status).toBe(200);
    const match = await pg.t.db.prisma.match.findUniqueOrThrow({ where: { id: intro.matchId! } });
    expect((await call(pg.url, "POST", "/api/seller/select", { session, sellerId: match.sellerId })).status).toBe(200);
    const introduction = await pg.t.db.prisma.introduction.findFirstOrThrow({ where: { matchId: match.id } });
    const introductionId = introduction.id;
    await call(pg.url, "GET", `/api/seller/lead?session=${session}&introductionId=${introductionId}`);

    // Too large for Decimal(18,4): refused with a sentence naming the field, and no quote row.
    const before = await snapshot(pg.t.db, introductionId);
    for (const unitPrice of ["100000000000000", 1e300, "99999999999999.99995"]) {
      const r = await call(pg.url, "POST", "/api/seller/quote", { session, introductionId, quote: { unitPrice, currency: "EUR", unit: "kg" } });
      expect(r.status, JSON.stringify(r.json)).toBe(400);
      expect(String(r.json.error)).toMatch(/unitPrice is too large/);
    }
    const huge = await call(pg.url, "POST", "/api/seller/quote", { session, introductionId, quote: { unitPrice: "12", currency: "EUR", unit: "kg", moq: "1e20" } });
    expect(huge.status).toBe(400);
    expect(await snapshot(pg.t.db, introductionId)).toEqual(before);

    // Control characters and lone surrogates in a quote's text fields and in messages: cleaned.
    const quoted = await call(pg.url, "POST", "/api/seller/quote", {
      session, introductionId,
      quote: { unitPrice: "18.5", currency: "EUR", unit: "kg", incotermPlace: "Rotter\u0000dam", notes: "fresh\u0007 batch \uDC00", paymentTerms: "30 days\u0000" },
    });
    expect(quoted.status, JSON.stringify(quoted.json)).toBe(200);
    const sent = await call(pg.url, "POST", "/api/seller/message", { session, introductionId, text: "Hello\u0000 buyer \uD83D", kind: "text" });
    expect(sent.status, JSON.stringify(sent.json)).toBeLessThan(500);
    const empty = await call(pg.url, "POST", "/api/seller/message", { session, introductionId, text: "\u0000\u0001", kind: "text" });
    expect(empty.status).toBe(400);
    const contact = await call(pg.url, "POST", "/api/seller/contact", { session, introductionId, contact: "sales\u0000@atlas.example" });
    expect(contact.status).toBeLessThan(500);

    const quote = await pg.t.db.prisma.quote.findFirstOrThrow({ where: { introductionId } });
    expect(quote).toMatchObject({ incotermPlace: "Rotterdam", paymentTerms: "30 days" });
    expect(quote.notes).toBe("fresh batch \uFFFD");
    expect((await storedTexts()).every(clean)).toBe(true);
  });
});
