// The offline request parser: no network, no model. Each extractor reads one kind of fact and
// blanks it out, so the next one (and finally the product phrase) never sees it twice.
import { cleanText } from "../cleanText.js";
import { messageBody } from "./emailParts.js";
import type { StructuredRequest } from "../model.js";
import type { ParseOptions, RequestParser } from "../../ports/requestParser.js";
import { extractCertifications } from "./certifications.js";
import { ROMANCE_PARTICIPLE } from "./coordination.js";
import { BOUNDARY_WORDS, CLAUSE_WORDS, LEADING, TIME_WORDS, TRAILING, VAGUE } from "./fillers.js";
import { parseIsoDate, todayIso } from "./dates.js";
import { extractDeadline } from "./deadline.js";
import { disambiguateOman, extractDestination } from "./destination.js";
import { extractIncoterm } from "./incoterm.js";
import { detectLanguage } from "./language.js";
import { normalizeRequest } from "./normalize.js";
import { extractPrice } from "./price.js";
import { extractProduct } from "./product.js";
import { extractQuantity, type QuantityCandidate } from "./quantity.js";
import { mask, prepareText, words, type Span } from "./text.js";

/** What the rules saw beyond the structured request: the clarifying step uses it. */
export interface RequestAnalysis {
  request: StructuredRequest;
  /** The message was longer than the parser reads; only its beginning was used. */
  truncated: boolean;
  /** Further products named beside the first ("olive oil and argan oil"). */
  otherProducts: string[];
  /** Different amounts of the same kind with no correction between them. */
  conflictingQuantities: boolean;
  /** Every amount read, packaging sizes included. */
  quantities: QuantityCandidate[];
  /** A zero or negative quantity or price was written. */
  invalidNumbers: boolean;
}

