// Scores how well a product fits the buyer's commercial constraints (quantity vs MOQ,
// certificates, shipping, price, lead time) and says so. A mismatch lowers the score by a
// factor; an unknown fact is neutral but stated, so the buyer knows what to ask.
import type { StructuredRequest } from "../model.js";
import type { ProductFacts } from "../../ports/catalogSearch.js";
import { splitCertifications } from "./certifications.js";
import { convertMoney, type RateTable } from "./currency.js";
import { convertQuantity, convertRange, formatQuantity, type QuantityRange } from "./units.js";
import { packSize } from "./packs.js";
import { reason, type Reason } from "./reasons.js";

export const PENALTY = {
  moqAbove: 0.75,
  certMissing: 0.8, // per missing certificate, when certificates are wished for but not required
  shipsNo: 0.6,
  priceNear: 0.92,
  priceAbove: 0.75,
  leadLate: 0.75,
  packSmall: 0.8, // retail packs for a bulk order
  packLarge: 0.85, // a pack bigger than the whole order
} as const;

// EU members, for sellers who list "EU" as an export market.
const EU = new Set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" "));

export interface ConstraintResult {
  factor: number;
  reasons: Reason[];
}

const money = (amount: number, currency: string) => `${amount.toLocaleString("en", { maximumFractionDigits: 2 })} ${currency}`;
const DAY_MS = 86_400_000;

export function evaluateConstraints(req: StructuredRequest, p: ProductFacts, now: Date, rates: RateTable): ConstraintResult {
  let factor = 1;
  const reasons: Reason[] = [];

  if (req.quantity && p.moq !== null && p.unit) {
    const moq = formatQuantity(p.moq, p.unit);
    const qty = quantityIn(req.quantity, p);
    const params = { moq, quantity: formatQuantity(req.quantity.value, req.quantity.unit), assumption: qty?.assumption ?? "" };
    const approx = qty?.assumption ? "_approx" : "";
    if (qty === null) reasons.push(reason("moq_unknown", null, { moq }));
    else if (qty.hi >= p.moq) reasons.push(reason(`moq_ok${approx}`, true, params));
    else {
      factor *= PENALTY.moqAbove;
      reasons.push(reason(`moq_above${approx}`, false, params));
    }
  } else if (req.quantity) reasons.push(reason("moq_unknown", null, {}));

  const pack = packFit(req, p);
  if (pack) {
    factor *= pack.factor;
    reasons.push(pack.reason);
  }

  if (req.certifications.length) {
    const { satisfied, missing } = splitCertifications(req.certifications, p.certifications);
    if (satisfied.length) reasons.push(reason("certs_ok", true, { certs: satisfied.join(", ") }));
    if (missing.length) {
      factor *= PENALTY.certMissing ** missing.length;
      reasons.push(reason("certs_missing", false, { certs: missing.join(", ") }));
    }
  }

  const dest = req.destination?.country;
  if (dest) {
    if (!p.shipsTo.length) reasons.push(reason("ships_unknown", null, { country: dest }));
    else if (p.shipsTo.includes("*") || p.shipsTo.includes(dest) || (EU.has(dest) && p.shipsTo.includes("EU")))
      reasons.push(reason("ships_ok", true, { country: dest }));
    else {
      factor *= PENALTY.shipsNo;
      reasons.push(reason("ships_no", false, { country: dest }));
    }
  }

  const target = req.targetPrice;
  if (target) {
    const per = target.per ?? p.unit;
    const unitsPerTarget = per && p.unit ? convertQuantity(1, per, p.unit) : null;
    const min = p.priceMin ?? p.priceMax;
    const converted = min !== null && p.currency && unitsPerTarget !== null ? convertMoney(min * unitsPerTarget, p.currency, target.currency, rates) : null;
    if (converted === null) reasons.push(reason("price_unknown", null, { target: money(target.amount, target.currency) }));
    else {
      const params = { from: money(converted, target.currency), per: per ?? "", target: money(target.amount, target.currency) };
      if (converted <= target.amount) reasons.push(reason("price_ok", true, params));
      else if (converted <= target.amount * 1.15) {
        factor *= PENALTY.priceNear;
        reasons.push(reason("price_near", false, params));
      } else {
        factor *= PENALTY.priceAbove;
        reasons.push(reason("price_above", false, params));
      }
    }
  }

  if (req.deadline) {
    const daysLeft = Math.floor((Date.parse(`${req.deadline}T00:00:00Z`) - now.getTime()) / DAY_MS);
    if (p.leadTimeDays === null) reasons.push(reason("lead_unknown", null, { deadline: req.deadline }));
    else if (p.leadTimeDays <= daysLeft) reasons.push(reason("lead_ok", true, { days: p.leadTimeDays, deadline: req.deadline }));
    else {
      factor *= PENALTY.leadLate;
      reasons.push(reason("lead_late", false, { days: p.leadTimeDays, daysLeft: Math.max(0, daysLeft), deadline: req.deadline }));
    }
  }
  return { factor, reasons };
}

/** The order in the product's MOQ unit; a count of pieces or cartons converts through the pack size. */
function quantityIn(q: NonNullable<StructuredRequest["quantity"]>, p: ProductFacts): QuantityRange | null {
  const direct = convertRange(q.value, q.unit, p.unit!);
  if (direct) return direct;
  // "2 t" against an MOQ of "500 pcs" of 100 mL bottles: 2 t is 20,000 bottles' worth.
  const size = packSize(p);
  if (!size) return null;
  if (p.unit === "pcs") {
    const order = convertRange(q.value, q.unit, size.base);
    return order && { lo: order.lo / size.amount, hi: order.hi / size.amount, assumption: order.assumption };
  }
  if (q.unit === "pcs") return convertRange(q.value * size.amount, size.base, p.unit!);
  return null;
}

/**
 * Does the pack suit the order? Tonnes want drums, IBCs, flexitanks or bulk bags, not 100 mL
 * bottles; a small order does not want a 24,000 L flexitank. Null when either side is unknown.
 */
function packFit(req: StructuredRequest, p: ProductFacts): { factor: number; reason: Reason } | null {
  const size = packSize(p);
  if (!req.quantity || !size || req.quantity.unit === "pcs" || req.quantity.unit === "carton") return null;
  const order = convertRange(req.quantity.value, req.quantity.unit, size.base);
  if (!order) return null;
  const packs = order.lo / size.amount;
  const pack = formatQuantity(size.amount, size.base);
  if (packs > 5000 || (order.lo >= 500 && size.amount <= 1)) return { factor: PENALTY.packSmall, reason: reason("pack_small", false, { pack }) };
  if (packs < 0.5) return { factor: PENALTY.packLarge, reason: reason("pack_large", false, { pack }) };
  return { factor: 1, reason: reason("pack_ok", true, { pack }) };
}
