// The buyer bot: a grammY Bot with our middleware in order — redelivery guard, per-user rate
// limit, session (buyer, language, Conversation state) — then commands, buttons and text.
// Expected failures (CoreError) become a polite sentence; anything else is logged with context
// and answered with a generic apology; one bad update never stops the bot.
import { Bot, GrammyError, type BotConfig, type BotError } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import type { UserFromGetMe } from "grammy/types";
import { t, pickLanguage, availableLanguages, DEFAULT_LANGUAGE } from "../../locales/index.js";
import { isCoreError } from "../../core/errors.js";
import { errorText, html, sessionOf, type BotContext, type TelegramDeps } from "./context.js";
import { ensureBuyer, loadProfile, loadState, saveState, setLanguage } from "./conversation.js";
import { decode, type ButtonCommand } from "./toCommand.js";
import { say } from "./render.js";
import { languageKeyboard, welcomeKeyboard } from "./keyboards.js";
import * as profile from "./profileFlow.js";
import * as requests from "./requestFlow.js";
import * as deals from "./dealFlow.js";
import { listRequests } from "./requestList.js";
import { createRateLimiter, type RateLimit } from "./rateLimit.js";
import { createUpdateGuard, type UpdateGuard } from "./updateGuard.js";
import { createUpdateLog } from "../../adapters/db/updateLog.js";

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

export const COMMANDS = ["start", "new", "requests", "quotes", "threads", "language", "help", "cancel"] as const;

export function createBot(deps: TelegramDeps, opts: BotOptions): Bot<BotContext> {
  const config: BotConfig<BotContext> = { client: { ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}) }, ...(opts.botInfo ? { botInfo: opts.botInfo } : {}) };
  const bot = new Bot<BotContext>(opts.token, config);
  if (opts.autoRetry !== false) bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowInternalServerErrors: true, rethrowHttpErrors: true }));
  const db = deps.core.db;
  const limiter = createRateLimiter(opts.rateLimit ?? { max: 20, windowMs: 10_000 });

  const onError = async (err: BotError<BotContext>) => {
    const ctx = err.ctx;
    const lang = ctx.session?.lang ?? pickLanguage(ctx.from?.language_code);
    const known = errorText(lang, err.error);
    if (!known)
      deps.logger.error({ err: err.error, updateId: ctx.update.update_id, userId: ctx.from?.id, kind: Object.keys(ctx.update).filter((k) => k !== "update_id") }, "telegram update failed");
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    if (ctx.chat && !(err.error instanceof GrammyError && err.error.error_code === 403))
      await ctx.reply(known ?? say(lang, "error-generic"), html).catch(() => undefined);
  };

  // The runner handles chats concurrently; within one chat, updates run one after another.
  bot.use(sequentialize((ctx: BotContext) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));
  // Errors stop at this boundary: logged, apologised for, and the update counts as handled.
  const app = bot.errorBoundary(onError);

  // Redelivered updates do nothing once done; a claim whose holder died is redone (updateGuard.ts).
  app.use((opts.updateGuard ?? createUpdateGuard({ log: createUpdateLog(db, "telegram"), logger: deps.logger })).middleware);

  // Only private chats with a person: Caravan talks to buyers one to one.
  app.use(async (ctx, next) => {
    if (!ctx.from || ctx.from.is_bot || !ctx.chat || ctx.chat.type !== "private") return;
    const verdict = limiter.hit(String(ctx.from.id));
    // A dropped press is still answered, or the buyer's button spins until Telegram gives up.
    if (verdict === "drop") {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      return;
    }
    const language = pickLanguage(ctx.from.language_code);
    const buyer = await ensureBuyer(db, ctx.from, language);
    const chatId = String(ctx.chat.id);
    ctx.session = { actor: { platform: "telegram", userId: String(ctx.from.id) }, chatId, buyer, lang: pickLanguage(buyer.language), state: await loadState(db, chatId) };
    if (verdict === "warn") {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: t(ctx.session.lang, "tg-rate-limited") });
      else await ctx.reply(say(ctx.session.lang, "tg-rate-limited"), html);
      return;
    }
    await next();
  });

  app.command("start", async (ctx) => {
    const s = sessionOf(ctx);
    await saveState(db, s.chatId, s.state, { mode: "idle" });
    const p = await loadProfile(db, s.buyer.id);
    await ctx.reply(say(s.lang, "tg-welcome"), { ...html, reply_markup: welcomeKeyboard(s.lang, Boolean(p.company || p.country)) });
  });
  app.command("help", (ctx) => ctx.reply(say(sessionOf(ctx).lang, "tg-help"), html));
  app.command("new", async (ctx) => {
    const s = sessionOf(ctx);
    await saveState(db, s.chatId, s.state, { mode: "idle" });
    await ctx.reply(say(s.lang, "tg-new"), html);
  });
  app.command("cancel", async (ctx) => {
    const s = sessionOf(ctx);
    const busy = s.state.state.mode !== "idle";
    if (busy) await saveState(db, s.chatId, s.state, { mode: "idle" });
    await ctx.reply(say(s.lang, busy ? "tg-cancelled" : "tg-nothing-to-cancel"), html);
  });
  app.command("language", (ctx) => ctx.reply(say(sessionOf(ctx).lang, "tg-language-choose"), { ...html, reply_markup: languageKeyboard() }));
  app.command("requests", (ctx) => listRequests(deps, ctx));
  app.command("threads", (ctx) => deals.threads(deps, ctx));
  app.command("quotes", (ctx) => deals.quotes(deps, ctx));

  app.on("callback_query:data", async (ctx) => {
    const s = sessionOf(ctx);
    const cmd = decode(ctx.callbackQuery.data);
    let notice: string | null;
    try {
      notice = cmd ? await onButton(deps, ctx, cmd) : t(s.lang, "tg-stale");
    } catch (e) {
      if (!isCoreError(e)) throw e;
      // A refusal on a button (pressed twice, stale card) is a short notice, not a new message.
      notice = e.code === "already_done" || e.code === "not_found" ? t(s.lang, e.code === "already_done" ? "tg-already" : "tg-stale") : null;
      if (!notice) await ctx.reply(errorText(s.lang, e) ?? say(s.lang, "error-generic"), html);
    }
    await ctx.answerCallbackQuery(notice ? { text: notice } : {}).catch(() => undefined);
  });

  app.on("message:text", async (ctx) => {
    const s = sessionOf(ctx);
    const text = ctx.message.text;
    if (text.startsWith("/")) {
      await ctx.reply(say(s.lang, "tg-help"), html);
      return;
    }
    const replyTo = ctx.message.reply_to_message;
    if (replyTo && replyTo.from?.id === ctx.me.id && (await deals.routeReply(deps, ctx, replyTo.message_id, text))) return;
    const st = s.state.state;
    switch (st.mode) {
      case "clarify": return requests.answerQuestion(deps, ctx, st, text);
      case "edit": return requests.editedRequest(deps, ctx, st.requestId, text);
      case "write": return deals.sendToThread(deps, ctx, st.introductionId, st.sellerName, text, st.question ?? false);
      case "counter": return deals.counterText(deps, ctx, st, text);
      case "profile": return profile.profileText(deps, ctx, st.step, text);
      case "idle": return requests.newRequest(deps, ctx, text);
    }
  });

  app.on("message", (ctx) => ctx.reply(say(sessionOf(ctx).lang, "tg-no-text"), html));

  bot.catch(onError);
  return bot;
}

