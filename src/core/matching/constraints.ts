// Scores how well a product fits the buyer's commercial constraints (quantity vs MOQ, pack,
// certificates, shipping, price, lead time) and says so. A mismatch lowers the score by a
// factor; an unknown fact is neutral but stated, so the buyer knows what to ask. Both the factor
// and the reasons are read from the item's facts (itemFacts.ts), which the shortlist shows.
import type { StructuredRequest } from "../model.js";
import type { ProductFacts } from "../../ports/catalogSearch.js";
import type { RateTable } from "./currency.js";
import { formatQuantity } from "./units.js";
import { itemFacts, type FactOptions, type ItemFacts } from "./itemFacts.js";
import { reason, type Reason } from "./reasons.js";

export const PENALTY = {
  moqAbove: 0.75,
  certMissing: 0.8, // per missing certificate, when certificates are wished for but not required
  shipsNo: 0.6,
  priceNear: 0.92,
  priceAbove: 0.75,
  leadLate: 0.75,
} as const;

export interface ConstraintResult {
  factor: number;
  reasons: Reason[];
  facts: ItemFacts;
}

const money = (amount: number, currency: string) => `${amount.toLocaleString("en", { maximumFractionDigits: 2 })} ${currency}`;

export function evaluateConstraints(req: StructuredRequest, p: ProductFacts, now: Date, rates: RateTable, opts: FactOptions = {}): ConstraintResult {
  const facts = itemFacts(req, p, now, rates, opts);
  let factor = 1;
  const reasons: Reason[] = [];

  const m = facts.moq;
  if (req.quantity) {
    if (!m.moq || m.status === "incomparable") reasons.push(reason("moq_unknown", null, m.moq ? { moq: formatQuantity(m.moq.value, m.moq.unit) } : {}));
    else {
      const params = { moq: formatQuantity(m.moq.value, m.moq.unit), quantity: formatQuantity(req.quantity.value, req.quantity.unit), assumption: containerLabel(m) };
      const approx = m.container ? "_approx" : "";
      if (m.ok) reasons.push(reason(`moq_ok${approx}`, true, params));
      else {
        factor *= PENALTY.moqAbove;
        reasons.push(reason(`moq_above${approx}`, false, params));
      }
    }
  }

  const pack = m.pack;
  if (pack?.fit) {
    factor *= pack.factor;
    const label = pack.size ? formatQuantity(pack.size.amount, pack.size.base) : (pack.family ?? "");
    reasons.push(reason(pack.fit === "ok" ? "pack_ok" : pack.fit === "small" ? "pack_small" : "pack_large", pack.fit === "ok", { pack: label }));
  }

  const c = facts.certs;
  if (c?.asked.length) {
    if (c.satisfied.length) reasons.push(reason("certs_ok", true, { certs: c.satisfied.join(", ") }));
    if (c.missing.length) {
      factor *= PENALTY.certMissing ** c.missing.length;
      reasons.push(reason("certs_missing", false, { certs: c.missing.join(", ") }));
    }
  }

  const s = facts.ships;
  if (s) {
    if (s.ok === null) reasons.push(reason("ships_unknown", null, { country: s.country }));
    else if (s.ok) reasons.push(reason("ships_ok", true, { country: s.country }));
    else {
      factor *= PENALTY.shipsNo;
      reasons.push(reason("ships_no", false, { country: s.country }));
    }
  }

  const pr = facts.price;
  if (pr.target) {
    const target = money(pr.target.amount, pr.target.currency);
    if (pr.lo === null || pr.status === "unknown" || pr.status === "incomparable") reasons.push(reason("price_unknown", null, { target }));
    else {
      const params = { from: money(pr.lo, pr.target.currency), per: pr.per ?? "", target };
      if (pr.ok) reasons.push(reason("price_ok", true, params));
      else if (pr.status === "near") {
        factor *= PENALTY.priceNear;
        reasons.push(reason("price_near", false, params));
      } else {
        factor *= PENALTY.priceAbove;
        reasons.push(reason("price_above", false, params));
      }
    }
  }

  const l = facts.lead;
  if (l.deadline) {
    if (l.days === null) reasons.push(reason("lead_unknown", null, { deadline: l.deadline }));
    else if (l.ok) reasons.push(reason("lead_ok", true, { days: l.days, deadline: l.deadline }));
    else {
      factor *= PENALTY.leadLate;
      reasons.push(reason("lead_late", false, { days: l.days, daysLeft: Math.max(0, l.daysLeft ?? 0), deadline: l.deadline }));
    }
  }
  return { factor, reasons, facts };
}

/** The container assumption in English, for the reason-* messages (Discord's lead card). */
function containerLabel(m: ItemFacts["moq"]): string {
  const c = m.container;
  if (!c) return "";
  const n = (x: number) => x.toLocaleString("en");
  return `${c.count} × ${c.size} ft ≈ ${n(c.t[0])}–${n(c.t[1])} t or ${n(c.l[0])}–${n(c.l[1])} L`;
}
