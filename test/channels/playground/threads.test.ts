// The rest of a deal's buttons, through the playground's API and the real deals core: the buyer's
// [Counter], [Ask], [Reply] and [Decline] on a quote or a seller's message (as on Telegram), the
// seller's question and [Decline lead] with a reason (as on Discord). Each step is checked in the
// database and in what the other side's page receives over SSE.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonOf, call, first, openEvents, startPlayground, type Bubble, type Playground } from "./harness.js";

let pg: Playground;
beforeAll(async () => {
  pg = await startPlayground();
}, 120_000);
afterAll(async () => pg?.stop());


describe("playground threads", () => {
  it("counter, ask, reply and decline on the buyer side; question and decline on the seller side", async () => {
    const session = "session-threads-01";
    const events = openEvents(pg.url, session);
    await events.ready;
    const post = (route: string, body: Record<string, unknown>) => call(pg.url, "POST", route, { session, ...body });
    const act = (action: Record<string, unknown>) => post("/api/buyer/action", { action });
    const messages = (introductionId: string) =>
      pg.t.db.prisma.threadMessage.findMany({ where: { introductionId }, orderBy: { createdAt: "asc" }, select: { authorSide: true, kind: true, text: true } });
    const status = async (id: string) => (await pg.t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })).status;
    try {
      const card = first(await post("/api/buyer/message", { text: "2 tonnes of organic argan oil to Rotterdam" }));
      const shortlist = first(await act(buttonOf(card, "Search suppliers").action!));
      const introduce = shortlist.buttons!.filter((b) => b.label.startsWith("Introduce ")).slice(0, 2);
      expect(introduce).toHaveLength(2);
      for (const b of introduce) expect((await act(b.action!)).status).toBe(200);
      const [a, b] = await Promise.all(introduce.map((x) => pg.t.db.prisma.match.findUniqueOrThrow({ where: { id: x.action!.matchId! }, include: { seller: true } })));
      const introOf = async (sellerId: string) => (await pg.t.db.prisma.introduction.findFirstOrThrow({ where: { sellerId, request: { buyer: { externalId: session } } } })).id;
      const introA = await introOf(a!.sellerId);
      const introB = await introOf(b!.sellerId);

      // Seller A quotes; the buyer's quote card has Telegram's four buttons.
      expect((await post("/api/seller/select", { sellerId: a!.sellerId })).status).toBe(200);
      await post("/api/seller/quote", { introductionId: introA, quote: { unitPrice: "18.5", currency: "EUR", unit: "kg" } });
      const quote = ((await events.next("buyer")) as { bubble: Bubble }).bubble;
      expect(quote.buttons!.map((x) => x.label)).toEqual(["Accept", "Counter", "Ask", "Decline"]);
      expect(buttonOf(quote, "Counter").compose).toEqual({ mode: "counter", introductionId: introA, sellerName: a!.seller.name });

      // [Counter]: the text is read for a price; an unreadable one is a 400 the page can show.
      const unreadable = await act({ kind: "counterText", introductionId: introA, text: "hmm, cheaper?" });
      expect(unreadable).toMatchObject({ status: 200, json: { bubbles: [{ from: "error", lines: [expect.stringMatching(/could not read a price/)] }] } });
      const countered = await act({ kind: "counterText", introductionId: introA, text: "16 EUR/kg" });
      expect(first(countered).lines[0]).toBe(`Counter-offer sent to ${a!.seller.name}.`);
      expect(await events.next("seller")).toMatchObject({ kind: "counter_offer", introductionId: introA });

      // [Ask] is a question; a reply to the seller's message is a plain message.
      await act({ kind: "ask", introductionId: introA, text: "Is it cold pressed?" });
      expect(await events.next("seller")).toMatchObject({ kind: "buyer_message", introductionId: introA });
      expect((await post("/api/seller/message", { introductionId: introA, text: "Which <b>port</b>?", kind: "question" })).status).toBe(200);
      const question = ((await events.next("buyer")) as { bubble: Bubble }).bubble;
      expect(question).toMatchObject({ from: "seller", title: `${a!.seller.name} asks`, lines: ["Which <b>port</b>?"] });
      expect(buttonOf(question, "Reply").compose).toMatchObject({ mode: "reply", introductionId: introA });
      await act({ kind: "write", introductionId: introA, text: "Rotterdam" });
      expect(await events.next("seller")).toMatchObject({ kind: "buyer_message", introductionId: introA });
      expect(await messages(introA)).toEqual(expect.arrayContaining([
        { authorSide: "buyer", kind: "counter_offer", text: expect.stringContaining("16") },
        { authorSide: "buyer", kind: "question", text: "Is it cold pressed?" },
        { authorSide: "seller", kind: "question", text: "Which <b>port</b>?" },
        { authorSide: "buyer", kind: "text", text: "Rotterdam" },
      ]));
      const seen = await call(pg.url, "GET", `/api/seller/lead?session=${session}&introductionId=${introA}`);
      expect(seen.json.lead).toMatchObject({ status: "quoted", statusLabel: "quoted" });

      // [Decline] on the quote closes the thread and tells the seller.
      expect(first(await act(buttonOf(quote, "Decline").action!)).lines[0]).toMatch(/Closed/);
      expect(await status(introA)).toBe("declined_by_buyer");
      expect(await events.next("seller")).toMatchObject({ kind: "lead_closed", introductionId: introA });

      // Seller B declines with a reason from the list; the buyer hears why and is offered the next seller.
      const reasons = await call(pg.url, "GET", `/api/seller/decline-reasons?session=${session}`);
      expect(reasons.json.reasons).toContainEqual({ value: "no_capacity", label: "No capacity at the moment" });
      await post("/api/seller/select", { sellerId: b!.sellerId });
      const badReason = await post("/api/seller/decline", { introductionId: introB, reason: "bored" });
      expect(badReason.status).toBe(400);
      expect(badReason.json.error).toMatch(/^Please check: reason/);
      expect((await post("/api/seller/decline", { introductionId: introB, reason: "no_capacity", note: "Full until May" })).status).toBe(200);
      expect(await status(introB)).toBe("declined_by_seller");
      const declined = ((await events.next("buyer")) as { kind: string; bubble: Bubble });
      expect(declined.kind).toBe("lead_declined");
      const said = declined.bubble.lines.join(" ");
      for (const part of [b!.seller.name, "No capacity at the moment", "Full until May"]) expect(said).toContain(part);
      const next = declined.bubble.buttons?.find((x) => x.label.startsWith("Introduce "));
      if (next) expect((await act(next.action!)).status).toBe(200);
      // A closed lead refuses more: a friendly 409, not an error page.
      const again = await post("/api/seller/decline", { introductionId: introB, reason: "other" });
      expect(again.status).toBe(409);
    } finally {
      events.close();
    }
  });

  it("a seller reports a lead as spam: the lead closes, the buyer is flagged and can open no new request", async () => {
    const session = "session-spam-01";
    const post = (route: string, body: Record<string, unknown>) => call(pg.url, "POST", route, { session, ...body });
    const card = first(await post("/api/buyer/message", { text: "2 tonnes of organic argan oil to Rotterdam" }));
    const shortlist = first(await post("/api/buyer/action", { action: buttonOf(card, "Search suppliers").action }));
    const intro = shortlist.buttons!.find((b) => b.label.startsWith("Introduce "))!;
    expect((await post("/api/buyer/action", { action: intro.action })).status).toBe(200);
    const match = await pg.t.db.prisma.match.findUniqueOrThrow({ where: { id: intro.action!.matchId! } });
    const lead = await pg.t.db.prisma.introduction.findFirstOrThrow({ where: { sellerId: match.sellerId, request: { buyer: { externalId: session } } } });

    const reasons = await call(pg.url, "GET", `/api/seller/decline-reasons?session=${session}`);
    expect((reasons.json.reasons as { value: string }[]).at(-1)).toMatchObject({ value: "report_spam" });
    await post("/api/seller/select", { sellerId: match.sellerId });
    expect((await post("/api/seller/decline", { introductionId: lead.id, reason: "report_spam", note: "fake company" })).status).toBe(200);
    expect(await pg.t.db.prisma.introduction.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ status: "declined_by_seller", declineReason: "spam" });
    expect(await pg.t.db.prisma.buyer.findFirstOrThrow({ where: { externalId: session } })).toMatchObject({ flagged: true, flaggedNote: expect.stringContaining("fake company") });
    const refused = await post("/api/buyer/message", { text: "500 l of maple syrup to Lyon" });
    expect(refused.json).toMatchObject({ bubbles: [{ from: "error", lines: [expect.stringMatching(/being reviewed/)] }] });
  });
});
