// The Telegram channel as a Service: long polling with @grammyjs/runner by default (each fetched
// batch claimed before the next fetch confirms it: claimedPolling.ts), or a webhook
// when TELEGRAM_WEBHOOK_URL is set. The webhook acknowledges an update as soon as it is claimed
// in the update log (durable), then handles it from a bounded queue: a slow LLM parse never
// makes Telegram time out and redeliver, and a burst waits its turn instead of failing. A bad
// secret gets 401, a body over 1 MiB 413, anything that is not an update 400; a claim the
// database refuses gets 500 so Telegram redelivers later. Also returns the outbox delivery.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { Api, HttpError, type Bot, type Transformer } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import type { Update } from "grammy/types";
import type { RunnerHandle } from "@grammyjs/runner";
import { runClaimedPolling } from "./claimedPolling.js";
import type { Service } from "../../service.js";
import type { ChannelDelivery } from "../../ports/outbox.js";
import type { RateLimit } from "./rateLimit.js";
import { createBot, registerCommands } from "./bot.js";
import { createTelegramDelivery } from "./delivery.js";
import { buildBuyerStore, buildUpdateLog } from "../../wiring.js";
import { createUpdateGuard } from "./updateGuard.js";
import { createUpdateQueue } from "./updateQueue.js";
import { createPressDeadline } from "./pressDeadline.js";
import type { BotContext, TelegramDeps } from "./context.js";
import { readBodyCapped } from "../httpBody.js";

export const MAX_WEBHOOK_BODY = 1024 * 1024;
const updateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

export interface TelegramOptions {
  token: string;
  apiRoot?: string;
  webhookUrl?: string;
  webhookSecret?: string;
  port: number;
  /** Interface the webhook listens on (HOST): 127.0.0.1 behind a reverse proxy on the same machine. */
  host?: string;
  /** Updates handled at once (TELEGRAM_CONCURRENCY); one chat's updates still run in order. */
  concurrency?: number;
  /** Update claim lease (tests shorten it). */
  leaseMs?: number;
  rateLimit?: RateLimit;
}

export interface TelegramChannel {
  bot: Bot<BotContext>;
  service: Service;
  delivery: ChannelDelivery;
}

/**
 * The bot's replies get one quick retry on a network error (auto-retry rethrows them): a kept-alive
 * connection the server has just closed fails before Telegram reads the request. Longer outages
 * still fail the update, which is then apologised for; the outbox has its own backoff.
 */
const retryNetworkOnce: Transformer = async (prev, method, payload, signal) => {
  try {
    return await prev(method, payload, signal);
  } catch (e) {
    if (!(e instanceof HttpError) || signal?.aborted) throw e;
    await new Promise((r) => setTimeout(r, 250));
    return prev(method, payload, signal);
  }
};

