// The Telegram channel as a Service: long polling with @grammyjs/runner by default, or a webhook
// (secret token checked: a bad or missing secret gets 401) when TELEGRAM_WEBHOOK_URL is set. Also
// returns the ChannelDelivery the outbox worker uses for buyer-bound messages.
import { createServer, type Server } from "node:http";
import { webhookCallback, type Bot } from "grammy";
import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Service } from "../../service.js";
import type { ChannelDelivery } from "../../ports/outbox.js";
import type { RateLimit } from "./rateLimit.js";
import { createBot, registerCommands } from "./bot.js";
import { createTelegramDelivery } from "./delivery.js";
import type { BotContext, TelegramDeps } from "./context.js";

export interface TelegramOptions {
  token: string;
  apiRoot?: string;
  webhookUrl?: string;
  webhookSecret?: string;
  port: number;
  rateLimit?: RateLimit;
}

export interface TelegramChannel {
  bot: Bot<BotContext>;
  service: Service;
  delivery: ChannelDelivery;
}

export function createTelegramChannel(deps: TelegramDeps, opts: TelegramOptions): TelegramChannel {
  const bot = createBot(deps, { token: opts.token, ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}), ...(opts.rateLimit ? { rateLimit: opts.rateLimit } : {}) });
  const log = deps.logger.child({ component: "telegram" });
  let runner: RunnerHandle | null = null;
  let server: Server | null = null;

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
      if (opts.webhookUrl) {
        const path = new URL(opts.webhookUrl).pathname;
        const handle = webhookCallback(bot, "http", { secretToken: opts.webhookSecret });
        server = createServer((req, res) => {
          if (req.method === "POST" && (req.url ?? "").split("?")[0] === path) {
            handle(req, res).catch((e: unknown) => {
              log.error({ err: e }, "webhook update failed");
              if (!res.headersSent) res.writeHead(500).end();
            });
            return;
          }
          res.writeHead(404).end();
        });
        const srv = server;
        await new Promise<void>((resolve, reject) => srv.once("error", reject).listen(opts.port, resolve));
        await bot.api.setWebhook(opts.webhookUrl, { secret_token: opts.webhookSecret, allowed_updates: ["message", "callback_query"] });
        log.info({ port: opts.port, path }, "telegram webhook listening");
      } else {
        await bot.api.deleteWebhook().catch((e: unknown) => log.warn({ err: e }, "deleteWebhook failed"));
        runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query"] } } });
        log.info({ bot: bot.botInfo.username }, "telegram long polling started");
      }
    },
    async stop() {
      if (runner?.isRunning()) await runner.stop();
      if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
    },
  };
  return { bot, service, delivery: createTelegramDelivery(bot.api, deps.core.db, log) };
}
