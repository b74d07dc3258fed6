// Every command and button of the buyer bot, on a real test database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { declineLead, sellerSays, submitQuote } from "../../../src/core/deals/index.js";
import type { TestDb } from "../../helpers/testDb.js";
import type { CoreDeps } from "../../../src/wiring.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import { Harness, answers, buttons, introducedBuyer, seededCore, sellerActor, texts, validQuote } from "./harness.js";

let t: TestDb;
let core: CoreDeps;
let deals: DealDeps;
let userSeq = 800_000;

beforeAll(async () => {
  ({ t, core, deals } = await seededCore());
});
afterAll(async () => t?.cleanup());

const buyer = (language_code = "en", rateLimit?: { max: number; windowMs: number }) =>
  new Harness(core, deals, { id: userSeq++, is_bot: false, first_name: "Bea", language_code }, rateLimit);

/** A buyer introduced to one seller, with that seller's quote delivered; returns the quote buttons. */
async function quoted(h: Harness) {
  const intro = await introducedBuyer(core, h);
  const seller = await sellerActor(core, intro.seller.name);
  await submitQuote(deals, seller, { introductionId: intro.id, quote: validQuote });
  const from = h.calls.length;
  await h.drain();
  return { intro, seller, quoteButtons: buttons(h.calls.slice(from)) };
}

