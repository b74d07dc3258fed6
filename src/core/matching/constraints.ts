// Scores how well a product fits the buyer's commercial constraints (quantity vs MOQ,
// certificates, shipping, price, lead time) and says so. A mismatch lowers the score by a
// factor; an unknown fact is neutral but stated, so the buyer knows what to ask.
import type { StructuredRequest } from "../model.js";
import type { ProductFacts } from "../../ports/catalogSearch.js";
import { splitCertifications } from "./certifications.js";
import { convertMoney, type RateTable } from "./currency.js";
import { convertQuantity, formatQuantity } from "./units.js";
import { reason, type Reason } from "./reasons.js";

export const PENALTY = {
  moqAbove: 0.75,
  certMissing: 0.8, // per missing certificate, when certificates are wished for but not required
  shipsNo: 0.6,
  priceNear: 0.92,
  priceAbove: 0.75,
  leadLate: 0.75,
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
    const qty = convertQuantity(req.quantity.value, req.quantity.unit, p.unit);
    const moq = formatQuantity(p.moq, p.unit);
    if (qty === null) reasons.push(reason("moq_unknown", null, { moq }));
    else if (qty >= p.moq) reasons.push(reason("moq_ok", true, { moq }));
    else {
      factor *= PENALTY.moqAbove;
      reasons.push(reason("moq_above", false, { moq, quantity: formatQuantity(req.quantity.value, req.quantity.unit) }));
    }
  } else if (req.quantity) reasons.push(reason("moq_unknown", null, {}));

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
