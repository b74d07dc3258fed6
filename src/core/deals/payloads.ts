// Builders for outbox messages: thread keys, delivery keys and the displayed facts each payload
// carries. Buyer-bound messages go to the buyer's platform and stop when the buyer blocked us;
// seller-bound messages go to the seller desk (Discord unless configured otherwise).
import {
  outboxPayloadSchemas, type NextMatch, type OutboxDraft, type OutboxKind, type OutboxPayload, type QuoteFacts,
  type Recipient, type RequestFacts,
} from "../../ports/outbox.js";
import type { BuyerRecord, IntroductionContext, MatchRecord, QuoteRecord, RequestRecord, SellerRecord } from "../../ports/dealStore.js";
import { isoDay } from "./decimal.js";
import type { Platform } from "./types.js";

export const sellerThreadKey = (introductionId: string): string => `intro:${introductionId}:seller`;
export const buyerThreadKey = (introductionId: string): string => `intro:${introductionId}:buyer`;

function draft<K extends OutboxKind>(platform: Platform, kind: K, payload: OutboxPayload<K>, deliveryKey: string, threadKey: string): OutboxDraft {
  // A payload that fails its own schema is a bug here, not a user error: fail loudly, before commit.
  const parsed = outboxPayloadSchemas[kind].safeParse(payload);
  if (!parsed.success) throw new Error(`outbox ${kind} payload invalid: ${parsed.error.message}`);
  return { platform, kind, payload: parsed.data, deliveryKey, threadKey } as OutboxDraft;
}

/** A message for the seller side of an introduction. */
export function toSeller<K extends OutboxKind>(sellerPlatform: Platform, introductionId: string, kind: K, payload: OutboxPayload<K>, deliveryKey: string): OutboxDraft {
  return draft(sellerPlatform, kind, payload, deliveryKey, sellerThreadKey(introductionId));
}

/** A message for the buyer side; none when the buyer blocked the bot (their deliveries stop). */
export function toBuyer<K extends OutboxKind>(buyer: BuyerRecord, introductionId: string, kind: K, payload: OutboxPayload<K>, deliveryKey: string): OutboxDraft[] {
  if (!buyer.active) return [];
  return [draft(buyer.platform, kind, payload, deliveryKey, buyerThreadKey(introductionId))];
}

/** A message about a request rather than an introduction (a watched request now finds sellers). */
export function toBuyerAboutRequest<K extends OutboxKind>(buyer: BuyerRecord, requestId: string, kind: K, payload: OutboxPayload<K>, deliveryKey: string): OutboxDraft[] {
  if (!buyer.active) return [];
  return [draft(buyer.platform, kind, payload, deliveryKey, `request:${requestId}:buyer`)];
}

export const recipient = (buyer: BuyerRecord): Recipient => ({ platform: buyer.platform, externalId: buyer.externalId, language: buyer.language });

export const sellerRef = (s: SellerRecord) => ({ id: s.id, name: s.name, country: s.country });

/** The fields every buyer-bound payload shares. */
export const buyerEnvelope = (ctx: IntroductionContext) => ({
  introductionId: ctx.intro.id,
  requestId: ctx.request.id,
  to: recipient(ctx.buyer),
  seller: sellerRef(ctx.seller),
  product: ctx.request.product,
});

export const sellerEnvelope = (ctx: IntroductionContext) => ({ introductionId: ctx.intro.id, sellerId: ctx.seller.id });

export function requestFacts(r: RequestRecord): RequestFacts {
  return {
    requestId: r.id,
    product: r.product,
    quantity: r.quantityValue && r.quantityUnit ? { value: r.quantityValue, unit: r.quantityUnit } : null,
    targetPrice: r.targetPriceAmount && r.targetPriceCurrency ? { amount: r.targetPriceAmount, currency: r.targetPriceCurrency, per: r.targetPricePer } : null,
    incoterm: r.incoterm,
    destination: r.destinationCountry || r.destinationPlace ? { country: r.destinationCountry, place: r.destinationPlace } : null,
    deadline: r.deadline ? isoDay(r.deadline) : null,
    certifications: r.certifications,
    certificationsRequired: r.certificationsRequired,
  };
}

export function quoteFacts(q: QuoteRecord): QuoteFacts {
  return {
    quoteId: q.id, version: q.version, unitPrice: q.unitPrice, currency: q.currency, unit: q.unit, moq: q.moq, moqUnit: q.moqUnit,
    leadTimeDays: q.leadTimeDays, incoterm: q.incoterm, incotermPlace: q.incotermPlace,
    validUntil: q.validUntil ? isoDay(q.validUntil) : null, samplesAvailable: q.samplesAvailable, sampleCost: q.sampleCost,
    paymentTerms: q.paymentTerms, notes: q.notes, status: q.status,
  };
}

/** One line for the thread history ("Quote v2: 12.5 EUR/kg, MOQ 500 kg, FOB Casablanca, 21 days"). */
export function quoteSummary(q: QuoteRecord): string {
  const parts = [`${q.unitPrice} ${q.currency}/${q.unit}`];
  if (q.moq) parts.push(`MOQ ${q.moq} ${q.moqUnit ?? q.unit}`);
  if (q.incoterm) parts.push([q.incoterm, q.incotermPlace].filter(Boolean).join(" "));
  if (q.leadTimeDays !== null) parts.push(`${q.leadTimeDays} days`);
  if (q.validUntil) parts.push(`valid until ${isoDay(q.validUntil)}`);
  return `Quote v${q.version}: ${parts.join(", ")}`;
}

/**
 * The best shortlist entry whose seller has no introduction for this request yet: newest round
 * first, then rank. What the buyer is offered when a seller declines or does not answer.
 */
export function nextMatch(matches: MatchRecord[], introducedSellerIds: Set<string>): NextMatch {
  const m = matches.find((x) => !introducedSellerIds.has(x.sellerId));
  return m ? { matchId: m.id, sellerId: m.sellerId, sellerName: m.sellerName, sku: m.sku, title: m.title, rank: m.rank } : null;
}
