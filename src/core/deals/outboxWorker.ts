// Delivers outbox messages through the channel registered for each platform. Safe with several
// instances: the store hands each due message to one claimer under a lease, and only the oldest
// pending message of a thread is claimable, so a thread is delivered in order. Failures back off
// exponentially with jitter; after `maxAttempts`, or at once for a permanent error, the message is
// dead (visible in `npm run outbox`). Wakes on NOTIFY after a commit, with a short poll as backup.
import {
  DeliveryError, parseOutboxPayload, type ChannelDelivery, type ClaimedMessage, type DeliveryResult, type OutboxMessage,
  type OutboxStore,
} from "../../ports/outbox.js";
import type { Platform } from "./types.js";

/** The slice of a logger the worker uses (pino's Logger fits). */
export interface LogSink {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface OutboxWorkerOptions {
  store: OutboxStore;
  channels?: ChannelDelivery[];
  /** Called after a channel delivered and before the row is marked delivered; must be idempotent. */
  onDelivered?: (message: OutboxMessage, result: DeliveryResult) => Promise<void>;
  log?: LogSink;
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Fallback poll when no NOTIFY arrives (other process on PGlite, missed notification). */
  pollMs?: number;
  /** How long a claim is ours; a crashed worker's messages are picked up again after it. */
  leaseMs?: number;
  /** Deliveries in flight at once (different threads). */
  concurrency?: number;
  /** For tests: a deterministic source of jitter in [0, 1). */
  random?: () => number;
}

export interface OutboxWorker {
  /** Adds a channel (before or after start); its platform's messages become claimable. */
  register(channel: ChannelDelivery): void;
  start(): Promise<void>;
  /** Stops claiming, finishes the deliveries in flight, then returns. */
  stop(): Promise<void>;
  /** Delivers everything due now, then returns (scripts and tests; not while started). */
  drain(): Promise<number>;
  /** Nudges the loop (after an enqueue in this process, for instance). */
  wake(): void;
}

const silent: LogSink = { debug() {}, info() {}, warn() {}, error() {} };

/** Exponential backoff with "equal jitter": half fixed, half random; a platform's retry-after wins if longer. */
export function backoffMs(attempt: number, base: number, max: number, random: () => number, retryAfterMs = 0): number {
  const exp = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return Math.max(Math.round(exp / 2 + (random() * exp) / 2), retryAfterMs);
}

const describe = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 2000);

