// Long polling that loses no update when the process dies. Telegram forgets a batch of updates as
// soon as the bot asks for the next offset, and grammY's runner asks for it while the previous
// batch still waits for a free worker: a kill -9 then lost every fetched-but-unstarted update.
// Here a batch is returned to the runner only once each of its updates is claimed in the update
// log (as the webhook claims before it acknowledges), so the next getUpdates confirms only updates
// that are already durable; a dead process's claims are redone by the sweeper.
import pRetry from "p-retry";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createConcurrentSink, createRunner, createSource, createUpdateFetcher, type RunnerHandle } from "@grammyjs/runner";
import type { Logger } from "../../logger.js";
import type { BotContext } from "./context.js";
import type { UpdateGuard } from "./updateGuard.js";

export interface ClaimedPollingOptions {
  concurrency: number;
  /** Called as each claimed update is handed to a worker (the press deadline starts its clock). */
  onUpdate?: (update: Update) => void;
  /** Backoff while the update log cannot be written (the database is down). */
  retry?: { minMs: number; maxMs: number };
}

/** Claims every update of a fetched batch, retrying until the log answers; returns those this process now holds. */
export async function claimBatch(guard: Pick<UpdateGuard, "admit">, updates: Update[], log: Logger, signal: AbortSignal, retry = { minMs: 200, maxMs: 10_000 }): Promise<Update[]> {
  const outcomes = await Promise.all(
    updates.map((u) =>
      pRetry(() => guard.admit(u), {
        retries: Number.POSITIVE_INFINITY,
        minTimeout: retry.minMs,
        maxTimeout: retry.maxMs,
        randomize: true,
        signal,
        onFailedAttempt: ({ error, attemptNumber }) =>
          log.warn({ err: error, updateId: u.update_id, attempt: attemptNumber }, "could not claim a polled update; holding the batch (Telegram keeps it) and retrying"),
      }),
    ),
  );
  return updates.filter((_, i) => outcomes[i] === "claimed");
}

// The runner hands out its abort-controller polyfill's signal, which p-retry cannot use (no
// `reason`, no throwIfAborted): mirror it into a native one.
function nativeSignal(polyfill: { aborted: boolean; addEventListener(type: "abort", fn: () => void): void }): AbortSignal {
  const native = new AbortController();
  if (polyfill.aborted) native.abort();
  else polyfill.addEventListener("abort", () => native.abort());
  return native.signal;
}

export function runClaimedPolling(bot: Bot<BotContext>, guard: UpdateGuard, log: Logger, opts: ClaimedPollingOptions): RunnerHandle {
  const fetchUpdates = createUpdateFetcher(bot, { fetch: { allowed_updates: ["message", "callback_query"] } });
  const source = createSource({
    supply: async (batchSize, signal) => claimBatch(guard, await fetchUpdates(batchSize, signal), log, nativeSignal(signal), opts.retry),
  });
  const sink = createConcurrentSink<Update>(
    {
      consume: (update) => {
        opts.onUpdate?.(update);
        return bot.handleUpdate(update);
      },
    },
    async (error) => {
      try {
        await bot.errorHandler(error as Parameters<typeof bot.errorHandler>[0]);
      } catch (e) {
        log.error({ err: e }, "telegram error handler failed");
      }
    },
    { concurrency: opts.concurrency },
  );
  const runner = createRunner(source, sink);
  runner.start();
  return runner;
}
