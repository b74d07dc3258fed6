// Unit words (English, French, Spanish and Arabic, folded: "اطنان" for أطنان) → the catalog's unit codes. Shared by quantities,
// per-unit prices and the normalisation of LLM answers.
import type { Unit } from "../model.js";
import { fold } from "./text.js";

export interface UnitMatch {
  unit: Unit;
  /** Multiply the number by this to express it in `unit` (75 cl = 750 ml, 3 quintals = 300 kg). */
  factor: number;
  length: number;
}

// [pattern, unit, factor]; patterns are folded text, longest alternatives first.
const TABLE: ReadonlyArray<readonly [string, Unit, number]> = [
  ["square met(?:er|re)s?|sq\\.? ?m(?:et(?:er|re)s?)?|sqm|m2|m²|met(?:er|re)s? carres?|m carres?", "m2", 1],
  ["متر مربع|متر المربع|امتار مربعه|م2|م²", "m2", 1],
  ["metric tonnes?|metric tons?|tonnes? metriques?|toneladas? metricas?|tonnes?|tons?|tonns?|tones|toneladas?|tonnage|tn|tms?|mts?|t", "t", 1],
  ["اطنان|طنا|طن", "t", 1],
  ["kilogrammes?|kilograms?|kilogramos?|kilos?|kgs?|كيلوغرامات|كيلوغرام|كيلوجرام|كيلوات|كيلو|كلغ|كغم|كغ|كجم|كج", "kg", 1],
  ["غرامات|غرام|جرامات|جرام|غم", "g", 1],
  ["ملليلترات|ملليلتر|مليلترات|مليلتر|ملي|مل", "ml", 1],
  ["ليترات|لترات|ليتر|لتر", "l", 1],
  ["طبليات|طبليه|باليتات|باليت|منصات|منصه", "pallet", 1],
  ["كراتين|كرتونات|كرتونه|كرتون|كراطن|كرطونات|كرطونه|كرطون|صناديق|صندوق", "carton", 1],
  ["قطعه|قطع|حبات|حبه|عبوات|عبوه|علب|علبه|بواقل|بوقالات|بوقال|برطمانات|برطمان|مرطبانات|مرطبان|تنكات|تنكه|جالونات|جالون|جرادل|جردل|سطول|سطل|زجاجات|زجاجه|براميل|برميل|بيدونات|بيدون|قرعات|قراعي|قرعه|قوارير|قاروره|قناني|قنينه|اكياس|كيس|اطقم|طقم|ازواج|زوج|وحدات|وحده", "pcs", 1],
  ["quintal|quintaux|qx", "kg", 100],
  ["grammes?|grams?|gramos?|grs?|g", "g", 1],
  ["pounds?|lbs?|livres?|libras?", "lb", 1],
  ["millilit(?:er|re)s?|ml", "ml", 1],
  ["centilit(?:er|re)s?|cl", "ml", 10],
  ["lit(?:er|re)s?|litros?|litrs?|ltrs?|lts?|l", "l", 1],
  ["pallets?|palettes?|palets?|pales|pale|tarimas?|skids?", "pallet", 1],
  ["cartons?|cases?|caisses?|boxes|box|colis|boites?|cagettes?|crates?|cajas?|cajitas?", "carton", 1],
  [
    "pieces?|pcs?|units?|bars|unites?|items?|articles?|bottles?|bouteilles?|jars?|bocaux|pots?|flacons?|cans?|tins?|canettes?|bags?|sacs?|sachets?|pouches?|pairs?|paires?|sets?|bidons?|jerr?[iy]cans?|drums?|futs?|barrels?|barils?|packs?|packets?|paquets?|seaux|seau|buckets?|pails?|tubs?|trays?|barquettes?|unidades|unidad|uds|ud|piezas?|botellas?|latas?|frascos?|tarros?|bolsas?|sacos?|pares|juegos?|bidones|tambores|barriles|garrafas?|garrafones?|cubos?|envases?|sobres?|botes?|paquetes?|bandejas?|tarrinas?|bolsitas?|botellitas?|latitas?|sobrecitos?|frasquitos?|jarras?|viales?|tubos?|rollos?|vials?|tubes?|rolls?|cubetas?",
    "pcs",
    1,
  ],
  ["met(?:er|re)s?|metros?|m", "m", 1],
  ["امتار|مترا|متر", "m", 1],
];

// Sticky: matches a unit word exactly at lastIndex, followed by a non-letter.
const ARABIC = /[\u0600-\u06ff]/;
const COMPILED = TABLE.map(([src, unit, factor]) => ({
  re: new RegExp(`(?:${src})(?![\\p{L}\\p{N}']|-\\p{L})`, "uy"),
  unit,
  factor,
  arabic: ARABIC.test(src),
  latin: /[a-z]/.test(src),
}));

/** The unit word starting exactly at `pos` in folded text, if any. */
export function unitAt(folded: string, pos: number): UnitMatch | null {
  const arabicHere = ARABIC.test(folded[pos] ?? "");
  for (const { re, unit, factor, arabic, latin } of COMPILED) {
    // Arabic unit words only where an Arabic word starts (and only those there), which keeps long inputs fast.
    if (arabicHere ? !arabic : !latin) continue;
    re.lastIndex = pos;
    const m = re.exec(folded);
    if (m) return { unit, factor, length: m[0].length };
  }
  return null;
}

/** A unit written as a word or code ("tons", "litre", "container40") → its code, else null. */
export function canonicalUnit(word: string | null | undefined): Unit | null {
  if (!word) return null;
  const w = fold(word.trim().normalize("NFC"));
  const container = containerSize(w);
  if (container) return container;
  const m = unitAt(w, 0);
  return m && m.length === w.length ? m.unit : null;
}

/** "20ft", "40' hc", "container40", "40 pieds" → the container unit, else null. */
export function containerSize(w: string): Unit | null {
  const m = /^(?:container|conteneur|contenedor|حاويه)?\s?(?:de\s)?(20|40|45)\s?(?:ft|'|"|feet|foot|pieds?|pies|قدم|gp|dv|hc|hq|st|std)?\s?(?:hc|hq|high cube)?\s?(?:containers?|conteneurs?|contenedor(?:es)?)?$/.exec(w);
  if (!m) return null;
  return m[1] === "20" ? "container20" : "container40";
}

/** The words that name a container, for quantity and product cleaning. */
export const CONTAINER_WORD = "(?:containers?|conteneurs?|contenedor(?:es)?|cntrs?|ctns?r?|fcls?|teus?|feus?|حاويات|حاويه|كونتينرات|كونتينر|كونطونيرات|كونطونير|كونتنرات|كونتنر|كونتونارات|كونتونار|كونطونارات|كونطونار)";
