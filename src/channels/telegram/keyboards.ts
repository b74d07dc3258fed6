// Inline keyboards of outbox messages (quote cards, contact offers); the conversation's own
// keyboards come with its Replies (renderReply.ts).
import { InlineKeyboard } from "grammy";
import { t } from "../../locales/index.js";
import { encode } from "./toCommand.js";

export function quoteKeyboard(lang: string, quoteId: string, introductionId: string): InlineKeyboard {
  return new InlineKeyboard()
    .text(t(lang, "tg-btn-accept"), encode({ kind: "accept", quoteId }))
    .text(t(lang, "tg-btn-counter"), encode({ kind: "counter", quoteId })).row()
    .text(t(lang, "tg-btn-ask"), encode({ kind: "ask", introductionId }))
    .text(t(lang, "tg-btn-decline"), encode({ kind: "decline", quoteId }));
}

export const contactKeyboard = (lang: string, introductionId: string): InlineKeyboard =>
  new InlineKeyboard().text(t(lang, "tg-btn-share-contact"), encode({ kind: "shareContact", introductionId }));
