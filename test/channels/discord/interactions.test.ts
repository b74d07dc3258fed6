// The seller desk's handlers on a real database with the real deals core: linking, lead buttons,
// the quote form (validation that names the field and keeps the input), revisions and declines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeskStores as deskStores } from "../../../src/adapters/db/sellerDeskStore.js";
import { createChatStore } from "../../../src/adapters/db/chatStore.js";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { FakeClock, dealDeps, seedDeal, snapshot, type DealFixture } from "../../integration/deals/fixtures.js";
import { buyerSharesContact, introduce, type DealDeps } from "../../../src/core/deals/index.js";
import { createDeskHandler } from "../../../src/channels/discord/interactions.js";
import { LinkAttempts } from "../../../src/channels/discord/deskState.js";
import { customId } from "../../../src/channels/discord/customIds.js";
import { createLogger } from "../../../src/logger.js";
import { CardLog, Recorder, event } from "./desk.js";

let t: TestDb;
let deps: DealDeps;
const clock = new FakeClock();
const log = createLogger("silent");

beforeAll(async () => {
  t = await createTestDb();
  deps = dealDeps(t.db, clock);
});
afterAll(async () => t?.cleanup());

async function lead(): Promise<{ f: DealFixture; id: string }> {
  const f = await seedDeal(t.db, { sellers: 2 });
  const r = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
  return { f, id: r.created[0]!.introductionId };
}

const form = { price: "13.20 EUR / kg", moq: "500 kg", lead: "21", terms: "CIF Rotterdam", validity: "2027-02-28\nEcocert certified" };

describe("linking", () => {
  it("links with the right code, refuses a wrong one and rate-limits attempts", async () => {
    const cards = new CardLog();
    const desk = createDeskHandler({ deals: deps, stores: deskStores(t.db), cards, log, linkLimiter: new LinkAttempts(createChatStore(t.db), clock, { max: 3, windowMs: 60_000 }) });
    const s = await t.db.prisma.seller.create({ data: { name: `Atlas Argan ${Date.now()}`, country: "MA", claimCode: "CRV-ABCD-EFGH" } });

    const wrong = new Recorder();
    await desk.handle(event("u-new", "command", "link", { options: { code: "CRV-XXXX-YYYY" } }), wrong);
    expect(wrong.last).toMatchObject({ ephemeral: true, content: expect.stringContaining("does not match") });
    expect(await t.db.prisma.sellerMember.count({ where: { externalId: "u-new" } })).toBe(0);

    const ok = new Recorder();
    await desk.handle(event("u-new", "command", "link", { options: { code: " crv abcd efgh " } }), ok);
    expect(ok.last).toMatchObject({ ephemeral: true, content: expect.stringContaining(s.name) });
    expect(await t.db.prisma.sellerMember.findFirst({ where: { externalId: "u-new" } })).toMatchObject({ sellerId: s.id, platform: "discord" });

    const profile = new Recorder();
    await desk.handle(event("u-new", "command", "profile"), profile);
    expect(profile.last?.content).toContain(s.name);
    expect(profile.last?.content).toContain("0 products");

    // Guessing: the fourth attempt within the window is refused even with the right code.
    const guesser = "u-guess";
    for (const code of ["AAAA", "BBBB", "CCCC"]) await desk.handle(event(guesser, "command", "link", { options: { code } }), new Recorder());
    const blocked = new Recorder();
    await desk.handle(event(guesser, "command", "link", { options: { code: "CRV-ABCD-EFGH" } }), blocked);
    expect(blocked.last).toMatchObject({ ephemeral: true, content: expect.stringContaining("Too many attempts") });
    expect(await t.db.prisma.sellerMember.count({ where: { externalId: guesser } })).toBe(0);

    const unlink = new Recorder();
    await desk.handle(event("u-new", "command", "unlink"), unlink);
    expect(unlink.last?.content).toContain("Unlinked");
    expect(await t.db.prisma.sellerMember.count({ where: { externalId: "u-new" } })).toBe(0);
  });
});

