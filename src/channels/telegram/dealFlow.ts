// The buyer's side of a deal on Telegram: quote buttons, writing to a seller (reply routing,
// [Ask], /threads), counter-offers, /threads and /quotes.
import { t } from "../../locales/index.js";
import {
  acceptQuote, askSeller, buyerSays, buyerSharesContact, compareQuotes, counterOffer, declineQuote, getBuyerThread, listBuyerThreads,
  statusKey, threadForReply,
} from "../../core/deals/index.js";
import { CoreError } from "../../core/errors.js";
import { html, sessionOf, type BotContext, type TelegramDeps } from "./context.js";
import { saveState } from "./conversation.js";
import { esc, say } from "./render.js";
import { writeKeyboard } from "./keyboards.js";

async function quoteThread(deps: TelegramDeps, ctx: BotContext, quoteId: string) {
  const q = await deps.deals.deals.transact((tx) => tx.getQuote(quoteId));
  if (!q) throw new CoreError("not_found", `quote ${quoteId} not found`, { entity: "quote" });
  const thread = await getBuyerThread(deps.deals, sessionOf(ctx).actor, { introductionId: q.introductionId });
  return { introductionId: q.introductionId, sellerName: thread.seller.name };
}

export async function accept(deps: TelegramDeps, ctx: BotContext, quoteId: string): Promise<string | null> {
  const s = sessionOf(ctx);
  const { sellerName } = await quoteThread(deps, ctx, quoteId);
  await acceptQuote(deps.deals, s.actor, { quoteId });
  await ctx.reply(say(s.lang, "tg-accepted", { seller: sellerName }), html);
  return null;
}

export async function decline(deps: TelegramDeps, ctx: BotContext, quoteId: string): Promise<string | null> {
  const s = sessionOf(ctx);
  const { sellerName } = await quoteThread(deps, ctx, quoteId);
  await declineQuote(deps.deals, s.actor, { quoteId, reason: "other" });
  await ctx.reply(say(s.lang, "tg-declined", { seller: sellerName }), html);
  return null;
}

export async function startCounter(deps: TelegramDeps, ctx: BotContext, quoteId: string): Promise<string | null> {
  const s = sessionOf(ctx);
  const q = await quoteThread(deps, ctx, quoteId);
  await saveState(deps.core.db, s.chatId, s.state, { mode: "counter", quoteId, ...q });
  await ctx.reply(say(s.lang, "tg-counter-prompt"), html);
  return null;
}

export async function startWrite(deps: TelegramDeps, ctx: BotContext, introductionId: string, question: boolean): Promise<string | null> {
  const s = sessionOf(ctx);
  const thread = await getBuyerThread(deps.deals, s.actor, { introductionId });
  await saveState(deps.core.db, s.chatId, s.state, { mode: "write", introductionId, sellerName: thread.seller.name, question });
  await ctx.reply(say(s.lang, "tg-ask-prompt", { seller: thread.seller.name }), html);
  return null;
}

export async function shareContact(deps: TelegramDeps, ctx: BotContext, introductionId: string): Promise<string | null> {
  const s = sessionOf(ctx);
  await buyerSharesContact(deps.deals, s.actor, { introductionId });
  await ctx.reply(say(s.lang, "tg-contact-shared"), html);
  return null;
}

/** Text after [Ask] or a thread picked in /threads. */
export async function sendToThread(deps: TelegramDeps, ctx: BotContext, introductionId: string, sellerName: string, text: string, question = false): Promise<void> {
  const s = sessionOf(ctx);
  const clientKey = `${ctx.update.update_id}`;
  if (question) await askSeller(deps.deals, s.actor, { introductionId, text, clientKey });
  else await buyerSays(deps.deals, s.actor, { introductionId, text, clientKey });
  if (s.state.state.mode !== "idle") await saveState(deps.core.db, s.chatId, s.state, { mode: "idle" });
  await ctx.reply(say(s.lang, "tg-message-sent", { seller: sellerName }), html);
}

