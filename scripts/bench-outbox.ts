// `npm run bench:outbox [-- --messages 20000 --threads 2000 --workers 2 --url URL]`: the delivery
// queue on a fresh Postgres database. Several workers (each with its own connection pool, as
// separate `npm start` instances would be) drain a backlog through a channel that only records
// what it gets; then, with the workers idle and listening, single messages are committed one by
// one to time commit → delivery (LISTEN/NOTIFY wake-up). Also checks what must never break:
// every message delivered exactly once, and in order within its thread.
// Targets: backlog ≥ 100 messages/s per worker (Telegram itself takes about 30 messages/s per
// bot, Discord 50 requests/s); wake-up p95 ≤ 250 ms.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { openDatabase, type Database } from "../src/adapters/db/database.js";
import { migrate } from "../src/adapters/db/migrate.js";
import { ENQUEUE_SQL, NOTIFY_SQL, createOutboxStore, enqueueParam } from "../src/adapters/db/outboxStore.js";
import { createOutboxWorker, type OutboxWorker } from "../src/core/deals/outboxWorker.js";
import type { ChannelDelivery, OutboxDraft, OutboxMessage } from "../src/ports/outbox.js";
import { percentile } from "./lib/rankingMetrics.js";
import { benchAdminUrl, createBenchDatabase } from "./lib/benchDatabase.js";

const { values } = parseArgs({
  options: { messages: { type: "string", default: "20000" }, threads: { type: "string", default: "2000" }, workers: { type: "string", default: "2" }, pings: { type: "string", default: "200" }, url: { type: "string" } },
});
const adminUrl = benchAdminUrl(values.url);
const [N, THREADS, WORKERS, PINGS] = [values.messages, values.threads, values.workers, values.pings].map(Number) as [number, number, number, number];

const draft = (thread: number, n: number): OutboxDraft => {
  const introductionId = `bench-thread-${thread}`;
  return {
    platform: "discord", kind: "buyer_message", deliveryKey: `bench:${thread}:${n}:${randomUUID()}`, threadKey: introductionId,
    payload: { introductionId, sellerId: "bench-seller", threadMessageId: randomUUID(), messageKind: "text", text: `message ${n} of thread ${thread}` },
  } as OutboxDraft;
};

async function enqueue(db: Database, drafts: OutboxDraft[]): Promise<void> {
  await db.query(ENQUEUE_SQL, [enqueueParam(drafts)]);
  await db.exec(NOTIFY_SQL);
}

const dbName = `caravan_bencho_${process.pid}`;
const bench = await createBenchDatabase(adminUrl, dbName);
const dbs: Database[] = [];
const workers: OutboxWorker[] = [];
try {
  const main = await openDatabase({ url: bench.url, poolSize: 4 });
  dbs.push(main);
  await migrate(main);

  // What the channel saw: per delivery key how many times, per thread the order.
  const seen = new Map<string, number>();
  const order = new Map<string, number[]>();
  const deliveredAt = new Map<string, number>();
  const channel: ChannelDelivery = {
    platform: "discord",
    async deliver(m: OutboxMessage) {
      seen.set(m.deliveryKey, (seen.get(m.deliveryKey) ?? 0) + 1);
      const n = Number(/^bench:\d+:(\d+):/.exec(m.deliveryKey)?.[1] ?? -1);
      const list = order.get(m.threadKey) ?? [];
      list.push(n);
      order.set(m.threadKey, list);
      deliveredAt.set(m.deliveryKey, performance.now());
      return { posted: true };
    },
  };

  // The backlog, in batches (a burst of leads and messages after an outage).
  const perThread = Math.ceil(N / THREADS);
  const all: OutboxDraft[] = [];
  for (let n = 0; n < perThread; n++) for (let t = 0; t < THREADS && all.length < N; t++) all.push(draft(t, n));
  for (let i = 0; i < all.length; i += 1000) await enqueue(main, all.slice(i, i + 1000));

  for (let w = 0; w < WORKERS; w++) {
    const db = await openDatabase({ url: bench.url, poolSize: 6 });
    dbs.push(db);
    workers.push(createOutboxWorker({ store: createOutboxStore(db), channels: [channel], concurrency: 8, pollMs: 1_000 }));
  }
  const t0 = performance.now();
  await Promise.all(workers.map((w) => w.start()));
  while ([...seen.keys()].length < all.length) await new Promise((ok) => setTimeout(ok, 20));
  const secs = (performance.now() - t0) / 1000;

  const twice = [...seen.values()].filter((c) => c > 1).length;
  const outOfOrder = [...order.values()].filter((l) => l.some((v, i) => i > 0 && v < l[i - 1]!)).length;
  console.log(`backlog: ${all.length.toLocaleString("en")} messages in ${THREADS.toLocaleString("en")} threads, ${WORKERS} workers: ${secs.toFixed(1)} s, ${Math.round(all.length / secs).toLocaleString("en")} messages/s; delivered twice: ${twice}; threads out of order: ${outOfOrder}`);

  // Wake-up latency: workers idle (poll every 1 s), one message committed at a time.
  const waits: number[] = [];
  for (let i = 0; i < PINGS; i++) {
    const d = draft(THREADS + i, 0);
    const sent = performance.now();
    await enqueue(main, [d]);
    while (!deliveredAt.has(d.deliveryKey)) await new Promise((ok) => setTimeout(ok, 1));
    waits.push(deliveredAt.get(d.deliveryKey)! - sent);
    await new Promise((ok) => setTimeout(ok, 5));
  }
  console.log(`commit → delivery with idle workers (LISTEN/NOTIFY, poll 1 s): p50 ${percentile(waits, 50).toFixed(1)} ms, p95 ${percentile(waits, 95).toFixed(1)} ms over ${PINGS} messages`);
  if (twice || outOfOrder) process.exitCode = 1;
} finally {
  for (const w of workers) await w.stop();
  for (const d of dbs) await d.close();
  await bench.drop();
}