const sameSecret = (given: string | string[] | undefined, expected: string): boolean => {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export function createTelegramChannel(deps: TelegramDeps, opts: TelegramOptions): TelegramChannel {
  const log = deps.logger.child({ component: "telegram" });
  const guard = createUpdateGuard({ log: buildUpdateLog(deps.core, "telegram"), logger: log, ...(opts.leaseMs ? { leaseMs: opts.leaseMs } : {}) });
  const bot = createBot(deps, { token: opts.token, updateGuard: guard, ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}), ...(opts.rateLimit ? { rateLimit: opts.rateLimit } : {}) });
  const concurrency = opts.concurrency ?? 16;
  const queue = createUpdateQueue(concurrency, 10_000, (e) => log.error({ err: e }, "telegram update failed outside the bot's error boundary"));
  // The answer the early-answer path sends must bypass the transformer that skips duplicates.
  const rawApi = new Api(opts.token, opts.apiRoot ? { apiRoot: opts.apiRoot } : {});
  const presses = createPressDeadline((id) => rawApi.answerCallbackQuery(id));
  bot.api.config.use(presses.transformer, retryNetworkOnce);
  const handle = (u: Update) => {
    presses.watch(u);
    return queue.push(() => bot.handleUpdate(u));
  };
  let runner: RunnerHandle | null = null;
  let server: Server | null = null;

  async function onWebhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reply = (status: number, headers: Record<string, string> = {}) => void res.writeHead(status, headers).end();
    if (opts.webhookSecret && !sameSecret(req.headers["x-telegram-bot-api-secret-token"], opts.webhookSecret)) return reply(401);
    const tooBig = () => {
      res.once("finish", () => req.destroy());
      reply(413, { connection: "close" });
    };
    const body = await readBodyCapped(req, MAX_WEBHOOK_BODY);
    if (body === null) return tooBig();
    let update: Update;
    try {
      const parsed = updateSchema.safeParse(JSON.parse(body.toString("utf8")));
      if (!parsed.success) return reply(400);
      update = parsed.data as unknown as Update;
    } catch {
      return reply(400);
    }
    // Full: refuse before claiming, so Telegram keeps the update and sends it again later.
    if (queue.waiting >= 10_000) return reply(503, { "retry-after": "5" });
    let outcome;
    try {
      outcome = await guard.admit(update);
    } catch (e) {
      log.error({ err: e, updateId: update.update_id }, "could not claim a webhook update; Telegram will send it again");
      return reply(500);
    }
    reply(200);
    if (outcome === "claimed") handle(update);
  }

  const service: Service = {
    name: "telegram buyer bot",
    async start() {
      // grammY retries getMe until Telegram answers (an outage should not kill the bot), which is
      // silent; say what we are waiting for so an operator can tell a typo from an outage.
      const where = opts.apiRoot ?? "https://api.telegram.org";
      const waiting = setInterval(() => log.warn({ apiRoot: where }, `still waiting for the Telegram Bot API at ${where}: check the network or TELEGRAM_API_ROOT`), 15_000);
      try {
        await bot.init();
      } finally {
        clearInterval(waiting);
      }
      await registerCommands(bot, { ...deps, logger: log });
      // Updates a dead process claimed but never finished are redone here (or by a redelivery).
      guard.startSweeper(handle);
      if (opts.webhookUrl) {
        const path = new URL(opts.webhookUrl).pathname;
        const host = opts.host ?? "127.0.0.1";
        server = createServer((req, res) => {
          if (req.method !== "POST" || (req.url ?? "").split("?")[0] !== path) return void res.writeHead(404).end();
          onWebhook(req, res).catch((e: unknown) => {
            log.error({ err: e }, "webhook request failed");
            if (!res.headersSent) res.writeHead(500).end();
          });
        });
        const srv = server;
        await new Promise<void>((resolve, reject) => srv.once("error", reject).listen(opts.port, host, resolve));
        await bot.api.setWebhook(opts.webhookUrl, { secret_token: opts.webhookSecret, allowed_updates: ["message", "callback_query"], max_connections: 40 });
        log.info({ host, port: opts.port, path, concurrency }, "telegram webhook listening");
      } else {
        await bot.api.deleteWebhook().catch((e: unknown) => log.warn({ err: e }, "deleteWebhook failed"));
        runner = runClaimedPolling(bot, guard, log, { concurrency, onUpdate: (u) => presses.watch(u) });
        log.info({ bot: bot.botInfo.username, concurrency }, "telegram long polling started");
      }
    },
    async stop() {
      if (runner?.isRunning()) await runner.stop();
      const srv = server;
      server = null;
      if (srv) {
        srv.closeIdleConnections();
        await new Promise<void>((resolve) => srv.close(() => resolve()));
      }
      // Unfinished updates stay claimed: their lease runs out and the next start redoes them.
      await Promise.race([queue.idle(), new Promise((r) => setTimeout(r, 25_000).unref())]);
      guard.stop();
      presses.stop();
    },
  };
  // Outbox sends wait in-process only for a short 429; longer waits, network errors and 5xx go
  // back to the outbox, whose backoff and lease (not a retry loop here) decide what happens next.
  const outbox = rawApi;
  outbox.config.use(autoRetry({ maxRetryAttempts: 1, maxDelaySeconds: 5, rethrowHttpErrors: true, rethrowInternalServerErrors: true }));
  return { bot, service, delivery: createTelegramDelivery(outbox, buildBuyerStore(deps.core), log) };
}
