// Composition root as a function: config → database → adapters → channels. main.ts only adds
// process concerns (signals, exit codes); tests and scripts build the same app here.
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import type { Database } from "./adapters/db/database.js";
import { openAppDatabase } from "./adapters/db/appDatabase.js";
import { createDealsRuntime, periodic, type DealsRuntime } from "./adapters/db/dealsRuntime.js";
import { buildConversationDeps, buildCoreDeps, buildSellerCatalog, type CoreDeps } from "./wiring.js";
import { checkWatches } from "./core/conversation/index.js";
import { createDeskStores } from "./adapters/db/sellerDeskStore.js";
import { onFormatProblem } from "./locales/index.js";

import type { Service } from "./service.js";

export type { Service };

export interface App {
  config: Config;
  db: Database;
  services: Service[];
  /** The deals core's deps and the outbox worker; channels register their ChannelDelivery on `deals.worker`. */
  deals: DealsRuntime;
  /** Parser, embedder, indexes and catalog: what matching and seeding need. */
  core: CoreDeps;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export { openAppDatabase };

/** Lines telling the operator what runs and how to switch on what does not. */
export function describeSetup(config: Config): string[] {
  const lines: string[] = [];
  lines.push(config.telegramEnabled ? "Telegram buyer bot: on" : "Telegram buyer bot: off — set TELEGRAM_BOT_TOKEN (from @BotFather) to enable it");
  lines.push(
    config.discordEnabled
      ? "Discord seller desk: on"
      : "Discord seller desk: off — set DISCORD_BOT_TOKEN, DISCORD_APP_ID, DISCORD_GUILD_ID and DISCORD_LEADS_CHANNEL_ID to enable it",
  );
  lines.push(
    config.OPENAI_API_KEY
      ? `Request parsing: OpenAI ${config.LLM_MODEL}`
      : "Request parsing: offline rules parser — set OPENAI_API_KEY to use an LLM",
  );
  lines.push(
    config.embeddings === "openai"
      ? `Embeddings: OpenAI ${config.EMBEDDING_MODEL}`
      : "Embeddings: offline hashed n-grams — set OPENAI_API_KEY (or EMBEDDINGS=openai) for OpenAI embeddings",
  );
  lines.push(
    config.vectorIndex === "pinecone"
      ? `Vector index: Pinecone ${config.PINECONE_INDEX ?? config.PINECONE_HOST}`
      : "Vector index: local (in Postgres, searched in process) — set PINECONE_API_KEY and PINECONE_INDEX for Pinecone",
  );
  return lines;
}

export async function createApp(config: Config, logger: Logger): Promise<App> {
  onFormatProblem((p) => logger.error(p, "a message was formatted with missing or wrong arguments; the user saw a placeholder"));
  const db = await openAppDatabase(config, logger);
  // The outbox worker and deal timers start first and stop last: channels feed them.
  const deals = createDealsRuntime(config, db, logger);
  const core = buildCoreDeps(config, db, logger);
  const services: Service[] = [...deals.services, searchWarmUp(core, logger), watchSweep(core, deals, logger)];
  // Each channel (and its SDK) is imported only when configured: `npm start` with nothing set
  // loads neither discord.js nor grammY.
  if (config.discordEnabled && config.DISCORD_BOT_TOKEN && config.DISCORD_LEADS_CHANNEL_ID) {
    const { createDiscordChannel } = await import("./channels/discord/service.js");
    const discord = createDiscordChannel({ deals: deals.deps, stores: createDeskStores(db), logger, catalog: buildSellerCatalog(core) }, {
      token: config.DISCORD_BOT_TOKEN, leadsChannelId: config.DISCORD_LEADS_CHANNEL_ID, ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
    });
    deals.worker.register(discord.delivery);
    services.push(discord.service);
  }
  if (config.telegramEnabled && config.TELEGRAM_BOT_TOKEN) {
    const { createTelegramChannel } = await import("./channels/telegram/service.js");
    const telegram = createTelegramChannel({ core, deals: deals.deps, logger }, {
      token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, webhookUrl: config.TELEGRAM_WEBHOOK_URL,
      webhookSecret: config.TELEGRAM_WEBHOOK_SECRET, port: config.PORT, host: config.HOST, concurrency: config.TELEGRAM_CONCURRENCY,
    });
    deals.worker.register(telegram.delivery);
    services.push(telegram.service);
  }
  if (config.playgroundEnabled) {
    // Without Discord, leads go to sellers played in the playground (their SellerMember is on "playground").
    if (!config.discordEnabled) deals.deps.sellerPlatform = "playground";
    const { createPlaygroundChannel } = await import("./channels/playground/service.js");
    const playground = createPlaygroundChannel({ core, deals: deals.deps, logger }, { port: config.PORT, host: config.HOST });
    deals.worker.register(playground.delivery);
    services.push(playground.service);
  }
  return {
    config,
    db,
    services,
    deals,
    core,
    async start() {
      for (const s of services) {
        await s.start();
        logger.info(`${s.name} started`);
      }
    },
    async stop() {
      // Reverse order: channels stop taking input before the workers they feed.
      for (const s of [...services].reverse()) {
        await s.stop().catch((e: unknown) => logger.error({ err: e }, `${s.name} did not stop cleanly`));
      }
      await db.close();
    },
  };
}

/** How often watched requests look at the catalog; a run with no catalog change is one query. */
const WATCH_SWEEP_MS = 120_000;

/**
 * "Tell me when a seller lists it": after any catalog change (a seed in another process, a
 * seller's upload), watched requests are searched again and their buyers told through the outbox.
 */
function watchSweep(core: CoreDeps, deals: DealsRuntime, logger: Logger): Service {
  const deps = buildConversationDeps(core, deals.deps);
  return periodic("watched requests", WATCH_SWEEP_MS, async () => {
    try {
      const r = await checkWatches(deps);
      if (r.notified.length || r.expired.length || r.failed.length) logger.info({ checked: r.checked, notified: r.notified.length, expired: r.expired.length, failed: r.failed }, "watched requests searched");
    } catch (e) {
      logger.error({ err: e }, "watched requests could not be searched; the next run retries");
    }
  });
}

/**
 * Loads the catalog's keyword index and vectors (and builds the ANN graph on large catalogs) in
 * the background, so the first buyer does not wait; says when vectors come from another
 * embedder than the configured one, which needs `npm run reindex`.
 */
function searchWarmUp(core: CoreDeps, logger: Logger): Service {
  return {
    name: "search warm-up",
    async start() {
      await core.index.verify?.(); // a Pinecone index of the wrong dimension or metric stops start-up here
      const { stale, total } = await core.store.countStaleEmbeddings(core.embedder.model);
      if (stale > 0)
        logger.warn(
          { stale, total, embedder: core.embedder.model },
          `${stale} of ${total} products have no vector from ${core.embedder.model}: run npm run reindex (semantic search misses them until then)`,
        );
      const started = Date.now();
      void Promise.all([core.catalog.size(), (core.index as { warmUp?: () => Promise<void> }).warmUp?.()])
        .then(([size]) => logger.info({ products: size, ms: Date.now() - started }, "search indexes ready"))
        .catch((e: unknown) => logger.error({ err: e }, "search warm-up failed; indexes load on first use"));
    },
    async stop() {},
  };
}
