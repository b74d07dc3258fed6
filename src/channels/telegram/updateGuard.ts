// Exactly-once effects, at-least-once answers for Telegram updates. Each update is claimed in the
// update log under a lease before any work (the webhook claims before it acknowledges, so an
// acknowledged update is always durable), the lease is renewed while this process holds it, and
// the claim becomes "done" when the handler returns. A handler that throws releases its claim.
// If the process dies, the heartbeat stops, the lease runs out, and the sweeper of any instance
// (or Telegram's redelivery) takes the claim over and handles the stored update again.
import { randomUUID } from "node:crypto";
import type { MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../logger.js";
import type { ClaimOutcome, UpdateLog } from "../../ports/updateLog.js";
import type { BotContext } from "./context.js";

export interface UpdateGuardOptions {
  log: UpdateLog;
  logger: Logger;
  /** How long a claim survives its holder's silence; renewed every leaseMs/4 while held. */
  leaseMs?: number;
  /** This process's identity in the log (random per start). */
  owner?: string;
  /** Done entries older than this are pruned by the sweeper (redeliveries stop within a day). */
  keepDoneMs?: number;
}

export interface UpdateGuard {
  readonly owner: string;
  readonly leaseMs: number;
  /** Claims an update before it is acknowledged; "claimed" means this process must now handle it. */
  admit(update: Update): Promise<ClaimOutcome>;
  /** Bot middleware: handles only updates this process holds; completes or releases the claim. */
  middleware: MiddlewareFn<BotContext>;
  /** Every `everyMs`, takes over stale claims (a dead holder's) and hands their updates to `handle`. */
  startSweeper(handle: (update: Update) => void, everyMs?: number): void;
  /** Takes over stale claims now; returns their updates (already held by this process). */
  sweep(limit?: number): Promise<Update[]>;
  /** Updates currently held (claimed and not yet done or released). */
  held(): number;
  stop(): void;
}

export function createUpdateGuard(opts: UpdateGuardOptions): UpdateGuard {
  const { log, logger } = opts;
  const leaseMs = opts.leaseMs ?? 20_000;
  const owner = opts.owner ?? `tg-${randomUUID()}`;
  const keepDoneMs = opts.keepDoneMs ?? 2 * 24 * 3600_000;
  const held = new Set<string>();
  let heartbeat: NodeJS.Timeout | null = null;
  let sweeper: NodeJS.Timeout | null = null;
  let lastPrune = 0;

  const renew = () => {
    if (!held.size) return;
    log.renew([...held], owner, leaseMs).catch((e: unknown) => logger.warn({ err: e, held: held.size }, "could not renew update leases; they may be redone elsewhere"));
  };
  const hold = (id: string) => {
    held.add(id);
    heartbeat ??= setInterval(renew, Math.max(50, Math.floor(leaseMs / 4)));
    heartbeat.unref();
  };
  const drop = (id: string) => {
    held.delete(id);
    if (!held.size && heartbeat) {
      clearInterval(heartbeat);
      heartbeat = null;
    }
  };

  async function admit(update: Update): Promise<ClaimOutcome> {
    const id = String(update.update_id);
    if (held.has(id)) return "claimed";
    const outcome = await log.claim(id, owner, leaseMs, update);
    if (outcome === "claimed") hold(id);
    return outcome;
  }

  const middleware: MiddlewareFn<BotContext> = async (ctx, next) => {
    const id = String(ctx.update.update_id);
    if (!held.has(id)) {
      const outcome = await admit(ctx.update);
      if (outcome !== "claimed") {
        logger.debug({ updateId: id, outcome }, "telegram update skipped: already handled or being handled");
        return;
      }
    }
    try {
      await next();
    } catch (e) {
      drop(id);
      await log.release(id, owner).catch((err: unknown) => logger.error({ err, updateId: id }, "could not release a failed update's claim"));
      throw e;
    }
    drop(id);
    const ok = await log.complete(id, owner).catch((err: unknown) => {
      logger.error({ err, updateId: id }, "could not mark an update done; it may be answered twice");
      return true;
    });
    if (!ok) logger.warn({ updateId: id }, "update lease was lost before completion; another instance redid it");
  };

  async function sweep(limit = 50): Promise<Update[]> {
    const stale = await log.takeStale(owner, leaseMs, limit);
    const out: Update[] = [];
    for (const s of stale) {
      const u = s.payload as Update | null;
      if (!u || typeof u.update_id !== "number") {
        await log.complete(s.updateId, owner);
        continue;
      }
      hold(s.updateId);
      logger.warn({ updateId: s.updateId, attempt: s.attempts }, "redoing an update whose handler died before finishing");
      out.push(u);
    }
    if (Date.now() - lastPrune > 3600_000) {
      lastPrune = Date.now();
      const pruned = await log.prune(keepDoneMs);
      if (pruned) logger.debug({ pruned }, "pruned old update log entries");
    }
    return out;
  }

  return {
    owner,
    leaseMs,
    admit,
    middleware,
    sweep,
    startSweeper(handle, everyMs = Math.max(100, Math.floor(leaseMs / 2))) {
      if (sweeper) return;
      const tick = () => {
        sweep()
          .then((updates) => updates.forEach(handle))
          .catch((e: unknown) => logger.warn({ err: e }, "update sweeper failed; retrying on the next tick"))
          .finally(() => {
            if (sweeper) sweeper = setTimeout(tick, everyMs).unref();
          });
      };
      sweeper = setTimeout(tick, 0).unref();
    },
    held: () => held.size,
    stop() {
      if (sweeper) clearTimeout(sweeper);
      sweeper = null;
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
    },
  };
}
