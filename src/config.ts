// The only reader of process.env. One zod schema, checked at start-up; every problem is listed
// at once by variable name, and secret values never appear in any message.
import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const secret = () => opt(z.string().min(1));
const httpUrl = () =>
  opt(z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://example.com" }));
const int = (min: number, max: number) =>
  z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(min).max(max);
const flag = () =>
  opt(z.enum(["1", "0", "true", "false", "yes", "no"], { error: "must be true or false" })).transform(
    (v) => v === "1" || v === "true" || v === "yes",
  );

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export const envSchema = z.object({
  DATABASE_URL: opt(
    z.string().regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgresql:// URL, e.g. postgresql://user@127.0.0.1:5432/caravan"),
  ),
  DATABASE_POOL_SIZE: opt(int(1, 200)).default(10),
  CARAVAN_DATA_DIR: opt(z.string()).default("./.data"),

  TELEGRAM_BOT_TOKEN: opt(z.string().regex(/^\d+:[\w-]{20,}$/, "must look like 123456:ABC… (from @BotFather)")),
  TELEGRAM_API_ROOT: httpUrl(),
  TELEGRAM_WEBHOOK_URL: opt(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  TELEGRAM_WEBHOOK_SECRET: opt(
    z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "may only contain A-Z, a-z, 0-9, _ and - (1–256 characters)"),
  ),

  DISCORD_BOT_TOKEN: secret(),
  DISCORD_APP_ID: opt(z.string().regex(/^\d{5,25}$/, "must be a numeric Discord id")),
  DISCORD_GUILD_ID: opt(z.string().regex(/^\d{5,25}$/, "must be a numeric Discord id")),
  DISCORD_LEADS_CHANNEL_ID: opt(z.string().regex(/^\d{5,25}$/, "must be a numeric Discord id")),
  DISCORD_API_URL: httpUrl(),

  OPENAI_API_KEY: secret(),
  OPENAI_BASE_URL: httpUrl(),
  LLM_MODEL: opt(z.string().min(1)).default("gpt-4.1-mini"),
  LLM_TIMEOUT_MS: opt(int(500, 120_000)).default(15_000),
  EMBEDDING_MODEL: opt(z.string().min(1)).default("text-embedding-3-small"),
  EMBEDDING_DIMENSIONS: opt(int(8, 8192)),
  EMBEDDINGS: opt(z.enum(["local", "openai"], { error: "must be local or openai" })),
  VECTOR_INDEX: opt(z.enum(["local", "pinecone"], { error: "must be local or pinecone" })),

  PINECONE_API_KEY: secret(),
  PINECONE_INDEX: opt(z.string().min(1)),
  PINECONE_HOST: httpUrl(),
  PINECONE_NAMESPACE: opt(z.string()).default("products"),

  DEALS_MAX_OPEN_REQUESTS: opt(int(1, 1000)).default(5),
  DEALS_MAX_INTRODUCTIONS_PER_DAY: opt(int(1, 10_000)).default(15),
  DEALS_REMINDER_HOURS: opt(int(1, 720)).default(48),
  DEALS_EXPIRY_HOURS: opt(int(1, 2160)).default(96),
  OUTBOX_MAX_ATTEMPTS: opt(int(1, 100)).default(12),
  OUTBOX_BACKOFF_BASE_MS: opt(int(10, 3_600_000)).default(5000),
  OUTBOX_BACKOFF_MAX_MS: opt(int(100, 86_400_000)).default(1_800_000),
  OUTBOX_POLL_MS: opt(int(50, 600_000)).default(2000),

  PORT: opt(int(1, 65_535)).default(3000),
  // The interface the webhook and the playground listen on; 0.0.0.0 only without a reverse proxy.
  HOST: opt(z.union([z.ipv4(), z.ipv6(), z.literal("localhost")], { error: "must be an IP address such as 127.0.0.1 or 0.0.0.0" })).default("127.0.0.1"),
  TELEGRAM_CONCURRENCY: opt(int(1, 1000)).default(16),
  PLAYGROUND: flag(),
  LOG_LEVEL: opt(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` })).default("info"),
  NODE_ENV: opt(z.string()).default("development"),
});

export type Env = z.infer<typeof envSchema>;

/** Resolved configuration: raw env plus the choices derived from it. */
export interface Config extends Env {
  embeddings: "local" | "openai";
  vectorIndex: "local" | "pinecone";
  telegramEnabled: boolean;
  discordEnabled: boolean;
  playgroundEnabled: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Cross-variable rules that a per-variable schema cannot express. */
function crossChecks(env: Env): string[] {
  const problems: string[] = [];
  const embeddings = env.EMBEDDINGS ?? (env.OPENAI_API_KEY ? "openai" : "local");
  if (embeddings === "openai" && !env.OPENAI_API_KEY) problems.push("EMBEDDINGS: is openai but OPENAI_API_KEY is not set");
  const vectorIndex = env.VECTOR_INDEX ?? (env.PINECONE_API_KEY ? "pinecone" : "local");
  if (vectorIndex === "pinecone") {
    if (!env.PINECONE_API_KEY) problems.push("VECTOR_INDEX: is pinecone but PINECONE_API_KEY is not set");
    if (!env.PINECONE_INDEX && !env.PINECONE_HOST) problems.push("PINECONE_INDEX: set PINECONE_INDEX or PINECONE_HOST to use Pinecone");
  }
  const discordParts = ["DISCORD_APP_ID", "DISCORD_LEADS_CHANNEL_ID"] as const;
  if (env.DISCORD_BOT_TOKEN) {
    for (const k of discordParts) if (!env[k]) problems.push(`${k}: required when DISCORD_BOT_TOKEN is set`);
  }
  if (env.DEALS_EXPIRY_HOURS <= env.DEALS_REMINDER_HOURS)
    problems.push("DEALS_EXPIRY_HOURS: must be more than DEALS_REMINDER_HOURS (the reminder comes before expiry)");
  if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET)
    problems.push("TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL (Telegram sends it back; we reject requests without it)");
  // Both would listen on PORT: the webhook for Telegram, the playground on 127.0.0.1 only.
  if (env.TELEGRAM_WEBHOOK_URL && env.TELEGRAM_BOT_TOKEN && env.PLAYGROUND)
    problems.push("PLAYGROUND: cannot run beside the Telegram webhook, which uses the same PORT; run the playground as a separate process with its own PORT and no TELEGRAM_WEBHOOK_URL, or use long polling");
  return problems;
}

/** Parses the environment; throws ConfigError listing every problem (values are never echoed). */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new ConfigError(problems);
  }
  const env = parsed.data;
  const problems = crossChecks(env);
  if (problems.length > 0) throw new ConfigError(problems);
  const telegramEnabled = Boolean(env.TELEGRAM_BOT_TOKEN);
  const discordEnabled = Boolean(env.DISCORD_BOT_TOKEN);
  return {
    ...env,
    embeddings: env.EMBEDDINGS ?? (env.OPENAI_API_KEY ? "openai" : "local"),
    vectorIndex: env.VECTOR_INDEX ?? (env.PINECONE_API_KEY ? "pinecone" : "local"),
    telegramEnabled,
    discordEnabled,
    playgroundEnabled: env.PLAYGROUND || (!telegramEnabled && !discordEnabled),
  };
}

/** For tests and scripts that take overrides without touching process.env. */
export function configFrom(vars: Record<string, string | undefined>): Config {
  return loadConfig(vars as NodeJS.ProcessEnv);
}

export const SECRET_KEYS = ["TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "DISCORD_BOT_TOKEN", "OPENAI_API_KEY", "PINECONE_API_KEY", "DATABASE_URL"] as const;

/** A config safe to log: secrets replaced by "set"/unset, credentials stripped from URLs. */
export function describeConfig(config: Config): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) {
    if ((SECRET_KEYS as readonly string[]).includes(k)) out[k] = v ? "set" : "unset";
    else out[k] = v;
  }
  return out;
}
