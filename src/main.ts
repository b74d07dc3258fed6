// `npm start`: validate configuration, open and migrate the database, start the configured
// channels, and shut down cleanly on SIGINT/SIGTERM (exit 0). A bad configuration prints every
// problem at once and exits 1, with no stack trace.
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createLogger } from "./logger.js";
import { createApp, describeSetup } from "./app.js";
import { explainStartupError } from "./startupErrors.js";

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`${e.message}\nFix these variables (see .env.example) and start again.`);
    process.exit(1);
  }
  throw e;
}

const logger = createLogger(config.LOG_LEVEL, { production: config.NODE_ENV === "production" });

// Last line of defence: every handler contains its own failures, but a promise someone forgot to
// await must not take Telegram, Discord and the playground down with it. Logged loudly, not fatal.
process.on("unhandledRejection", (reason: unknown) => {
  logger.error({ err: reason }, "unhandled promise rejection (a bug: some work was not awaited); Caravan keeps running");
});

async function main(): Promise<void> {
  const app = await createApp(config, logger);
  // Keeps the event loop alive when no service holds it (e.g. nothing configured).
  const keepAlive = setInterval(() => {}, 1 << 30);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal} received, finishing in-flight work…`);
    clearInterval(keepAlive);
    try {
      await app.stop();
      logger.info("stopped cleanly");
      logger.flush();
      process.exit(0);
    } catch (e) {
      logger.error({ err: e }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  for (const line of describeSetup(config)) logger.info(line);
  await app.start();
  if (app.services.length === 0) logger.info("Nothing else to run yet. Press Ctrl-C to stop.");
  logger.info("Caravan is up");
}

main().catch((e: unknown) => {
  // The details (stack included) go to the log at debug level; the operator reads one sentence.
  logger.debug({ err: e }, "start-up failure");
  console.error(`Caravan could not start: ${explainStartupError(e, config)}`);
  process.exit(1);
});
