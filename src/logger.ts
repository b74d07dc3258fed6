// pino: structured JSON in production and CI logs, pretty lines on an interactive terminal.
// Redaction keeps secrets out of logs even if someone logs a whole config or request object.
import { pino, type Logger } from "pino";

export type { Logger };

const REDACT = [
  "*.TELEGRAM_BOT_TOKEN", "*.DISCORD_BOT_TOKEN", "*.OPENAI_API_KEY", "*.PINECONE_API_KEY",
  "*.TELEGRAM_WEBHOOK_SECRET", "*.apiKey", "*.token", "*.authorization", "*.password",
];

export function createLogger(level = "info", opts: { pretty?: boolean } = {}): Logger {
  const pretty = opts.pretty ?? (process.stdout.isTTY === true && process.env.NODE_ENV !== "production");
  return pino({
    level,
    redact: { paths: REDACT, censor: "[redacted]" },
    ...(pretty
      ? { transport: { target: "pino-pretty", options: { colorize: true, ignore: "pid,hostname", translateTime: "HH:MM:ss" } } }
      : {}),
  });
}

/** A logger that drops everything: default for tests and library calls. */
export const silentLogger: Logger = pino({ level: "silent" });
