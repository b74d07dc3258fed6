// Why `npm start` could not start, as one sentence naming the setting to fix. The usual causes
// are an operator's typo (a revoked token, a busy port, a database that is not running); they
// deserve a hint, not a stack trace.
import type { Config } from "./config.js";

interface ErrorLike {
  message?: string;
  code?: string | number;
  error_code?: number;
  method?: string;
  port?: number;
  errors?: unknown[];
}

const asErr = (e: unknown): ErrorLike => (typeof e === "object" && e !== null ? (e as ErrorLike) : { message: String(e) });

export function explainStartupError(e: unknown, config: Config): string {
  const err = asErr(e);
  // An AggregateError (pg tries IPv4 and IPv6) carries the real cause inside.
  const inner = err.errors?.length ? asErr(err.errors[0]) : err;
  if (err.method === "getMe" && err.error_code === 401)
    return "Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the bot's token from @BotFather again.";
  if (err.method === "getMe" && err.error_code === 404)
    return "Telegram does not know this bot token (404): check TELEGRAM_BOT_TOKEN, and TELEGRAM_API_ROOT if you set one.";
  if (err.code === "TokenInvalid" || /invalid token/i.test(err.message ?? ""))
    return "Discord refused DISCORD_BOT_TOKEN: reset the bot's token in the Developer Portal (Bot page) and set it again.";
  if (inner.code === "EADDRINUSE")
    return `Port ${inner.port ?? config.PORT} is already in use: stop what uses it or set PORT to a free port.`;
  if (inner.code === "EACCES" && inner.port !== undefined)
    return `Port ${inner.port} needs privileges this user does not have: set PORT above 1024.`;
  if (config.DATABASE_URL && (inner.code === "ECONNREFUSED" || inner.code === "ENOTFOUND" || inner.code === "ETIMEDOUT"))
    return `Cannot reach Postgres (${String(inner.code)}): check DATABASE_URL and that the server is running.`;
  if (config.DATABASE_URL && inner.code === "28P01") return "Postgres refused the password in DATABASE_URL.";
  if (config.DATABASE_URL && inner.code === "3D000") return "The database named in DATABASE_URL does not exist: create it (createdb NAME) first.";
  return err.message ?? String(e);
}
