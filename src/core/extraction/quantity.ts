// Quantities: a number followed by a unit ("2 tons", "5000L", "1 x 40ft container", "deux
// tonnes"), told apart from packaging sizes ("in 5 L tins") that describe the product instead.
import { ARABIC_PACK_NOUNS } from "./arabicPacks.js";
import type { Quantity, Unit } from "../model.js";
import { BOUNDARY_WORDS, CORRECTION, TRAILING } from "./fillers.js";
import { findNumbers, parseNumeral, round, type NumberToken } from "./numbers.js";
import type { Span } from "./text.js";
import { CONTAINER_WORD, unitAt } from "./units.js";

export interface QuantityCandidate extends Span {
  quantity: Quantity;
  /** "5 L tins", "bottles of 250 ml": a size of the packaging, not how much to buy. */
  packaging: boolean;
  /** Counted things without a unit word ("500 t-shirts"): weakest evidence. */
  bare: boolean;
  /** A container size with no count ("40ft reefer"): one container, unless a count is given elsewhere. */
  implicit?: boolean;
}

export interface QuantityResult {
  quantity: Quantity | null;
  spans: Span[];
  candidates: QuantityCandidate[];
  /** A zero or negative amount was written: not a usable quantity. */
  invalid: boolean;
  /** Two different amounts of the same kind with no correction between them: worth asking. */
  conflicting: boolean;
}

