// pino: structured JSON in production and CI logs, pretty lines on an interactive terminal.
// Redaction keeps secrets out of logs even if someone logs a whole config or request object.
import { pino, type Logger } from "pino";

export type { Logger };

const REDACT = [
  "*.TELEGRAM_BOT_TOKEN", "*.DISCORD_BOT_TOKEN", "*.OPENAI_API_KEY", "*.PINECONE_API_KEY",
  "*.TELEGRAM_WEBHOOK_SECRET", "*.DATABASE_URL", "*.apiKey", "*.token", "*.authorization", "*.password",
];

/**
 * `stderr: true` is for CLIs whose stdout is their output (JSON, tables): log lines must not mix
 * into it. `production: true` (NODE_ENV=production) keeps JSON even on a terminal.
 */
export function createLogger(level = "info", opts: { pretty?: boolean; stderr?: boolean; production?: boolean } = {}): Logger {
  const stream = opts.stderr ? process.stderr : process.stdout;
  const pretty = opts.pretty ?? (stream.isTTY === true && !opts.production);
  const options = { level, redact: { paths: REDACT, censor: "[redacted]" } };
  if (pretty)
    return pino({
      ...options,
      transport: {
        target: "pino-pretty",
        options: { colorize: true, ignore: "pid,hostname", translateTime: "HH:MM:ss", destination: opts.stderr ? 2 : 1 },
      },
    });
  return opts.stderr ? pino(options, pino.destination(2)) : pino(options);
}

/** A logger that drops everything: default for tests and library calls. */
export const silentLogger: Logger = pino({ level: "silent" });
