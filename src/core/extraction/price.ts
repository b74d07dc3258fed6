// Target prices: an amount with a currency, and the unit it is per ("$3.20/kg", "€14 le litre",
// "CAD 12 per bottle", "25 MAD/kg", "under 4 USD").
import type { TargetPrice, Unit } from "../model.js";
import { findNumbers, type NumberToken } from "./numbers.js";
import { fold, type Span } from "./text.js";
import { canonicalUnit, containerSize, unitAt } from "./units.js";

// Folded spellings → ISO 4217. Symbols first so "us$" wins over "$".
const CURRENCY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["us\\$|usd|us dollars?|dollars? us|dollars? americains?|american dollars?|\\$ ?us|dolares? (?:americanos?|estadounidenses)|دولار امريكي|دولارات امريكيه", "USD"],
  ["c\\$|ca\\$|cad\\$|\\$ ?cad|cad|canadian dollars?|dollars? canadiens?|dolares? canadienses?|دولار كندي", "CAD"],
  ["a\\$|aud|australian dollars?", "AUD"],
  ["€|eur|euros?|يورو|اورو", "EUR"],
  ["£|gbp|pounds? sterling|sterling|libras? esterlinas?|جنيه استرليني", "GBP"],
  ["aed|emirati dirhams?|dirhams? (?:emiratis?|des emirats|uae)|درهم اماراتي|دراهم اماراتيه", "AED"],
  ["mad|dhs?|dirhams?|درهم مغربي|درهم|دراهم|د\\.م\\.", "MAD"],
  ["chf|swiss francs?|francs? suisses?|francos? suizos?", "CHF"],
  ["cny|rmb|yuans?", "CNY"],
  ["qar|qatari riyals?|riyals? qatariens?|ريال قطري", "QAR"],
  ["omr|omani rials?|ريال عماني", "OMR"],
  ["sar|saudi riyals?|riyals? saoudiens?|riyals?|ريال سعودي|ريال|ريالات", "SAR"],
  ["kwd|kuwaiti dinars?|dinars? koweitiens?|دينار كويتي", "KWD"],
  ["bhd|bahraini dinars?|دينار بحريني", "BHD"],
  ["jod|jordanian dinars?|(?:دينار|دنانير) اردني(?:ه)?", "JOD"],
  ["dzd|algerian dinars?|dinars? algeriens?|(?:دينار|دنانير) جزا[يئ]ري(?:ه)?|دج", "DZD"],
  ["tnd|tunisian dinars?|dinars? tunisiens?|دينار تونسي|دت", "TND"],
  ["egp|egyptian pounds?|livres? egyptiennes?|جنيه مصري|جنيه", "EGP"],
  ["turkish liras?|livres? turques?|liras? turcas?|ليره تركيه", "TRY"],
  ["jpy|yens?|¥", "JPY"],
  ["inr|rupees?|roupies?", "INR"],
  ["xof|fcfa|f ?cfa|cfa", "XOF"],
  ["xaf", "XAF"],
  ["mxn|pesos? mexicanos?", "MXN"],
  ["clp|pesos? chilenos?", "CLP"],
  ["cop|pesos? colombianos?", "COP"],
  ["ars|pesos? argentinos?", "ARS"],
  ["pen|soles|sol peruano", "PEN"],
  ["brl|reais|reales", "BRL"],
  ["zar|rands?", "ZAR"],
  ["\\$|dollars?|dolares?|dolar|bucks|دولار|دولارات", "USD"],
];
const CUR_SRC = CURRENCY_WORDS.map(([src]) => src).join("|");
const CUR_BEFORE = new RegExp(`(?<![\\p{L}])(${CUR_SRC})\\s?$`, "u");
// "95 TRY": the Turkish lira's code is an English verb, so it counts only after an amount.
const CUR_AFTER = new RegExp(`^\\s?(${CUR_SRC}|try)(?![\\p{L}])`, "u");
// "للكيلو", "لكل طن", "بالكيلو": Arabic joins the "per" to the unit word.
// ("للتر": the "ل" of "per" joined to "لتر", litre, whose own first letter is "ل".)
const PER = /^\s?(?:\/|per|a|an|le|la|les|l'|par|the|each|pour|pr|el|por|cada|لكل|ل(?=لتر|ليتر)|لل|ل|بال|علي ال|عن كل|في ال)\s?(?:1\s?)?(?:un |une |una )?/;
// "سعر العلبة ٢ دولار", "price per kg: 3 USD", "precio por kilo 2 €": the unit said before the amount.
const PER_BEFORE = /(?:price|prix|precio|tarif|سعر|السعر)\s(?:per\s|par\s|por\s|au\s|a la\s|al\s|du\s|de la\s|del\s|le\s|la\s|el\s)?(?:ال)?([\p{L}]+)\s?[:=]?\s?(?:is\s|est\s|es\s)?$/u;
const EACH = /^\s?(?:each|ea|apiece|a piece|la piece|piece|l'unite|par unite|per unit|per piece|per pair|a pair|la paire|par paire|\/ ?unit|\/ ?pc|\/ ?piece|la unidad|por unidad|cada uno|c\/u|por par|el par|للقطعه|للحبه|للوحده|للزوج)(?![\p{L}])/u;
// A noun after "per" that is not a unit: one piece of it, unless it is a time, a load or a lot.
const PER_THING =
  /^(?!(?:day|week|month|year|quarter|annum|shipment|order|lot|load|truck|trip|person|head|hour|night|dia|semana|mes|ano|envio|pedido|jour|semaine|mois|an|annee|commande|envoi|camion|lote)s?(?![\p{L}])|(?:يوم|اسبوع|شهر|سنه|شحنه|طلبيه|طلب|حاويه|شاحنه|دفعه|شخص)(?![\p{L}]))[\p{L}]{3,}(?![\p{L}])/u;
const CONTAINER_PER = /^(?:fcl|container|conteneur|(?:20|40)\s?(?:ft|'|pieds)?)(?:\s?(?:container|conteneur))?/;

/** A currency written as a symbol, code or word → ISO 4217, else null. */
export function canonicalCurrency(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const w = fold(raw.trim().normalize("NFC"));
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
  if (!unit || (unit.length < 2 && !/[/]|per|par/.test(lead[0]))) {
    // "60000 XOF per panel", "95 000 FCFA le panneau", "95 TRY por alfombra", "2500 DH للزربية": per one of the counted things.
    const thing = /^\s?(?:\/|per|por|cada|le|la|l'|el|لل|لكل)\s?$/.test(lead[0]) ? PER_THING.exec(folded.slice(at, at + 30)) : null;
    return thing ? { per: "pcs", end: at + thing[0].length } : null;
  }
  return { per: unit.unit, end: at + unit.length };
}

function priceAt(folded: string, n: NumberToken): { price: TargetPrice; span: Span } | null {
  if (n.spelled) return null;
  // Only digits and separators around the number: no currency to look for (keeps long inputs fast).
  const head = folded.slice(Math.max(0, n.start - 24), n.negative ? n.start - 1 : n.start);
  const tail = folded.slice(n.end, n.end + 24);
  const before = /[^\d\s.,]/.test(head) ? CUR_BEFORE.exec(head) : null;
  const after = before || !/[^\d\s.,]/.test(tail) ? null : CUR_AFTER.exec(tail);
  const cur = before?.[1] ?? after?.[1];
  if (!cur) return null;
  const currency = canonicalCurrency(cur);
  if (!currency) return null;
  const start = before ? (n.negative ? n.start - 1 : n.start) - before[0].length : n.start;
  const amountEnd = after ? n.end + after[0].length : n.end;
  const per = perUnit(folded, amountEnd);
  const unitBefore = per ? null : canonicalUnit(PER_BEFORE.exec(folded.slice(Math.max(0, start - 30), start))?.[1]);
  const perBefore = unitBefore && !/^container/.test(unitBefore) ? unitBefore : null;
  return {
    price: { amount: n.negative ? -n.value : n.value, currency, per: per?.per ?? perBefore },
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
