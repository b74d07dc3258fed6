// The conversation's Replies, and buyer-bound outbox messages, as chat bubbles in the buyer's
// language: lines of text and inline buttons. The page renders them with textContent only, so every
// value stays text whatever it contains. A button either runs a command at once (`action`) or puts
// the composer in a thread mode (`compose`), as Telegram's [Ask]/[Counter]/[Reply] do.
import { t, languageName, translate } from "../../locales/index.js";
import { declineReasonKey, statusKey, watchMessage } from "../../core/deals/messages.js";
import { itemView } from "../../core/matching/renderFacts.js";
import type { BuyerCommand, Keyboard, Msg, Reply } from "../../core/conversation/index.js";
import type { StructuredRequest } from "../../core/model.js";
import type { OutboxMessage, QuoteFacts } from "../../ports/outbox.js";
import { requestStatus } from "../requestStatus.js";

/** How the composer's next text goes to a seller; "contact" is the contact line to share. */
export type ComposeMode = "reply" | "ask" | "counter" | "contact";

export interface Button {
  label: string;
  /** Sent as is to POST /api/buyer/command. */
  action?: BuyerCommand;
  /** Puts the composer in this mode for this thread instead; the typed text completes the command. */
  compose?: { mode: ComposeMode; introductionId: string; sellerName: string };
}

export interface Bubble {
  from: "bot" | "seller" | "you" | "error";
  title?: string;
  lines: string[];
  buttons?: Button[];
  /** A newer bubble with the same key supersedes this one: the page disables its buttons. */
  key?: string;
}

export const tr = (lang: string, msg: Msg): string => translate(lang, msg);

/** Telegram's labels start with an emoji; the page's buttons are plain words. */
const plain = (label: string) => label.replace(/^[^\p{L}\p{N}]+/u, "");

const sellerArg = (msg: Msg) => (typeof msg.args?.seller === "string" ? msg.args.seller : "");

/** Commands that need the buyer's words become composer modes; the rest run at once. */
function buttonsOf(lang: string, kb: Keyboard | undefined, sellerName: string): Button[] {
  return (kb ?? []).flat().map((b) => {
    const label = b.label.key.startsWith("conv-language-") ? languageName(b.label.key.slice(14)) : plain(tr(lang, b.label));
    const c = b.command;
    if (c.kind === "shareContact" && !c.contact) return { label, compose: { mode: "contact", introductionId: c.introductionId, sellerName } };
    if ((c.kind === "ask" || c.kind === "write") && !c.text) return { label, compose: { mode: c.kind === "ask" ? "ask" : "reply", introductionId: c.introductionId, sellerName } };
    return { label, action: c };
  });
}

export function requestLines(lang: string, r: StructuredRequest): string[] {
  const field = (key: string, value: string | null) => (value ? [`${t(lang, key)}: ${value}`] : []);
  return [
    ...field("tg-field-product", r.product ?? "?"),
    ...field("tg-field-quantity", r.quantity ? `${r.quantity.value} ${r.quantity.unit}` : null),
    ...field("tg-field-destination", r.destination ? [r.destination.place, r.destination.country].filter(Boolean).join(", ") : null),
    ...field("tg-field-incoterm", r.incoterm),
    ...field("tg-field-target", r.targetPrice ? `${r.targetPrice.amount} ${r.targetPrice.currency}${r.targetPrice.per ? ` / ${r.targetPrice.per}` : ""}` : null),
    ...field("tg-field-deadline", r.deadline),
    ...field("tg-field-certs", r.certifications.length ? r.certifications.join(", ") : null),
  ];
}

const bot = (lines: string[], title?: string, buttons?: Button[]): Bubble =>
  ({ from: "bot", lines, ...(title ? { title } : {}), ...(buttons?.length ? { buttons } : {}) });

