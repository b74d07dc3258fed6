// The update log and its guard on a real database (PGlite, or Postgres with TEST_DATABASE_URL):
// claim/lease/complete/release, a dead holder's claim redone exactly once, done updates skipped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createUpdateLog, MAX_ATTEMPTS } from "../../../src/adapters/db/updateLog.js";
import { createUpdateGuard } from "../../../src/channels/telegram/updateGuard.js";
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
let nextId = 9_000_000;
const update = (text = "hi"): Update =>
  ({ update_id: nextId++, message: { message_id: 1, date: 0, chat: { id: 5, type: "private", first_name: "A" }, from: { id: 5, is_bot: false, first_name: "A" }, text } }) as Update;
const row = (id: number) => t.db.prisma.processedUpdate.findUnique({ where: { platform_updateId: { platform: "telegram", updateId: String(id) } } });

describe("update log", () => {
  it("claims an update whose text holds a NUL (jsonb refuses \\u0000): kept cleaned for a redo", async () => {
    const log = createUpdateLog(t.db, "telegram");
    const u = update("argan\u0000 oil\u0001");
    expect(await log.claim(String(u.update_id), "A", 10_000, u)).toBe("claimed");
    expect(JSON.stringify((await row(u.update_id))?.payload)).toContain('"text":"argan oil"');
  });

  it("claims once, skips while held and after done", async () => {
    const log = createUpdateLog(t.db, "telegram");
    const u = update();
    const id = String(u.update_id);
    expect(await log.claim(id, "A", 10_000, u)).toBe("claimed");
    expect(await log.claim(id, "B", 10_000, u)).toBe("busy");
    expect((await row(u.update_id))?.status).toBe("processing");
    expect(await log.complete(id, "B")).toBe(false);
    expect(await log.complete(id, "A")).toBe(true);
    expect(await log.claim(id, "B", 10_000, u)).toBe("done");
    expect((await row(u.update_id))?.payload).toBeNull();
  });

  it("lets a redelivery take over a claim whose lease ran out, and fences the old holder", async () => {
    const log = createUpdateLog(t.db, "telegram");
    const u = update();
    const id = String(u.update_id);
    expect(await log.claim(id, "A", 60, u)).toBe("claimed");
    await sleep(150);
    expect(await log.claim(id, "B", 10_000, u)).toBe("claimed");
    expect((await row(u.update_id))?.attempts).toBe(2);
    expect(await log.complete(id, "A")).toBe(false);
    expect(await log.release(id, "A")).toBe(false);
    expect(await log.complete(id, "B")).toBe(true);
  });

  it("keeps a renewed lease and frees a released claim", async () => {
    const log = createUpdateLog(t.db, "telegram");
    const u = update();
    const id = String(u.update_id);
    expect(await log.claim(id, "A", 150, u)).toBe("claimed");
    await sleep(80);
    expect(await log.renew([id], "A", 400)).toBe(1);
    await sleep(150);
    expect(await log.claim(id, "B", 10_000, u)).toBe("busy");
    expect(await log.release(id, "A")).toBe(true);
    expect(await row(u.update_id)).toBeNull();
    expect(await log.claim(id, "B", 10_000, u)).toBe("claimed");
  });

  it("hands stale claims to one sweeper with their payload, and gives up on a poison update", async () => {
    const log = createUpdateLog(t.db, "telegram");
    const u = update("redo me");
    const id = String(u.update_id);
    await log.claim(id, "dead", 30, u);
    await sleep(100);
    const [first, second] = await Promise.all([log.takeStale("S1", 10_000, 10), log.takeStale("S2", 10_000, 10)]);
    const taken = [...first, ...second].filter((s) => s.updateId === id);
    expect(taken).toHaveLength(1);
    expect((taken[0]!.payload as Update).message?.text).toBe("redo me");
    await t.db.prisma.processedUpdate.updateMany({ where: { updateId: id }, data: { attempts: MAX_ATTEMPTS, leaseUntil: new Date(0) } });
    expect((await log.takeStale("S3", 10_000, 10)).some((s) => s.updateId === id)).toBe(false);
  });
});