describe("profile and linking replies", () => {
  it("/profile shows the product count and the share of leads answered", async () => {
    const { f, id } = await lead();
    const seller = f.sellers[0]!;
    // A second lead for the same seller, left unanswered.
    const g = await seedDeal(t.db, { sellers: 1 });
    await t.db.prisma.match.update({ where: { id: g.matchIds[0]! }, data: { sellerId: seller.id } });
    await introduce(deps, g.buyer, { requestId: g.requestId, matchIds: [g.matchIds[0]!] });
    for (const sku of ["A-1", "A-2", "A-3"]) await t.db.prisma.product.create({ data: { sellerId: seller.id, sku, title: `Argan ${sku}`, contentHash: sku } });
    const desk = createDeskHandler({ deals: deps, stores: deskStores(t.db), cards: new CardLog(), log });
    await desk.handle(event(seller.actor.userId, "modal", customId("quote-form", id), { fields: form }), new Recorder());

    const r = new Recorder();
    await desk.handle(event(seller.actor.userId, "command", "profile"), r);
    expect(r.last?.ephemeral).toBe(true);
    expect(r.last?.content).toBe(`**${seller.name}** (MA) · 3 products · 1 linked member · 2 leads · response rate 50%`);
  });

  it("answers /link before adding the member to lead threads (Discord waits 3 seconds for an answer)", async () => {
    const order: string[] = [];
    await t.db.prisma.seller.create({ data: { name: "Slow_Threads *Co*", claimCode: "CRV-SLOW-2345" } });
    const desk = createDeskHandler({
      deals: deps, stores: deskStores(t.db), cards: new CardLog(), log,
      onLinked: async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        order.push("threads");
      },
    });
    const r: Recorder = Object.assign(new Recorder(), { reply: async (m: { content?: string }) => void order.push(`reply: ${m.content}`) });
    await desk.handle(event("u-slow", "command", "link", { options: { code: "crv-slow-2345" } }), r);
    expect(order).toEqual(["reply: Linked: you now answer leads for Slow\\_Threads \\*Co\\*.", "threads"]);
  });
});

