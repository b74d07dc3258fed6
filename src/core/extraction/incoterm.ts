// Incoterms 2020 codes ("FOB Casablanca", "cif rotterdam", "C&F", "DAT" → DPU) and where the
// named place sits: after a C- or D-term it is the destination, after E/F-terms the origin.
import { INCOTERMS, type Incoterm } from "../model.js";
import type { Span } from "./text.js";

export interface IncotermResult {
  incoterm: Incoterm | null;
  span: Span | null;
  /** Where the named place (if any) would start in the text. */
  placeFrom: number | null;
  /** True when the named place of this term is where the goods arrive. */
  placeIsDestination: boolean;
}

const ALIASES: Record<string, Incoterm> = { "c&f": "CFR", cnf: "CFR", "c+f": "CFR", cfr: "CFR", dat: "DPU", daf: "DAP", ddu: "DAP", des: "DAP", deq: "DAP" };
const ARRIVAL: ReadonlySet<Incoterm> = new Set(["CPT", "CIP", "DAP", "DPU", "DDP", "CFR", "CIF"]);
// Lowercase "dat", "fas", "cpt"… are also ordinary words or abbreviations, so those codes count
// only in capitals or after "incoterm"/"terms". ("des", an old code, is never read: French "des".)
const CODE_RE = /(?<![\p{L}\p{N}&])(exw|fca|cpt|cip|dap|dpu|ddp|fas|fob|cfr|cif|c&f|c\+f|cnf|dat|daf|ddu|deq)(?![\p{L}\p{N}&])/gu;
const AMBIGUOUS = new Set(["fas", "dat", "daf", "deq", "ddu", "cip", "cpt"]);
const INCOTERM_WORD = /^\s?(?:(?:incoterms?\s?(?:2020|2010)?|terms?)(?![\p{L}]))?\s?[:-]?\s?/u;
const PLACE_LEAD = /^\s?(?:(?:port (?:of|de|du)|port|harbou?r|a|au|to|in|at|puerto de|puerto|en|ميناء|الي)(?![\p{L}])|[/:,-])?\s?/u;
// "DAP fertilizer", "du DAP enrichi au zinc": DAP is diammonium phosphate, a product, not Delivered
// At Place. An Incoterm never takes an article ("du", "of the"); the product does.
const CODE_IS_PRODUCT = /^\s?(?:fertili[sz]ers?|engrais|fertilizantes?|abonos?|granul|18[\s-]46|phosphate|fosfato|prills?|enrichi|zinc|\+\s?zn|سماد|اسمده)/;
const PRODUCT_ARTICLE = /(?:^|\s)(?:du|le|des|of|the|some|our|el|del|un|una)\s?$/;
/** True when a code read as an Incoterm names a product instead, by the words just before and after it. */
export const codeIsProduct = (before: string, after: string): boolean => CODE_IS_PRODUCT.test(after) || PRODUCT_ARTICLE.test(before);

export function normalizeIncoterm(raw: string | null | undefined): Incoterm | null {
  if (!raw) return null;
  const w = raw.trim().toLowerCase();
  if (ALIASES[w]) return ALIASES[w] ?? null;
  const up = w.toUpperCase();
  return (INCOTERMS as readonly string[]).includes(up) ? (up as Incoterm) : null;
}

export function extractIncoterm(text: string, folded: string): IncotermResult {
  for (const m of folded.matchAll(CODE_RE)) {
    const code = m[1] ?? "";
    const original = text.slice(m.index, m.index + code.length);
    const upper = original === original.toUpperCase();
    const cued = /incoterms?|terms?\s?:?\s?$/.test(folded.slice(Math.max(0, m.index - 14), m.index));
    if (AMBIGUOUS.has(code) && !upper && !cued) continue;
    const incoterm = normalizeIncoterm(code);
    const end = m.index + code.length;
    if (!incoterm || codeIsProduct(folded.slice(Math.max(0, m.index - 8), m.index), folded.slice(end, end + 16))) continue;
    const tail = INCOTERM_WORD.exec(folded.slice(end, end + 20));
    const lead = PLACE_LEAD.exec(folded.slice(end + (tail?.[0].length ?? 0), end + 40));
    return {
      incoterm,
      span: { start: m.index, end },
      placeFrom: end + (tail?.[0].length ?? 0) + (lead?.[0].length ?? 0),
      placeIsDestination: ARRIVAL.has(incoterm),
    };
  }
  return { incoterm: null, span: null, placeFrom: null, placeIsDestination: false };
}
