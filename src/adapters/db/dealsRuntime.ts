// Composition of the deals side for `npm start` and scripts: the core's DealDeps on this database,
// the outbox worker (channels register their ChannelDelivery on it), and the periodic timers
// (reminders, expiry). Returned services go into the app's service list.
import type { Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import type { Service } from "../../service.js";
import type { Database } from "./database.js";
import type { ChannelDelivery } from "../../ports/outbox.js";
import { systemClock, type Clock } from "../../ports/clock.js";
import type { DealDeps } from "../../core/deals/deps.js";
import { createDealStore } from "./dealStore.js";
import { createOutboxStore } from "./outboxStore.js";
import { createOutboxWorker, type OutboxWorker } from "../../core/deals/outboxWorker.js";
import { recordDelivery } from "../../core/deals/deliveries.js";
import { runTimers } from "../../core/deals/timers.js";

export interface DealsRuntime {
  deps: DealDeps;
  worker: OutboxWorker;
  /** The outbox worker and the deal timers, to add to the app's services. */
  services: Service[];
}

export function dealDepsFrom(config: Config, db: Database, clock: Clock = systemClock): DealDeps {
  return {
    deals: createDealStore(db),
    clock,
    limits: {
      maxOpenRequests: config.DEALS_MAX_OPEN_REQUESTS,
      maxIntroductionsPerDay: config.DEALS_MAX_INTRODUCTIONS_PER_DAY,
      reminderHours: config.DEALS_REMINDER_HOURS,
      expiryHours: config.DEALS_EXPIRY_HOURS,
    },
  };
}

/** Runs `fn` every `intervalMs` (first run at start); stop() waits for a run in progress. */
export function periodic(name: string, intervalMs: number, fn: () => Promise<void>): Service {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let stopped = true;
  const tick = () => {
    running = fn().finally(() => {
      running = null;
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  return {
    name,
    async start() {
      stopped = false;
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export function createDealsRuntime(
  config: Config, db: Database, logger: Logger,
  opts: { clock?: Clock; channels?: ChannelDelivery[]; timerIntervalMs?: number } = {},
): DealsRuntime {
  const deps = dealDepsFrom(config, db, opts.clock);
  const log = logger.child({ component: "outbox" });
  const worker = createOutboxWorker({
    store: createOutboxStore(db),
    channels: opts.channels ?? [],
    onDelivered: (message, result) => recordDelivery(deps, message, result),
    log,
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    backoffBaseMs: config.OUTBOX_BACKOFF_BASE_MS,
    backoffMaxMs: config.OUTBOX_BACKOFF_MAX_MS,
    pollMs: config.OUTBOX_POLL_MS,
  });
  const timers = periodic("deal timers", opts.timerIntervalMs ?? 60_000, async () => {
    try {
      const r = await runTimers(deps);
      if (r.reminded.length || r.expired.length || r.quotesExpired.length || r.failed.length)
        logger.info({ reminded: r.reminded.length, expired: r.expired.length, quotesExpired: r.quotesExpired.length, failed: r.failed }, "deal timers ran");
    } catch (e) {
      logger.error({ err: e }, "deal timers failed; next run retries");
    }
  });
  return { deps, worker, services: [{ name: "outbox worker", start: () => worker.start(), stop: () => worker.stop() }, timers] };
}