export function analyzeRequest(text: string, options: ParseOptions = {}): RequestAnalysis {
  // A malformed reference date falls back to today rather than breaking every deadline.
  const now = options.now && parseIsoDate(options.now) ? options.now : todayIso();
  // (An email's subject label and signature go first: see emailParts.ts.)
  const prep = prepareText(typeof text === "string" ? messageBody(cleanText(text)) : "");
  const { folded } = prep;
  const language = detectLanguage(folded, prep.text);
  // "the vert", "the marocain": French typed without accents writes "thé" as "the", which the
  // product reading takes for the English article; before a tea word it is the tea.
  const t = language === "fr" ? prep.text.replace(FRENCH_TEA_UNACCENTED, "$1hé") : prep.text;

  const price = extractPrice(folded);
  const f1 = mask(folded, price.spans);
  const incoterm = extractIncoterm(t, f1);
  const certs = extractCertifications(t, f1);
  // "ISO 22000", "NPK 15-15-15", "450W", "12V", "P2O5" hold numbers that are neither amounts nor dates.
  const specs = specSpans(f1);
  const quantity = extractQuantity(mask(f1, [...certs.spans, ...specs]));
  const chosen = quantity.candidates.find((c) => c.quantity === quantity.quantity) ?? null;

  const factSpans: Span[] = [...price.spans, ...quantity.spans, ...(incoterm.span ? [incoterm.span] : [])];
  const f2 = mask(f1, [...quantity.spans, ...(incoterm.span ? [incoterm.span] : [])]);
  const destination = extractDestination(t, f2, words(f2), incoterm);
  const deadline = extractDeadline(mask(t, [...factSpans, ...destination.spans, ...specs]), mask(f2, [...destination.spans, ...specs]), now, language);

  const amounts = quantity.candidates.filter((c) => !c.packaging && (!c.bare || c === chosen));
  // "برتقال فالنسيا طازج", "زيت جوز الهند البكر": a place name with no cue, not the destination, with
  // plain words right before and after it, names a variety and stays in the product phrase.
  // A place typed in lowercase where the writer capitalises ("bouchons en liège naturel": cork, not
  // Liège), or named after "of" ("bottles of Meknes extra virgin olive oil"), is a word of the name
  // whatever comes before it.
  const capitalises = /\p{Lu}/u.test(t) && t !== t.toUpperCase();
  const asWord = (s: Span) => (capitalises && t.slice(s.start, s.end) === t.slice(s.start, s.end).toLowerCase()) || /(?:^|\s)of\s$/.test(f2.slice(Math.max(0, s.start - 4), s.start));
  const inline = destination.uncued.filter((s) => betweenWords(f2, s, asWord(s)));
  const product = extractProduct(t, folded, {
    quantities: amounts.map(({ start, end }) => ({ start, end })),
    blocked: [...factSpans, ...destination.spans.filter((s) => !inline.some((x) => x.start === s.start && x.end === s.end)), ...deadline.spans, ...certs.spans, ...countPerWeight(f1)],
    language,
  });

  // "cerámica de Fez", "tapis de Marrakech": a city joined by "de" right after the product names its kind.
  const cityOfOrigin = product.span && destination.originCities.find((c) => /^\s(?:de|d')\s?$/.test(folded.slice(product.span?.end ?? 0, c.start)));
  // "aceite de argán de Essaouira prensado en frío", "cuencos de cerámica de Safi pintados a mano": a
  // participle closing the clause after that city still describes the product.
  const processed = cityOfOrigin ? PROCESSED_AFTER.exec(folded.slice(cityOfOrigin.end)) : null;
  const cityPhrase = cityOfOrigin && product.span ? t.slice(product.span.start, cityOfOrigin.end + (processed?.[0].length ?? 0)).toLowerCase() : product.product;
  // "sudaderas con capucha", "almendra tostada con sal", "yerba mate con palo": in Spanish a "con"
  // complement of plain nouns, up to the end of the clause, is part of the name.
  const withPart = language === "es" && product.span && !cityOfOrigin ? withComplement(folded, product.span.end) : 0;
  const productPhrase = withPart && product.span ? t.slice(product.span.start, product.span.end + withPart).toLowerCase() : cityPhrase;

  const request = normalizeRequest(
    {
      product: productPhrase,
      quantity: quantity.quantity,
      targetPrice: price.price,
      incoterm: incoterm.incoterm,
      destination: disambiguateOman(destination.destination, typeof text === "string" ? text : ""),
      deadline: deadline.deadline,
      certifications: certs.certifications,
      language,
    },
    language,
  );
  return {
    request,
    truncated: prep.truncated,
    otherProducts: product.others,
    conflictingQuantities: quantity.conflicting,
    quantities: quantity.candidates,
    invalidNumbers: quantity.invalid || price.invalid,
  };
}

const FRENCH_TEA_UNACCENTED = /(?<![\p{L}])([Tt])he(?= (?:vert|verts|noir|noirs|blanc|rouge|marocain|chinois|de chine|a la menthe|à la menthe|menthe|gunpowder|chun mee|sencha|matcha|earl grey|en vrac|bio|nature)(?![\p{L}]))/gu;

// (Not a delivery: "enviado a Madrid", "livrée à Lyon".)
const PROCESSED_AFTER = new RegExp(String.raw`^\s(?!(?:enviad|entregad|despachad|mandad|embarcad|puest|livre|envoye|expedie)\p{L}*)${ROMANCE_PARTICIPLE}(?:\s(?:a|en|al|a la|au)\s\p{L}+)?(?=\s?(?:[,.;:!?()\n]|$))`, "u");

/**
 * Length of " con capucha de algodón" after `end`: plain words after "con", up to the end of the
 * clause or a boundary word ("… con sal para nuestra tienda"), else 0.
 */
function withComplement(folded: string, end: number): number {
  const m = /^\scon((?:\s[\p{L}']+){1,5})/u.exec(folded.slice(end, end + 60));
  if (!m) return 0;
  const ws = (m[1] ?? "").trim().split(/\s+/);
  // (A filler or certificate word ends it too: "con capucha de algodón orgánico" keeps "con capucha de algodón".)
  const plain = (w: string) => w === "de" || w === "del" || !(BOUNDARY_WORDS.has(w) || VAGUE.has(w) || LEADING.has(w) || TRAILING.has(w) || TIME_WORDS.has(w) || CLAUSE_WORDS.has(w));
  const stop = ws.findIndex((w) => !plain(w));
  const kept = stop < 0 ? ws : ws.slice(0, stop);
  const closes = stop >= 0 || /^\s*(?:[,.;:!?()\n]|$)/u.test(folded.slice(end + m[0].length));
  if (!kept.length || !closes || ["de", "del"].includes(kept.at(-1) ?? "")) return 0;
  return " con ".length + kept.join(" ").length;
}

/** A span with a plain word (not a cue word) right before (unless `anyBefore`) and right after it, no punctuation between. */
function betweenWords(folded: string, s: Span, anyBefore = false): boolean {
  const before = /(?:^|[^\p{L}])([\p{L}]+) $/u.exec(folded.slice(Math.max(0, s.start - 30), s.start))?.[1];
  const after = /^ ([\p{L}]+)/u.exec(folded.slice(s.end, s.end + 30))?.[1];
  const plainBefore = anyBefore || Boolean(before && !BOUNDARY_WORDS.has(before) && !LEADING.has(before));
  return Boolean(plainBefore && after && !BOUNDARY_WORDS.has(after) && !TRAILING.has(after));
}

// A number glued to an electrical or technical unit, or a chemical formula: part of the product.
const SPEC = /(?<![\p{L}\p{N}.,])(?:\d+(?:[.,]\d+)?\s?(?:w|wp|kw|kwp|kwh|mw|v|kv|vac|vdc|mah|ah|hp|hz|khz|ghz|gsm|rpm|psi)|[a-z]{1,2}\d[a-z]{1,2}\d?)(?![\p{L}\p{N}])/gu;

// Payment terms ("pago a 30 días", "paiement à 60 jours", "net 30") are not delivery deadlines.
const PAYMENT = /(?<![\p{L}])(?:pago|paiement|payment|payable|net|credit|credito|الدفع|دفع)\s(?:a |à |at |in |within |de |sous |بعد |خلال )?\d+\s?(?:dias|jours|days|ايام|يوم)?(?![\p{L}\p{N}])/gu;

// A count per weight is a grade ("10/15 pièces au kilo", "16-20 pcs per lb", "20 piezas por kilo"), not an amount.
const COUNT_PER_WEIGHT = /(?<![\p{L}\p{N}])(?:(?:calibre|calibrado|caliber|count|size|grade|talla|عيار|حجم)\s)?\d+(?:\s?[/-]\s?\d+)?\s?(?:pieces?|pcs|pc|piezas|pz|pzs|قطعه|حبه)\s?(?:au |per |par |por |a la |في ال|بال|\/\s?)(?:kilo|kg|lb|livre|libra)s?(?![\p{L}])/gu;

const countPerWeight = (folded: string): Span[] => [...folded.matchAll(COUNT_PER_WEIGHT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

function specSpans(folded: string): Span[] {
  return [...countPerWeight(folded), ...[...folded.matchAll(SPEC), ...folded.matchAll(PAYMENT)].map((m) => ({ start: m.index, end: m.index + m[0].length }))];
}

/** The offline default behind the RequestParser port. */
export class RulesRequestParser implements RequestParser {
  readonly name = "rules";

  parse(text: string, options: ParseOptions = {}): Promise<StructuredRequest> {
    return Promise.resolve(analyzeRequest(text, options).request);
  }
}

export const createRulesParser = (): RequestParser => new RulesRequestParser();
