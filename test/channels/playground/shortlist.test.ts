// The playground's shortlist shows what Telegram's shows: each item's title first, the seller, then
// the ✓/✗/? fact lines (price vs target, MOQ and pack, lead time vs deadline, certificates,
// ships-to). Through the JSON API on the demo argan catalog in English and French, and line for
// line against Telegram's rendering of the same reply.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startPlayground, type Playground } from "./harness.js";
import { replyBubble } from "../../../src/channels/playground/render.js";
import { renderReplies } from "../../../src/channels/telegram/renderReply.js";
import { esc } from "../../../src/channels/telegram/render.js";
import { evaluateConstraints } from "../../../src/core/matching/constraints.js";
import { DEFAULT_RATES } from "../../../src/core/matching/currency.js";
import { emptyRequest } from "../../../src/core/model.js";
import type { Reply } from "../../../src/core/conversation/index.js";
import type { MatchItem } from "../../../src/core/matching/matchRequest.js";
import type { ProductFacts } from "../../../src/ports/catalogSearch.js";

type Bubble = { from: string; title?: string; lines: string[]; buttons?: { label: string; action?: Record<string, unknown> }[] };
const bubblesOf = (json: Record<string, unknown>) => json.bubbles as Bubble[];
const search = (b: Bubble | undefined) => b?.buttons?.find((x) => x.action?.kind === "search")?.action;

let pg: Playground;
beforeAll(async () => {
  pg = await startPlayground();
}, 120_000);
afterAll(async () => pg?.stop());

async function shortlistOf(session: string, text: string, language?: string): Promise<Bubble> {
  if (language) expect((await call(pg.url, "POST", "/api/buyer/action", { session, action: { kind: "language", language } })).status).toBe(200);
  const msg = await call(pg.url, "POST", "/api/buyer/message", { session, text });
  const action = search(bubblesOf(msg.json)[0]);
  expect(action, JSON.stringify(msg.json)).toBeDefined();
  const found = await call(pg.url, "POST", "/api/buyer/action", { session, action });
  return bubblesOf(found.json)[0]!;
}

describe("playground shortlist", () => {
  it("in English: a drum or an IBC first for 2 tonnes, title first, fact lines after", async () => {
    const b = await shortlistOf("session-facts-en-01", "2 tonnes of organic argan oil to Rotterdam");
    expect(b.title).toBe("Suppliers that fit");
    expect(b.lines[0]).toMatch(/^1\. .*(drum|IBC)/);
    expect(b.lines[1]).toMatch(/^ {3}\S/); // the seller, under the title
    const first = b.lines.slice(2, b.lines.findIndex((l) => l.startsWith("2. ")));
    expect(first.some((l) => /^ {3}✓ MOQ .* fits your 2 t · pack: .*(drum|IBC)/.test(l))).toBe(true);
    expect(first).toContain("   ✓ ships to Netherlands");
    expect(first).toContain("   ✓ certified organic");
    expect(first.some((l) => /^ {3}[•?] (price|lead time)/.test(l))).toBe(true);
  });

  it("in French: the same lines, translated", async () => {
    const b = await shortlistOf("session-facts-fr-01", "2 tonnes d'huile d'argan bio pour Rotterdam", "fr");
    expect(b.title).toBe("Fournisseurs qui correspondent");
    expect(b.lines[0]).toMatch(/^1\. .*(drum|IBC)/);
    expect(b.lines.some((l) => /^ {3}✓ MOQ .* compatible avec vos 2 t · conditionnement : /.test(l))).toBe(true);
    expect(b.lines).toContain("   ✓ exporte vers : Pays-Bas");
    expect(b.lines).toContain("   ✓ certifié bio");
  });
});

describe("playground and Telegram show the same lines", () => {
  const product: ProductFacts = {
    id: "p1", sellerId: "s1", seller: "Atlas <Argan>", sellerCountry: "MA", sku: "A-1", title: "Argan oil – 200 L drum", description: null, category: null,
    attributes: {}, moq: 400, unit: "kg", priceMin: 150, priceMax: 180, currency: "MAD", leadTimeDays: 30, certifications: ["organic"], originCountry: "MA", shipsTo: ["NL"],
  };
  const request = { ...emptyRequest(), product: "argan oil", quantity: { value: 2, unit: "t" as const }, targetPrice: { amount: 16, currency: "EUR", per: "kg" as const }, deadline: "2027-03-01", certifications: ["organic"], destination: { country: "NL", place: null } };
  const c = evaluateConstraints(request, product, new Date("2026-11-22T00:00:00Z"), DEFAULT_RATES);
  const item: MatchItem = { product, score: 1, reasons: c.reasons, facts: c.facts };
  const reply: Reply = { kind: "shortlist", requestId: "r1", round: 1, product: "argan oil", items: [{ matchId: "m1", item }], buttons: [] };

  for (const lang of ["en", "fr"]) {
    it(`in ${lang}: every playground line is in the Telegram message, escaped`, () => {
      const bubble = replyBubble(lang, reply);
      const telegram = renderReplies(lang, [reply]).map((m) => m.text).join("\n");
      expect(bubble.lines.length).toBeGreaterThanOrEqual(7); // title, seller, price, MOQ, lead, certs, ships
      for (const line of bubble.lines) expect(telegram).toContain(esc(line.trim().replace(/^1\. /, "")));
      expect(bubble.lines.filter((l) => /^ {3}[✓✗?•] /.test(l))).toHaveLength(5);
    });
  }
});
