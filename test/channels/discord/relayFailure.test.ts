// A thread message that cannot be relayed (the database is down) does not end the process: the
// failure is logged and the seller is told in the thread to send it again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordChannel } from "../../../src/channels/discord/service.js";
import type { DealDeps } from "../../../src/core/deals/index.js";
import type { ChatStore } from "../../../src/ports/chatStore.js";
import type { SellerDeskStore } from "../../../src/ports/sellerDesk.js";
import { systemClock } from "../../../src/ports/clock.js";
import { t } from "../../../src/locales/index.js";
import { createLogger } from "../../../src/logger.js";
import { waitFor } from "../../integration/deals/fixtures.js";
import { FakeDiscord, IDS } from "./fakeDiscord.js";

let fake: FakeDiscord;
let desk: ReturnType<typeof createDiscordChannel>;
const broken = new Proxy({}, { get: () => async () => { throw new Error("connection terminated unexpectedly"); } });

beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
  // The relay fails at its first store call, before the deals core would be used.
  const deals = { clock: systemClock } as unknown as DealDeps;
  desk = createDiscordChannel({ deals, stores: { desk: broken as SellerDeskStore, chatState: broken as ChatStore }, logger: createLogger("silent") },
    { token: "fake-token", leadsChannelId: IDS.leads, apiUrl: `${fake.url}/api`, readyTimeoutMs: 10_000 });
  await desk.service.start();
});
afterAll(async () => {
  await desk?.service.stop();
  await fake?.close();
});

describe("relay failure", () => {
  it("tells the seller in the thread and keeps running", async () => {
    const res = await fetch(`${fake.url}/api/v10/channels/${IDS.leads}/threads`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "lead" }) });
    const thread = (await res.json()) as { id: string };
    fake.announceThread(thread.id);
    fake.dispatch("MESSAGE_CREATE", {
      id: "940000000000000002", channel_id: thread.id, guild_id: IDS.guild, type: 0, content: "We can ship in March.", embeds: [], components: [], attachments: [],
      author: { id: "910000000000000021", username: "seller", discriminator: "0", avatar: null, global_name: null },
      timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], pinned: false, flags: 0,
    });
    await waitFor(() => (fake.threads.get(thread.id)?.messages.length ?? 0) > 0, 10_000);
    expect(fake.threads.get(thread.id)!.messages[0]).toMatchObject({ content: t("en", "discord-relay-failed"), allowed_mentions: { parse: [] } });
    expect(fake.violations).toEqual([]);
  });
});
