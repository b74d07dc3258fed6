// Long polling loses nothing on a kill -9: Telegram forgets a batch once the bot asks for the next
// offset, so that request must come only after every update of the batch is claimed in the update
// log. Here a fake Bot API (a transformer answering getUpdates like Telegram: offset confirms)
// feeds a bot whose handler never finishes; the "dead" process's updates are all in the log, and
// another instance's sweep takes each of them over once its lease runs out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createUpdateLog } from "../../../src/adapters/db/updateLog.js";
import { createUpdateGuard, type UpdateGuard } from "../../../src/channels/telegram/updateGuard.js";
import { claimBatch, runClaimedPolling } from "../../../src/channels/telegram/claimedPolling.js";
import type { BotContext } from "../../../src/channels/telegram/context.js";
import { silentLogger } from "../../../src/logger.js";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { botInfo } from "./harness.js";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.cleanup());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let nextId = 7_000_000;
const update = (): Update =>
  ({ update_id: nextId++, message: { message_id: 1, date: 0, chat: { id: 6, type: "private", first_name: "B" }, from: { id: 6, is_bot: false, first_name: "B" }, text: "olive oil" } }) as Update;
const status = async (id: number) =>
  (await t.db.prisma.processedUpdate.findUnique({ where: { platform_updateId: { platform: "telegram", updateId: String(id) } } }))?.status ?? "absent";

/** Telegram's getUpdates: a request with offset N forgets every update below N. */
class FakeUpdates {
  pending: Update[] = [];
  forgotten: Update[] = [];
  onConfirm: (confirmed: Update[]) => Promise<void> = async () => {};
  async getUpdates(p: { offset?: number; limit?: number }): Promise<Update[]> {
    const offset = p.offset ?? 0;
    const confirmed = this.pending.filter((u) => u.update_id < offset);
    this.pending = this.pending.filter((u) => u.update_id >= offset);
    await this.onConfirm(confirmed);
    this.forgotten.push(...confirmed);
    if (!this.pending.length) await sleep(20);
    return this.pending.slice(0, p.limit ?? 100);
  }
}

function pollingBot(api: FakeUpdates) {
  const bot = new Bot<BotContext>("1:TEST", { botInfo });
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (method === "getUpdates") return { ok: true, result: await api.getUpdates(payload as { offset?: number }) } as Awaited<ReturnType<typeof prev>>;
    return prev(method, payload, signal);
  });
  return bot;
}

describe("claimed long polling", () => {
  it("confirms a batch to Telegram only once every update of it is claimed, and a dead process's updates are redone", async () => {
    const api = new FakeUpdates();
    const batch = Array.from({ length: 5 }, update);
    api.pending.push(...batch);
    const notClaimedWhenForgotten: number[] = [];
    api.onConfirm = async (confirmed) => {
      for (const u of confirmed) if ((await status(u.update_id)) === "absent") notClaimedWhenForgotten.push(u.update_id);
    };
    // A slow database: each claim takes 100 ms, so a runner that asks for the next offset without
    // waiting for the claims confirms updates that are nowhere yet.
    const updateLog = createUpdateLog(t.db, "telegram");
    const slowLog = { ...updateLog, claim: async (...a: Parameters<typeof updateLog.claim>) => (await sleep(100), updateLog.claim(...a)) };
    const guard = createUpdateGuard({ log: slowLog, logger: silentLogger, leaseMs: 300 });
    const started: number[] = [];
    const bot = pollingBot(api);
    bot.use(guard.middleware);
    // The first update is answered; every later handler never finishes, as if the process were
    // killed mid-batch.
    bot.on("message", (ctx) => {
      started.push(ctx.update.update_id);
      return started.length === 1 ? Promise.resolve() : new Promise<void>(() => {});
    });
    const runner = runClaimedPolling(bot, guard, silentLogger, { concurrency: 16 });
    for (let i = 0; i < 100 && (api.forgotten.length < batch.length || started.length < batch.length); i++) await sleep(20);
    void runner.stop();
    guard.stop(); // the heartbeat dies with the process

    expect(api.forgotten.map((u) => u.update_id)).toEqual(batch.map((u) => u.update_id));
    expect(notClaimedWhenForgotten).toEqual([]);
    expect(started.length).toBe(batch.length);

    await sleep(400);
    const other = createUpdateGuard({ log: createUpdateLog(t.db, "telegram"), logger: silentLogger, leaseMs: 300 });
    const redone = await other.sweep();
    other.stop();
    expect(await status(batch[0]!.update_id)).toBe("done");
    expect(redone.map((u) => u.update_id).sort()).toEqual(batch.slice(1).map((u) => u.update_id));
  });

  it("holds a batch while the update log cannot be written, and skips updates already done", async () => {
    const real = createUpdateGuard({ log: createUpdateLog(t.db, "telegram"), logger: silentLogger, leaseMs: 5_000 });
    const done = update();
    const log = createUpdateLog(t.db, "telegram");
    expect(await log.claim(String(done.update_id), "earlier", 5_000, done)).toBe("claimed");
    expect(await log.complete(String(done.update_id), "earlier")).toBe(true);
    let failures = 3;
    const flaky: Pick<UpdateGuard, "admit"> = {
      admit: async (u) => {
        if (failures-- > 0) throw new Error("connection terminated");
        return real.admit(u);
      },
    };
    const fresh = [update(), update()];
    const claimed = await claimBatch(flaky, [done, ...fresh], silentLogger, new AbortController().signal, { minMs: 5, maxMs: 20 });
    expect(claimed.map((u) => u.update_id)).toEqual(fresh.map((u) => u.update_id));
    expect(failures).toBeLessThan(0);
    for (const u of fresh) expect(await status(u.update_id)).toBe("processing");
    real.stop();

    const stopped = new AbortController();
    const never: Pick<UpdateGuard, "admit"> = { admit: async () => Promise.reject(new Error("down")) };
    const pending = claimBatch(never, [update()], silentLogger, stopped.signal, { minMs: 5, maxMs: 10 });
    stopped.abort();
    await expect(pending).rejects.toThrow();
  });
});
