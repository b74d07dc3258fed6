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
import { handleOnce, turnSent, SLASH_COMMANDS, typedCommand, type BuyerCommand, type ConversationDeps, type TurnOutcome } from "../../core/conversation/index.js";
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

/**
 * Sends a turn's replies; on a button press a lone brief notice is the press's toast instead of a
 * message. A replayed turn (the same update again) sends only the messages not recorded as sent,
 * and each message is recorded once Telegram has it, so a crash between two messages costs the
 * buyer neither one. (A crash after Telegram took a message but before it was recorded can still
 * repeat that one message: sendMessage has no idempotency key.)
 */
async function send(ctx: BotContext, turn: TurnOutcome, sent: (n: number, total: number) => Promise<void>): Promise<void> {
  const { replies, lang } = turn;
  const only = replies.length === 1 ? replies[0] : undefined;
  if (ctx.callbackQuery) {
    if (only?.kind === "notice" && only.brief) {
      await ctx.answerCallbackQuery({ text: tr(lang, only.msg) }).catch(() => undefined);
      return;
    }
    await ctx.answerCallbackQuery().catch(() => undefined);
  }
  const messages = renderReplies(lang, replies);
  for (const [i, m] of messages.entries()) {
    if (i < turn.sent) continue;
    await ctx.reply(m.text, { ...html, ...(m.keyboard ? { reply_markup: m.keyboard } : {}) });
    await sent(i + 1, messages.length);
  }
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

  // Each update is one turn keyed by its update_id: handled again (redelivery, a crash mid-way), it
  // sends what is missing instead of running again (core/conversation/turnJournal.ts).
  const run = async (ctx: BotContext, command: BuyerCommand) => {
    const buyer = sessionOf(ctx);
    const key = String(ctx.update.update_id);
    const turn = await handleOnce(conversation, buyer, command, key);
    if (turn.replayed) deps.logger.info({ updateId: key, sent: turn.sent }, "telegram update handled before: sending only what is missing");
    // A count that could not be recorded costs at most a repeated message on a redo: never the turn.
    await send(ctx, turn, (n, total) => turnSent(conversation, buyer, key, n, total).catch((e: unknown) => deps.logger.warn({ err: e, updateId: key }, "could not record a sent message")));
  };

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