export function replyBubble(lang: string, r: Reply): Bubble {
  switch (r.kind) {
    case "notice":
    {
      const l = r.lang ?? lang;
      return { ...bot([tr(l, r.msg), ...(r.detail ? [tr(l, r.detail)] : [])], undefined, buttonsOf(l, r.buttons, sellerArg(r.msg))), ...(r.level === "error" ? { from: "error" as const } : {}) };
    }
    case "question": return bot([(r.prefix ? `${tr(lang, r.prefix)} ` : "") + tr(lang, r.msg)], undefined, buttonsOf(lang, r.buttons, ""));
    case "welcome": return { ...bot([t(lang, "tg-welcome")], undefined, buttonsOf(lang, r.buttons, "")), key: "welcome" };
    case "languages": return { ...bot([t(lang, "tg-language-choose")], undefined, buttonsOf(lang, r.buttons, "")), key: "languages" };
    case "languageSet": return bot([t(r.language, "tg-language-set")]);
    case "requestCard": return { ...bot(requestLines(lang, r.request), t(lang, "tg-card-title"), buttonsOf(lang, r.buttons, "")), key: `request:${r.requestId}` };
    case "shortlist": {
      const lines: string[] = [];
      // The same lines as Telegram's shortlist (core renderFacts): title first, seller, then the facts.
      r.items.forEach(({ item }, n) => {
        const v = itemView(t, lang, item);
        lines.push(`${n + 1}. ${v.title}`, `   ${v.seller}`, ...v.lines.map((l) => `   ${l}`));
      });
      return { ...bot(lines, t(lang, "pg-shortlist-title"), buttonsOf(lang, r.buttons, "")), key: `request:${r.requestId}` };
    }
    case "requests": return { key: "requests", ...bot(r.items.map((i) => `${i.label} — ${requestStatus(lang, i)} (${i.createdAt})`), t(lang, "tg-requests-title"), buttonsOf(lang, r.buttons, "")) };
    case "threads": return bot(r.items.map((i) => `${i.sellerName} — ${i.product ?? ""} (${t(lang, statusKey(i.status))})`), t(lang, "tg-threads-title"), buttonsOf(lang, r.buttons, ""));
    case "quotes": {
      const c = r.comparison;
      const lines = c.rows.map((row) => [
        t(lang, "tg-quote-line", { seller: row.seller.name, price: row.quote.unitPrice, currency: row.quote.currency, unit: row.quote.unit }),
        row.total !== null && c.currency ? `≈ ${row.total} ${c.currency}` : null, row.cheapest ? "💲" : null, row.fastest ? "⚡" : null,
      ].filter(Boolean).join(" · "));
      return bot([...lines, ...(c.approximate ? [t(lang, "deal-compare-approximate")] : [])], t(lang, "tg-quotes-title", { product: r.product }));
    }
    case "profileSaved": {
      const none = t(lang, "tg-profile-none");
      const p = r.profile;
      return bot([t(lang, "tg-profile-saved", { company: p.company ?? none, type: p.companyType ? t(lang, `company-type-${p.companyType}`) : none, country: p.country ?? none })]);
    }
  }
}

/** Every reply as bubbles, following a language change among them. */
export function replyBubbles(lang: string, replies: Reply[]): Bubble[] {
  let current = lang;
  return replies.map((r) => {
    if (r.kind === "languageSet") current = r.language;
    return replyBubble(current, r);
  });
}

export function quoteLines(lang: string, q: QuoteFacts): string[] {
  const line = (key: string, value: string | null) => (value ? [`${t(lang, key)}: ${value}`] : []);
  return [
    ...line("tg-quote-unit-price", `${q.unitPrice} ${q.currency} / ${q.unit}`),
    ...line("tg-moq", q.moq ? `${q.moq} ${q.moqUnit ?? q.unit}` : null),
    ...line("tg-lead-time", q.leadTimeDays !== null ? t(lang, "tg-days", { days: q.leadTimeDays }) : null),
    ...line("tg-field-incoterm", q.incoterm ? `${q.incoterm}${q.incotermPlace ? ` ${q.incotermPlace}` : ""}` : null),
    ...line("tg-quote-valid", q.validUntil),
    ...line("tg-quote-payment", q.paymentTerms),
    ...line("tg-quote-notes", q.notes),
  ];
}

