// The conversation's Replies as Telegram messages: HTML text (every user value escaped) split at
// Telegram's 4096-character limit, with the inline keyboard on the last part.
import { InlineKeyboard } from "grammy";
import { t, languageName, translate } from "../../locales/index.js";
import { statusKey } from "../../core/deals/messages.js";
import { cutText } from "../../core/textCut.js";
import type { Keyboard, Msg, Reply } from "../../core/conversation/index.js";
import { encode } from "./toCommand.js";
import { esc, requestCard, shortlistCard } from "./render.js";
import { splitHtml } from "./splitHtml.js";
import { requestStatus } from "../requestStatus.js";

export interface Outgoing {
  text: string;
  keyboard?: InlineKeyboard;
}

/** A message in `lang`; nested messages (a status, a reason) are translated first. Not escaped. */
export const tr = (lang: string, msg: Msg, cutArgs?: number): string =>
  translate(lang, msg, cutArgs ? (v) => (typeof v === "string" ? cutText(v, cutArgs, "…") : v) : undefined);


/** Button labels name sellers and requests: cut so a keyboard stays readable. */
export function keyboardOf(lang: string, kb: Keyboard): InlineKeyboard | undefined {
  if (!kb.length) return undefined;
  const out = new InlineKeyboard();
  for (const row of kb) {
    for (const b of row) out.text(b.label.key.startsWith("conv-language-") ? languageName(b.label.key.slice(14)) : tr(lang, b.label, 40), encode(b.command));
    out.row();
  }
  return out;
}

function body(lang: string, r: Reply): string {
  switch (r.kind) {
    case "notice": return esc(tr(r.lang ?? lang, r.msg)) + (r.detail ? `\n${esc(tr(r.lang ?? lang, r.detail))}` : "");
    case "question": return (r.prefix ? `${esc(tr(lang, r.prefix))} ` : "") + esc(tr(lang, r.msg));
    case "welcome": return esc(t(lang, "tg-welcome"));
    case "languages": return esc(t(lang, "tg-language-choose"));
    case "languageSet": return esc(t(r.language, "tg-language-set"));
    case "requestCard": return requestCard(lang, r.request);
    case "shortlist": return shortlistCard(lang, r.product, r.items.map((i) => i.item));
    case "requests": {
      const lines = r.items.map((i) => `• ${esc(i.label)} — ${esc(requestStatus(lang, i))} (${i.createdAt})`);
      return `${esc(t(lang, "tg-requests-title"))}\n${lines.join("\n")}`;
    }
    case "threads": {
      const lines = r.items.map((i) => `• <b>${esc(i.sellerName)}</b> — ${esc(i.product ?? "")} (${esc(t(lang, statusKey(i.status)))})`);
      return `${esc(t(lang, "tg-threads-title"))}\n${lines.join("\n")}`;
    }
    case "quotes": {
      const c = r.comparison;
      const lines = c.rows.map((row) => {
        const base = esc(t(lang, "tg-quote-line", { seller: row.seller.name, price: row.quote.unitPrice, currency: row.quote.currency, unit: row.quote.unit }));
        const extra = [row.total !== null && c.currency ? `≈ ${row.total} ${c.currency}` : null, row.cheapest ? "💲" : null, row.fastest ? "⚡" : null, row.quote.leadTimeDays !== null ? t(lang, "tg-days", { days: row.quote.leadTimeDays }) : null].filter(Boolean);
        return `• ${base}${extra.length ? ` — ${esc(extra.join(" · "))}` : ""}`;
      });
      const note = c.approximate ? `\n<i>${esc(t(lang, "deal-compare-approximate"))}</i>` : "";
      return `<b>${esc(t(lang, "tg-quotes-title", { product: r.product }))}</b>\n${lines.join("\n")}${note}`;
    }
    case "profileSaved": {
      const p = r.profile;
      const none = t(lang, "tg-profile-none");
      const country = p.country ? (new Intl.DisplayNames([lang], { type: "region" }).of(p.country) ?? p.country) : none;
      const type = p.companyType ? t(lang, `company-type-${p.companyType}`) : none;
      return esc(t(lang, "tg-profile-saved", { company: p.company ?? none, type, country }));
    }
  }
}

/** Every reply as messages, in order; `lang` follows a language change among them. */
export function renderReplies(lang: string, replies: Reply[]): Outgoing[] {
  const out: Outgoing[] = [];
  let current = lang;
  for (const r of replies) {
    if (r.kind === "languageSet") current = r.language;
    const parts = splitHtml(body(current, r));
    const kb = "buttons" in r && r.buttons ? keyboardOf(current, r.buttons) : undefined;
    parts.forEach((text, i) => out.push({ text, ...(kb && i === parts.length - 1 ? { keyboard: kb } : {}) }));
  }
  return out;
}
