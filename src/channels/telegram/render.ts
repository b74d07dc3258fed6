// Telegram HTML for what the buyer sees. Every value that came from a user (buyer text, seller
// names, product titles, notes) goes through `esc`; only our own tags are left unescaped.
import { t } from "../../locales/index.js";
import { itemView } from "../../core/matching/renderFacts.js";
import type { MatchItem } from "../../core/matching/matchRequest.js";
import type { StructuredRequest } from "../../core/model.js";
import type { QuoteFacts } from "../../ports/outbox.js";

export const esc = (s: string | number): string =>
  String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const line = (lang: string, key: string, value: string | null): string | null =>
  value ? `<b>${esc(t(lang, key))}:</b> ${esc(value)}` : null;

export function requestCard(lang: string, r: StructuredRequest): string {
  const dest = r.destination ? [r.destination.place, r.destination.country].filter(Boolean).join(", ") : null;
  const rows = [
    `📋 <b>${esc(t(lang, "tg-card-title"))}</b>`,
    line(lang, "tg-field-product", r.product),
    line(lang, "tg-field-quantity", r.quantity ? `${r.quantity.value} ${r.quantity.unit}` : null),
    line(lang, "tg-field-target", r.targetPrice ? `${r.targetPrice.amount} ${r.targetPrice.currency}${r.targetPrice.per ? `/${r.targetPrice.per}` : ""}` : null),
    line(lang, "tg-field-incoterm", r.incoterm),
    line(lang, "tg-field-destination", dest || null),
    line(lang, "tg-field-deadline", r.deadline),
    line(lang, "tg-field-certs", r.certifications.length ? r.certifications.join(", ") : null),
  ];
  return rows.filter(Boolean).join("\n");
}

/** Each item: its title first, then the seller, then one ✓/✗/? line per fact (the same lines as the playground). */
export function shortlistCard(lang: string, product: string, items: MatchItem[]): string {
  const out = [`🔎 <b>${esc(t(lang, "tg-shortlist-title", { product }))}</b>`];
  items.forEach((i, n) => {
    const v = itemView(t, lang, i);
    out.push("");
    out.push(`<b>${n + 1}. ${esc(v.title)}</b>`);
    out.push(`<i>${esc(v.seller)}</i>`);
    for (const l of v.lines) out.push(esc(l));
  });
  return out.join("\n");
}

export function quoteCard(lang: string, seller: string, product: string | null, q: QuoteFacts, previous: QuoteFacts | null): string {
  const rows = [
    `💰 <b>${esc(t(lang, "tg-quote-title", { version: q.version, seller }))}</b>${previous ? ` ${esc(t(lang, "tg-quote-revised", { previous: previous.version }))}` : ""}`,
    product ? `<i>${esc(product)}</i>` : null,
    line(lang, "tg-quote-unit-price", `${q.unitPrice} ${q.currency}/${q.unit}`),
    line(lang, "tg-moq", q.moq ? `${q.moq} ${q.moqUnit ?? q.unit}` : null),
    line(lang, "tg-lead-time", q.leadTimeDays !== null ? t(lang, "tg-days", { days: q.leadTimeDays }) : null),
    line(lang, "tg-field-incoterm", q.incoterm ? `${q.incoterm}${q.incotermPlace ? ` ${q.incotermPlace}` : ""}` : null),
    line(lang, "tg-quote-valid", q.validUntil),
    line(lang, "tg-quote-payment", q.paymentTerms),
    line(lang, "tg-quote-samples", q.samplesAvailable === null ? null : q.samplesAvailable ? `✓${q.sampleCost ? ` (${q.sampleCost} ${q.currency})` : ""}` : "✗"),
    line(lang, "tg-quote-notes", q.notes),
  ];
  return rows.filter(Boolean).join("\n");
}

export function sellerMessage(lang: string, seller: string, text: string): string {
  return `💬 <b>${esc(t(lang, "tg-seller-says", { seller }))}</b>\n${esc(text)}\n\n<i>${esc(t(lang, "tg-reply-hint"))}</i>`;
}

/** A plain translated sentence, escaped (arguments may hold user text). */
export const say = (lang: string, key: string, args?: Record<string, string | number>): string => esc(t(lang, key, args));