/** A buyer-bound outbox message as a bubble; `sellerName` stands in for payloads that carry only the seller's id. */
export function outboxBubble(lang: string, message: OutboxMessage, sellerName?: string): Bubble {
  const p = message.payload as { introductionId: string; seller?: { name: string } };
  const seller = p.seller?.name ?? sellerName ?? "?";
  const compose = (mode: ComposeMode, key: string): Button => ({ label: plain(t(lang, key)), compose: { mode, introductionId: p.introductionId, sellerName: seller } });
  const share = compose("contact", "tg-btn-share-contact");
  const introduceNext = (next: { matchId: string; sellerName: string; title: string } | null) =>
    (next ? { lines: [t(lang, "tg-next-match", { seller: next.sellerName, title: next.title })], buttons: [{ label: plain(t(lang, "tg-btn-introduce", { seller: next.sellerName })), action: { kind: "introduce" as const, matchId: next.matchId } }] } : { lines: [], buttons: [] });
  switch (message.kind) {
    case "quote": {
      const { quote, previous } = message.payload;
      const title = t(lang, "tg-quote-title", { version: quote.version, seller }) + (previous ? ` ${t(lang, "tg-quote-revised", { previous: previous.version })}` : "");
      // The same four buttons as Telegram's quote card.
      return {
        from: "seller", title, lines: quoteLines(lang, quote), key: `quote:${p.introductionId}`,
        buttons: [
          { label: plain(t(lang, "tg-btn-accept")), action: { kind: "accept", quoteId: quote.quoteId } }, compose("counter", "tg-btn-counter"), compose("ask", "tg-btn-ask"),
          { label: plain(t(lang, "tg-btn-decline")), action: { kind: "declineThread", introductionId: p.introductionId } },
        ],
      };
    }
    case "seller_message":
      // Contacts can be offered at any time in a thread (the core allows it until it is closed).
      return { from: "seller", title: t(lang, message.payload.messageKind === "question" ? "pg-seller-asks" : "tg-seller-says", { seller }), lines: [message.payload.text], buttons: [compose("reply", "pg-btn-reply"), share] };
    case "lead_declined": {
      const next = introduceNext(message.payload.nextMatch);
      const reason = t(lang, declineReasonKey(message.payload.reason)) + (message.payload.note ? ` — ${message.payload.note}` : "");
      return bot([t(lang, "deal-lead-declined", { seller, reason }), ...next.lines], undefined, next.buttons);
    }
    case "lead_expired": {
      const next = introduceNext(message.payload.nextMatch);
      return bot([t(lang, "tg-lead-expired", { seller }), ...next.lines], undefined, next.buttons);
    }
    case "contacts": {
      // Both sides agreed: the seller's contact line, as its owner typed it (shown as text).
      const c = message.payload.counterpart;
      return bot([c.contact ?? t(lang, "pg-no-contact", { seller })], t(lang, "pg-contacts-title", { seller }));
    }
    case "contact_offer":
      return bot([t(lang, "pg-contact-offer", { seller })], undefined, [share]);
    case "watch_hit": {
      const { product, requestId } = message.payload;
      const hit = watchMessage("hit", product);
      return bot([`🔔 ${t(lang, hit.key, hit.args)}`], undefined, [{ label: plain(t(lang, "tg-btn-search")), action: { kind: "search", requestId } }]);
    }
    case "watch_expired": {
      const { product, requestId, days } = message.payload;
      const end = watchMessage("expired", product, days);
      return bot([`🔕 ${t(lang, end.key, end.args)}`], undefined, [
        { label: plain(t(lang, "tg-btn-search")), action: { kind: "search", requestId } },
        { label: plain(t(lang, "tg-btn-watch-again")), action: { kind: "watch", requestId } },
      ]);
    }
    default:
      return bot([t(lang, "pg-update", { seller })]);
  }
}