/** A reply to a relayed seller message goes to that seller's thread; false when it is not one. */
export async function routeReply(deps: TelegramDeps, ctx: BotContext, replyToMessageId: number, text: string): Promise<boolean> {
  const s = sessionOf(ctx);
  const thread = await threadForReply(deps.deals, s.actor, { platformMessageId: String(replyToMessageId) });
  if (!thread) return false;
  await sendToThread(deps, ctx, thread.introductionId, thread.sellerName, text);
  return true;
}

export async function counterText(deps: TelegramDeps, ctx: BotContext, state: { introductionId: string; sellerName: string }, text: string): Promise<void> {
  const s = sessionOf(ctx);
  const parsed = await deps.core.parser.parse(text, { now: deps.core.clock.now().toISOString().slice(0, 10) });
  const price = parsed.targetPrice ? { amount: parsed.targetPrice.amount, currency: parsed.targetPrice.currency, per: parsed.targetPrice.per } : null;
  const quantity = parsed.quantity;
  if (!price && !quantity) {
    await ctx.reply(say(s.lang, "tg-counter-not-understood"), html);
    return;
  }
  await counterOffer(deps.deals, s.actor, { introductionId: state.introductionId, price, quantity, note: text, clientKey: `${ctx.update.update_id}` });
  await saveState(deps.core.db, s.chatId, s.state, { mode: "idle" });
  await ctx.reply(say(s.lang, "tg-counter-sent", { seller: state.sellerName }), html);
}

export async function threads(deps: TelegramDeps, ctx: BotContext): Promise<void> {
  const s = sessionOf(ctx);
  const items = await listBuyerThreads(deps.deals, s.actor, { limit: 10 });
  if (!items.length) {
    await ctx.reply(say(s.lang, "tg-threads-empty"), html);
    return;
  }
  const lines = items.map((i) => `• <b>${esc(i.sellerName)}</b> — ${esc(i.product ?? "")} (${esc(t(s.lang, statusKey(i.status)))})`);
  await ctx.reply(`${say(s.lang, "tg-threads-title")}\n${lines.join("\n")}`, { ...html, reply_markup: writeKeyboard(s.lang, items) });
}

/** /quotes: the comparison for the latest request that has quotes. */
export async function quotes(deps: TelegramDeps, ctx: BotContext): Promise<void> {
  const s = sessionOf(ctx);
  const withQuotes = await deps.core.db.prisma.sourcingRequest.findFirst({
    where: { buyerId: s.buyer.id, introductions: { some: { status: { in: ["quoted", "accepted"] } } } },
    orderBy: { createdAt: "desc" },
    select: { id: true, product: true },
  });
  if (!withQuotes) {
    await ctx.reply(say(s.lang, "tg-quotes-empty"), html);
    return;
  }
  const c = await compareQuotes(deps.deals, s.actor, { requestId: withQuotes.id });
  const lines = c.rows.map((r) => {
    const base = say(s.lang, "tg-quote-line", { seller: r.seller.name, price: r.quote.unitPrice, currency: r.quote.currency, unit: r.quote.unit });
    const extra = [r.total !== null && c.currency ? `≈ ${r.total} ${c.currency}` : null, r.cheapest ? "💲" : null, r.fastest ? "⚡" : null, r.quote.leadTimeDays !== null ? t(s.lang, "tg-days", { days: r.quote.leadTimeDays }) : null].filter(Boolean);
    return `• ${base}${extra.length ? ` — ${esc(extra.join(" · "))}` : ""}`;
  });
  const note = c.approximate ? `\n<i>${say(s.lang, "deal-compare-approximate")}</i>` : "";
  await ctx.reply(`<b>${say(s.lang, "tg-quotes-title", { product: withQuotes.product ?? "" })}</b>\n${lines.join("\n")}${note}`, html);
}
