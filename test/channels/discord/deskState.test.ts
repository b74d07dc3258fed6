// The desk's state survives a restart: a rejected quote form reopens prefilled from a freshly
// built handler, and the /link attempt count is not reset by one. Both live in Postgres.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeskStores as deskStores } from "../../../src/adapters/db/sellerDeskStore.js";
import { createChatStore } from "../../../src/adapters/db/chatStore.js";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { FakeClock, dealDeps, seedDeal } from "../../integration/deals/fixtures.js";
import { introduce, type DealDeps } from "../../../src/core/deals/index.js";
import { createDeskHandler } from "../../../src/channels/discord/interactions.js";
import { LinkAttempts, QuoteDrafts } from "../../../src/channels/discord/deskState.js";
import { customId } from "../../../src/channels/discord/customIds.js";
import { createLogger } from "../../../src/logger.js";
import { CardLog, Recorder, event } from "./desk.js";

let t: TestDb;
let deps: DealDeps;
const clock = new FakeClock();
const log = createLogger("silent");
/** A new handler with default (database-backed) state: what the process has after a restart. */
const freshDesk = () => createDeskHandler({ deals: deps, stores: deskStores(t.db), cards: new CardLog(), log });

beforeAll(async () => {
  t = await createTestDb();
  deps = dealDeps(t.db, clock);
});
afterAll(async () => t?.cleanup());

describe("desk state in Postgres", () => {
  it("reopens a rejected quote form prefilled after a restart, and forgets it once sent or stale", async () => {
    const f = await seedDeal(t.db, { sellers: 1 });
    const id = (await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] })).created[0]!.introductionId;
    const seller = f.sellers[0]!.actor.userId;
    const typed = { price: "13.20 EUR / kg", moq: "500 kg", lead: "21 days", terms: "FOB Agadir", validity: "2027-02-30\nCold-pressed" };

    const bad = new Recorder();
    await freshDesk().handle(event(seller, "modal", customId("quote-form", id), { fields: typed }), bad);
    expect(bad.last?.content).toContain("Valid until");

    const reopened = new Recorder();
    await freshDesk().handle(event(seller, "button", customId("reopen", id)), reopened);
    expect(reopened.modalValues()).toEqual(typed);
    // Another member of the same seller does not see someone else's draft.
    expect(await new QuoteDrafts(createChatStore(t.db), clock).get("someone-else", id)).toBeNull();

    const sent = new Recorder();
    await freshDesk().handle(event(seller, "modal", customId("quote-form", id), { fields: { ...typed, validity: "2027-02-28" } }), sent);
    expect(sent.last?.content).toContain("Quote v1 sent");
    expect(await new QuoteDrafts(createChatStore(t.db), clock).get(seller, id)).toBeNull();

    const drafts = new QuoteDrafts(createChatStore(t.db), clock, 60_000);
    await drafts.save(seller, id, { price: "1 EUR / kg" });
    expect(await drafts.get(seller, id)).toEqual({ price: "1 EUR / kg" });
    clock.advanceHours(1);
    expect(await drafts.get(seller, id)).toBeNull();
  });

  it("keeps counting /link attempts across a restart and lets the user try again after the window", async () => {
    const s = await t.db.prisma.seller.create({ data: { name: `Atlas ${Date.now()}`, claimCode: "CRV-WXYZ-2345" } });
    const guesser = "guesser-1";
    for (const code of ["CRV-AAAA-AAAA", "CRV-BBBB-BBBB", "CRV-CCCC-CCCC", "CRV-DDDD-DDDD", "CRV-EEEE-EEEE"])
      await freshDesk().handle(event(guesser, "command", "link", { options: { code } }), new Recorder());
    const blocked = new Recorder();
    await freshDesk().handle(event(guesser, "command", "link", { options: { code: "CRV-WXYZ-2345" } }), blocked);
    expect(blocked.last).toMatchObject({ ephemeral: true, content: "Too many attempts. Please try again in 15 minutes." });

    clock.advanceHours(0.25);
    const later = new Recorder();
    await freshDesk().handle(event(guesser, "command", "link", { options: { code: "CRV-WXYZ-2345" } }), later);
    expect(later.last?.content).toContain(`Linked: you now answer leads for ${s.name}`);
    // The right code clears the count.
    expect(await t.db.prisma.conversation.count({ where: { platform: "discord", chatId: `link-attempts:${guesser}` } })).toBe(0);
  });

  it("does not let parallel guesses slip past the limit", async () => {
    const limiter = new LinkAttempts(createChatStore(t.db), clock, { max: 3 });
    const results = await Promise.all(Array.from({ length: 8 }, () => limiter.take("racer")));
    // Losers of a race re-read; one that keeps losing is refused, so never more than the limit get through.
    const passed = results.filter((r) => r.ok).length;
    expect(passed).toBeGreaterThanOrEqual(1);
    expect(passed).toBeLessThanOrEqual(3);
    expect(await limiter.take("racer")).toMatchObject({ ok: passed < 3 });
  });
});