const PACKAGING_NOUN =
  /^[\s-]{0,2}(?:tins?|bottles?|jars?|jugs?|bags?|sacks?|sacs?|cans?|drums?|pouch(?:es)?|box(?:es)?|packs?|packets?|jerr?y ?cans?|jerricans?|bidons?|bouteilles?|boites?|pots?|seaux?|buckets?|sachets?|flacons?|fûts?|futs?|totes?|ibcs?|cartons?|cases?|la piece|l'unite|per (?:bottle|unit|bag|jar|tin|can|pack|piece|carton|box))(?![\p{L}])/u;
const PACK_NOUNS =
  "tins?|bottles?|jars?|bags?|sacks?|sacs?|cans?|drums?|pouch(?:es)?|box(?:es)?|packs?|bidons?|bouteilles?|boites?|pots?|seaux?|buckets?|sachets?|flacons?|futs?|cartons?|jugs?|units?|pieces?|pcs|botellas?|garrafas?|garrafones?|latas?|frascos?|tarros?|bolsas?|sacos?|cajas?|bidones|cubos?|envases?|botes?|paquetes?|bandejas?|tarrinas?|bidons?|عبوات|علب|اكياس|زجاجات|كراتين|بوقال|بواقل|برطمان|برطمانات|مرطبان|تنكه|تنكات|جالون|جالونات";
// "bottles of 250 ml", "sacs de 15 kg", "packed in 5 L": a size, since a preposition ties it to a pack.
const PACKAGING_BEFORE = new RegExp(
  `(?:(?:${PACK_NOUNS})\\s(?:of|de|d'|in|en|x)|(?:^|\\s)(?<!interested |interessee?s? |interesad[oa]s? |specialized |specialised |specialises? |dejalo |dejemoslo |dejarlo |quedamos )(?:in|en|into)|packed in|packaged in|conditionne(?:e|s|es)? en|(?:bagged|boxed|bottled|packed|jarred|sacked|ensachee?s?|embouteillee?s?|envasad[oa]s?|ensacad[oa]s?|embolsad[oa]s?|empacad[oa]s?)(?: in| en)?|format|size|taille)\\s?(?:\\d+\\s?x\\s?)?(?:\\d+(?:[.,]\\d+)?\\s?(?:-|–|to|a|à)\\s?)?$`,
);
// ("bagged 15-20 kg": the upper end of a pack-size range is a pack size too.)
// "عبوات ٥ لتر", "أكياس ٢٥ كيلو": Arabic puts the size right after the pack noun, with no "of".
const ARABIC_PACK_BEFORE = new RegExp(`(?:${ARABIC_PACK_NOUNS.join("|")})\\s?(?:سعه|حجم|وزن)?\\s?$`, "u");
// "مقاس ٨٠-١٠٠ جرام" (size 80–100 g), "بحجم ١٢ ملم": after a size word a measure describes each piece,
// a range ("٨٠-") before its last number included.
const ARABIC_SIZE_BEFORE = /(?:^|[^\p{L}])(?:ال|ب)?(?:مقاس|حجم|سعه|وزن)\s?(?:\d+(?:[.,]\d+)?\s?[-–]\s?)?$/u;
/** "in 1kg bags x 20,000": a count after the pack. */
const COUNT_AFTER_PACK = new RegExp(`(?:${PACK_NOUNS})\\s?[x*]\\s?$`);
const COUNT_UNITS: ReadonlySet<Unit> = new Set(["pcs", "carton", "pallet", "container20", "container40"]);
const CONTAINER_AFTER = new RegExp(
  `\\s?(?:[x×*]\\s?)?(20|40|45)\\s?(ft|'|"|feet|foot|pieds?|pies|قدم|-foot|-ft)?\\s?(hc|hq|gp|dv|high cube|std|st|rf|reefers?)?\\s?(${CONTAINER_WORD})?(?![\\p{L}])`,
  "uy",
);
const CONTAINER_THEN_SIZE = new RegExp(
  `\\s?(?:[x×*]\\s?)?${CONTAINER_WORD}\\s?(?:of |de |d'|x )?(20|40|45)\\s?(?:ft|'|"|feet|foot|pieds?|pies|قدم)?(?:\\s?(?:hc|hq))?(?![\\p{L}\\p{N}])`,
  "uy",
);
// "a full container", "un conteneur complet": "full" says the box is filled, not another size.
const UNSIZED_CONTAINER = new RegExp(`\\s?(?:[x×*]\\s?)?(?:(?:full|whole|complete|entire) )?${CONTAINER_WORD}(?![\\p{L}\\p{N}])`, "uy");
const SIZE_ONLY = new RegExp(`\\s?(?:ft|'|"|feet|foot|-foot|-ft|pieds?|pies|قدم|hc|hq|gp|dv)(?![\\p{L}\\p{N}])(?:\\s?(?:hc|hq|high cube|reefers?|rf))?(?:\\s?${CONTAINER_WORD})?`, "uy");
const TIMES = /^\s?[x×*]\s?/;
const DIMENSIONS = /^\d+(?:[.,]\d+)?\s?(?:[x×*]|cm|mm|m|in|inch|inches|")(?![\p{L}])/u;
const BARE_NEXT = /^\s(?!(?:gracias|thanks|merci|mercis|شكرا|days?|weeks?|months?|years?|jours?|semaines?|mois|ans?|annees?|hours?|heures?|minutes?|percent|pour ?cent|suppliers?|fournisseurs?|sellers?|vendeurs?|restaurants?|stores?|magasins?|shops?|clients?|customers?|times?|fois|am|pm|h|st|nd|rd|th|er|eme|dias?|semanas?|meses|anos?|horas?|tiendas?|hoteles|hotels?|supermercados?|supermarkets?|supermarches?|resorts?|branches?|sites?|locations?|outlets?|boutiques?|sucursales?|locales|points? de vente|restaurantes?|clientes?|proveedores?|veces|por ?ciento|ايام|يوم|اسابيع|اسبوع|اشهر|شهور|شهر|سنوات|فنادق|فروع|محلات|مطاعم|ملم|مم|مليمتر|سم|سنتيمتر|سنتي|انش|بوصه)(?![\p{L}]))[\p{L}][\p{L}'-]{2,}/u;
// "50 dozen", "mil camisetas", "cinq douzaines": a number with a scale word counts things even when spelled.
const SCALED_COUNT = /(?:dozens?|douzaines?|docenas?|dizaines?|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|decenas?|veintena|treintena|cincuentena|دسته|دستات|centaines?|centenar(?:es)?|hundred|cents?|cien(?:tos)?|thousand|mille|mil|الف|الاف)$/u;
const BARE_CORRECTION = /(?<![\p{L}])(?:make (?:it|that)|change (?:it|that) to|rather|plutot|disons|mejor|mejor dicho|en fait|actually|sorry|pardon|perdon|بل|عفوا)\s(\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?)(?!\d|[.,]\d|\s?[\p{L}%°])/gu;
const FRENCH_EN_BEFORE = /(?:^|[^\p{L}])(?:[jmtsnl]' ?en|(?:nous|vous|on) en)\s(?:\p{L}+\s){1,2}$|(?:^|[^\p{L}'])en\s\p{L}+(?:er|ir|re|oir)\s$/u;
// "800 of them", "5.000 de ellos", "٣٠٠ منها": a count of the thing named before.
const OF_THEM = /^\s(?:of (?:them|these|those)|d'entre (?:eux|elles)|de (?:ellos|ellas|estos|estas)|منها|منهم)(?![\p{L}])/u;
// "2x4", "60×60": two glued numbers with no unit after are a size, not a count.
const GLUED_SIZE = /^[x*]\d+(?:[.,]\d+)?(?!\d|[.,]\d|\s?(?:ml|cl|l|kg|gr?|lbs?|oz|ltrs?|litres?|liters?|pcs|units?)(?![\p{L}]))/u;
const BARE_BLOCKED_BEFORE = /(?:for|pour|in|within|dans|sous|top|under|over|about|of|de|no\.?|n°|#|\+|-|\/|:|le|la|the|our|nos|notre|en|para|por|dentro de|nuestros?|nuestras?|في|خلال|لدينا|عندنا|عندي)\s?$/;

// "looking for 300 solar panels", "besoin de 2 500 caftans", "interested in 40 rugs": a count after a
// need phrase, even though "for"/"de"/"in" before a number usually mean something else.
const NEED_BEFORE = /(?:looking for|searching for|lookin for|in need of|(?:request|requesting|rfq|enquiry|inquiry) for|need|needs|interested in|(?:quotes?|quotations?|prices?|pricing|offers?)(?: (?:needed|requested|wanted|required))? for|(?:needed|required) for|(?:offre|devis|prix|tarifs?|cotation) pour|(?:precios?|cotizacion|oferta|presupuesto) (?:de|para|por)|besoin de|besoin d'|il (?:nous|me) faut|faudrait|cherche|cherchons|recherche|recherchons|necesitamos|necesito|buscamos|busco|interesad[oa]s en)\s?$/;

// "un pedido de 450 mantas", "Pedido inicial: 1.200 cestas", "أول طلبية: 200 زربية": after
// an order noun and its "of"/"de" or colon, a count names how many pieces are ordered, although
// "de" or ":" before a number usually mean something else (a date, a reference).
const QTY_LABEL = /(?:^|[^\p{L}])(?:qty|quantity|quantite|cantidad|كميه|الكميه)\s?:\s?$/u;
const ORDER_BEFORE = /(?:^|[^\p{L}])(?:orders?|batch(?:es)?|commandes?|pedidos?|lotes?|compras?|طلبيه|طلبيات|طلب|كوموند|كوماند|دفعه|شحنه|وجبه)(?:\s(?:inicial|initial|initiale|primero|اولي|الاولي))?\s?(?:of|de|d'|:)\s?$/u;

const sticky = (re: RegExp, s: string, pos: number): RegExpExecArray | null => {
  re.lastIndex = pos;
  return re.exec(s);
};

function containerAt(folded: string, pos: number): { unit: Unit; end: number } | null {
  const a = sticky(CONTAINER_AFTER, folded, pos);
  if (a && (a[2] || a[3] || a[4])) return { unit: a[1] === "20" ? "container20" : "container40", end: pos + a[0].length };
  const b = sticky(CONTAINER_THEN_SIZE, folded, pos);
  if (b) return { unit: b[1] === "20" ? "container20" : "container40", end: pos + b[0].length };
  // "2 FCL", "3 containers": no size given; the 40-foot box is the usual full load.
  const c = sticky(UNSIZED_CONTAINER, folded, pos);
  if (c) return { unit: "container40", end: pos + c[0].length };
  return null;
}

const AND_A_HALF = /^\s?(?:y medi[oa]|et demie?|and a half|و ?نصف?)(?![\p{L}])/u;

/** Food kept in a liquid or canned ("à l'huile", "au naturel", "en conserve"): its boîtes are tins. */
const TINNED = /(?<![\p{L}])(?:en conserves?|de conserves?|conserverie|a l'huile|a l' huile|au naturel|a la sauce|au sirop|a la saumure|au jus)(?![\p{L}])/u;

function candidateAt(folded: string, n: NumberToken): QuantityCandidate | null {
  // "40ft container", "conteneur de 20 pieds" with no count: one container.
  const size = !n.spelled && [20, 40, 45].includes(n.value) ? sticky(SIZE_ONLY, folded, n.end) : null;
  if (size) {
    return { start: n.start, end: n.end + size[0].length, quantity: { value: 1, unit: n.value === 20 ? "container20" : "container40" }, packaging: false, bare: false, implicit: true };
  }
  const container = containerAt(folded, n.end);
  if (container) {
    return { start: n.start, end: container.end, quantity: { value: n.value, unit: container.unit }, packaging: false, bare: false };
  }
  let pos = n.end;
  const times = TIMES.exec(folded.slice(pos, pos + 4));
  if (times) {
    // "1000 x 250ml bottles": the number before "x" counts pieces; the size is packaging.
    return null;
  }
  // "une demi-tonne", "half-ton": a spelled amount may be hyphenated to its unit.
  while ((folded[pos] === " " || (n.spelled && folded[pos] === "-")) && pos - n.end < 2) pos++;
  // "a dozen pallets", "une douzaine de palettes", "hundreds of bags".
  // "1 millón de bolsas", "2 thousand of bags": after a scale word, "of"/"de" may come before the unit.
  const scaled = !n.spelled && /\p{L}$/u.test(folded.slice(n.start, n.end));
  const of = n.spelled || scaled ? /^(?:of |de |d')/.exec(folded.slice(pos, pos + 3)) : null;
  if (of) pos += of[0].length;
  const unit = unitAt(folded, pos);
  if (!unit) return null;
  // A spelled "a"/"one" only counts before a real unit word, not before "t" or "m".
  if (n.spelled && unit.length < 2) return null;
  const end = pos + unit.length;
  const after = folded.slice(end, end + 40);
  const before = folded.slice(Math.max(0, n.start - 40), n.start);
  // "550 g/l", "120 kg/m3": a ratio of two units is a spec (density, weight per area), not an amount.
  const ratio = /^\s?\/\s?/.exec(after);
  if (ratio && unitAt(folded, end + ratio[0].length)) return null;
  // "kilim 2x3m": the second side of a size.
  if ((unit.unit === "m" || unit.unit === "m2") && /\d\s?[x×*]\s?$/.test(before)) return null;
  // "1 tonelada y media", "deux tonnes et demie", "طن ونص": half a unit more.
  const half = AND_A_HALF.exec(after);
  if (half) {
    return { start: n.start, end: end + half[0].length, quantity: { value: round((n.value + 0.5) * unit.factor), unit: unit.unit }, packaging: false, bare: false };
  }
  // "5000 boîtes de sardines à l'huile", "boîtes de conserve": a boîte of preserved food is a tin (pcs), not a box.
  if (unit.unit === "carton" && /^boites?$/.test(folded.slice(pos, end)) && TINNED.test(folded)) {
    return { start: n.start, end, quantity: { value: round(n.value), unit: "pcs" }, packaging: false, bare: false };
  }
  const noun = COUNT_UNITS.has(unit.unit) ? null : PACKAGING_NOUN.exec(after);
  const packaging = Boolean(noun) || (!COUNT_UNITS.has(unit.unit) && (PACKAGING_BEFORE.test(before) || ARABIC_PACK_BEFORE.test(before) || ARABIC_SIZE_BEFORE.test(before)));
  // "1L bottles": the pack noun belongs to the size, so the product phrase never takes it.
  return { start: n.start, end: end + (noun?.[0].length ?? 0), quantity: { value: round(n.value * unit.factor), unit: unit.unit }, packaging, bare: false };
}

/**
 * "Beach club in Ibiza: 600 cotton towels", "Spa wholesaler: 3,000 scrub mitts": a count right after a
 * short label and its colon, at the start of the message or of a sentence, names the pieces ordered.
 */
function afterLabel(folded: string, at: number): boolean {
  const m = /(?:^|[.!?\n]\s*)([^.!?\n:\d]{2,60}):\s?$/u.exec(folded.slice(Math.max(0, at - 64), at));
  return Boolean(m && (m[1] ?? "").trim().split(/\s+/).length <= 6);
}

/** "1000 x 250ml bottles" and "500 t-shirts": counted pieces. */
function piecesAt(folded: string, n: NumberToken): QuantityCandidate | null {
  const scaled = SCALED_COUNT.test(folded.slice(n.start, n.end));
  const before = folded.slice(Math.max(0, n.start - 30), n.start);
  // "need fifty baskets": a spelled count right after a need phrase counts pieces like digits do.
  const neededWord = n.spelled && n.value >= 2 && NEED_BEFORE.test(before);
  if ((n.spelled && !scaled && !neededWord) || !Number.isInteger(n.value)) return null;
  let after = folded.slice(n.end, n.end + 40);
  if (COUNT_AFTER_PACK.test(before)) return { start: n.start, end: n.end, quantity: { value: n.value, unit: "pcs" }, packaging: false, bare: false };
  // "J'en voudrais 60", "il nous en faut 40": French "en" stands for the product named before.
  if (FRENCH_EN_BEFORE.test(before) && (!/^\s?[\p{L}\p{N}]/u.test(after) || BOUNDARY_WORDS.has(/^\s?([\p{L}']+)/u.exec(after)?.[1] ?? ""))) return { start: n.start, end: n.end, quantity: { value: n.value, unit: "pcs" }, packaging: false, bare: false };
  const them = OF_THEM.exec(after);
  if (them) return { start: n.start, end: n.end + them[0].length, quantity: { value: n.value, unit: "pcs" }, packaging: false, bare: false };
  if (GLUED_SIZE.test(after)) return null;
  // "cinq douzaines de tajines", "٥٠ دستة من الفوانيس": after a scale word, "of"/"de"/"من" may come first.
  // "300 of the rattan baskets", "200 de vos tapis": a count of the things named next.
  const of = scaled ? /^\s(?:of|de|d'|من)(?=\s?[\p{L}])/u.exec(after) : /^\s(?:of (?:the|your|these|those)|de (?:los|las|vos|sus|estos|estas)|des|de ces)(?=\s[\p{L}])/u.exec(after);
  if (of) after = after.slice(of[0].length);
  const times = TIMES.exec(after);
  // "10x10cm", "20 x 30 x 5 mm": a size, not a count.
  if (times && DIMENSIONS.test(after.slice(times[0].length))) return null;
  if (times) return { start: n.start, end: n.end + times[0].length, quantity: { value: n.value, unit: "pcs" }, packaging: false, bare: false };
  // ("for 100 dozen eggs": a count with a scale word is explicit even after "for".)
  if ((BARE_BLOCKED_BEFORE.test(before) && !NEED_BEFORE.test(before) && !ORDER_BEFORE.test(before) && !afterLabel(folded, n.start) && !scaled) || !BARE_NEXT.test(after)) return null;
  // A dozen or a thousand of something is as explicit as a unit word.
  // ("Qty: 4 tools": a count after a quantity label is as explicit as a unit word.)
  return { start: n.start, end: n.end + (of?.[0].length ?? 0), quantity: { value: n.value, unit: "pcs" }, packaging: false, bare: !scaled && !QTY_LABEL.test(before) };
}

const DIMENSION: Record<Unit, [string, number]> = {
  g: ["mass", 0.001], kg: ["mass", 1], t: ["mass", 1000], lb: ["mass", 0.45359237], ml: ["volume", 0.001], l: ["volume", 1],
  pcs: ["count", 1], carton: ["carton", 1], pallet: ["pallet", 1], container20: ["container", 1], container40: ["container", 1],
  m: ["length", 1], m2: ["area", 1],
};
const inBase = (q: Quantity): [string, number] => {
  const [dim, factor] = DIMENSION[q.unit];
  return [dim, Math.round(q.value * factor * 1000) / 1000];
};

/**
 * The buyer's amount among several: after a correction ("sorry, make it 5 tons") the latest;
 * the latest too when two amounts of the same kind disagree; otherwise the first, since later
 * ones of another kind restate it ("2 x 20ft (about 40 tons)").
 */
function choose(folded: string, list: QuantityCandidate[]): { best: QuantityCandidate | null; conflicting: boolean } {
  const first = list[0];
  if (!first || list.length === 1) return { best: first ?? null, conflicting: false };
  const last = list.at(-1) as QuantityCandidate;
  if (CORRECTION.test(folded.slice(first.end, last.start))) return { best: last, conflicting: false };
  const [dim, value] = inBase(first.quantity);
  const firstThing = thingAfter(folded, first);
  const rival = list.slice(1).filter((c) => {
    // "3000 pcs of 30 cm + 1000 pcs of 20 cm", "2 t de pois et 1 t de lentilles": a second item, not a change of mind.
    if (AND_BETWEEN.test(folded.slice(first.end, c.start))) return false;
    // "3 containers of fries, 40ft reefer": a size with no count restates the containers' size.
    if (c.implicit && COUNT_UNITS.has(first.quantity.unit)) return false;
    const [d, v] = inBase(c.quantity);
    // "300 L of olive oil … 250 ml bottles", "600 kg … en cajitas de 5 kg": a later, smaller
    // pack-sized amount of the same kind is the size of each pack, not a change of mind (those
    // come with a cue, read above).
    if (d === dim && v < value && isPackSize(c.quantity)) return false;
    const thing = thingAfter(folded, c);
    // "saffron, 5 kg, and also rose buds, 20 kg": with nothing after either amount, the words before them tell.
    if (!firstThing && !thing) {
      const a = thingBefore(folded, first);
      const b = thingBefore(folded, c);
      if (a && b && a !== b) return false;
    }
    // "2 tons of black seed oil and 1 ton of argan oil": two products, not a contradiction.
    return d === dim && v !== value && !(firstThing && thing && thing !== firstThing);
  });
  const restated = (c: QuantityCandidate) => /(?:\(|about|approx\.?|around|environ|soit|i\.e\.|=|~|roughly|ca\.)\s?$/.test(folded.slice(Math.max(0, c.start - 12), c.start));
  const real = rival.filter((c) => !restated(c));
  return real.length > 0 ? { best: real.at(-1) ?? first, conflicting: true } : { best: first, conflicting: false };
}

/** The word right before an amount ("rose buds, 20 kg" → "buds"). */
function thingBefore(folded: string, c: QuantityCandidate): string | null {
  return /(?:^|[^\p{L}])([\p{L}][\p{L}'-]*)[\s,:;-]*$/u.exec(folded.slice(Math.max(0, c.start - 40), c.start))?.[1] ?? null;
}

/** The first two words after an amount ("of argan oil" → "argan oil", "من ماء الورد" → "ماء الورد"), to tell products apart. */
function thingAfter(folded: string, c: QuantityCandidate): string | null {
  const m = /^\s?(?:of |de |d'|du |des |del |de la |de los |de las |من |ديال |تاع )?([\p{L}][\p{L}'-]*)(?: ([\p{L}][\p{L}'-]*))?/u.exec(folded.slice(c.end, c.end + 40));
  const endsName = (w: string) => BOUNDARY_WORDS.has(w) || TRAILING.has(w);
  if (!m?.[1] || endsName(m[1])) return null;
  // The second word only when it is more of the name ("dates to Doha" is "dates").
  return m[2] && !endsName(m[2]) ? `${m[1]} ${m[2]}` : m[1];
}

const AND_BETWEEN = /(?:^|[^\p{L}])(?:and|et|y|plus|as well as|ainsi que|asi como|&|\+|و)(?:[^\p{L}]|$)|(?:^|[^\p{L}])و(?=\p{L}|\d)/u;
const isPackSize = (q: Quantity): boolean =>
  q.unit === "ml" || q.unit === "g" || ((q.unit === "l" || q.unit === "kg" || q.unit === "lb") && q.value <= 30);

const HALF = /half|demi|media|medio|نصف|نص/;

function articles(folded: string): NumberToken[] {
  const out: NumberToken[] = [];
  // "لنصف طن" (for half a tonne): Arabic joins "ل" / "ب" to the word.
  for (const m of folded.matchAll(/(?<![\p{L}\p{N}'])(?:[لب](?=نص))?(an?|one|un|une|una|half an?|half|demi|une demi|media|medio|نصف|نص)[\s-](?=[\p{L}\d])/gu)) {
    const value = HALF.test(m[1] ?? "") ? 0.5 : 1;
    const start = m.index + m[0].indexOf(m[1] ?? "");
    out.push({ value, start, end: start + (m[1]?.length ?? 0), spelled: true });
  }
  return out;
}

// Arabic duals name two of a unit in one word ("طنين" two tonnes, "حاويتين" two containers), with
// a joined preposition or "and" at times ("عرض سعر لحاويتين", for two containers).
const DUALS: ReadonlyArray<readonly [RegExp, Unit]> = [
  [/(?<![\p{L}])[لبوف]?(?:طنين|طنان)(?![\p{L}])/gu, "t"],
  [/(?<![\p{L}])[لبوف]?(?:كيلوين|كيلوان)(?![\p{L}])/gu, "kg"],
  [/(?<![\p{L}])[لبوف]?(?:لترين|لتران|ليترين)(?![\p{L}])/gu, "l"],
];
const CONTAINER_DUAL = /(?<![\p{L}])[لبوف]?(?:حاويتين|حاويتان)(?:\s(?:(20|40|45)\s?(?:قدم)?))?(?![\p{L}\p{N}])/gu;

function duals(folded: string): QuantityCandidate[] {
  const out: QuantityCandidate[] = [];
  for (const [re, unit] of DUALS) {
    for (const m of folded.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, quantity: { value: 2, unit }, packaging: false, bare: false });
  }
  for (const m of folded.matchAll(CONTAINER_DUAL)) {
    out.push({ start: m.index, end: m.index + m[0].length, quantity: { value: 2, unit: m[1] === "20" ? "container20" : "container40" }, packaging: false, bare: false });
  }
  return out;
}

// Arabic names one of a unit with the bare singular ("نحتاج طن تمر", a tonne of dates) or with
// "واحد" after it ("طن واحد"); the bare form counts only right after a need verb.
const ARABIC_ONE = /(?<![\p{L}\p{N}])(طن|كيلو|كيلوغرام|لتر|ليتر|حاويه|كونتينر|كرتونه|كرتون|طبليه)(\s(?:واحد|واحده))?(?![\p{L}])/gu;
const ARABIC_NEED_BEFORE = /(?:^|[^\p{L}])(?:و|ف)?(?:نحتاج|نحتاجو|احتاج|محتاجين|محتاج|بدنا|بدي|نبي|ابي|ابغي|نبغي|بغينا|بغيت|عايزين|عايز|عاوزين|نريد|اريد|مطلوب|نطلب|نرغب في|نشتري)\s$/u;

function arabicOnes(folded: string): QuantityCandidate[] {
  const out: QuantityCandidate[] = [];
  for (const m of folded.matchAll(ARABIC_ONE)) {
    if (!m[2] && !ARABIC_NEED_BEFORE.test(folded.slice(Math.max(0, m.index - 14), m.index))) continue;
    const container = m[1] === "حاويه" || m[1] === "كونتينر";
    // "حاوية ٤٠ قدم": the size that follows is read with the number, as one container.
    if (container && /^\s?\d/.test(folded.slice(m.index + m[0].length))) continue;
    const unit = container ? "container40" : unitAt(folded, m.index)?.unit;
    if (!unit) continue;
    out.push({ start: m.index, end: m.index + m[0].length, quantity: { value: 1, unit }, packaging: false, bare: false });
  }
  return out;
}

export function extractQuantity(folded: string): QuantityResult {
  const numbers = [...findNumbers(folded), ...articles(folded)].sort((a, b) => a.start - b.start);
  const candidates: QuantityCandidate[] = [...duals(folded), ...arabicOnes(folded)];
  let invalid = false;
  for (const n of numbers) {
    if (candidates.some((c) => n.start < c.end && c.start < n.end)) continue;
    // "AS9100", "ZE41": digits glued to Latin letters are a code, never an amount ("x" joins a count: "2x500g").
    if (/[a-wyz]/.test(folded[n.start - 1] ?? "")) continue;
    const c = candidateAt(folded, n) ?? piecesAt(folded, n);
    if (!c) continue;
    if (n.negative || c.quantity.value <= 0) {
      invalid = true;
      continue;
    }
    candidates.push(c);
  }
  candidates.sort((a, b) => a.start - b.start);
  // "2 tonnes … actually make that 3", "3 t de lentejas, mejor 4": a bare number after a correction
  // restates the amount in the unit already given.
  const firstAmount = candidates.find((c) => !c.packaging && !c.bare);
  if (firstAmount) {
    for (const m of folded.matchAll(BARE_CORRECTION)) {
      const start = m.index + m[0].length - (m[1]?.length ?? 0);
      if (start < firstAmount.end || candidates.some((c) => start < c.end && c.start < start + (m[1]?.length ?? 0))) continue;
      candidates.push({ start, end: start + (m[1]?.length ?? 0), quantity: { value: parseNumeral(m[1] ?? ""), unit: firstAmount.quantity.unit }, packaging: false, bare: false });
    }
    candidates.sort((a, b) => a.start - b.start);
  }
  // "80 tinajas de barro de 100 litros", "300 jackets of 2 kg": a measure joined by
  // "de"/"of" to the noun phrase after a count, in the same clause, is the size of each piece.
  for (const c of candidates) {
    if (COUNT_UNITS.has(c.quantity.unit) || !/(?:^|[^\p{L}])(?:de|of|d')\s?$/u.test(folded.slice(Math.max(0, c.start - 4), c.start))) continue;
    const counted = candidates.find((b) => b.bare && b.end < c.start && /^\s?\p{L}[^,.;:!?\n،؛]*$/u.test(folded.slice(b.end, c.start)));
    if (counted) c.packaging = true;
  }
  // Sizes, never the order: lengths joined by "x" ("envelope up to 2.4 m x 1.1 m"), and grams or
  // millilitres beside an amount of another kind ("frozen whole mackerel 300-500 g, … 2 containers",
  // "330 ml Tetra Pak, 3 pallets"), the size of each piece.
  const joinedByX = (c: QuantityCandidate) => /^\s?[x×*]\s?\d/.test(folded.slice(c.end, c.end + 4)) || /[x×*]\s?$/.test(folded.slice(Math.max(0, c.start - 3), c.start));
  const besideOtherKind = (c: QuantityCandidate) => candidates.some((o) => !o.bare && inBase(o.quantity)[0] !== inBase(c.quantity)[0]);
  for (const c of candidates) {
    if ((c.quantity.unit === "m" && joinedByX(c)) || ((c.quantity.unit === "g" || c.quantity.unit === "ml") && besideOtherKind(c))) c.packaging = true;
  }
  // "ice wine 375ml, 6000 bottles": beside a count of pieces, a small size describes each piece.
  if (candidates.some((c) => c.quantity.unit === "pcs" && !c.bare)) {
    for (const c of candidates) if (isPackSize(c.quantity)) c.packaging = true;
  }
  const chosen = choose(folded, candidates.filter((c) => !c.packaging && !c.bare));
  const best = chosen.best ?? candidates.find((c) => c.bare) ?? null;
  const spans = candidates.filter((c) => !c.bare || c === best).map(({ start, end }) => ({ start, end }));
  // "3 containers …, 20ft": the size named beside a count of unsized containers gives their unit.
  // "3 conteneurs de 20 pieds … pardon : 4 conteneurs": a corrected count of unsized containers keeps the size said before.
  const sizeOf = (c: QuantityCandidate) => /(?:20|40|45)/.test(folded.slice(c.start, c.end).replace(/^\s*[\d.,]+/, ""));
  const sized = best && /^container/.test(best.quantity.unit) && !best.implicit
    ? candidates.find((c) => c.implicit && c !== best) ?? candidates.find((c) => c.start < best.start && /^container/.test(c.quantity.unit) && !c.implicit && sizeOf(c))
    : undefined;
  const unsized = sized && best && !sizeOf(best);
  const quantity = best && sized && unsized ? { value: best.quantity.value, unit: sized.quantity.unit } : best?.quantity ?? null;
  return { quantity, spans, candidates, invalid: invalid && !best, conflicting: chosen.conflicting };
}
