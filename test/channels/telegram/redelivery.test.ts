// A Telegram update handled twice must not answer twice: the same update redelivered (a webhook
// retry after a timeout, a polling restart before the offset was confirmed) one after the other or
// at once on two instances, and an update whose first handler died half-way — while saving the turn,
// or between two of its messages — redone by another instance, which sends only what is missing.
// The updates are the emulator's own (`telegram-test-api`: the buyer's client writes, the bot side
// fetches them as Telegram hands them over), handed to real bots on a real database; the bots'
// messages go back to the emulator, where the buyer reads every one of them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import type { Transformer } from "grammy";
import { silentLogger } from "../../../src/logger.js";
import { createBot } from "../../../src/channels/telegram/bot.js";
import { createUpdateGuard, type UpdateGuard } from "../../../src/channels/telegram/updateGuard.js";
import { createUpdateLog } from "../../../src/adapters/db/updateLog.js";
import type { Database } from "../../../src/adapters/db/database.js";
import type { CoreDeps } from "../../../src/wiring.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import type { TestDb } from "../../helpers/testDb.js";
import { botInfo, seededCore } from "./harness.js";
import { Buyer, Emulator, type BotMessage } from "./emulator.js";

const TOKEN = "123456:redelivery-token-for-the-emulator";
let emulator: Emulator;
let t: TestDb;
let core: CoreDeps;
let deals: DealDeps;
const guards: UpdateGuard[] = [];

beforeAll(async () => {
  emulator = new Emulator();
  await emulator.start();
  ({ t, core, deals } = await seededCore());
}, 120_000);
afterAll(async () => {
  for (const g of guards) g.stop();
  await t?.cleanup();
  await emulator?.stop();
});

const never = () => new Promise<never>(() => {});

/**
 * One bot process on the shared database. `dies`: where its process "dies" — it stops there for
 * good (nothing after it runs, its lease is no longer renewed): while saving the turn (after the
 * request was made), or at the bot's n-th sendMessage, before Telegram gets it.
 */
function instance(o: { leaseMs?: number; dies?: "saving" | { sendMessage: number } } = {}) {
  const guard = createUpdateGuard({ log: createUpdateLog(t.db, "telegram"), logger: silentLogger, leaseMs: o.leaseMs ?? 10_000 });
  guards.push(guard);
  let dead = false;
  const die = () => {
    dead = true;
    guard.stop(); // the heartbeat dies with the process
    return never();
  };
  let db: Database = t.db;
  if (o.dies === "saving") {
    // The chat's state is saved with a compare-and-set on its version, in SQL or through Prisma.
    const conversation = new Proxy(t.db.prisma.conversation, {
      get: (c, p) => (p === "updateMany" ? die : (Reflect.get(c, p) as (...a: unknown[]) => unknown).bind(c)),
    });
    const prisma = new Proxy(t.db.prisma, { get: (c, p) => (p === "conversation" ? conversation : Reflect.get(c, p)) });
    db = { ...t.db, prisma, query: (sql: string, params?: unknown[]) => (/^UPDATE "Conversation" SET state/.test(sql) ? die() : t.db.query(sql, params)) } as Database;
  }
  const bot = createBot({ core: { ...core, db }, deals, logger: silentLogger }, { token: TOKEN, apiRoot: emulator.apiRoot, botInfo, autoRetry: false, updateGuard: guard });
  let sends = 0;
  const crash: Transformer = (prev, method, payload, signal) => {
    if (dead) return never();
    if (method === "sendMessage" && typeof o.dies === "object" && ++sends === o.dies.sendMessage) return die();
    return prev(method, payload, signal);
  };
  bot.api.config.use(crash);
  return { bot, guard, died: () => dead };
}

