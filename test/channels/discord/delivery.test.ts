// The Discord ChannelDelivery against a fake Discord REST server on 127.0.0.1, through the real
// outbox worker: a lead becomes a private thread with the seller's members and the card, later
// messages land in that thread and decisions edit the card; a missing permission is a dead
// delivery whose error tells the admin what to fix.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REST } from "discord.js";
import { createDeskStores as deskStores } from "../../../src/adapters/db/sellerDeskStore.js";
import { createSellerDeskStore } from "../../../src/adapters/db/sellerDeskStore.js";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { startFakeHttp, type FakeHttp, type RecordedRequest } from "../../helpers/fakeHttp.js";
import { FakeClock, dealDeps, seedDeal, validQuote, worker } from "../../integration/deals/fixtures.js";
import { acceptQuote, buyerSays, buyerSharesContact, introduce, sellerSharesContact, submitQuote, type DealDeps } from "../../../src/core/deals/index.js";
import { createDiscordDelivery } from "../../../src/channels/discord/delivery.js";
import { LONG_RATE_LIMIT_MS, createDiscordClient } from "../../../src/channels/discord/client.js";
import { createLogger } from "../../../src/logger.js";
import { createDeskHandler } from "../../../src/channels/discord/interactions.js";
import { createThreadAccess } from "../../../src/channels/discord/leadThreads.js";
import { newClaimCode } from "../../../src/core/catalog/claimCode.js";
import { CardLog, Recorder, event } from "./desk.js";

let t: TestDb;
let deps: DealDeps;
const clock = new FakeClock();
const log = createLogger("silent");
const LEADS = "100000000000000001";
const fakes: FakeHttp[] = [];

beforeAll(async () => {
  t = await createTestDb();
  deps = dealDeps(t.db, clock);
});
afterAll(async () => {
  for (const f of fakes) await f.close();
  await t?.cleanup();
});

async function fakeDiscord(): Promise<{ fake: FakeHttp; rest: REST }> {
  const fake = await startFakeHttp();
  fakes.push(fake);
  const rest = new REST({ version: "10", api: `${fake.url}/api`, retries: 0, timeout: 3000 }).setToken("test-token");
  return { fake, rest };
}

const find = (reqs: RecordedRequest[], method: string, re: RegExp) => reqs.filter((r) => r.method === method && re.test(r.path));

