// The buyer bot: a grammY Bot that decodes updates into BuyerCommands, hands them to the core
// conversation and renders its Replies. Middleware in order: per-chat sequencing, error boundary,
// redelivery guard, private chats only + per-user rate limit + the buyer. Every callback query is
// answered (a brief notice as its toast); one bad update never stops the bot.
import { Bot, GrammyError, type BotConfig, type BotError } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import type { UserFromGetMe } from "grammy/types";
import { t, pickLanguage, availableLanguages, DEFAULT_LANGUAGE } from "../../locales/index.js";
import { buildConversationDeps, buildUpdateLog } from "../../wiring.js";
import { handle, SLASH_COMMANDS, typedCommand, type BuyerCommand, type ConversationDeps, type Reply } from "../../core/conversation/index.js";
import { html, sessionOf, type BotContext, type TelegramDeps } from "./context.js";
import { decode } from "./toCommand.js";
import { esc } from "./render.js";
import { renderReplies, tr } from "./renderReply.js";
import { createRateLimiter, type RateLimit } from "./rateLimit.js";
import { createUpdateGuard, type UpdateGuard } from "./updateGuard.js";
import { platformName } from "../../core/cleanText.js";

export interface BotOptions {
  token: string;
  apiRoot?: string;
  /** Fixed bot identity (tests); otherwise fetched with getMe on init. */
  botInfo?: UserFromGetMe;
  rateLimit?: RateLimit;
  /** Honour 429 retry_after (up to 60 s, 3 times); 5xx is rethrown (the outbox retries, emulators answer 500 for unsupported methods). Off in handler tests. */
  autoRetry?: boolean;
  /** Claims each update in the update log (service.ts passes the one its webhook and sweeper share). */
  updateGuard?: UpdateGuard;
}

export const COMMANDS = SLASH_COMMANDS;

/** Sends replies; on a button press a lone brief notice is the press's toast instead of a message. */
async function send(ctx: BotContext, replies: Reply[]): Promise<void> {
  const s = sessionOf(ctx);
  const only = replies.length === 1 ? replies[0] : undefined;
  if (ctx.callbackQuery) {
    if (only?.kind === "notice" && only.brief) {
      await ctx.answerCallbackQuery({ text: tr(s.lang, only.msg) }).catch(() => undefined);
      return;
    }
    await ctx.answerCallbackQuery().catch(() => undefined);
  }
  for (const m of renderReplies(s.lang, replies)) await ctx.reply(m.text, { ...html, ...(m.keyboard ? { reply_markup: m.keyboard } : {}) });
}

export function createBot(deps: TelegramDeps, opts: BotOptions): Bot<BotContext> {
  const config: BotConfig<BotContext> = { client: { ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}) }, ...(opts.botInfo ? { botInfo: opts.botInfo } : {}) };
  const bot = new Bot<BotContext>(opts.token, config);
  if (opts.autoRetry !== false) bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowInternalServerErrors: true, rethrowHttpErrors: true }));
  const conversation: ConversationDeps = { ...buildConversationDeps(deps.core, deps.deals), logger: deps.logger };
  const limiter = createRateLimiter(opts.rateLimit ?? { max: 20, windowMs: 10_000 });

  const onError = async (err: BotError<BotContext>) => {
    const ctx = err.ctx;
    const lang = ctx.session?.lang ?? pickLanguage(ctx.from?.language_code);
    deps.logger.error({ err: err.error, updateId: ctx.update.update_id, userId: ctx.from?.id, kind: Object.keys(ctx.update).filter((k) => k !== "update_id") }, "telegram update failed");
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    if (ctx.chat && !(err.error instanceof GrammyError && err.error.error_code === 403))
      await ctx.reply(esc(t(lang, "error-generic")), html).catch(() => undefined);
  };

  // The runner handles chats concurrently; within one chat, updates run one after another.
  bot.use(sequentialize((ctx: BotContext) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));
  // Errors stop at this boundary: logged, apologised for, and the update counts as handled.
  const app = bot.errorBoundary(onError);

  // Redelivered updates do nothing once done; a claim whose holder died is redone (updateGuard.ts).
  app.use((opts.updateGuard ?? createUpdateGuard({ log: buildUpdateLog(deps.core, "telegram"), logger: deps.logger })).middleware);

  // Only private chats with a person: Caravan talks to buyers one to one.
  app.use(async (ctx, next) => {
    if (!ctx.from || ctx.from.is_bot || !ctx.chat || ctx.chat.type !== "private") return;
    const verdict = limiter.hit(String(ctx.from.id));
    const from = ctx.from;
    if (verdict === "drop") {
      // Silent for messages; a press still gets its (empty) answer, or the button spins.
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      return;
    }
    const buyer = await conversation.buyers.ensure("telegram", String(from.id), {
      name: platformName([from.first_name, from.last_name]) ?? "", username: from.username ?? null, language: pickLanguage(from.language_code),
    });
    ctx.session = { actor: { platform: "telegram", userId: String(from.id) }, buyerId: buyer.id, chatId: String(ctx.chat.id), lang: pickLanguage(buyer.language) };
    if (verdict === "warn") {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: t(ctx.session.lang, "tg-rate-limited") });
      else await ctx.reply(esc(t(ctx.session.lang, "tg-rate-limited")), html);
      return;
    }
    await next();
  });

  const run = async (ctx: BotContext, command: BuyerCommand) => send(ctx, await handle(conversation, sessionOf(ctx), command));

  app.on("callback_query:data", (ctx) => run(ctx, decode(ctx.callbackQuery.data) ?? { kind: "stale" }));

  app.on("message:text", (ctx) => {
    const text = ctx.message.text;
    const typed = text.startsWith("/") ? (typedCommand(text) ?? { kind: "help" as const }) : null;
    if (typed) return run(ctx, typed);
    const replyTo = ctx.message.reply_to_message;
    const ours = replyTo && replyTo.from?.id === ctx.me.id ? { replyTo: String(replyTo.message_id) } : {};
    return run(ctx, { kind: "text", text, clientKey: String(ctx.update.update_id), ...ours });
  });

  app.on("message", (ctx) => ctx.reply(esc(t(sessionOf(ctx).lang, "tg-no-text")), html));

  bot.catch(onError);
  return bot;
}

/** Registers the command menu in every language; a failure (emulator, outage) is only logged. */
export async function registerCommands(bot: Bot<BotContext>, deps: TelegramDeps): Promise<void> {
  const describe = (lang: string) => COMMANDS.map((command) => ({ command, description: t(lang, `tg-cmd-${command}`) }));
  try {
    await bot.api.setMyCommands(describe(DEFAULT_LANGUAGE));
    for (const lang of availableLanguages().filter((l) => l !== DEFAULT_LANGUAGE)) await bot.api.setMyCommands(describe(lang), { language_code: lang } as Parameters<typeof bot.api.setMyCommands>[1]);
  } catch (e) {
    deps.logger.warn({ err: e }, "setMyCommands failed; the command menu stays as it was");
  }
}
