// The desk on a hostile catalog against the strict fake Discord: seller names, product titles and
// match reasons at and past every limit, emoji exactly where text gets cut, markdown and mentions
// everywhere, a buyer message of 4,000 characters. Discord must refuse nothing (zero violations),
// no text may be lost, slow work must not outlive the 3-second window, closed leads' threads are
// archived so a guild at its active-thread cap still takes new leads, and a late member is added
// to an archived thread.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeskStores } from "../../../src/adapters/db/sellerDeskStore.js";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { FakeClock, dealDeps, seedDeal, waitFor, worker } from "../../integration/deals/fixtures.js";
import { buyerSays, introduce, type DealDeps } from "../../../src/core/deals/index.js";
import { createDiscordChannel } from "../../../src/channels/discord/service.js";
import { customId } from "../../../src/channels/discord/customIds.js";
import { md } from "../../../src/channels/discord/markdown.js";
import { cutText, isWellFormed } from "../../../src/core/textCut.js";
import { t as tr } from "../../../src/locales/index.js";
import { createLogger } from "../../../src/logger.js";
import { FakeDiscord, IDS, interaction } from "./fakeDiscord.js";

let t: TestDb;
let deps: DealDeps;
let fake: FakeDiscord;
let desk: ReturnType<typeof createDiscordChannel>;
const slow = { profileMs: 0 };
const SELLER = "910000000000000011";
const LATE = "910000000000000012";

/** `n` characters of markdown- and mention-laden text with an emoji straddling every `every`-th position. */
function hostile(n: number, every = 100): string {
  let s = "";
  while (s.length < n) s += s.length % every > every - 3 ? "🫒" : "*_Huile_* d'argan <@everyone> #1 `bio` ";
  return cutText(s, n - 2) + "🌍";
}

beforeAll(async () => {
  t = await createTestDb();
  deps = dealDeps(t.db, new FakeClock(new Date()));
  fake = new FakeDiscord();
  await fake.start();
  const stores = createDeskStores(t.db);
  const real = stores.desk.profileFigures.bind(stores.desk);
  stores.desk.profileFigures = async (id) => {
    await new Promise((r) => setTimeout(r, slow.profileMs));
    return real(id);
  };
  desk = createDiscordChannel({ deals: deps, stores, logger: createLogger("silent") }, { token: "fake-token", leadsChannelId: IDS.leads, apiUrl: `${fake.url}/api`, readyTimeoutMs: 10_000 });
  await desk.service.start();
});
afterAll(async () => {
  await desk?.service.stop();
  await fake?.close();
  await t?.cleanup();
});

const message = (threadId: string, id: string) => ({
  id, channel_id: threadId, author: { id: IDS.bot, username: "caravan", discriminator: "0", bot: true, avatar: null, global_name: null },
  content: "", embeds: [], components: [], type: 0, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false,
  mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, flags: 0,
});

describe("seller desk on hostile data against a strict fake Discord", () => {
  it("refuses nothing, loses no text, answers slow commands in time, archives closed leads and adds late members", async () => {
    fake.activeThreadCap = 1;
    const f = await seedDeal(t.db, { sellers: 1 });
    const seller = f.sellers[0]!;
    await t.db.prisma.seller.update({ where: { id: seller.id }, data: { name: hostile(200, 45), claimCode: "CRV-HOST-ILE2" } });
    await t.db.prisma.sellerMember.create({ data: { sellerId: seller.id, platform: "discord", externalId: SELLER } });
    await t.db.prisma.sourcingRequest.update({
      where: { id: f.requestId },
      data: { product: hostile(400, 100), destinationPlace: hostile(300, 256), certifications: Array.from({ length: 40 }, (_, i) => `${hostile(60, 30)}${i}`), targetPricePer: "kg" },
    });
    await t.db.prisma.match.update({
      where: { id: f.matchIds[0]! },
      data: { title: hostile(500, 256), sku: hostile(120, 50), reasons: Array.from({ length: 10 }, () => ({ code: "terms", ok: true, params: { terms: hostile(900, 1024) } })) },
    });
    const id = (await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] })).created[0]!.introductionId;
    const w = worker(t.db, deps, [desk.delivery]);
    await w.drain();
    expect(fake.violations).toEqual([]);
    const thread = [...fake.threads.values()][0]!;
    expect(thread.name.length).toBeLessThanOrEqual(100);
    expect(thread.messages).toHaveLength(1);

    // A buyer message of the core's maximum (4,000 characters, more once escaped): several messages, nothing lost, every part valid UTF-8.
    const text = hostile(4000, 1000);
    await buyerSays(deps, f.buyer, { introductionId: id, text, clientKey: "long-1" });
    await w.drain();
    expect(fake.violations).toEqual([]);
    const parts = thread.messages.slice(1).map((m) => String(m.content));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.join("")).toBe(tr("en", "discord-thread-buyer", { text: md(text) }));
    for (const p of parts) expect(p.length <= 2000 && isWellFormed(p)).toBe(true);

    // /profile takes longer than Discord's 3 seconds: deferred first, answered after.
    slow.profileMs = 3500;
    fake.dispatch("INTERACTION_CREATE", interaction(SELLER, IDS.leads, 2, { id: "2", name: "profile", type: 1 }));
    await waitFor(() => fake.answers().some((a) => String(a.content ?? "").includes("products")), 15_000);
    slow.profileMs = 0;
    expect(fake.violations).toEqual([]);

    // Declined: the thread is archived, so the guild (at a cap of one active thread) takes the next lead.
    fake.dispatch("INTERACTION_CREATE", interaction(SELLER, thread.id, 3, { custom_id: customId("reason", id), component_type: 3, values: ["no_capacity"] }, message(thread.id, String(thread.messages[0]!.id))));
    await waitFor(() => thread.archived, 15_000);
    const g = await seedDeal(t.db, { sellers: 1 });
    await t.db.prisma.match.update({ where: { id: g.matchIds[0]! }, data: { sellerId: seller.id } });
    await introduce(deps, g.buyer, { requestId: g.requestId, matchIds: [g.matchIds[0]!] });
    await w.drain();
    expect(fake.threads.size).toBe(2);
    expect(fake.violations).toEqual([]);

    // Discord archived the live lead's quiet thread; a member who links now is still added to it.
    const live = [...fake.threads.values()][1]!;
    live.archived = true;
    fake.dispatch("INTERACTION_CREATE", interaction(LATE, IDS.leads, 2, { id: "1", name: "link", type: 1, options: [{ name: "code", type: 3, value: "CRV-HOST-ILE2" }] }));
    await waitFor(() => live.members.has(LATE), 15_000);
    await waitFor(() => live.archived, 5_000);
    // The declined lead's thread is not reopened for them.
    expect(thread.members.has(LATE)).toBe(false);
    expect(fake.violations).toEqual([]);
  });
});