export function createOutboxWorker(opts: OutboxWorkerOptions): OutboxWorker {
  const {
    store, onDelivered, log = silent, maxAttempts = 12, backoffBaseMs = 5_000, backoffMaxMs = 30 * 60_000,
    pollMs = 2_000, leaseMs = 60_000, concurrency = 4, random = Math.random,
  } = opts;
  const channels = new Map<Platform, ChannelDelivery>();
  for (const c of opts.channels ?? []) channels.set(c.platform, c);
  const inflight = new Set<Promise<void>>();
  let running = false;
  let loopDone: Promise<void> | null = null;
  let unsubscribe: (() => Promise<void>) | null = null;
  let woken = false;
  let wakeUp: (() => void) | null = null;

  const wake = () => {
    woken = true;
    wakeUp?.();
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken) {
        woken = false;
        return resolve();
      }
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        wakeUp = null;
        woken = false;
        resolve();
      }
      wakeUp = done;
    });

  async function deliver(m: ClaimedMessage): Promise<void> {
    const channel = channels.get(m.platform);
    const parsed = parseOutboxPayload(m.kind, m.payload);
    if (!channel || !parsed.ok) {
      const why = !channel ? `no channel registered for ${m.platform}` : `invalid payload: ${parsed.ok ? "" : parsed.problems.join("; ")}`;
      log.error({ outboxId: m.id, kind: m.kind }, `outbox message dead: ${why}`);
      await store.fail(m, why, null);
      return;
    }
    const message = { id: m.id, platform: m.platform, kind: m.kind, payload: parsed.payload, deliveryKey: m.deliveryKey, threadKey: m.threadKey, attempt: m.attempts, createdAt: m.createdAt } as OutboxMessage;
    const abort = new AbortController();
    // Give up before the lease ends, so no other worker starts the same message while we still try.
    const timer = setTimeout(() => abort.abort(new Error("delivery took longer than its lease")), Math.max(100, leaseMs - Math.min(5_000, leaseMs / 5)));
    let saved = m.saved;
    try {
      const result = await channel.deliver(message, {
        saved,
        signal: abort.signal,
        checkpoint: async (partial) => {
          saved = { ...saved, ...partial };
          await store.checkpoint(m, partial);
        },
      });
      // Keep the result before side effects: a retry after a crash finds it in ctx.saved.
      await store.checkpoint(m, result);
      await onDelivered?.(message, result);
      if (!(await store.complete(m, result))) log.warn({ outboxId: m.id }, "outbox lease lost before completion; another worker owns this message");
      else log.debug({ outboxId: m.id, kind: m.kind, platform: m.platform }, "outbox message delivered");
    } catch (e) {
      const permanent = e instanceof DeliveryError && !e.retryable;
      const dead = permanent || m.attempts >= maxAttempts;
      const retryAfter = e instanceof DeliveryError ? e.options.retryAfterMs : undefined;
      const retryIn = dead ? null : backoffMs(m.attempts, backoffBaseMs, backoffMaxMs, random, retryAfter);
      await store.fail(m, describe(e), retryIn).catch((err: unknown) => log.error({ err, outboxId: m.id }, "could not record a failed delivery"));
      const ctx = { outboxId: m.id, kind: m.kind, platform: m.platform, attempt: m.attempts, err: describe(e) };
      if (dead) log.error(ctx, `outbox message dead after ${m.attempts} attempt(s)${permanent ? " (permanent error)" : ""}: ${describe(e)}`);
      else log.warn({ ...ctx, retryInMs: retryIn }, "outbox delivery failed; will retry");
    } finally {
      clearTimeout(timer);
    }
  }

  function launch(m: ClaimedMessage): Promise<void> {
    const p: Promise<void> = deliver(m)
      .catch((e: unknown) => log.error({ err: e, outboxId: m.id }, "outbox delivery crashed"))
      .finally(() => {
        inflight.delete(p);
        wake();
      });
    inflight.add(p);
    return p;
  }

  async function claim(limit: number): Promise<ClaimedMessage[]> {
    const platforms = [...channels.keys()];
    if (!platforms.length || limit <= 0) return [];
    return store.claim(platforms, limit, leaseMs);
  }

  async function loop(): Promise<void> {
    while (running) {
      const free = concurrency - inflight.size;
      let claimed: ClaimedMessage[] = [];
      try {
        claimed = await claim(free);
      } catch (e) {
        log.error({ err: e }, "outbox claim failed; retrying after the poll interval");
      }
      for (const m of claimed) launch(m);
      if (running && (free <= 0 || claimed.length < free)) await sleep(pollMs);
    }
  }

  return {
    register(channel) {
      channels.set(channel.platform, channel);
      wake();
    },
    async start() {
      if (running) return;
      running = true;
      unsubscribe = await store.subscribe(wake).catch((e: unknown) => {
        log.warn({ err: e }, `outbox: no NOTIFY subscription, polling every ${pollMs} ms`);
        return null;
      });
      loopDone = loop();
    },
    async stop() {
      if (!running) return;
      running = false;
      wake();
      await loopDone;
      await Promise.allSettled([...inflight]);
      await unsubscribe?.();
      unsubscribe = null;
    },
    async drain() {
      let delivered = 0;
      for (;;) {
        const batch = await claim(concurrency);
        if (!batch.length) return delivered;
        await Promise.all(batch.map(launch));
        delivered += batch.length;
      }
    },
    wake,
  };
}
