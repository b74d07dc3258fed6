// What the buyer chat shows, as data: bubbles with lines and inline buttons. The page renders
// them with textContent only, so every value here stays text whatever it contains.
import { z } from "zod";
import { t } from "../../locales/index.js";
import { declineReasonKey } from "../../core/deals/messages.js";
import type { StructuredRequest } from "../../core/model.js";
import type { MatchItem } from "../../core/matching/matchRequest.js";
import { renderReason } from "../../core/matching/renderReasons.js";
import type { OutboxMessage, QuoteFacts } from "../../ports/outbox.js";

const id = z.string().min(1).max(100);
const text = z.string().trim().min(1, "must not be empty").max(2000, "must be at most 2000 characters");

/** What a buyer's button (or the composer in reply mode) asks for. */
export const buyerActionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("search"), requestId: id }),
  z.object({ type: z.literal("introduce"), matchId: id }),
  z.object({ type: z.literal("introduce_top"), requestId: id, round: z.number().int().min(1).max(1000) }),
  z.object({ type: z.literal("more"), requestId: id }),
  z.object({ type: z.literal("accept"), quoteId: id }),
  z.object({ type: z.literal("decline"), introductionId: id }),
  // What the composer sends in one of its thread modes (see Button.compose).
  // "contact" carries the buyer's contact line, checked again by contactLineSchema (contacts.ts).
  z.object({ type: z.enum(["reply", "ask", "counter", "contact"]), introductionId: id, text }),
]);
export type BuyerAction = z.infer<typeof buyerActionSchema>;

/**
 * How the composer's next text goes to a seller, as Telegram's reply / [Ask] / [Counter] do;
 * "contact" is [Share my contact]: the text is the contact line the seller receives once both agree.
 */
export type ComposeMode = "reply" | "ask" | "counter" | "contact";

export interface Button {
  label: string;
  /** Sent as is to POST /api/buyer/action. */
  action?: BuyerAction;
  /** Puts the composer in this mode for this thread instead; the typed text is then the action's text. */
  compose?: { mode: ComposeMode; introductionId: string; sellerName: string };
}

export interface Bubble {
  from: "bot" | "seller";
  title?: string;
  lines: string[];
  buttons?: Button[];
}

const say = (lines: string[], title?: string): Bubble => ({ from: "bot", lines, ...(title ? { title } : {}) });
export const botText = (text: string): Bubble => say([text]);

export function requestLines(r: StructuredRequest): string[] {
  const lines = [`Product: ${r.product ?? "?"}`];
  if (r.quantity) lines.push(`Quantity: ${r.quantity.value} ${r.quantity.unit}`);
  if (r.destination) lines.push(`Destination: ${[r.destination.place, r.destination.country].filter(Boolean).join(", ")}`);
  if (r.incoterm) lines.push(`Incoterm: ${r.incoterm}`);
  if (r.targetPrice) lines.push(`Target price: ${r.targetPrice.amount} ${r.targetPrice.currency}${r.targetPrice.per ? ` / ${r.targetPrice.per}` : ""}`);
  if (r.deadline) lines.push(`Needed by: ${r.deadline}`);
  if (r.certifications.length) lines.push(`Certifications: ${r.certifications.join(", ")}`);
  return lines;
}

export const requestCard = (requestId: string, r: StructuredRequest): Bubble => ({
  ...say(requestLines(r), "Your request"),
  buttons: [{ label: "Search suppliers", action: { type: "search", requestId } }],
});

/** [Share my contact] in a thread: the composer asks for the contact line (see contacts.ts). */
export const shareContactButton = (introductionId: string, sellerName: string): Button =>
  ({ label: "Share my contact", compose: { mode: "contact", introductionId, sellerName } });

/** One [Introduce] per seller, then, as on Telegram, [Introduce top 3] (several sellers) and [More suppliers]. */
export function shortlistCard(lang: string, shortlist: { requestId: string; round: number }, items: { matchId: string; item: MatchItem }[]): Bubble {
  const lines: string[] = [];
  items.forEach(({ item }, n) => {
    const p = item.product;
    lines.push(`${n + 1}. ${p.title} — ${p.seller}${p.sellerCountry ? ` (${p.sellerCountry})` : ""}`);
    for (const r of item.reasons.slice(0, 3)) lines.push(`   ${renderReason(t, lang, r)}`);
  });
  const seen = new Set<string>();
  const buttons: Button[] = items
    .filter(({ item }) => !seen.has(item.product.seller) && seen.add(item.product.seller))
    .map(({ matchId, item }) => ({ label: `Introduce ${item.product.seller}`, action: { type: "introduce", matchId } }));
  if (buttons.length > 1) buttons.push({ label: "Introduce top 3", action: { type: "introduce_top", ...shortlist } });
  buttons.push({ label: "More suppliers", action: { type: "more", requestId: shortlist.requestId } });
  return { ...say(lines, "Suppliers that fit"), buttons };
}

