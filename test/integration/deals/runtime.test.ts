// The deals runtime as `npm start` composes it: the outbox worker service delivers a lead through a
// registered channel and records the receipt; the timer service runs and stops cleanly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { configFrom } from "../../../src/config.js";
import { silentLogger } from "../../../src/logger.js";
import { createDealsRuntime } from "../../../src/adapters/db/dealsRuntime.js";
import { introduce } from "../../../src/core/deals/index.js";
import { FakeChannel, FakeClock, seedDeal, waitFor } from "./fixtures.js";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.cleanup());

describe("deals runtime", () => {
  it("delivers through a channel registered after start, and applies configured limits and timers", async () => {
    const clock = new FakeClock(new Date("2027-06-01T08:00:00Z"));
    const config = configFrom({ DEALS_MAX_INTRODUCTIONS_PER_DAY: "1", DEALS_REMINDER_HOURS: "2", DEALS_EXPIRY_HOURS: "3", OUTBOX_POLL_MS: "50" });
    const rt = createDealsRuntime(config, t.db, silentLogger, { clock, timerIntervalMs: 50 });
    for (const s of rt.services) await s.start();
    try {
      const f = await seedDeal(t.db);
      await expect(introduce(rt.deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!, f.matchIds[1]!] })).rejects.toMatchObject({ code: "rate_limited" });
      const { created } = await introduce(rt.deps, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
      const id = created[0]!.introductionId;
      const discord = new FakeChannel("discord");
      rt.worker.register(discord);
      await waitFor(async () => (await t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })).status === "delivered");
      expect(discord.of("lead")).toHaveLength(1);
      // 2 h later the timer service (every 50 ms) reminds the seller, through the same worker.
      clock.advanceHours(2);
      await waitFor(() => discord.of("reminder").length === 1);
      clock.advanceHours(1);
      await waitFor(async () => (await t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })).status === "expired");
    } finally {
      for (const s of [...rt.services].reverse()) await s.stop();
    }
  });
});
