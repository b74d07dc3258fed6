// Target prices: an amount with a currency, and the unit it is per ("$3.20/kg", "€14 le litre",
// "CAD 12 per bottle", "25 MAD/kg", "under 4 USD").
import type { TargetPrice, Unit } from "../model.js";
import { findNumbers, type NumberToken } from "./numbers.js";
import type { Span } from "./text.js";
import { containerSize, unitAt } from "./units.js";

// Folded spellings → ISO 4217. Symbols first so "us$" wins over "$".
const CURRENCY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["us\\$|usd|us dollars?|dollars? us|dollars? americains?|american dollars?", "USD"],
  ["c\\$|ca\\$|cad\\$|\\$ ?cad|cad|canadian dollars?|dollars? canadiens?", "CAD"],
  ["a\\$|aud|australian dollars?", "AUD"],
  ["€|eur|euros?", "EUR"],
  ["£|gbp|pounds? sterling|sterling", "GBP"],
  ["mad|dhs?|dirhams?|د\\.م\\.", "MAD"],
  ["aed|emirati dirhams?", "AED"],
  ["chf|swiss francs?|francs? suisses?", "CHF"],
  ["cny|rmb|yuans?", "CNY"],
  ["sar|riyals?", "SAR"],
  ["jpy|yens?|¥", "JPY"],
  ["inr|rupees?", "INR"],
  ["xof|fcfa|cfa", "XOF"],
  ["\\$|dollars?|bucks", "USD"],
];
const CUR_SRC = CURRENCY_WORDS.map(([src]) => src).join("|");
const CUR_BEFORE = new RegExp(`(?<![\\p{L}])(${CUR_SRC})\\s?$`, "u");
const CUR_AFTER = new RegExp(`^\\s?(${CUR_SRC})(?![\\p{L}])`, "u");
const PER = /^\s?(?:\/|per|a|an|le|la|les|l'|par|the|each|pour|pr)\s?(?:1\s?)?(?:un |une )?/;
const EACH = /^\s?(?:each|ea|apiece|a piece|la piece|l'unite|par unite|per unit|per piece|\/ ?unit|\/ ?pc|\/ ?piece)(?![\p{L}])/u;
const CONTAINER_PER = /^(?:fcl|container|conteneur|(?:20|40)\s?(?:ft|'|pieds)?)(?:\s?(?:container|conteneur))?/;

/** A currency written as a symbol, code or word → ISO 4217, else null. */
export function canonicalCurrency(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const w = raw.trim().toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  if (/^[a-z]{3}$/.test(w) && !CURRENCY_WORDS.some(([src]) => new RegExp(`^(?:${src})$`).test(w))) return w.toUpperCase();
  for (const [src, code] of CURRENCY_WORDS) if (new RegExp(`^(?:${src})$`, "u").test(w)) return code;
  return null;
}

export interface PriceResult {
  price: TargetPrice | null;
  spans: Span[];
  invalid: boolean;
}

function perUnit(folded: string, pos: number): { per: Unit; end: number } | null {
  const each = EACH.exec(folded.slice(pos, pos + 20));
  if (each) return { per: "pcs", end: pos + each[0].length };
  const lead = PER.exec(folded.slice(pos, pos + 16));
  if (!lead) return null;
  const at = pos + lead[0].length;
  const container = CONTAINER_PER.exec(folded.slice(at, at + 24));
  if (container) return { per: containerSize(container[0].replace(/fcl|container|conteneur/g, "").trim()) ?? "container40", end: at + container[0].length };
  const unit = unitAt(folded, at);
  // "a"/"the" before a one-letter unit is too weak ("the t…"); "/t" and "per t" are fine.
  if (!unit || (unit.length < 2 && !/[/]|per|par/.test(lead[0]))) return null;
  return { per: unit.unit, end: at + unit.length };
}

function priceAt(folded: string, n: NumberToken): { price: TargetPrice; span: Span } | null {
  if (n.spelled) return null;
  const before = CUR_BEFORE.exec(folded.slice(Math.max(0, n.start - 24), n.negative ? n.start - 1 : n.start));
  const after = before ? null : CUR_AFTER.exec(folded.slice(n.end, n.end + 24));
  const cur = before?.[1] ?? after?.[1];
  if (!cur) return null;
  const currency = canonicalCurrency(cur);
  if (!currency) return null;
  const start = before ? (n.negative ? n.start - 1 : n.start) - before[0].length : n.start;
  const amountEnd = after ? n.end + after[0].length : n.end;
  const per = perUnit(folded, amountEnd);
  return {
    price: { amount: n.negative ? -n.value : n.value, currency, per: per?.per ?? null },
    span: { start, end: per?.end ?? amountEnd },
  };
}

export function extractPrice(folded: string): PriceResult {
  const spans: Span[] = [];
  let price: TargetPrice | null = null;
  let invalid = false;
  for (const n of findNumbers(folded)) {
    if (spans.some((s) => n.start < s.end)) continue;
    const found = priceAt(folded, n);
    if (!found) continue;
    spans.push(found.span);
    if (found.price.amount <= 0) invalid = true;
    else price ??= found.price;
  }
  return { price, spans, invalid: invalid && !price };
}
