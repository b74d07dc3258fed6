// The seller desk writes to a seller in their language, also in posts they did not ask for: the lead
// card and thread posts follow the language their Discord app showed, and /language (Discord's apps
// offer no Arabic) overrides it for good. Real discord.js client against the fake Discord.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDb } from "../../helpers/testDb.js";
import { seedDeal, waitFor, worker } from "../../integration/deals/fixtures.js";
import { buyerSays, introduce, type DealDeps } from "../../../src/core/deals/index.js";
import { newClaimCode } from "../../../src/core/catalog/claimCode.js";
import { DESK_COMMANDS } from "../../../src/channels/discord/commands.js";
import { IDS, interaction, type FakeDiscord } from "./fakeDiscord.js";
import { startDeskWorld, type DeskWorld } from "./deskWorld.js";

let world: DeskWorld;
let t: TestDb;
let deps: DealDeps;
let fake: FakeDiscord;
let desk: DeskWorld["desk"];

beforeAll(async () => {
  world = await startDeskWorld();
  ({ t, deps, fake, desk } = world);
});
afterAll(async () => world?.close());

/** A slash command from `user` with their Discord app in `locale`; resolves with the answer's text. */
async function command(user: string, locale: string, name: string, options: { name: string; type: number; value: string }[] = []): Promise<string> {
  const before = fake.answers().length;
  fake.dispatch("INTERACTION_CREATE", { ...interaction(user, IDS.leads, 2, { id: "1", name, type: 1, options }), locale });
  await waitFor(() => fake.answers().length >= before + 2);
  return String((fake.answers().at(-1) as { content?: string }).content);
}

/** The lead card and the posts of the thread made for `introductionId`. */
async function deliveredThread(introductionId: string) {
  const routing = await t.db.prisma.introduction.findUniqueOrThrow({ where: { id: introductionId } });
  const thread = fake.threads.get(routing.discordThreadId!)!;
  const card = thread.messages[0]! as { embeds: { title: string }[]; components: { components: { label: string }[] }[] };
  return { thread, card };
}

describe("the seller's language on the desk", () => {
  it("lead cards follow the seller's Discord app; /language (Arabic) wins over it for answers and posts", async () => {
    const f = await seedDeal(t.db, { sellers: 2 });
    const code = newClaimCode();
    await t.db.prisma.seller.update({ where: { id: f.sellers[0]!.id }, data: { claimCode: code } });
    const SELLER = "910000000000000777";

    // Linked from a French Discord app: answered in French, and remembered.
    expect(await command(SELLER, "fr", "link", [{ name: "code", type: 3, value: code }])).toMatch(/^Lié/);
    await waitFor(async () => (await t.db.prisma.sellerMember.findFirst({ where: { externalId: SELLER } }))?.language === "fr");

    // The lead card, which nobody asked for, is in French; the other seller (never seen) gets English.
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!, f.matchIds[1]!] });
    const w = worker(t.db, deps, [desk.delivery]);
    await w.drain();
    const french = await deliveredThread(created[0]!.introductionId);
    expect(french.card.embeds[0]!.title).toMatch(/Nouvelle demande/);
    expect(french.card.components.flatMap((r) => r.components.map((b) => b.label)).join(" ")).toMatch(/devis/);
    const english = await deliveredThread(created[1]!.introductionId);
    expect(english.card.embeds[0]!.title).toMatch(/New lead/);

    // /language ar from the same French app: confirmed in Arabic, and the app's locale no longer changes it.
    expect(await command(SELLER, "fr", "language", [{ name: "language", type: 3, value: "ar" }])).toMatch(/بالعربية/);
    expect(await command(SELLER, "fr", "profile")).toMatch(/منتج|طلب/);
    await new Promise((r) => setTimeout(r, 100)); // the locale note after /profile must not undo the choice
    expect(await t.db.prisma.sellerMember.findFirstOrThrow({ where: { externalId: SELLER } })).toMatchObject({ language: "ar", languageChosen: true });

    // A buyer message posted in the thread afterwards is in Arabic.
    await buyerSays(deps, f.buyer, { introductionId: created[0]!.introductionId, text: "Can you ship in March?" });
    await w.drain();
    const posts = french.thread.messages.map((m) => String((m as { content?: string }).content ?? ""));
    expect(posts.some((p) => p.startsWith("**المشتري:**") && p.includes("Can you ship in March?"))).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  it("refuses /language for an account that is not linked, and offers one choice per locale file", async () => {
    expect(await command("910000000000000778", "es-ES", "language", [{ name: "language", type: 3, value: "es" }])).toMatch(/no está vinculada/);
    const def = DESK_COMMANDS.find((c) => c.name === "language")!;
    const choices = (def.options![0] as { choices: { value: string }[] }).choices.map((c) => c.value);
    expect(choices).toEqual(["ar", "en", "es", "fr"]);
  });
});
