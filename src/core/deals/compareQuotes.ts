// The buyer's side-by-side view of a request's quotes: each seller's latest version, its price
// converted to one currency and one unit where the units convert (indicative rates: "about"),
// the total for the requested quantity, whether the MOQ fits, and the cheapest / fastest marked.
import type { QuoteFacts } from "../../ports/outbox.js";
import type { IntroductionStatus } from "./types.js";
import type { DealDeps } from "./deps.js";
import { convertMoney, DEFAULT_RATES, DEFAULT_RATES_DATE, type RateTable } from "../matching/currency.js";
import { convertQuantity, convertRange } from "../matching/units.js";
import { buyerRequest } from "./access.js";
import { quoteFacts } from "./payloads.js";
import type { Actor } from "./types.js";

export interface ComparableQuote {
  introductionId: string;
  introductionStatus: IntroductionStatus;
  seller: { id: string; name: string; country: string | null };
  quote: QuoteFacts;
  /** How many versions this seller sent (the earlier ones are superseded). */
  versions: number;
}

export interface ComparisonRow extends ComparableQuote {
  /** Price per target unit in the target currency, rounded to 4 decimals; null when not convertible. */
  normalisedUnitPrice: number | null;
  /** For the requested quantity, in the target currency; null when quantity or conversion is missing. */
  total: number | null;
  /** The total as a range when the quantity is a container (1 × 40 ft ≈ 20–26 t): see `quantityAssumption`. */
  totalRange: { lo: number; hi: number } | null;
  moqFits: boolean | null;
  notComparable: "currency" | "unit" | null;
  cheapest: boolean;
  fastest: boolean;
}

export interface QuoteComparison {
  requestId: string;
  currency: string | null;
  unit: string | null;
  quantity: { value: number; unit: string } | null;
  /** True when some price was converted between currencies (indicative rates). */
  approximate: boolean;
  /** The date of the rate table used, to be said beside converted prices. */
  ratesDate: string;
  /** How a container quantity was turned into tonnes or litres, to be said; null when exact. */
  quantityAssumption: string | null;
  rows: ComparisonRow[];
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, c] of counts) if (best === null || c > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** Pure: normalises and ranks quotes against a target currency and unit. */
export function compareQuoteRows(
  items: ComparableQuote[],
  target: { currency?: string | null; unit?: string | null; quantity?: { value: number; unit: string } | null },
  rates: RateTable = DEFAULT_RATES,
  ratesDate: string = DEFAULT_RATES_DATE,
): Omit<QuoteComparison, "requestId"> {
  const currency = target.currency ?? mostCommon(items.map((i) => i.quote.currency));
  const unit = target.unit ?? mostCommon(items.map((i) => i.quote.unit));
  const quantity = target.quantity ?? null;
  let approximate = false;
  const rows: ComparisonRow[] = items.map((i) => {
    const q = i.quote;
    const price = currency ? convertMoney(Number(q.unitPrice), q.currency, currency, rates) : null;
    if (price !== null && q.currency !== currency) approximate = true;
    // Price per one target unit = price per quote unit × (quote units in one target unit).
    const perTarget = unit ? convertQuantity(1, unit, q.unit) : null;
    const normalised = price !== null && perTarget !== null ? round4(price * perTarget) : null;
    const qtyRange = quantity && unit ? convertRange(quantity.value, quantity.unit, unit) : null;
    const qtyInTarget = qtyRange && qtyRange.lo === qtyRange.hi ? qtyRange.lo : null;
    const money = (x: number) => Math.round(x * 100) / 100;
    const moqInQty = q.moq && quantity ? convertQuantity(Number(q.moq), q.moqUnit ?? q.unit, quantity.unit) : null;
    return {
      ...i,
      normalisedUnitPrice: normalised,
      total: normalised !== null && qtyInTarget !== null ? money(normalised * qtyInTarget) : null,
      totalRange: normalised !== null && qtyRange ? { lo: money(normalised * qtyRange.lo), hi: money(normalised * qtyRange.hi) } : null,
      moqFits: q.moq === null || moqInQty === null || !quantity ? null : moqInQty <= quantity.value,
      notComparable: price === null ? "currency" : perTarget === null ? "unit" : null,
      cheapest: false,
      fastest: false,
    };
  });
  const live = rows.filter((r) => r.quote.status === "active" || r.quote.status === "accepted");
  const priced = live.filter((r) => r.normalisedUnitPrice !== null);
  const minPrice = Math.min(...priced.map((r) => r.normalisedUnitPrice as number));
  const timed = live.filter((r) => r.quote.leadTimeDays !== null);
  const minLead = Math.min(...timed.map((r) => r.quote.leadTimeDays as number));
  for (const r of priced) r.cheapest = r.normalisedUnitPrice === minPrice;
  for (const r of timed) r.fastest = r.quote.leadTimeDays === minLead;
  rows.sort((a, b) => (a.normalisedUnitPrice ?? Infinity) - (b.normalisedUnitPrice ?? Infinity) || a.seller.name.localeCompare(b.seller.name));
  const quantityAssumption = quantity && unit ? convertRange(quantity.value, quantity.unit, unit)?.assumption ?? null : null;
  return { currency, unit, quantity, approximate, ratesDate, quantityAssumption, rows };
}

/**
 * The buyer's comparison of a request's quotes (latest version per seller; declined and expired
 * threads left out). Target currency and unit default to the request's target price, then quantity.
 */
export async function compareQuotes(
  deps: DealDeps, actor: Actor, input: { requestId: string; currency?: string; unit?: string },
): Promise<QuoteComparison> {
  return deps.deals.transact(async (tx) => {
    const { request } = await buyerRequest(tx, actor, input.requestId);
    const items: ComparableQuote[] = [];
    for (const ctx of await tx.listIntroductions({ requestId: request.id, statuses: ["quoted", "accepted"] })) {
      const quotes = await tx.listQuotes(ctx.intro.id);
      const latest = quotes.find((q) => q.status === "accepted") ?? quotes.at(-1);
      if (!latest) continue;
      items.push({
        introductionId: ctx.intro.id, introductionStatus: ctx.intro.status,
        seller: { id: ctx.seller.id, name: ctx.seller.name, country: ctx.seller.country },
        quote: quoteFacts(latest), versions: quotes.length,
      });
    }
    const quantity = request.quantityValue && request.quantityUnit ? { value: Number(request.quantityValue), unit: request.quantityUnit } : null;
    const r = compareQuoteRows(items, {
      currency: input.currency ?? request.targetPriceCurrency,
      unit: input.unit ?? request.targetPricePer ?? request.quantityUnit,
      quantity,
    }, deps.rates);
    return { requestId: request.id, ...r };
  });
}