describe("lead buttons and the quote form", () => {
  it("refuses a non-member with nothing changed", async () => {
    const { f, id } = await lead();
    const cards = new CardLog();
    const desk = createDeskHandler({ deals: deps, stores: deskStores(t.db), cards, log });
    const before = await snapshot(t.db, id);
    const other = f.sellers[1]!.actor.userId; // linked, but to another seller
    for (const [user, action] of [[other, "quote"], ["stranger", "decline"], [other, "ask"]] as const) {
      const r = new Recorder();
      await desk.handle(event(user, "button", customId(action, id)), r);
      expect(r.modals).toHaveLength(0);
      expect(r.last?.ephemeral).toBe(true);
      expect(r.last?.content).toMatch(/another company|Link your Discord account/);
    }
    // Submissions and the reopen/decline-reason steps re-check too: a forged or forwarded custom id gets nowhere.
    const submissions = [
      event(other, "modal", customId("quote-form", id), { fields: form }),
      event(other, "modal", customId("ask-form", id), { fields: { text: "Who is the buyer?" } }),
      event(other, "select", customId("reason", id), { values: ["no_capacity"] }),
      event(other, "button", customId("reopen", id)),
      event("stranger", "modal", customId("quote-form", id), { fields: form }),
      event(other, "modal", customId("quote-form", id), { fields: { ...form, price: "cheap" } }), // a shape error, caught before the core
    ];
    const conversations = await t.db.prisma.conversation.count();
    for (const ev of submissions) {
      const r = new Recorder();
      await desk.handle(ev, r);
      expect(r.modals).toHaveLength(0);
      expect(r.replies).toHaveLength(1);
      expect(r.last).toMatchObject({ ephemeral: true, content: expect.stringMatching(/another company|Link your Discord account/) });
    }
    expect(await snapshot(t.db, id)).toEqual(before);
    expect(await t.db.prisma.conversation.count()).toBe(conversations); // no draft kept for them either
    expect(cards.edits).toHaveLength(0);
  });

  it("names the bad field, keeps the input, and stores a valid quote with a message to the buyer", async () => {
    const { f, id } = await lead();
    const seller = f.sellers[0]!.actor.userId;
    const cards = new CardLog();
    const desk = createDeskHandler({ deals: deps, stores: deskStores(t.db), cards, log });

    const open = new Recorder();
    await desk.handle(event(seller, "button", customId("quote", id)), open);
    expect(open.modals[0]).toMatchObject({ custom_id: customId("quote-form", id), title: "Send a quote" });
    expect((await t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })).status).toBe("viewed");

    // A currency the core rejects: the message names the price box, offers to reopen, nothing stored.
    const bad = new Recorder();
    const badForm = { ...form, price: "13.20 EURO / kg" };
    await desk.handle(event(seller, "modal", customId("quote-form", id), { fields: badForm }), bad);
    expect(bad.last?.ephemeral).toBe(true);
    expect(bad.last?.content).toContain("Unit price, currency and unit");
    expect(bad.last?.components?.[0]?.components[0]).toMatchObject({ custom_id: customId("reopen", id) });
    // A shape error caught before the core: lead time in weeks.
    const bad2 = new Recorder();
    await desk.handle(event(seller, "modal", customId("quote-form", id), { fields: { ...form, lead: "three weeks" } }), bad2);
    expect(bad2.last?.content).toContain("Lead time in days");
    const bad3 = new Recorder();
    await desk.handle(event(seller, "modal", customId("quote-form", id), { fields: { ...form, validity: "2026-01-01" } }), bad3);
    expect(bad3.last?.content).toContain("Valid until");
    expect(bad3.last?.content).toContain("is in the past");
    expect(await t.db.prisma.quote.count({ where: { introductionId: id } })).toBe(0);

    const reopen = new Recorder();
    await desk.handle(event(seller, "button", customId("reopen", id)), reopen);
    expect(reopen.modalValues()).toMatchObject({ price: form.price, moq: "500 kg", terms: "CIF Rotterdam", validity: "2026-01-01" });
    // A French-speaking seller reads the whole problem in French, the core's checks included.
    const fr = new Recorder();
    await desk.handle(event(seller, "modal", customId("quote-form", id), { fields: { ...form, price: "13.20 EUR / sacks" }, locale: "fr" }), fr);
    expect(fr.last?.content).toContain("doit être l'une de ces unités : kg, t");
    const frShape = new Recorder();
    await desk.handle(event(seller, "modal", customId("quote-form", id), { fields: { ...form, price: "cheap" }, locale: "fr" }), frShape);
    expect(frShape.last?.content).toContain("écrivez le montant, la devise et l'unité");

    const ok = new Recorder();
    await desk.handle(event(seller, "modal", customId("quote-form", id), { fields: form }), ok);
    expect(ok.last?.content).toContain("Quote v1 sent");
    const q = await t.db.prisma.quote.findFirstOrThrow({ where: { introductionId: id } });
    expect(q).toMatchObject({ version: 1, currency: "EUR", unit: "kg", leadTimeDays: 21, incoterm: "CIF", incotermPlace: "Rotterdam", notes: "Ecocert certified", status: "active" });
    expect(String(q.unitPrice)).toBe("13.2");
    const out = await t.db.prisma.outboxMessage.findMany({ where: { kind: "quote", platform: "telegram" } });
    expect(out.some((m) => (m.payload as { introductionId: string }).introductionId === id)).toBe(true);
    expect(cards.edits.at(-1)).toMatchObject({ introductionId: id, status: "quoted", quote: { version: 1 } });

    // Revise: the form opens prefilled with v1; a new price makes v2 and supersedes v1.
    const rev = new Recorder();
    await desk.handle(event(seller, "button", customId("quote", id)), rev);
    expect(rev.modals[0]?.title).toBe("Revise your quote");
    expect(rev.modalValues()).toMatchObject({ price: "13.2 EUR / kg", lead: "21", terms: "CIF Rotterdam" });
    const v2 = new Recorder();
    await desk.handle(event(seller, "modal", customId("quote-form", id), { fields: { ...form, price: "12.80 EUR / kg" } }), v2);
    expect(v2.last?.content).toContain("Revised quote v2");
    const versions = await t.db.prisma.quote.findMany({ where: { introductionId: id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.status, String(v.unitPrice)])).toEqual([[1, "superseded", "13.2"], [2, "active", "12.8"]]);
  });

  it("asks a question and declines with a reason", async () => {
    const { f, id } = await lead();
    const seller = f.sellers[0]!.actor.userId;
    const cards = new CardLog();
    const desk = createDeskHandler({ deals: deps, stores: deskStores(t.db), cards, log });

    const ask = new Recorder();
    await desk.handle(event(seller, "button", customId("ask", id)), ask);
    expect(ask.modals[0]?.custom_id).toBe(customId("ask-form", id));
    const sent = new Recorder();
    await desk.handle(event(seller, "modal", customId("ask-form", id), { fields: { text: "Cold-pressed or roasted?" } }), sent);
    expect(sent.last?.content).toContain("Question sent");
    expect(await t.db.prisma.threadMessage.findFirst({ where: { introductionId: id, kind: "question" } })).toMatchObject({ text: "Cold-pressed or roasted?" });

    const pick = new Recorder();
    await desk.handle(event(seller, "button", customId("decline", id)), pick);
    const menu = pick.last?.components?.[0]?.components[0] as { custom_id: string; options: { value: string }[] };
    expect(menu.custom_id).toBe(customId("reason", id));
    expect(menu.options.map((o) => o.value)).toContain("no_capacity");
    const done = new Recorder();
    await desk.handle(event(seller, "select", customId("reason", id), { values: ["no_capacity"] }), done);
    expect(done.last?.content).toContain("Lead declined");
    expect(await t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "declined_by_seller", declineReason: "no_capacity" });
    expect(cards.edits.at(-1)).toMatchObject({ status: "declined_by_seller" });

    // The lead is closed now: a late quote is refused with the status worded.
    const late = new Recorder();
    await desk.handle(event(seller, "modal", customId("quote-form", id), { fields: form }), late);
    expect(late.last?.content).toContain("declined by the seller");
  });

  it("reports a lead as spam from the decline menu: the lead closes and the buyer is flagged for review", async () => {
    const { f, id } = await lead();
    const seller = f.sellers[0]!.actor.userId;
    const cards = new CardLog();
    const desk = createDeskHandler({ deals: deps, stores: deskStores(t.db), cards, log });
    const pick = new Recorder();
    await desk.handle(event(seller, "button", customId("decline", id)), pick);
    const menu = pick.last?.components?.[0]?.components[0] as { options: { value: string; label: string }[] };
    expect(menu.options.at(-1)).toMatchObject({ value: "report_spam", label: expect.stringMatching(/Report as spam/) });

    // Someone else's lead: refused, nothing flagged.
    const stranger = new Recorder();
    await desk.handle(event(f.sellers[1]!.actor.userId, "select", customId("reason", id), { values: ["report_spam"] }), stranger);
    expect((await t.db.prisma.buyer.findUniqueOrThrow({ where: { id: f.buyerId } })).flagged).toBe(false);

    const done = new Recorder();
    await desk.handle(event(seller, "select", customId("reason", id), { values: ["report_spam"] }), done);
    expect(done.last?.content).toMatch(/Caravan will review this buyer/);
    expect(await t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "declined_by_seller", declineReason: "spam" });
    expect(await t.db.prisma.buyer.findUniqueOrThrow({ where: { id: f.buyerId } })).toMatchObject({ flagged: true, flaggedNote: expect.stringContaining(f.sellers[0]!.name) });
    expect(cards.edits.at(-1)).toMatchObject({ status: "declined_by_seller" });
    const twice = new Recorder();
    await desk.handle(event(seller, "select", customId("reason", id), { values: ["report_spam"] }), twice);
    expect(twice.last?.content).not.toMatch(/Caravan will review this buyer/);
  });

  it("[Share my contact]: checked, saved, sent to the buyer only once both agreed; the buyer's contact comes back", async () => {
    const { f, id } = await lead();
    const seller = f.sellers[0]!.actor.userId;
    const desk = createDeskHandler({ deals: deps, stores: deskStores(t.db), cards: new CardLog(), log });
    const contactMessages = () => t.db.prisma.outboxMessage.findMany({ where: { kind: "contacts", payload: { path: ["introductionId"], equals: id } } });

    // Another seller's member cannot open or submit this lead's form.
    const stranger = new Recorder();
    await desk.handle(event(f.sellers[1]!.actor.userId, "modal", customId("contact-form", id), { fields: { contact: "spy@evil.example" } }), stranger);
    expect(stranger.last?.content).toMatch(/another company/);
    expect((await t.db.prisma.seller.findUniqueOrThrow({ where: { id: f.sellers[0]!.id } })).contact).toBe("sales@seller0.example");

    const open = new Recorder();
    await desk.handle(event(seller, "button", customId("contact", id)), open);
    expect(open.modals[0]?.custom_id).toBe(customId("contact-form", id));
    expect(open.modalValues()).toMatchObject({ contact: "sales@seller0.example" });

    const bad = new Recorder();
    await desk.handle(event(seller, "modal", customId("contact-form", id), { fields: { contact: "call me" } }), bad);
    expect(bad.last).toMatchObject({ ephemeral: true, content: expect.stringMatching(/e-mail address, a phone number/) });

    const offered = new Recorder();
    await desk.handle(event(seller, "modal", customId("contact-form", id), { fields: { contact: "Amina,  amina@atlas.example, +212 6 12 34 56 78" } }), offered);
    expect(offered.last?.content).toMatch(/once they agree/);
    expect((await t.db.prisma.seller.findUniqueOrThrow({ where: { id: f.sellers[0]!.id } })).contact).toBe("Amina, amina@atlas.example, +212 6 12 34 56 78");
    expect(await contactMessages()).toHaveLength(0); // nothing revealed yet

    const r = await buyerSharesContact(deps, f.buyer, { introductionId: id });
    expect(r.exchanged).toBe(true);
    const out = await contactMessages();
    expect(out.map((m) => m.platform).sort()).toEqual(["discord", "telegram"]);
    expect(out.find((m) => m.platform === "telegram")!.payload).toMatchObject({ counterpart: { contact: "Amina, amina@atlas.example, +212 6 12 34 56 78" } });
    expect(out.find((m) => m.platform === "discord")!.payload).toMatchObject({ counterpart: { contact: "alice@rotterdam-oils.example" } });

    const late = new Recorder();
    await desk.handle(event(seller, "modal", customId("contact-form", id), { fields: { contact: "new@atlas.example" } }), late);
    expect(late.last?.content).toMatch(/already exchanged/);
  });

  it("/leads lists the seller's open leads with status and age", async () => {
    const { f } = await lead();
    clock.advanceHours(5);
    const desk = createDeskHandler({ deals: deps, stores: deskStores(t.db), cards: new CardLog(), log });
    const r = new Recorder();
    await desk.handle(event(f.sellers[0]!.actor.userId, "command", "leads"), r);
    expect(r.last).toMatchObject({ ephemeral: true });
    expect(r.last?.content).toMatch(/organic argan oil — (sent|delivered), 5 h old, buyer from NL/);
    const none = new Recorder();
    await desk.handle(event("nobody", "command", "leads"), none);
    expect(none.last?.content).toContain("Link your Discord account");
  });
});

describe("forms under load", () => {
  it("asks the seller to press again when the check before a form outlasts the window, and drops the late form", async () => {
    const { f, id } = await lead();
    const stores = deskStores(t.db);
    const real = stores.desk.sellerContact.bind(stores.desk);
    stores.desk.sellerContact = async (x) => {
      await new Promise((r) => setTimeout(r, 400));
      return real(x);
    };
    const desk = createDeskHandler({ deals: deps, stores, cards: new CardLog(), log, modalDeadlineMs: 100 });
    const r = new Recorder();
    await desk.handle(event(f.sellers[0]!.actor.userId, "button", customId("contact", id), { locale: "fr" }), r);
    expect(r.modals).toHaveLength(0);
    expect(r.replies).toEqual([{ content: expect.stringContaining("Appuyez de nouveau"), ephemeral: true }]);

    // In time: the form, and nothing else.
    const fast = new Recorder();
    await createDeskHandler({ deals: deps, stores: deskStores(t.db), cards: new CardLog(), log }).handle(event(f.sellers[0]!.actor.userId, "button", customId("contact", id)), fast);
    expect(fast.modals).toHaveLength(1);
    expect(fast.replies).toHaveLength(0);
  });
});
