// Unit words (English and French, folded) → the catalog's unit codes. Shared by quantities,
// per-unit prices and the normalisation of LLM answers.
import type { Unit } from "../model.js";

export interface UnitMatch {
  unit: Unit;
  /** Multiply the number by this to express it in `unit` (75 cl = 750 ml, 3 quintals = 300 kg). */
  factor: number;
  length: number;
}

// [pattern, unit, factor]; patterns are folded text, longest alternatives first.
const TABLE: ReadonlyArray<readonly [string, Unit, number]> = [
  ["square met(?:er|re)s?|sq\\.? ?m(?:et(?:er|re)s?)?|sqm|m2|m²|met(?:er|re)s? carres?|m carres?", "m2", 1],
  ["metric tonnes?|metric tons?|tonnes? metriques?|tonnes?|tons?|tonns?|tonnage|tn|mts?|t", "t", 1],
  ["kilogrammes?|kilograms?|kilos?|kgs?", "kg", 1],
  ["quintal|quintaux|qx", "kg", 100],
  ["grammes?|grams?|grs?|g", "g", 1],
  ["pounds?|lbs?|livres?", "lb", 1],
  ["millilit(?:er|re)s?|ml", "ml", 1],
  ["centilit(?:er|re)s?|cl", "ml", 10],
  ["lit(?:er|re)s?|litrs?|ltrs?|lts?|l", "l", 1],
  ["pallets?|palettes?|skids?", "pallet", 1],
  ["cartons?|cases?|caisses?|boxes|box|colis|boites?|cagettes?|crates?", "carton", 1],
  [
    "pieces?|pcs?|units?|unites?|items?|articles?|bottles?|bouteilles?|jars?|bocaux|pots?|flacons?|cans?|tins?|canettes?|bags?|sacs?|sachets?|pouches?|pairs?|paires?|sets?|bidons?|jerr?[iy]cans?|drums?|futs?|barrels?|barils?|packs?|packets?|paquets?|seaux|seau|buckets?|pails?|tubs?|trays?|barquettes?",
    "pcs",
    1,
  ],
  ["met(?:er|re)s?|m", "m", 1],
];

// Sticky: matches a unit word exactly at lastIndex, followed by a non-letter.
const COMPILED = TABLE.map(([src, unit, factor]) => ({
  re: new RegExp(`(?:${src})(?![\\p{L}\\p{N}']|-\\p{L})`, "uy"),
  unit,
  factor,
}));

/** The unit word starting exactly at `pos` in folded text, if any. */
export function unitAt(folded: string, pos: number): UnitMatch | null {
  for (const { re, unit, factor } of COMPILED) {
    re.lastIndex = pos;
    const m = re.exec(folded);
    if (m) return { unit, factor, length: m[0].length };
  }
  return null;
}

/** A unit written as a word or code ("tons", "litre", "container40") → its code, else null. */
export function canonicalUnit(word: string | null | undefined): Unit | null {
  if (!word) return null;
  const w = word.trim().toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  const container = containerSize(w);
  if (container) return container;
  const m = unitAt(w, 0);
  return m && m.length === w.length ? m.unit : null;
}

/** "20ft", "40' hc", "container40", "40 pieds" → the container unit, else null. */
export function containerSize(w: string): Unit | null {
  const m = /^(?:container|conteneur)?\s?(20|40|45)\s?(?:ft|'|"|feet|foot|pieds?|gp|dv|hc|hq|st|std)?\s?(?:hc|hq|high cube)?\s?(?:containers?|conteneurs?)?$/.exec(w);
  if (!m) return null;
  return m[1] === "20" ? "container20" : "container40";
}

/** The words that name a container, for quantity and product cleaning. */
export const CONTAINER_WORD = "(?:containers?|conteneurs?|cntrs?|ctns?r?|fcls?|teus?|feus?)";
