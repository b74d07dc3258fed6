// End to end with the real discord.js client against a fake Discord (REST + gateway) on 127.0.0.1:
// a seller links with /link, the lead arrives as a private thread with its card, the seller
// presses [Send quote] and submits the form, writes in the thread, and the buyer accepts — the
// acceptance is posted in the thread and the card shows it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDb } from "../../helpers/testDb.js";
import { seedDeal, waitFor, worker } from "../../integration/deals/fixtures.js";
import { acceptQuote, introduce, type DealDeps } from "../../../src/core/deals/index.js";
import { customId } from "../../../src/channels/discord/customIds.js";
import { newClaimCode } from "../../../src/core/catalog/claimCode.js";
import { IDS, interaction, type FakeDiscord } from "./fakeDiscord.js";
import { startDeskWorld, type DeskWorld } from "./deskWorld.js";

let world: DeskWorld;
let t: TestDb;
let deps: DealDeps;
let fake: FakeDiscord;
let desk: DeskWorld["desk"];
const SELLER = "910000000000000001";

beforeAll(async () => {
  world = await startDeskWorld();
  ({ t, deps, fake, desk } = world);
});
afterAll(async () => world?.close());

describe("seller desk end to end (discord.js ↔ fake Discord)", () => {
  it("link → lead → quote → buyer accepts", async () => {
    const f = await seedDeal(t.db, { sellers: 1 });
    const code = newClaimCode();
    await t.db.prisma.seller.update({ where: { id: f.sellers[0]!.id }, data: { claimCode: code } });

    // /link: deferred at once, then the answer fills the "thinking…" message.
    fake.dispatch("INTERACTION_CREATE", interaction(SELLER, IDS.leads, 2, { id: "1", name: "link", type: 1, options: [{ name: "code", type: 3, value: code.toLowerCase() }] }));
    await waitFor(() => fake.answers().length === 2);
    expect(fake.callbacks()[0]).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(fake.answers()[1]).toMatchObject({ content: expect.stringContaining("Linked"), allowed_mentions: { parse: [] } });

    // The lead: a private thread, the linked member added, the card.
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    const id = created[0]!.introductionId;
    const w = worker(t.db, deps, [desk.delivery]);
    await w.drain();
    const thread = [...fake.threads.values()][0]!;
    expect(fake.violations).toEqual([]);
    const THREAD = thread.id;
    const card = thread.messages[0]!;
    const CARD = String(card.id);
    expect([...thread.members]).toContain(SELLER);
    expect((card.embeds as { title: string }[])[0]!.title).toContain("organic argan oil");
    expect(await t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "delivered", discordThreadId: THREAD, discordCardId: CARD });

    // [Send quote] → the form → a valid quote.
    const message = {
      id: CARD, channel_id: THREAD, author: { id: IDS.bot, username: "caravan", discriminator: "0", bot: true, avatar: null, global_name: null },
      content: "", embeds: [], components: [], type: 0, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false,
      mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, flags: 0,
    };
    fake.dispatch("INTERACTION_CREATE", interaction(SELLER, THREAD, 3, { custom_id: customId("quote", id), component_type: 2 }, message));
    await waitFor(() => fake.callbacks().length === 2);
    expect(fake.callbacks()[1]).toMatchObject({ type: 9, data: { custom_id: customId("quote-form", id), title: "Send a quote" } });

    const box = (custom_id: string, value: string) => ({ type: 1, components: [{ type: 4, custom_id, value }] });
    fake.dispatch("INTERACTION_CREATE", interaction(SELLER, THREAD, 5, {
      custom_id: customId("quote-form", id),
      components: [box("price", "13.20 EUR / kg"), box("moq", "500 kg"), box("lead", "21"), box("terms", "CIF Rotterdam"), box("validity", "")],
    }, message));
    await waitFor(() => fake.answers().some((a) => a.content === "Quote v1 sent to the buyer."));
    expect(fake.callbacks()[2]).toMatchObject({ type: 5, data: { flags: 64 } });
    const quote = await t.db.prisma.quote.findFirstOrThrow({ where: { introductionId: id } });
    expect(quote).toMatchObject({ version: 1, currency: "EUR", leadTimeDays: 21, incoterm: "CIF" });
    await waitFor(() => String((card.embeds as { footer?: { text: string } }[])[0]?.footer?.text).includes("quoted"));

    // The seller writes in the thread: relayed to the buyer.
    fake.announceThread(THREAD);
    fake.dispatch("MESSAGE_CREATE", {
      ...message, id: "940000000000000001", guild_id: IDS.guild, content: "Samples can ship this week.",
      author: { id: SELLER, username: "seller", discriminator: "0", avatar: null, global_name: null },
    });
    await waitFor(async () => (await t.db.prisma.threadMessage.count({ where: { introductionId: id, text: "Samples can ship this week." } })) === 1);

    // The buyer accepts: posted in the thread, the card shows it and loses its buttons.
    await acceptQuote(deps, f.buyer, { quoteId: quote.id });
    await w.drain();
    const texts = fake.requests.filter((r) => r.method === "POST" && r.path === `/api/v10/channels/${THREAD}/messages`).map((r) => (r.body as { content?: string }).content ?? "");
    expect(texts.some((x) => x.includes("Your quote v1 was accepted"))).toBe(true);
    expect((card.embeds as { footer: { text: string } }[])[0]!.footer.text).toContain("Status: accepted");
    // Settled: only [Share my contact] is left.
    expect(card.components).toEqual([{ type: 1, components: [expect.objectContaining({ label: "Share my contact" })] }]);

    // No reply, post or edit on the way could have pinged anyone.
    const replies = fake.answers().filter((a) => "content" in a);
    const posts = fake.requests.filter((r) => (r.method === "POST" && r.path.endsWith("/messages")) || r.method === "PATCH").map((r) => r.body as Record<string, unknown>);
    expect(replies.length + posts.length).toBeGreaterThan(4);
    for (const body of [...replies, ...posts]) expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(fake.violations).toEqual([]);
  });
});
