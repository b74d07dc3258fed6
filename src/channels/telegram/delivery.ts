// Outbox → buyer on Telegram: seller messages, quotes (with their buttons), declines and expiries
// (with the next match to introduce), contact offers and contacts. A message already posted is
// not posted again (ctx.saved); 403 (bot blocked) marks the buyer inactive and is permanent;
// 429 and network trouble are retryable. Every send carries the outbox's abort signal and its
// own deadline (SEND_TIMEOUT_MS, far below the lease), so an outage frees the slot and the outbox
// retries with its backoff instead of a send hanging and landing twice when the network returns.
// Long texts go in parts of at most 4096 (splitHtml), the keyboard on the last part.
import { GrammyError, HttpError, InlineKeyboard, type Api } from "grammy";
import type { BuyerStore } from "../../ports/buyerStore.js";
import type { Logger } from "../../logger.js";
import { t } from "../../locales/index.js";
import { declineReasonKey, watchMessage } from "../../core/deals/messages.js";
import {
  permanentDelivery, retryableDelivery, type ChannelDelivery, type DeliveryContext, type DeliveryResult, type NextMatch, type OutboxMessage,
} from "../../ports/outbox.js";
import { encode } from "./toCommand.js";
import { contactKeyboard, quoteKeyboard } from "./keyboards.js";
import { quoteCard, say, sellerMessage } from "./render.js";
import { splitHtml } from "./splitHtml.js";
import { cutText } from "../../core/textCut.js";

/** One Bot API call's deadline; the outbox lease (60 s) aborts the whole delivery earlier still. */
export const SEND_TIMEOUT_MS = 15_000;

interface Rendered {
  chatId: string;
  text: string;
  keyboard?: InlineKeyboard;
}

function nextMatch(lang: string, m: NextMatch): { text: string; keyboard?: InlineKeyboard } {
  if (!m) return { text: "" };
  return {
    text: `\n\n${say(lang, "tg-next-match", { seller: m.sellerName, title: m.title })}`,
    keyboard: new InlineKeyboard().text(t(lang, "tg-btn-introduce", { seller: cutText(m.sellerName, 40, "…") }), encode({ kind: "introduce", matchId: m.matchId })),
  };
}

export function renderDelivery(m: OutboxMessage): Rendered | null {
  switch (m.kind) {
    case "seller_message": {
      const p = m.payload;
      return { chatId: p.to.externalId, text: sellerMessage(p.to.language, p.seller.name, p.text) };
    }
    case "quote": {
      const p = m.payload;
      return { chatId: p.to.externalId, text: quoteCard(p.to.language, p.seller.name, p.product, p.quote, p.previous), keyboard: quoteKeyboard(p.to.language, p.quote.quoteId, p.introductionId) };
    }
    case "lead_declined": {
      const p = m.payload;
      const lang = p.to.language;
      const reason = t(lang, declineReasonKey(p.reason)) + (p.note ? ` — ${p.note}` : "");
      const next = nextMatch(lang, p.nextMatch);
      return { chatId: p.to.externalId, text: say(lang, "deal-lead-declined", { seller: p.seller.name, reason }) + next.text, ...(next.keyboard ? { keyboard: next.keyboard } : {}) };
    }
    case "lead_expired": {
      const p = m.payload;
      const next = nextMatch(p.to.language, p.nextMatch);
      return { chatId: p.to.externalId, text: say(p.to.language, "tg-lead-expired", { seller: p.seller.name }) + next.text, ...(next.keyboard ? { keyboard: next.keyboard } : {}) };
    }
    case "watch_hit": {
      const p = m.payload;
      const lang = p.to.language;
      const hit = watchMessage("hit", p.product);
      return { chatId: p.to.externalId, text: `🔔 ${say(lang, hit.key, hit.args)}`, keyboard: new InlineKeyboard().text(t(lang, "tg-btn-search"), encode({ kind: "search", requestId: p.requestId })) };
    }
    case "watch_expired": {
      const p = m.payload;
      const lang = p.to.language;
      const end = watchMessage("expired", p.product, p.days);
      const keyboard = new InlineKeyboard().text(t(lang, "tg-btn-search"), encode({ kind: "search", requestId: p.requestId })).row()
        .text(t(lang, "tg-btn-watch-again"), encode({ kind: "watch", requestId: p.requestId }));
      return { chatId: p.to.externalId, text: `🔕 ${say(lang, end.key, end.args)}`, keyboard };
    }
    case "contact_offer": {
      const p = m.payload;
      if (!p.to) return null;
      return { chatId: p.to.externalId, text: say(p.to.language, "tg-contact-offer", { product: p.product ?? "" }), keyboard: contactKeyboard(p.to.language, p.introductionId) };
    }
    case "contacts": {
      const p = m.payload;
      if (!p.to) return null;
      const c = p.counterpart;
      const name = [c.name, c.company && c.company !== c.name ? c.company : null].filter(Boolean).join(", ");
      const contact = [c.contact, c.username ? `@${c.username}` : null].filter(Boolean).join(" · ");
      return { chatId: p.to.externalId, text: `📇 ${say(p.to.language, "tg-contacts", { name, contact })}` };
    }
    default:
      return null;
  }
}