describe("Discord delivery", () => {
  it("opens a private thread with the seller's members, posts the card, then relays and edits the card", async () => {
    const { fake, rest } = await fakeDiscord();
    let msg = 0;
    let card: Record<string, unknown> | null = null;
    fake.route(`POST /api/v10/channels/${LEADS}/threads`, (r) => ({ body: { id: "200000000000000001", type: 12, parent_id: LEADS, name: (r.body as { name: string }).name } }));
    fake.route("POST /api/v10/channels/200000000000000001/messages", (r) => {
      const id = `30000000000000000${++msg}`;
      if (msg === 1) card = { id, channel_id: "200000000000000001", ...(r.body as object) };
      return { body: { id, channel_id: "200000000000000001", content: "", embeds: [], components: [] } };
    });
    fake.route("GET /api/v10/channels/200000000000000001/messages/300000000000000001", () => ({ body: card }));
    fake.route("PATCH /api/v10/channels/200000000000000001/messages/300000000000000001", (r) => ({ body: { ...card, ...(r.body as object) } }));

    const f = await seedDeal(t.db, { sellers: 1 });
    const seller = f.sellers[0]!;
    fake.route(`PUT /api/v10/channels/200000000000000001/thread-members/${seller.actor.userId}`, () => ({ status: 204 }));
    const intro = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    const id = intro.created[0]!.introductionId;
    const w = worker(t.db, deps, [createDiscordDelivery({ rest, deals: deps, leadsChannelId: LEADS, log })]);
    await w.drain();

    const [create] = find(fake.requests, "POST", /\/threads$/);
    expect(create?.body).toMatchObject({ type: 12, invitable: false, name: "organic argan oil → NL" });
    expect(create?.headers.authorization).toBe("Bot test-token");
    expect(find(fake.requests, "PUT", /thread-members/)).toHaveLength(1);
    const posted = find(fake.requests, "POST", /\/messages$/)[0]!.body as { embeds: { title: string; fields: { name: string; value: string }[]; footer: { text: string } }[]; components: { components: { custom_id: string; label: string }[] }[]; allowed_mentions: unknown; nonce: string };
    expect(posted.allowed_mentions).toEqual({ parse: [] });
    expect(posted.nonce).toHaveLength(25);
    const e = posted.embeds[0]!;
    expect(e.title).toContain("organic argan oil");
    const fields = Object.fromEntries(e.fields.map((x) => [x.name, x.value]));
    expect(fields).toMatchObject({ Quantity: "2000 kg", "Target price": "14.5 EUR / kg", "Incoterm and destination": "CIF Rotterdam, NL", Certifications: expect.stringContaining("organic"), Buyer: "NL · Importer" });
    expect(fields["Why Caravan matched you"]).toContain("argan oil");
    expect(posted.components[0]!.components.map((c) => c.label)).toEqual(["Send quote", "Ask a question", "Decline", "Share my contact"]);
    expect(await t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "delivered", discordThreadId: "200000000000000001", discordCardId: "300000000000000001",
    });

    // The buyer writes: posted in the thread. The buyer accepts a quote: posted, and the card shows it.
    await buyerSays(deps, f.buyer, { introductionId: id, text: "Can you ship in *March*? Ask john_doe" });
    const q = await submitQuote(deps, seller.actor, { introductionId: id, quote: validQuote });
    await acceptQuote(deps, f.buyer, { quoteId: q.quote.quoteId });
    await w.drain();
    const texts = find(fake.requests, "POST", /\/messages$/).slice(1).map((r) => (r.body as { content: string }).content);
    expect(texts[0]).toBe("**Buyer:** Can you ship in \\*March\\*? Ask john\\_doe"); // shown as typed, not as markdown
    expect(texts.some((x) => x.includes("was accepted"))).toBe(true);
    const patch = find(fake.requests, "PATCH", /messages/).at(-1)!.body as { embeds: { footer: { text: string } }[]; components: unknown[] };
    expect(patch.embeds[0]!.footer.text).toMatch(/Status: accepted · quote v1: 13.2 EUR\/kg CIF Rotterdam/);
    // Settled: only [Share my contact] is left on the card.
    expect(patch.components).toEqual([{ type: 1, components: [expect.objectContaining({ label: "Share my contact" })] }]);

    // Both agree: the seller's thread gets the buyer's name, company, line and Telegram handle.
    await sellerSharesContact(deps, seller.actor, { introductionId: id });
    await buyerSharesContact(deps, f.buyer, { introductionId: id });
    await w.drain();
    const last = (find(fake.requests, "POST", /\/messages$/).at(-1)!.body as { content: string }).content;
    // Escaped for Discord markdown ("\\@" and "\\_" display as "@" and "_").
    expect(last).toMatch(/^Contact details of Alice Martin, Rotterdam Oils BV: alice\\@rotterdam-oils\.example · Telegram \\@alice\\_/);
    // Nothing the desk posts or edits may ping anyone.
    for (const r of fake.requests.filter((x) => (x.method === "POST" || x.method === "PATCH") && /\/messages(\/\d+)?$/.test(x.path)))
      expect((r.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });
    expect(await t.db.prisma.outboxMessage.count({ where: { platform: "discord", status: { not: "delivered" } } })).toBe(0);
  });

  it("turns a missing permission into a dead delivery whose admin log line names the fix", async () => {
    const { fake, rest } = await fakeDiscord();
    fake.route(`POST /api/v10/channels/${LEADS}/threads`, () => ({ status: 403, body: { code: 50013, message: "Missing Permissions" } }));
    const f = await seedDeal(t.db, { sellers: 1 });
    const intro = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    const errors: string[] = [];
    const sink = { debug() {}, info() {}, warn() {}, error: (_o: object, msg?: string) => void errors.push(msg ?? "") };
    const w = worker(t.db, deps, [createDiscordDelivery({ rest, deals: deps, leadsChannelId: LEADS, log })], { log: sink });
    await w.drain();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^outbox message dead after 1 attempt\(s\) \(permanent error\): .*Fix: give Caravan 'Create Private Threads' in #leads \(channel 100000000000000001\)/);
    const row = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: "lead", payload: { path: ["introductionId"], equals: intro.created[0]!.introductionId } } });
    expect(row.status).toBe("dead");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("give Caravan 'Create Private Threads' in #leads");
  });

  it("retries an outage", async () => {
    const { fake, rest } = await fakeDiscord();
    fake.route(`POST /api/v10/channels/${LEADS}/threads`, () => ({ status: 503, body: { message: "upstream down" } }));
    const f = await seedDeal(t.db, { sellers: 1 });
    const intro = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    const w = worker(t.db, deps, [createDiscordDelivery({ rest, deals: deps, leadsChannelId: LEADS, log })]);
    await w.drain();
    const row = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: "lead", payload: { path: ["introductionId"], equals: intro.created[0]!.introductionId } } });
    expect(row.status).toBe("pending");
    expect(row.lastError).toMatch(/Discord/);
  });

  it("hands a long Discord rate limit back to the outbox as a retry at the time Discord names", async () => {
    const fake = await startFakeHttp();
    fakes.push(fake);
    // The production client's REST, which must not sit out a minute-long limit inside a delivery.
    const { rest } = createDiscordClient({ token: "test-token", apiUrl: `${fake.url}/api` });
    fake.route(`POST /api/v10/channels/${LEADS}/threads`, () => ({
      status: 429, headers: { "retry-after": "60", "x-ratelimit-scope": "user" }, body: { message: "You are being rate limited.", retry_after: 60, global: false },
    }));
    // Earlier tests' pending retries would reach this fake too and blur the count.
    await t.db.prisma.outboxMessage.updateMany({ where: { status: "pending" }, data: { status: "dead" } });
    const f = await seedDeal(t.db, { sellers: 1 });
    const intro = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    const w = worker(t.db, deps, [createDiscordDelivery({ rest, deals: deps, leadsChannelId: LEADS, log })], { backoffMaxMs: 120_000 });
    const started = Date.now();
    await w.drain();
    expect(Date.now() - started).toBeLessThan(LONG_RATE_LIMIT_MS);
    const row = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: "lead", payload: { path: ["introductionId"], equals: intro.created[0]!.introductionId } } });
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.lastError).toContain("rate limit");
    expect(row.nextAttemptAt.getTime() - started).toBeGreaterThan(50_000);
    expect(fake.requests.filter((r) => r.path.endsWith("/threads"))).toHaveLength(1);
  });

  it("adds a member who links later to the private threads of their seller's live leads", async () => {
    const { fake, rest } = await fakeDiscord();
    const f = await seedDeal(t.db, { sellers: 1 });
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    await t.db.prisma.introduction.update({ where: { id: created[0]!.introductionId }, data: { discordThreadId: "200000000000000077" } });
    const code = newClaimCode();
    await t.db.prisma.seller.update({ where: { id: f.sellers[0]!.id }, data: { claimCode: code } });
    fake.route("PUT /api/v10/channels/200000000000000077/thread-members/600000000000000001", () => ({ status: 204 }));
    fake.route("GET /api/v10/channels/200000000000000077", () => ({ body: { id: "200000000000000077", type: 12, thread_metadata: { archived: false } } }));
    const desk = createDeskHandler({ deals: deps, stores: deskStores(t.db), cards: new CardLog(), log, onLinked: createThreadAccess({ rest, desk: createSellerDeskStore(t.db), log }) });
    const r = new Recorder();
    await desk.handle(event("600000000000000001", "command", "link", { options: { code } }), r);
    expect(r.last?.content).toContain("Linked");
    expect(fake.requests.map((x) => `${x.method} ${x.path}`)).toEqual(["GET /api/v10/channels/200000000000000077", "PUT /api/v10/channels/200000000000000077/thread-members/600000000000000001"]);
  });

  it("unarchives an archived lead thread to add a late member, then archives it again", async () => {
    const { fake, rest } = await fakeDiscord();
    const f = await seedDeal(t.db, { sellers: 1 });
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    await t.db.prisma.introduction.update({ where: { id: created[0]!.introductionId }, data: { discordThreadId: "200000000000000078" } });
    let archived = true;
    fake.route("GET /api/v10/channels/200000000000000078", () => ({ body: { id: "200000000000000078", type: 12, thread_metadata: { archived } } }));
    fake.route("PATCH /api/v10/channels/200000000000000078", (r) => ({ body: { id: "200000000000000078", thread_metadata: { archived: (archived = (r.body as { archived: boolean }).archived) } } }));
    // Discord refuses to add anyone to an archived thread.
    fake.route("PUT /api/v10/channels/200000000000000078/thread-members/600000000000000002", () => (archived ? { status: 400, body: { code: 50083, message: "Thread is archived" } } : { status: 204 }));
    const added = await createThreadAccess({ rest, desk: createSellerDeskStore(t.db), log })(f.sellers[0]!.id, "600000000000000002");
    expect(added).toBe(1);
    expect(archived).toBe(true);
    expect(fake.requests.map((x) => `${x.method} ${x.path} ${JSON.stringify(x.body ?? null)}`)).toEqual([
      "GET /api/v10/channels/200000000000000078 null",
      'PATCH /api/v10/channels/200000000000000078 {"archived":false}',
      "PUT /api/v10/channels/200000000000000078/thread-members/600000000000000002 null",
      'PATCH /api/v10/channels/200000000000000078 {"archived":true}',
    ]);
  });
});
