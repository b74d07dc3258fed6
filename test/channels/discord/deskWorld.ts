// The seller desk as npm start wires it — real discord.js client, deal core, Prisma stores on a
// test database — connected to a fresh fake Discord; for end-to-end desk tests.
import { createDeskStores as deskStores } from "../../../src/adapters/db/sellerDeskStore.js";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { FakeClock, dealDeps } from "../../integration/deals/fixtures.js";
import type { DealDeps } from "../../../src/core/deals/index.js";
import { createDiscordChannel } from "../../../src/channels/discord/service.js";
import { createLogger } from "../../../src/logger.js";
import { FakeDiscord, IDS } from "./fakeDiscord.js";

export interface DeskWorld {
  t: TestDb;
  deps: DealDeps;
  fake: FakeDiscord;
  desk: ReturnType<typeof createDiscordChannel>;
  close(): Promise<void>;
}

export async function startDeskWorld(): Promise<DeskWorld> {
  const t = await createTestDb();
  const deps = dealDeps(t.db, new FakeClock(new Date()));
  const fake = new FakeDiscord();
  await fake.start();
  const desk = createDiscordChannel({ deals: deps, stores: deskStores(t.db), logger: createLogger("silent") }, { token: "fake-token", leadsChannelId: IDS.leads, apiUrl: `${fake.url}/api`, readyTimeoutMs: 10_000 });
  await desk.service.start();
  return {
    t, deps, fake, desk,
    async close() {
      await desk.service.stop();
      await fake.close();
      await t.cleanup();
    },
  };
}