/** The buyer's last message, as the bot side fetches it from the emulator (each once, as Telegram hands updates over). */
async function nextUpdate(): Promise<Update> {
  const res = await fetch(`${emulator.apiRoot}/bot${TOKEN}/getUpdates`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  const updates = ((await res.json()) as { result: Update[] }).result;
  expect(updates).toHaveLength(1);
  return updates[0]!;
}

const texts = (ms: BotMessage[]) => ms.map((m) => m.text);
const requestsOf = (user: number) => t.db.prisma.sourcingRequest.findMany({ where: { buyer: { externalId: String(user) } } });
const conversation = (user: number) => t.db.prisma.conversation.findUniqueOrThrow({ where: { platform_chatId: { platform: "telegram", chatId: String(user) } } });
const claim = (u: Update) => t.db.prisma.processedUpdate.findUniqueOrThrow({ where: { platform_updateId: { platform: "telegram", updateId: String(u.update_id) } } });

/** Waits, on the database's own clock, until the dead holder's lease on `u` has run out. */
async function leaseLapsed(u: Update): Promise<void> {
  await expect.poll(async () => (await claim(u)).leaseUntil!.getTime() < Date.now(), { timeout: 10_000, interval: 50 }).toBe(true);
}

describe("a Telegram update delivered twice is answered once", { timeout: 60_000 }, () => {
  it("one after the other, on the same instance and on another", async () => {
    const buyer = new Buyer(emulator, TOKEN, { id: 41_001, first_name: "Alice", language_code: "en" });
    const a = instance();
    const b = instance();
    await buyer.say("I need organic argan oil");
    const u = await nextUpdate();
    await a.bot.handleUpdate(u);
    const first = await buyer.unread();
    expect(texts(first)).toEqual([expect.stringMatching(/How much/)]);
    const before = await conversation(buyer.user.id);

    await a.bot.handleUpdate(u); // a webhook retry after a timeout
    await b.bot.handleUpdate(structuredClone(u)); // a polling restart on another instance
    expect(await buyer.unread()).toEqual([]);
    expect(await requestsOf(buyer.user.id)).toHaveLength(1);
    expect((await conversation(buyer.user.id)).version).toBe(before.version);
    expect((await claim(u)).status).toBe("done");

    // The conversation goes on as if the update had come once.
    await buyer.say("2 tonnes");
    await a.bot.handleUpdate(await nextUpdate());
    expect(texts(await buyer.unread())).toEqual([expect.stringMatching(/Where should/)]);
  });

  it("at once, on two instances", async () => {
    const buyer = new Buyer(emulator, TOKEN, { id: 41_002, first_name: "Bob", language_code: "en" });
    const a = instance();
    const b = instance();
    await buyer.say("We need 2 tonnes of organic argan oil to Rotterdam");
    const u = await nextUpdate();
    await Promise.all([a.bot.handleUpdate(u), b.bot.handleUpdate(structuredClone(u)), a.bot.handleUpdate(structuredClone(u)), b.bot.handleUpdate(structuredClone(u))]);
    expect(texts(await buyer.unread())).toEqual([expect.stringMatching(/Your request/)]);
    expect(await requestsOf(buyer.user.id)).toHaveLength(1);
    expect((await claim(u)).status).toBe("done");
  });

  // Dying at the first message: the turn was saved, nothing sent; at the second: one message out.
  for (const at of [1, 2])
    it(`after its first handler died at its message ${at}: the redo sends only what is missing`, async () => {
      // A French request from a buyer whose Telegram speaks English: two messages (the switch to
      // French, then the question). Reference: what the buyer gets when nothing goes wrong.
      const ref = new Buyer(emulator, TOKEN, { id: 41_010 + at, first_name: "Chloé", language_code: "en" });
      await ref.say("Bonjour, on cherche 500 kg d'huile d'argan bio");
      await instance().bot.handleUpdate(await nextUpdate());
      const expected = texts(await ref.unread());
      expect(expected.length).toBeGreaterThanOrEqual(2);

      const buyer = new Buyer(emulator, TOKEN, { id: 41_020 + at, first_name: "Chloé", language_code: "en" });
      const dying = instance({ leaseMs: 300, dies: { sendMessage: at } });
      await buyer.say("Bonjour, on cherche 500 kg d'huile d'argan bio");
      const u = await nextUpdate();
      void dying.bot.handleUpdate(u); // never returns: the process died at that message
      await expect.poll(() => dying.died(), { timeout: 20_000, interval: 20 }).toBe(true);
      expect(texts(await buyer.unread())).toEqual(expected.slice(0, at - 1));
      expect((await claim(u)).status).toBe("processing");

      // Another instance takes the dead claim over (its sweeper) once the lease ran out, and sends what was missing.
      const other = instance();
      await leaseLapsed(u);
      const redo = await other.guard.sweep();
      expect(redo.map((x) => x.update_id)).toEqual([u.update_id]);
      for (const x of redo) await other.bot.handleUpdate(x);
      expect(texts(await buyer.unread())).toEqual(expected.slice(at - 1));
      expect(await requestsOf(buyer.user.id)).toHaveLength(1);
      expect((await claim(u)).status).toBe("done");
      // Telegram redelivering it now changes nothing either.
      await other.bot.handleUpdate(structuredClone(u));
      expect(await buyer.unread()).toEqual([]);
    });

  it("after its first handler died while saving the turn: the redo answers once and makes no second request", async () => {
    const buyer = new Buyer(emulator, TOKEN, { id: 41_005, first_name: "Dana", language_code: "en" });
    const dying = instance({ leaseMs: 300, dies: "saving" });
    await buyer.say("I need organic argan oil");
    const u = await nextUpdate();
    void dying.bot.handleUpdate(u);
    await expect.poll(() => dying.died(), { timeout: 20_000, interval: 20 }).toBe(true);
    // The request was made, the chat's state and answer were not saved, nothing was sent.
    expect(await requestsOf(buyer.user.id)).toHaveLength(1);
    expect(await buyer.unread()).toEqual([]);

    // Telegram redelivers it (the webhook never got its answer) to another instance once the lease ran out.
    const other = instance();
    await leaseLapsed(u);
    await other.bot.handleUpdate(structuredClone(u));
    expect(texts(await buyer.unread())).toEqual([expect.stringMatching(/How much/)]);
    const requests = await requestsOf(buyer.user.id);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.clientKey).toBe(String(u.update_id));
    // The chat is where one handling leaves it: the answer goes to that request.
    await buyer.say("2 tonnes");
    await other.bot.handleUpdate(await nextUpdate());
    expect(texts(await buyer.unread())).toEqual([expect.stringMatching(/Where should/)]);
    expect(await requestsOf(buyer.user.id)).toHaveLength(1);
  });
});
