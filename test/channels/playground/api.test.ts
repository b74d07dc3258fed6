// The playground's JSON API end to end on a real database: a buyer's text becomes a request, a
// shortlist, an introduction; the seller played in the same page sees the lead, quotes it; the
// quote reaches the buyer over SSE through the outbox; the buyer accepts. Bad bodies are 400s
// with a sentence; HTML in text comes back as plain data.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, openEvents, startPlayground, type Playground } from "./harness.js";

let pg: Playground;
beforeAll(async () => {
  pg = await startPlayground();
}, 120_000);
afterAll(async () => pg?.stop());

type Bubble = { from: string; title?: string; lines: string[]; buttons?: { label: string; action?: Record<string, string> }[] };
const bubblesOf = (json: Record<string, unknown>) => json.bubbles as Bubble[];
const button = (b: Bubble | undefined, label: RegExp) => {
  const found = b?.buttons?.find((x) => label.test(x.label));
  if (!found?.action) throw new Error(`no button ${String(label)} in ${JSON.stringify(b)}`);
  return found.action;
};

describe("playground API", () => {
  it("runs message → request → shortlist → introduce → lead → quote → SSE → accept through the database", async () => {
    const session = "session-flow-0001";
    const events = openEvents(pg.url, session);
    await events.ready;
    try {
      const msg = await call(pg.url, "POST", "/api/buyer/message", { session, text: "2 tonnes of organic argan oil to Rotterdam" });
      expect(msg.status).toBe(200);
      const card = bubblesOf(msg.json)[0];
      expect(card?.lines).toContain("Quantity: 2 t");
      const request = await pg.t.db.prisma.sourcingRequest.findFirstOrThrow({ where: { buyer: { platform: "playground", externalId: session } } });
      expect(request).toMatchObject({ product: "organic argan oil", quantityUnit: "t", destinationCountry: "NL", destinationPlace: "Rotterdam", certifications: ["organic"], status: "ready" });

      const found = await call(pg.url, "POST", "/api/buyer/action", { session, action: button(card, /Search/) });
      const shortlist = bubblesOf(found.json)[0];
      expect(shortlist?.title).toBe("Suppliers that fit");
      const intro = button(shortlist, /^Introduce/);
      const match = await pg.t.db.prisma.match.findUniqueOrThrow({ where: { id: intro.matchId! }, include: { seller: true } });

      const introduced = await call(pg.url, "POST", "/api/buyer/action", { session, action: intro });
      expect(bubblesOf(introduced.json)[0]?.lines[0]).toContain(match.seller.name);

      // The same page plays the introduced seller: a SellerMember on platform "playground".
      const sellers = await call(pg.url, "GET", "/api/sellers");
      expect((sellers.json.sellers as { id: string }[]).map((s) => s.id)).toContain(match.sellerId);
      expect((await call(pg.url, "POST", "/api/seller/select", { session, sellerId: match.sellerId })).status).toBe(200);
      const leads = await call(pg.url, "GET", `/api/seller/leads?session=${session}`);
      const lead = (leads.json.leads as { introductionId: string; product: string }[])[0];
      expect(lead?.product).toBe("organic argan oil");
      const introRow = await pg.t.db.prisma.introduction.findUniqueOrThrow({ where: { id: lead!.introductionId } });
      expect(["delivered", "proposed"]).toContain(introRow.status);
      const opened = await call(pg.url, "GET", `/api/seller/lead?session=${session}&introductionId=${lead!.introductionId}`);
      expect(opened.json.lead).toMatchObject({ status: "viewed", request: { product: "organic argan oil" } });

      const quoted = await call(pg.url, "POST", "/api/seller/quote", {
        session, introductionId: lead!.introductionId,
        quote: { unitPrice: "18.5", currency: "eur", unit: "kg", leadTimeDays: "21", incoterm: "CIF", incotermPlace: "Rotterdam" },
      });
      expect(quoted.status).toBe(200);

      const pushed = (await events.next("buyer")) as { kind: string; bubble: Bubble };
      expect(pushed.kind).toBe("quote");
      expect(pushed.bubble.lines).toContain("Unit price: 18.5 EUR / kg");
      const accepted = await call(pg.url, "POST", "/api/buyer/action", { session, action: button(pushed.bubble, /^Accept$/) });
      expect(accepted.status).toBe(200);
      expect((await pg.t.db.prisma.introduction.findUniqueOrThrow({ where: { id: lead!.introductionId } })).status).toBe("accepted");
      // The seller's page hears about the acceptance too.
      expect(await events.next("seller")).toMatchObject({ introductionId: lead!.introductionId });
      // Accepting twice is a friendly refusal, not an error page.
      const again = await call(pg.url, "POST", "/api/buyer/action", { session, action: button(pushed.bubble, /^Accept$/) });
      expect(again.status).toBe(200);
      expect(bubblesOf(again.json)[0]?.lines[0]).toMatch(/Already done/);
    } finally {
      events.close();
    }
  });

  it("answers bad bodies with 400 and a sentence naming the fields, never a stack trace", async () => {
    const noText = await call(pg.url, "POST", "/api/buyer/message", { session: "session-bad-0001" });
    expect(noText.status).toBe(400);
    expect(noText.json.error).toBe("Please check: text is required");
    const badJson = await call(pg.url, "POST", "/api/buyer/message", "{not json");
    expect(badJson).toMatchObject({ status: 400, json: { error: "The body is not valid JSON." } });
    const badAction = await call(pg.url, "POST", "/api/buyer/action", { session: "session-bad-0001", action: { kind: "hack" } });
    expect(badAction).toMatchObject({ status: 400, json: { error: "Please check: action.kind is not one of the known choices" } });
    const badQuote = await call(pg.url, "POST", "/api/seller/quote", { session: "session-bad-0001", introductionId: "x", quote: { unitPrice: "abc", currency: "EURO", unit: "kg" } });
    expect(badQuote.status).toBe(400);
    expect(badQuote.json.error).toMatch(/quote\.unitPrice must be a number/);
    expect(badQuote.json.error).toMatch(/quote\.currency must be a 3-letter currency code/);
    const notLinked = await call(pg.url, "GET", "/api/seller/leads?session=session-nobody-01");
    expect(notLinked.status).toBe(403);
    const unknown = await call(pg.url, "GET", "/api/nothing");
    expect(unknown.status).toBe(404);
    for (const r of [noText, badJson, badAction, badQuote, notLinked, unknown]) expect(JSON.stringify(r.json)).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("returns HTML in text as plain data", async () => {
    const session = "session-html-0001";
    const text = `<img src=x onerror="alert(1)"> 500 kg of argan oil to Rotterdam`;
    const r = await call(pg.url, "POST", "/api/buyer/message", { session, text });
    expect(r.status).toBe(200);
    const row = await pg.t.db.prisma.sourcingRequest.findFirstOrThrow({ where: { buyer: { externalId: session } } });
    expect(row.rawText).toBe(text);
    // The API is JSON (the page inserts with textContent); the page itself forbids inline script.
    const page = await fetch(`${pg.url}/`);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("restores the chat after a reload, in the language the buyer switched to", async () => {
    const session = "session-history-01";
    const card = bubblesOf((await call(pg.url, "POST", "/api/buyer/message", { session, text: "2 tonnes of organic argan oil to Rotterdam" })).json)[0];
    const switched = await call(pg.url, "POST", "/api/buyer/action", { session, action: { kind: "language", language: "fr" } });
    expect(switched.json).toMatchObject({ language: "fr", bubbles: [{ lines: ["Langue : français."] }] });
    const { json } = await call(pg.url, "GET", `/api/buyer/history?session=${session}`);
    const restored = json.bubbles as Bubble[];
    expect(json.language).toBe("fr");
    expect(restored[0]).toMatchObject({ from: "you", lines: ["2 tonnes of organic argan oil to Rotterdam"] });
    // The card is the same card, now in French; its buttons still carry the same commands.
    expect(restored[1]).toMatchObject({ title: "Votre demande", buttons: card!.buttons!.map((b) => ({ action: b.action })) });
    expect(restored[1]!.lines).toContainEqual(expect.stringMatching(/^Quantité ?: 2 t$/));
    const strings = await call(pg.url, "GET", "/api/strings?lang=fr");
    expect((strings.json.strings as Record<string, string>)["pg-send"]).toBe("Envoyer");
    expect((await call(pg.url, "GET", "/api/strings?lang=xx")).status).toBe(400);
    // Arabic is laid out right to left; the picker gets every language under its own name.
    const arabic = await call(pg.url, "GET", "/api/strings?lang=ar");
    expect(arabic.json).toMatchObject({ language: "ar", direction: "rtl" });
    expect(arabic.json.languages).toEqual(expect.arrayContaining([{ code: "ar", name: "العربية" }, { code: "es", name: "Español" }]));
    expect(strings.json.direction).toBe("ltr");
  });

  it("refuses requests addressed to another host name", async () => {
    // fetch may not set Host; node:http may, as a DNS-rebinding page's browser would.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request(`${pg.url}/api/status`, { headers: { host: "evil.example" } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on("error", reject).end();
    });
    expect(status).toBe(421);
  });
});