export function quoteLines(q: QuoteFacts): string[] {
  const lines = [`Price: ${q.unitPrice} ${q.currency} / ${q.unit}`];
  if (q.moq) lines.push(`Minimum order: ${q.moq} ${q.moqUnit ?? q.unit}`);
  if (q.leadTimeDays !== null) lines.push(`Lead time: ${q.leadTimeDays} days`);
  if (q.incoterm) lines.push(`Incoterm: ${q.incoterm}${q.incotermPlace ? ` ${q.incotermPlace}` : ""}`);
  if (q.validUntil) lines.push(`Valid until: ${q.validUntil}`);
  if (q.paymentTerms) lines.push(`Payment: ${q.paymentTerms}`);
  if (q.notes) lines.push(`Notes: ${q.notes}`);
  return lines;
}

/**
 * A buyer-bound outbox message as a chat bubble. `sellerName` stands in for payloads that carry
 * only the seller's id (the contact ones).
 */
export function buyerBubble(message: OutboxMessage, sellerName?: string): Bubble {
  const p = message.payload as { introductionId: string; seller?: { name: string }; to?: { language: string } | null };
  const lang = p.to?.language ?? "en";
  const seller = p.seller?.name ?? sellerName ?? "The seller";
  const compose = (mode: ComposeMode, label: string): Button => ({ label, compose: { mode, introductionId: p.introductionId, sellerName: seller } });
  switch (message.kind) {
    case "quote": {
      const { quote, previous } = message.payload;
      // The same four buttons as Telegram's quote card.
      return {
        from: "seller", title: `${previous ? "Revised quote" : "Quote"} from ${seller} (v${quote.version})`, lines: quoteLines(quote),
        buttons: [
          { label: "Accept", action: { type: "accept", quoteId: quote.quoteId } }, compose("counter", "Counter"), compose("ask", "Ask"),
          { label: "Decline", action: { type: "decline", introductionId: p.introductionId } },
        ],
      };
    }
    case "seller_message": {
      const asks = message.payload.messageKind === "question";
      // Contacts can be offered at any time in a thread (the core allows it until it is closed).
      return {
        from: "seller", title: asks ? `${seller} asks` : seller, lines: [message.payload.text],
        buttons: [compose("reply", "Reply"), shareContactButton(p.introductionId, seller)],
      };
    }
    case "lead_declined": {
      const next = message.payload.nextMatch;
      return {
        ...say([`${seller} declined: ${t(lang, declineReasonKey(message.payload.reason))}`, ...(message.payload.note ? [message.payload.note] : []), ...(next ? [`Next on your shortlist: ${next.sellerName} — ${next.title}`] : [])]),
        ...(next ? { buttons: [{ label: `Introduce ${next.sellerName}`, action: { type: "introduce", matchId: next.matchId } }] } : {}),
      };
    }
    case "lead_expired": {
      const next = message.payload.nextMatch;
      return {
        ...say([`${seller} did not answer in time.`, ...(next ? [`Next on your shortlist: ${next.sellerName} — ${next.title}`] : [])]),
        ...(next ? { buttons: [{ label: `Introduce ${next.sellerName}`, action: { type: "introduce", matchId: next.matchId } }] } : {}),
      };
    }
    case "contacts": {
      // Both sides agreed: the seller's contact line, as its owner typed it (shown as text).
      const c = message.payload.counterpart;
      return say([c.contact ?? `${seller} has no contact details on file; keep talking here with Reply.`], `Contact details of ${seller}`);
    }
    case "contact_offer":
      return { ...say([`${seller} would like to exchange contact details. Yours is sent only if you share it too.`]), buttons: [shareContactButton(p.introductionId, seller)] };
    default:
      return say([`Update from ${seller}.`]);
  }
}