function botWith(guard: ReturnType<typeof createUpdateGuard>, seen: string[], fail = new Set<string>()) {
  const bot = new Bot<BotContext>("123456:GUARD-token-abcdefghijklmnop", { botInfo });
  bot.use(guard.middleware);
  bot.on("message:text", (ctx) => {
    seen.push(ctx.message.text);
    if (fail.has(ctx.message.text)) throw new Error("handler failed");
  });
  return bot;
}

describe("update guard", () => {
  it("handles an update once, skips its redelivery, and releases a failed one for a retry", async () => {
    const guard = createUpdateGuard({ log: createUpdateLog(t.db, "telegram"), logger: silentLogger, leaseMs: 5_000 });
    const seen: string[] = [];
    const fail = new Set(["boom"]);
    const bot = botWith(guard, seen, fail);
    const ok = update("ok");
    await bot.handleUpdate(ok);
    await bot.handleUpdate(ok);
    expect(seen).toEqual(["ok"]);
    expect((await row(ok.update_id))?.status).toBe("done");
    const boom = update("boom");
    await expect(bot.handleUpdate(boom)).rejects.toThrow(/handler failed/);
    expect(await row(boom.update_id)).toBeNull();
    fail.clear();
    await bot.handleUpdate(boom);
    expect(seen).toEqual(["ok", "boom", "boom"]);
    expect(guard.held()).toBe(0);
    guard.stop();
  });

  it("redoes, exactly once, an update whose holder died after claiming it", async () => {
    const log = createUpdateLog(t.db, "telegram");
    const dead = createUpdateGuard({ log, logger: silentLogger, leaseMs: 120 });
    const u = update("lost?");
    expect(await dead.admit(u)).toBe("claimed");
    dead.stop(); // the heartbeat dies with the process: nothing renews the lease any more

    const seenA: string[] = [];
    const seenB: string[] = [];
    const a = createUpdateGuard({ log, logger: silentLogger, leaseMs: 5_000 });
    const b = createUpdateGuard({ log, logger: silentLogger, leaseMs: 5_000 });
    const botA = botWith(a, seenA);
    const botB = botWith(b, seenB);
    await botA.handleUpdate(u); // a redelivery while the dead holder's lease still runs: not ours yet
    expect(seenA).toEqual([]);
    await sleep(250);
    const [fromA, fromB] = await Promise.all([a.sweep(), b.sweep()]);
    for (const x of fromA) await botA.handleUpdate(x);
    for (const x of fromB) await botB.handleUpdate(x);
    expect([...seenA, ...seenB]).toEqual(["lost?"]);
    expect((await row(u.update_id))?.status).toBe("done");
    await botA.handleUpdate(u);
    await botB.handleUpdate(u);
    expect([...seenA, ...seenB]).toEqual(["lost?"]);
    a.stop();
    b.stop();
  });

  it("renews held leases while a slow handler runs, so nobody else redoes it", async () => {
    const log = createUpdateLog(t.db, "telegram");
    const guard = createUpdateGuard({ log, logger: silentLogger, leaseMs: 120 });
    const other = createUpdateGuard({ log, logger: silentLogger, leaseMs: 5_000 });
    const bot = new Bot<BotContext>("123456:GUARD-token-abcdefghijklmnop", { botInfo });
    bot.use(guard.middleware);
    bot.on("message", () => sleep(500));
    const u = update("slow");
    const running = bot.handleUpdate(u);
    await sleep(300);
    expect(await other.sweep()).toEqual([]);
    expect(await other.admit(u)).toBe("busy");
    await running;
    expect((await row(u.update_id))?.status).toBe("done");
    guard.stop();
    other.stop();
  });
});
