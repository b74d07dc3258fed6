// Messages a seller types in a lead thread reach the buyer through the outbox; others are ignored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSellerDeskStore } from "../../../src/adapters/db/sellerDeskStore.js";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { FakeClock, dealDeps, seedDeal } from "../../integration/deals/fixtures.js";
import { declineLead, introduce, type DealDeps } from "../../../src/core/deals/index.js";
import { createRelay } from "../../../src/channels/discord/relay.js";
import { createLogger } from "../../../src/logger.js";

let t: TestDb;
let deps: DealDeps;

beforeAll(async () => {
  t = await createTestDb();
  deps = dealDeps(t.db, new FakeClock());
});
afterAll(async () => t?.cleanup());

describe("thread relay", () => {
  it("relays a member's message to the buyer once, ignores strangers, bots and other channels", async () => {
    const f = await seedDeal(t.db, { sellers: 2 });
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    const id = created[0]!.introductionId;
    await t.db.prisma.introduction.update({ where: { id }, data: { discordThreadId: "700000000000000001" } });
    const relay = createRelay({ deals: deps, desk: createSellerDeskStore(t.db), log: createLogger("silent") });
    const msg = { id: "800000000000000001", channelId: "700000000000000001", authorId: f.sellers[0]!.actor.userId, authorIsBot: false, content: "We can do 190 kg drums." };

    expect(await relay(msg)).toBeNull();
    expect(await relay(msg)).toBeNull(); // a redelivered gateway event
    expect(await relay({ ...msg, id: "800000000000000002", authorId: f.sellers[1]!.actor.userId })).toBeNull();
    expect(await relay({ ...msg, id: "800000000000000003", authorIsBot: true })).toBeNull();
    expect(await relay({ ...msg, id: "800000000000000004", channelId: "700000000000000999" })).toBeNull();
    const out = await t.db.prisma.outboxMessage.findMany({ where: { kind: "seller_message" } });
    expect(out).toHaveLength(1);
    expect(out[0]!.payload).toMatchObject({ introductionId: id, text: "We can do 190 kg drums.", to: { platform: "telegram", externalId: f.buyer.userId } });

    // Files do not travel: the seller is told, in the thread, instead of silence.
    expect(await relay({ ...msg, id: "800000000000000006", content: "", attachments: 1 })).toMatch(/Files are not passed on/);
    expect(await relay({ ...msg, id: "800000000000000007", content: "Spec sheet attached", attachments: 2 })).toMatch(/attached files did not/);
    expect(await relay({ ...msg, id: "800000000000000008", content: "", attachments: 1, channelId: "700000000000000999" })).toBeNull();
    expect(await t.db.prisma.outboxMessage.count({ where: { kind: "seller_message" } })).toBe(2);

    await declineLead(deps, f.sellers[0]!.actor, { introductionId: id, reason: "other" });
    expect(await relay({ ...msg, id: "800000000000000005" })).toContain("declined by the seller");
  });
});
