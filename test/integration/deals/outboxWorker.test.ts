// The outbox worker on a real database: exactly-once delivery with two workers, per-thread order,
// backoff then dead, recovery after a crash, NOTIFY wake-up and graceful stop. With
// TEST_DATABASE_URL the two workers use two connection pools, like two processes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, usingPostgres, type TestDb } from "../../helpers/testDb.js";
import { openDatabase, type Database } from "../../../src/adapters/db/database.js";
import { createOutboxStore } from "../../../src/adapters/db/outboxStore.js";
import { introduce } from "../../../src/core/deals/index.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import { permanentDelivery, retryableDelivery, type OutboxDraft, type OutboxMessage } from "../../../src/ports/outbox.js";
import { FakeChannel, FakeClock, dealDeps, failTimes, seedDeal, waitFor, worker } from "./fixtures.js";

let t: TestDb;
let db2: Database; // a second handle (own pool) on the same database when on Postgres
let deps: DealDeps;
let run = 0;

beforeAll(async () => {
  t = await createTestDb();
  db2 = t.url ? await openDatabase({ url: t.url, poolSize: 5 }) : t.db;
  deps = dealDeps(t.db, new FakeClock());
});
afterAll(async () => {
  if (db2 && db2 !== t.db) await db2.close();
  await t?.cleanup();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function msg(prefix: string, thread: string, i: number): OutboxDraft {
  return {
    platform: "discord", kind: "buyer_message",
    payload: { introductionId: `intro-${thread}`, sellerId: "seller", threadMessageId: `${thread}-${i}`, messageKind: "text", text: String(i) },
    deliveryKey: `${prefix}:${thread}:${i}`, threadKey: `${prefix}:${thread}`,
  };
}
const enqueue = (drafts: OutboxDraft[]) => deps.deals.transact((tx) => tx.enqueue(drafts));
const rows = (prefix: string) => t.db.prisma.outboxMessage.findMany({ where: { deliveryKey: { startsWith: `${prefix}:` } }, orderBy: { seq: "asc" } });
const indexOf = (m: OutboxMessage) => Number((m.payload as { text: string }).text);

describe("outbox worker", () => {
  it("delivers each message exactly once with two workers, in order within each thread", async () => {
    const prefix = `multi${++run}`;
    // Fewer threads than delivery slots (2 workers × 4), so only thread ordering keeps a thread serial.
    const THREADS = 4, PER_THREAD = 30;
    // Enqueued thread-interleaved, in several transactions, as real traffic would be.
    for (let i = 0; i < PER_THREAD; i++) await enqueue(Array.from({ length: THREADS }, (_, th) => msg(prefix, `t${th}`, i)));

    const spans = new Map<string, { i: number; start: number; end: number; worker: string }[]>();
    const channelFor = (name: string) =>
      new FakeChannel("discord", async (m) => {
        const start = performance.now();
        await sleep(Math.random() * 4);
        const list = spans.get(m.threadKey) ?? [];
        list.push({ i: indexOf(m), start, end: performance.now(), worker: name });
        spans.set(m.threadKey, list);
      });
    const c1 = channelFor("w1"), c2 = channelFor("w2");
    const w1 = worker(t.db, deps, [c1], { concurrency: 4 });
    const w2 = worker(db2, dealDeps(db2, new FakeClock()), [c2], { concurrency: 4 });
    await Promise.all([w1.start(), w2.start()]);
    await waitFor(async () => (await t.db.prisma.outboxMessage.count({ where: { deliveryKey: { startsWith: `${prefix}:` }, status: "delivered" } })) === THREADS * PER_THREAD, 60_000, 50);
    await Promise.all([w1.stop(), w2.stop()]);

    const calls = [...c1.calls, ...c2.calls].filter((m) => m.deliveryKey.startsWith(`${prefix}:`));
    expect(calls).toHaveLength(THREADS * PER_THREAD);
    expect(new Set(calls.map((m) => m.deliveryKey)).size).toBe(THREADS * PER_THREAD);
    for (const [thread, list] of spans) {
      if (!thread.startsWith(`${prefix}:`)) continue;
      expect(list.map((s) => s.i)).toEqual([...Array(PER_THREAD).keys()]);
      // Never two deliveries of one thread at once, even across workers.
      for (let k = 1; k < list.length; k++) expect(list[k]!.start).toBeGreaterThanOrEqual(list[k - 1]!.end);
    }
    if (usingPostgres()) {
      expect(c1.calls.length).toBeGreaterThan(0);
      expect(c2.calls.length).toBeGreaterThan(0);
    }
    expect((await rows(prefix)).every((r) => r.attempts === 1)).toBe(true);
  });

  it("holds a thread behind its failing head while other threads flow", async () => {
    const prefix = `order${++run}`;
    await enqueue([msg(prefix, "A", 0), msg(prefix, "A", 1), msg(prefix, "A", 2), msg(prefix, "B", 0)]);
    const flaky = failTimes(2);
    const ch = new FakeChannel("discord", (m) => {
      if (m.deliveryKey === `${prefix}:A:0`) flaky(m);
    });
    const w = worker(t.db, deps, [ch], { concurrency: 4, backoffBaseMs: 40 });
    await w.start();
    await waitFor(async () => (await rows(prefix)).every((r) => r.status === "delivered"), 10_000);
    await w.stop();
    const mine = ch.calls.filter((m) => m.deliveryKey.startsWith(`${prefix}:`)).map((m) => m.deliveryKey.slice(prefix.length + 1));
    // A:0 tried three times before A:1 was even attempted; B:0 did not wait for A.
    expect(mine.filter((k) => k.startsWith("A"))).toEqual(["A:0", "A:0", "A:0", "A:1", "A:2"]);
    expect(mine.indexOf("B:0")).toBeLessThan(mine.lastIndexOf("A:0"));
    expect((await rows(prefix)).find((r) => r.deliveryKey === `${prefix}:A:0`)).toMatchObject({ attempts: 3, lastError: expect.stringContaining("simulated outage 2") });
  });

  it("backs off exponentially between attempts, then marks the message dead after the maximum", async () => {
    const prefix = `dead${++run}`;
    await enqueue([msg(prefix, "X", 0)]);
    const times: number[] = [];
    const ch = new FakeChannel("discord", (m) => {
      if (!m.deliveryKey.startsWith(prefix)) return;
      times.push(performance.now());
      throw retryableDelivery("Discord 503");
    });
    const w = worker(t.db, deps, [ch], { maxAttempts: 4, backoffBaseMs: 60, backoffMaxMs: 10_000, random: () => 0, pollMs: 10 });
    await w.start();
    await waitFor(async () => (await rows(prefix))[0]!.status === "dead", 10_000);
    await sleep(300); // nothing more happens to a dead message
    await w.stop();
    expect(times).toHaveLength(4);
    const gaps = times.slice(1).map((x, k) => x - times[k]!);
    // random() = 0 → half of 60·2^(n-1): 30, 60, 120 ms (plus polling slack).
    expect(gaps[0]).toBeGreaterThanOrEqual(25);
    expect(gaps[1]).toBeGreaterThanOrEqual(55);
    expect(gaps[2]).toBeGreaterThanOrEqual(115);
    expect(gaps[2]!).toBeGreaterThan(gaps[0]!);
    expect((await rows(prefix))[0]).toMatchObject({ status: "dead", attempts: 4, lastError: expect.stringContaining("Discord 503"), lockedUntil: null });
  });

  it("marks a permanent failure dead at once, and an admin retry re-queues it", async () => {
    const prefix = `perm${++run}`;
    await enqueue([msg(prefix, "P", 0)]);
    let broken = true;
    const ch = new FakeChannel("discord", () => {
      if (broken) throw permanentDelivery("Missing Permissions: give Caravan 'Create Private Threads' in #leads");
    });
    const w = worker(t.db, deps, [ch]);
    await w.drain();
    expect((await rows(prefix))[0]).toMatchObject({ status: "dead", attempts: 1, lastError: expect.stringContaining("Create Private Threads") });
    broken = false;
    const { createOutboxAdmin } = await import("../../../src/adapters/db/outboxStore.js");
    const admin = createOutboxAdmin(t.db);
    const id = (await rows(prefix))[0]!.id;
    expect(await admin.retry(id)).toBe(true);
    expect(await admin.retry(id)).toBe(false); // no longer dead
    await w.drain();
    expect((await rows(prefix))[0]).toMatchObject({ status: "delivered", attempts: 1 });
  });

  it("delivers after a restart when the process died between commit and delivery", async () => {
    const clock = new FakeClock();
    const d = dealDeps(t.db, clock);
    const f = await seedDeal(t.db);
    // Committed with no worker running (the process "dies" right after the commit).
    const { created } = await introduce(d, f.buyer, { requestId: f.requestId, matchIds: [f.matchIds[0]!] });
    const id = created[0]!.introductionId;
    expect(await t.db.prisma.outboxMessage.count({ where: { deliveryKey: `lead:${id}`, status: "pending" } })).toBe(1);
    // "Restart": a fresh worker finds it and delivers it; the receipt updates the introduction.
    const discord = new FakeChannel("discord");
    const w = worker(t.db, d, [discord]);
    await w.start();
    await waitFor(async () => (await t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })).status === "delivered");
    await w.stop();
    expect(discord.of("lead").map((m) => m.payload.introductionId)).toEqual([id]);
    expect((await t.db.prisma.introduction.findUniqueOrThrow({ where: { id } })).discordThreadId).toBe(`thread-${discord.posts[0]!.messageId}`);
  });

  it("re-delivers after a worker crashed mid-delivery, without posting twice", async () => {
    const prefix = `crash${++run}`;
    await enqueue([msg(prefix, "C", 0), msg(prefix, "C", 1)]);
    const discord = new FakeChannel("discord");
    // Worker 1 claims with a short lease, the platform accepts the post, then the process dies.
    const store = createOutboxStore(t.db);
    const [claimed] = (await store.claim(["discord"], 10, 400)).filter((m) => m.deliveryKey.startsWith(prefix));
    expect(claimed?.deliveryKey).toBe(`${prefix}:C:0`);
    const ac = new AbortController();
    await discord.deliver({ ...(claimed as unknown as OutboxMessage), attempt: 1 }, { saved: null, signal: ac.signal, checkpoint: async () => {} });
    // Worker 2 starts: nothing of that thread moves while the dead worker's lease holds.
    const w = worker(t.db, deps, [discord], { pollMs: 20 });
    await w.start();
    await sleep(150);
    expect(discord.calls.filter((m) => m.deliveryKey.startsWith(prefix))).toHaveLength(1);
    await waitFor(async () => (await rows(prefix)).every((r) => r.status === "delivered"), 10_000);
    await w.stop();
    const posts = discord.posts.filter((p) => p.message.deliveryKey.startsWith(prefix)).map((p) => p.message.deliveryKey);
    expect(posts).toEqual([`${prefix}:C:0`, `${prefix}:C:1`]); // C:0 posted once, C:1 after it
    expect((await rows(prefix)).map((r) => r.attempts)).toEqual([2, 1]);
    // The dead worker's late completion is refused: the lease was fenced.
    expect(await store.complete(claimed!, { messageId: "late" })).toBe(false);
  });

  it("wakes on NOTIFY right after a commit, without waiting for the poll", async () => {
    const prefix = `notify${++run}`;
    const ch = new FakeChannel("discord");
    const w = worker(t.db, deps, [ch], { pollMs: 60_000 });
    await w.start();
    await sleep(300); // the first poll found nothing; the worker now sleeps for a minute
    await enqueue([msg(prefix, "N", 0)]);
    // Delivered within 5 s while the next poll is a minute away: only NOTIFY can have woken it
    // (waitFor throws otherwise). The wake-up latency itself is measured by `npm run bench:outbox`.
    await waitFor(() => ch.calls.some((m) => m.deliveryKey.startsWith(prefix)), 5_000, 5);
    await w.stop();
  });

  it("finishes in-flight deliveries on stop()", async () => {
    const prefix = `stop${++run}`;
    await enqueue([msg(prefix, "S", 0)]);
    const ch = new FakeChannel("discord", async (m) => {
      if (m.deliveryKey.startsWith(prefix)) await sleep(300);
    });
    const w = worker(t.db, deps, [ch]);
    await w.start();
    await waitFor(() => ch.calls.some((m) => m.deliveryKey.startsWith(prefix)), 5_000, 5);
    await w.stop();
    expect((await rows(prefix))[0]).toMatchObject({ status: "delivered" });
  });

  it("declares a message with an invalid payload dead instead of retrying it forever", async () => {
    const prefix = `bad${++run}`;
    await enqueue([{ ...msg(prefix, "B", 0), payload: { text: 42 } } as unknown as OutboxDraft]);
    const ch = new FakeChannel("discord");
    await worker(t.db, deps, [ch]).drain();
    expect(ch.calls.filter((m) => m.deliveryKey.startsWith(prefix))).toHaveLength(0);
    expect((await rows(prefix))[0]).toMatchObject({ status: "dead", lastError: expect.stringContaining("invalid payload") });
  });
});
