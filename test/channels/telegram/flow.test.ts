import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitQuote, sellerSays } from "../../../src/core/deals/index.js";
import type { TestDb } from "../../helpers/testDb.js";
import type { CoreDeps } from "../../../src/wiring.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import { Harness, answers, buttons, introducedBuyer as introduced, seededCore, sellerActor as linkSeller, texts, validQuote } from "./harness.js";

let t: TestDb;
let core: CoreDeps;
let deals: DealDeps;
let userSeq = 900_000;

beforeAll(async () => {
  ({ t, core, deals } = await seededCore());
});
afterAll(async () => t?.cleanup());

const newBuyer = (language_code = "en") => new Harness(core, deals, { id: userSeq++, is_bot: false, first_name: "Alice", language_code });

describe("telegram buyer bot", () => {
  it("goes from /start to an accepted quote: text → questions → card → shortlist → introduce → quote → accept", async () => {
    const h = newBuyer();
    expect(texts(await h.say("/start")).join()).toMatch(/Welcome to Caravan/);

    const q1 = texts(await h.say("I need organic argan oil"));
    expect(q1[0]).toMatch(/How much organic argan oil/);
    const q2 = texts(await h.say("2 t"));
    expect(q2[0]).toMatch(/Where should/);
    const cardCalls = await h.say("Rotterdam");
    expect(texts(cardCalls)[0]).toMatch(/Your request/);
    expect(texts(cardCalls)[0]).toMatch(/2000 kg|2 t/);
    const cardButtons = buttons(cardCalls);
    expect(cardButtons.map((b) => b.data.slice(0, 3))).toEqual(["rs:", "re:", "rx:"]);

    const shortlist = await h.send(h.press(cardButtons[0]!.data));
    const list = texts(shortlist)[0]!;
    expect(list).toMatch(/Atlas Argan/);
    expect(list).toMatch(/MOQ/);
    const intro = buttons(shortlist);
    expect(intro.filter((b) => b.data.startsWith("in:")).length).toBeGreaterThanOrEqual(2);
    expect(intro.filter((b) => b.data.startsWith("in:")).length).toBeLessThanOrEqual(5);
    expect(intro.some((b) => b.data.startsWith("it:"))).toBe(true);

    const first = intro.find((b) => b.data.startsWith("in:"))!;
    const done = await h.send(h.press(first.data));
    expect(texts(done)[0]).toMatch(/I contacted/);
    // The same button again: a polite notice, no second introduction.
    const again = await h.send(h.press(first.data));
    expect(answers(again)[0]).toMatch(/Already done/);
    const intros = await core.db.prisma.introduction.findMany({ where: { request: { buyer: { externalId: String(h.user.id) } } }, include: { seller: true } });
    expect(intros).toHaveLength(1);

    const seller = await linkSeller(core, intros[0]!.seller.name);
    await submitQuote(deals, seller, { introductionId: intros[0]!.id, quote: validQuote });
    const before = h.calls.length;
    expect(await h.drain()).toBeGreaterThan(0);
    const delivered = h.calls.slice(before);
    const quoteText = texts(delivered)[0]!;
    expect(quoteText).toMatch(/Quote v1/);
    expect(quoteText).toContain("&lt;certified&gt;");
    const qb = buttons(delivered);
    expect(qb.map((b) => b.data.slice(0, 3))).toEqual(["qa:", "qc:", "qk:", "qd:"]);

    const accepted = await h.send(h.press(qb[0]!.data));
    expect(texts(accepted)[0]).toMatch(/Accepted!/);
    const intro1 = await core.db.prisma.introduction.findUniqueOrThrow({ where: { id: intros[0]!.id } });
    expect(intro1.status).toBe("accepted");
    const twice = await h.send(h.press(qb[0]!.data));
    expect(answers(twice)[0]).toMatch(/Already done/);
  });

  it("continues the conversation after a restart: the state is in Postgres", async () => {
    const h = newBuyer();
    expect(texts(await h.say("I need organic argan oil"))[0]).toMatch(/How much/);
    // A new bot instance (a restart, or another replica) for the same user.
    const after = new Harness(core, deals, h.user);
    expect(texts(await after.say("2 t"))[0]).toMatch(/Where should/);
    expect(texts(await after.say("Rotterdam"))[0]).toMatch(/Your request/);
  });

  it("escapes HTML in the buyer's own words", async () => {
    const h = newBuyer();
    await h.say("<i>hello</i> & <script>x</script>");
    const list = texts(await h.say("/requests")).join("\n");
    expect(list).toContain("&lt;i&gt;hello&lt;/i&gt; &amp; &lt;script&gt;");
    expect(list).not.toContain("<script>");
  });

  it("does nothing the second time the same update arrives", async () => {
    const h = newBuyer();
    await h.say("/start");
    const u = h.message("organic argan oil, 2 t, CIF Rotterdam");
    const first = await h.send(u);
    expect(texts(first)).toHaveLength(1);
    const count = await core.db.prisma.sourcingRequest.count();
    const second = await h.send(u);
    expect(second).toEqual([]);
    expect(await core.db.prisma.sourcingRequest.count()).toBe(count);
  });

  it("answers a stale or unknown button politely and changes nothing", async () => {
    const h = newBuyer();
    const card = await h.say("maple syrup, 500 l, delivered to Lyon");
    const [search, , cancel] = buttons(card);
    expect(texts(await h.send(h.press(cancel!.data)))[0]).toMatch(/cancelled/);
    const stale = await h.send(h.press(search!.data));
    expect(answers(stale)[0]).toMatch(/out of date/);
    expect(texts(stale)).toEqual([]);
    expect(answers(await h.send(h.press("zz:nothing")))[0]).toMatch(/out of date/);
    expect(await core.db.prisma.match.count({ where: { request: { buyer: { externalId: String(h.user.id) } } } })).toBe(0);
  });

  it("routes a reply to a seller's message into that seller's thread", async () => {
    const h = newBuyer();
    const intro = await introduced(core, h);
    const seller = await linkSeller(core, intro.seller.name);
    await sellerSays(deals, seller, { introductionId: intro.id, text: "Which packaging do you need?" });
    const before = h.calls.length;
    await h.drain();
    const relayed = h.calls.slice(before).find((c) => c.method === "sendMessage")!;
    expect(String(relayed.payload.text)).toMatch(/Which packaging/);
    const sentId = await lastSentId(h, before);
    const reply = await h.say("5 L tins please", { reply_to_message: { message_id: sentId, date: 0, chat: { id: h.user.id, type: "private", first_name: "A" }, from: { id: 4242, is_bot: true, first_name: "Caravan" }, text: "x" } });
    expect(texts(reply)[0]).toMatch(new RegExp(`Sent to ${intro.seller.name}`));
    const buyerMsg = await core.db.prisma.threadMessage.findFirst({ where: { introductionId: intro.id, authorSide: "buyer", text: "5 L tins please" } });
    expect(buyerMsg).not.toBeNull();
    expect(await core.db.prisma.sourcingRequest.count({ where: { rawText: "5 L tins please" } })).toBe(0);
  });

  it("marks the buyer inactive when they blocked the bot, and stops delivering", async () => {
    const h = newBuyer();
    const intro = await introduced(core, h);
    const seller = await linkSeller(core, intro.seller.name);
    await sellerSays(deals, seller, { introductionId: intro.id, text: "Hello?" });
    h.failSend = { error_code: 403, description: "Forbidden: bot was blocked by the user" };
    await h.drain();
    const buyer = await core.db.prisma.buyer.findFirstOrThrow({ where: { platform: "telegram", externalId: String(h.user.id) } });
    expect(buyer.active).toBe(false);
    const dead = await core.db.prisma.outboxMessage.findMany({ where: { platform: "telegram", kind: "seller_message", payload: { path: ["introductionId"], equals: intro.id } } });
    expect(dead.map((d) => d.status)).toEqual(["dead"]);
  });
});

/** The message id the fake API assigned to the last sendMessage after `from`. */
async function lastSentId(h: Harness, from: number): Promise<number> {
  const sent = h.calls.slice(from).filter((c) => c.method === "sendMessage");
  expect(sent.length).toBeGreaterThan(0);
  // Ids are assigned in order starting at 1000: count every sendMessage so far.
  const index = h.calls.filter((c) => c.method === "sendMessage").indexOf(sent.at(-1)!);
  return 1000 + index;
}