export function createTelegramDelivery(api: Api, buyers: Pick<BuyerStore, "markInactive" | "isActive">, logger: Logger): ChannelDelivery {
  return {
    platform: "telegram",
    async deliver(m: OutboxMessage, ctx: DeliveryContext): Promise<DeliveryResult> {
      const r = renderDelivery(m);
      if (!r) throw permanentDelivery(`telegram cannot deliver ${m.kind}`);
      if ((await buyers.isActive("telegram", r.chatId)) === false) throw permanentDelivery("buyer blocked the bot");
      const parts = splitHtml(r.text);
      const done = typeof ctx.saved?.parts === "number" ? ctx.saved.parts : 0;
      let messageId = ctx.saved?.messageId ?? null;
      for (let i = done; i < parts.length; i++) {
        const last = i === parts.length - 1;
        if (ctx.signal.aborted) throw retryableDelivery("telegram delivery aborted: the outbox lease is running out", { cause: ctx.signal.reason });
        try {
          const sent = await api.sendMessage(r.chatId, parts[i] ?? "", {
            parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...(last && r.keyboard ? { reply_markup: r.keyboard } : {}),
          }, AbortSignal.any([ctx.signal, AbortSignal.timeout(SEND_TIMEOUT_MS)]) as Parameters<Api["sendMessage"]>[3]);
          messageId = sent.message_id;
        } catch (e) {
          throw await classify(e, r.chatId, buyers, logger);
        }
        await ctx.checkpoint({ parts: i + 1, messageId });
      }
      return { messageId, chatId: r.chatId };
    },
  };
}

async function classify(e: unknown, chatId: string, buyers: Pick<BuyerStore, "markInactive" | "isActive">, logger: Logger) {
  if (e instanceof GrammyError) {
    if (e.error_code === 403) {
      await buyers.markInactive("telegram", chatId);
      logger.info({ chatId }, "buyer blocked the bot: marked inactive");
      return permanentDelivery(`telegram 403: ${e.description}`, { cause: e });
    }
    if (e.error_code === 429) return retryableDelivery("telegram 429", { retryAfterMs: (e.parameters.retry_after ?? 5) * 1000, cause: e });
    if (e.error_code === 400) return permanentDelivery(`telegram 400: ${e.description}`, { cause: e });
    return retryableDelivery(`telegram ${e.error_code}: ${e.description}`, { cause: e });
  }
  if (e instanceof HttpError) return retryableDelivery(`telegram unreachable: ${e.message}`, { cause: e });
  return retryableDelivery(`telegram delivery failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
}