describe("telegram commands", () => {
  it("/help, /new and /cancel", async () => {
    const h = buyer();
    expect(texts(await h.say("/help"))[0]).toMatch(/\/threads/);
    expect(texts(await h.say("/new"))[0]).toMatch(/what you are looking for/);
    expect(texts(await h.say("/cancel"))[0]).toMatch(/Nothing to cancel/);
    expect(texts(await h.say("I need olive oil"))[0]).toMatch(/How much/);
    expect(texts(await h.say("/cancel"))[0]).toMatch(/stopped/);
    // After /cancel, the next text is a new request, not an answer to the old question.
    expect(texts(await h.say("maple syrup 300 l to Lyon"))[0]).toMatch(/Your request/);
  });

  it("/start offers an optional profile: company, type, country; sellers see only type and country", async () => {
    const h = buyer();
    const welcome = await h.say("/start");
    const offer = buttons(welcome);
    expect(offer.map((b) => b.text)).toEqual([expect.stringMatching(/Tell sellers who you are/)]);
    expect(texts(await h.send(h.press(offer[0]!.data)))[0]).toMatch(/company called/);
    expect(texts(await h.say("x"))[0]).toMatch(/2 to 120 characters/);
    const typeAsk = await h.say("  Dutch   Naturals <BV>  ");
    expect(buttons(typeAsk).map((b) => b.data)).toEqual(["pt:importer", "pt:distributor", "pt:wholesaler", "pt:retailer", "pt:manufacturer", "pt:other"]);
    // Typed instead of pressed: the buttons again, nothing saved as a type.
    expect(buttons(await h.say("we import")).length).toBe(6);
    expect(texts(await h.send(h.press("pt:distributor")))[0]).toMatch(/Which country/);
    expect(texts(await h.say("Narnia"))[0]).toMatch(/I don't know “Narnia” as a country/);
    expect(texts(await h.say("Pays-Bas"))[0]).toMatch(/how should a seller reach you/);
    expect(texts(await h.say("ask me"))[0]).toMatch(/5 to 200 characters/);
    const saved = texts(await h.say("Jan,  jan@dutch-naturals.example"))[0]!;
    expect(saved).toContain("Dutch Naturals &lt;BV&gt;");
    expect(saved).toMatch(/Sellers see only “Distributor, Netherlands”/);
    const row = await core.db.prisma.buyer.findFirstOrThrow({ where: { externalId: String(h.user.id) } });
    expect(row).toMatchObject({ company: "Dutch Naturals <BV>", companyType: "distributor", country: "NL", contact: "Jan, jan@dutch-naturals.example" });
    // Back to requests; /start now offers to edit the profile.
    expect(texts(await h.say("maple syrup 300 l to Lyon"))[0]).toMatch(/Your request/);
    expect(buttons(await h.say("/start"))[0]!.text).toMatch(/Edit my company profile/);
    // A forged type is refused and changes nothing.
    expect(answers(await h.send(h.press("pt:spy")))[0]).toMatch(/out of date; nothing changed/);
    expect((await core.db.prisma.buyer.findFirstOrThrow({ where: { externalId: String(h.user.id) } })).companyType).toBe("distributor");
  });

  it("/cancel skips the profile, keeping what was answered", async () => {
    const h = buyer("fr");
    const offer = buttons(await h.say("/start"));
    expect(offer[0]!.text).toMatch(/Présentez-vous/);
    expect(texts(await h.send(h.press(offer[0]!.data)))[0]).toMatch(/Comment s'appelle/);
    await h.say("Épicerie Fine Lyon");
    expect(texts(await h.say("/cancel"))[0]).toMatch(/arrêté/);
    expect(texts(await h.say("300 l de sirop d'érable pour Lyon"))[0]).toMatch(/Votre demande/);
    const row = await core.db.prisma.buyer.findFirstOrThrow({ where: { externalId: String(h.user.id) } });
    expect(row).toMatchObject({ company: "Épicerie Fine Lyon", companyType: null, country: null });
  });

  it("speaks French from Telegram's language code, and /language switches", async () => {
    const fr = buyer("fr-CA");
    expect(texts(await fr.say("/start"))[0]).toMatch(/Bienvenue/);
    expect(texts(await fr.say("Je cherche de l'huile d'argan bio"))[0]).toMatch(/Quelle quantité|combien/i);
    const h = buyer("de");
    expect(texts(await h.say("/start"))[0]).toMatch(/Welcome/);
    const choose = await h.say("/language");
    expect(buttons(choose).map((b) => b.data)).toEqual(["lg:ar", "lg:en", "lg:es", "lg:fr"]);
    expect(texts(await h.send(h.press("lg:fr")))[0]).toMatch(/français/);
    expect(texts(await h.say("/help"))[0]).toMatch(/vos demandes/);
  });

  it("/requests lists the buyer's requests with their status", async () => {
    const h = buyer();
    expect(texts(await h.say("/requests"))[0]).toMatch(/No requests yet/);
    await h.say("maple syrup 300 l to Lyon");
    expect(texts(await h.say("/requests"))[0]).toMatch(/maple syrup — ready to search/);
  });

  it("[Edit] replaces the request, [Cancel] cancels it", async () => {
    const h = buyer();
    const card = await h.say("maple syrup 300 l to Lyon");
    const edit = buttons(card).find((b) => b.data.startsWith("re:"))!;
    expect(texts(await h.send(h.press(edit.data)))[0]).toMatch(/corrected request/);
    const again = await h.say("organic argan oil 1 t to Rotterdam");
    expect(texts(again)[0]).toMatch(/argan/);
    const req = await core.db.prisma.sourcingRequest.findUniqueOrThrow({ where: { id: edit.data.split(":")[1] } });
    expect(req.product).toMatch(/argan/);
    expect(await core.db.prisma.sourcingRequest.count({ where: { buyer: { externalId: String(h.user.id) } } })).toBe(1);
  });

  it("[Introduce top 3] introduces up to three sellers at once", async () => {
    const h = buyer();
    const card = await h.say("argan oil 1 t to Rotterdam");
    const list = await h.send(h.press(buttons(card)[0]!.data));
    const top = buttons(list).find((b) => b.data.startsWith("it:"))!;
    const done = await h.send(h.press(top.data));
    expect(texts(done)[0]).toMatch(/I contacted .+, .+/);
    const n = await core.db.prisma.introduction.count({ where: { requestId: top.data.split(":")[1] } });
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThanOrEqual(3);
    expect(answers(await h.send(h.press(top.data)))[0]).toMatch(/Already done/);
  });

  it("[More] shows other suppliers than those already shown", async () => {
    const h = buyer();
    const card = await h.say("argan oil 1 t to Rotterdam");
    const list = await h.send(h.press(buttons(card)[0]!.data));
    const first = texts(list)[0]!;
    const more = buttons(list).find((b) => b.data.startsWith("mo:"))!;
    const next = texts(await h.send(h.press(more.data)))[0]!;
    const shownBefore = ["Atlas Argan", "Souss Oils", "Sahara Gold", "Maple North"].filter((n) => first.includes(n));
    expect(shownBefore.length).toBeGreaterThan(0);
    if (!/No other suppliers/.test(next)) for (const n of shownBefore) expect(next).not.toContain(n);
    // Search again on the old card: the request already has its shortlist; it says so and offers more.
    const again = await h.send(h.press(buttons(card)[0]!.data));
    expect(texts(again)[0]).toMatch(/already has its shortlist/);
    expect(buttons(again).map((b) => b.data)).toEqual([more.data]);
  });

  it("/threads lists conversations; [Write] sends the next text to that seller", async () => {
    const h = buyer();
    expect(texts(await h.say("/threads"))[0]).toMatch(/No conversations/);
    const intro = await introducedBuyer(core, h);
    const list = await h.say("/threads");
    expect(texts(list)[0]).toContain(intro.seller.name);
    const write = buttons(list).find((b) => b.data === `tw:${intro.id}`)!;
    expect(texts(await h.send(h.press(write.data)))[0]).toMatch(/Write your message/);
    expect(texts(await h.say("Do you ship in 5 L tins?"))[0]).toMatch(/Sent to/);
    expect(await core.db.prisma.outboxMessage.count({ where: { kind: "buyer_message", payload: { path: ["introductionId"], equals: intro.id } } })).toBe(1);
    expect(await core.db.prisma.threadMessage.count({ where: { introductionId: intro.id, authorSide: "buyer", kind: "text" } })).toBe(1);
  });

  it("/quotes compares quotes; [Counter] sends a counter-offer; [Ask] a question", async () => {
    const h = buyer();
    expect(texts(await h.say("/quotes"))[0]).toMatch(/No quotes yet/);
    const { intro, quoteButtons } = await quoted(h);
    expect(texts(await h.say("/quotes"))[0]).toMatch(new RegExp(`${intro.seller.name}: 13.2 EUR/kg`));
    const counter = quoteButtons.find((b) => b.data.startsWith("qc:"))!;
    expect(texts(await h.send(h.press(counter.data)))[0]).toMatch(/counter-offer/);
    expect(texts(await h.say("hmm"))[0]).toMatch(/could not read/);
    expect(texts(await h.say("12.5 EUR/kg"))[0]).toMatch(/Counter-offer sent/);
    const sent = await core.db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: "counter_offer", payload: { path: ["introductionId"], equals: intro.id } } });
    expect((sent.payload as { price: { amount: string } }).price.amount).toBe("12.5");
    const ask = quoteButtons.find((b) => b.data.startsWith("qk:"))!;
    await h.send(h.press(ask.data));
    expect(texts(await h.say("Is the price FOB or CIF?"))[0]).toMatch(/Sent to/);
    expect(await core.db.prisma.threadMessage.count({ where: { introductionId: intro.id, kind: "question" } })).toBe(1);
  });

  it("[Decline] closes the thread and tells the seller", async () => {
    const h = buyer();
    const { intro, quoteButtons } = await quoted(h);
    const decline = quoteButtons.find((b) => b.data.startsWith("qd:"))!;
    expect(texts(await h.send(h.press(decline.data)))[0]).toMatch(/Closed/);
    expect((await core.db.prisma.introduction.findUniqueOrThrow({ where: { id: intro.id } })).status).toBe("declined_by_buyer");
    // Accepting the declined quote afterwards is refused politely.
    const accept = await h.send(h.press(quoteButtons[0]!.data));
    expect(texts(accept).join()).toMatch(/no longer possible/);
  });

  it("a seller's decline arrives with the next match to introduce", async () => {
    const h = buyer();
    const card = await h.say("argan oil 1 t to Rotterdam");
    const list = await h.send(h.press(buttons(card)[0]!.data));
    await h.send(h.press(buttons(list).find((b) => b.data.startsWith("in:"))!.data));
    const intro = await core.db.prisma.introduction.findFirstOrThrow({ where: { request: { buyer: { externalId: String(h.user.id) } } }, include: { seller: true } });
    await declineLead(deals, await sellerActor(core, intro.seller.name), { introductionId: intro.id, reason: "no_capacity" });
    const from = h.calls.length;
    await h.drain();
    const got = h.calls.slice(from);
    expect(texts(got)[0]).toMatch(/declined: No capacity/);
    const next = buttons(got).find((b) => b.data.startsWith("in:"));
    if (next) expect(texts(await h.send(h.press(next.data)))[0]).toMatch(/I contacted/);
  });

  it("a seller's 429 is retried later, not lost", async () => {
    const h = buyer();
    const intro = await introducedBuyer(core, h);
    await sellerSays(deals, await sellerActor(core, intro.seller.name), { introductionId: intro.id, text: "hi" });
    h.failSend = { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } };
    await h.drain();
    const row = await core.db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: "seller_message", payload: { path: ["introductionId"], equals: intro.id } } });
    expect(row.status).toBe("pending");
    expect((await core.db.prisma.buyer.findFirstOrThrow({ where: { externalId: String(h.user.id) } })).active).toBe(true);
  });

  it("apologises on an unexpected error and keeps going", async () => {
    const broken = new Harness({ ...core, parser: { name: "broken", parse: () => Promise.reject(new Error("parser exploded")) } }, deals, { id: userSeq++, is_bot: false, first_name: "Cy", language_code: "en" });
    const r = await broken.say("olive oil 2 t to Lyon");
    expect(texts(r)[0]).toMatch(/Sorry, something went wrong/);
    expect(texts(r).join()).not.toMatch(/exploded/);
    expect(texts(await broken.say("/help"))[0]).toMatch(/\/threads/);
  });

  it("rate-limits a flooding user politely", async () => {
    const h = buyer("en", { max: 2, windowMs: 60_000 });
    await h.say("/help");
    await h.say("/help");
    expect(texts(await h.say("/help"))[0]).toMatch(/a bit fast/);
    expect(await h.say("/help")).toEqual([]);
    // A press over the limit is still answered, or the button keeps spinning.
    const press = await h.send(h.press("lg:en"));
    expect(press.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
  });

  it("asks for text when a buyer sends something else", async () => {
    const h = buyer();
    const u = h.message("");
    const msg = (u as unknown as { message: Record<string, unknown> }).message;
    delete msg.text;
    msg.sticker = { file_id: "x", file_unique_id: "y", type: "regular", width: 1, height: 1, is_animated: false, is_video: false };
    expect(texts(await h.send(u))[0]).toMatch(/text messages only/);
  });
});