async function onButton(deps: TelegramDeps, ctx: BotContext, cmd: ButtonCommand): Promise<string | null> {
  const s = sessionOf(ctx);
  switch (cmd.kind) {
    case "search": return requests.search(deps, ctx, cmd.requestId);
    case "edit": return requests.startEdit(deps, ctx, cmd.requestId);
    case "cancelRequest": return requests.cancelRequest(deps, ctx, cmd.requestId);
    case "introduce": return requests.introduceOne(deps, ctx, cmd.matchId);
    case "introduceTop": return requests.introduceTop(deps, ctx, cmd.requestId, cmd.round);
    case "more": return requests.search(deps, ctx, cmd.requestId, true);
    case "accept": return deals.accept(deps, ctx, cmd.quoteId);
    case "counter": return deals.startCounter(deps, ctx, cmd.quoteId);
    case "ask": return deals.startWrite(deps, ctx, cmd.introductionId, true);
    case "write": return deals.startWrite(deps, ctx, cmd.introductionId, false);
    case "decline": return deals.decline(deps, ctx, cmd.quoteId);
    case "shareContact": return deals.shareContact(deps, ctx, cmd.introductionId);
    case "profile": return profile.startProfile(deps, ctx);
    case "profileType": return profile.chooseCompanyType(deps, ctx, cmd.companyType);
    case "language": {
      const lang = pickLanguage(cmd.language);
      await setLanguage(deps.core.db, s.actor.userId, lang);
      s.lang = lang;
      await ctx.reply(say(lang, "tg-language-set"), html);
      return null;
    }
  }
}

/** Registers the command menu in every locale's language; a failure (emulator, outage) is only logged. */
export async function registerCommands(bot: Bot<BotContext>, deps: TelegramDeps): Promise<void> {
  const describe = (lang: string) => COMMANDS.map((command) => ({ command, description: t(lang, `tg-cmd-${command}`) }));
  try {
    await bot.api.setMyCommands(describe(DEFAULT_LANGUAGE));
    for (const lang of availableLanguages().filter((l) => l !== DEFAULT_LANGUAGE)) await bot.api.setMyCommands(describe(lang), { language_code: lang } as Parameters<typeof bot.api.setMyCommands>[1]);
  } catch (e) {
    deps.logger.warn({ err: e }, "setMyCommands failed; the command menu stays as it was");
  }
}
