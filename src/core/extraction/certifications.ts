// Certifications: buyer wording ("bio", "halal certified", "commerce équitable", "USDA organic")
// → the canonical codes, sorted. Negated ones ("doesn't need to be organic") do not count.
import { CERTIFICATIONS } from "../model.js";
import { fold, type Span } from "./text.js";

export interface CertificationResult {
  certifications: string[];
  /** Spans of certification words other than organic/bio (those may belong to the product). */
  spans: Span[];
}

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:certified |certifie(?:e|s|es)? )?(?:eu|ue|european|europeen(?:ne)?|euro)[\s-]?(?:organic|bio(?:logique)?)(?: certified| certifie(?:e|s|es)?| label)?|(?:organic|bio(?:logique)?)[\s-](?:eu|ue)(?![\p{L}])|(?:certificacion |certificado |sello )?(?:ecologic|organic|biologic)[oa]s? (?:de la )?(?:ue|europe[oa])(?![\p{L}])|(?:بشهاده |شهاده )?عضويه اوروبيه|(?:بشهاده |شهاده )?(?:عضوي|اورجانيك|اورغانيك) (?:اوروبي|اوروبيه)|(?<=(?:عضوي|عضويه)\s(?:[\u0621-\u064a]+\s)?)(?:معتمد|معتمده|مصدق|مصدقه|بشهاده|شهاده)(?: من)? (?:ال)?اتحاد (?:ال)?اوروبي/gu, "eu-organic"],
  [/(?:certified )?usda(?:[\s-]?(?:certified )?(?:organic|nop|bio))?|nop organic|(?:organic|bio) usda/g, "usda-organic"],
  [/(?:organic|ecologic|biologic)[oa]s?(?: certificad[oa]s?)?|(?:certified |certifie(?:e|s|es)? )?(?:organic|organique|biologiques?|bio)(?: certified| certifie(?:e|s|es)?)?|agriculture biologique|(?:ال)?عضويه|(?:ال)?عضوي|(?:ال)?اورجانيك|اورغانيك|(?:ال)?بيولوجي(?:ه)?|بيو/gu, "organic"],
  [/ecocert(?: certified| certifie(?:e|s|es)?)?|(?:ا|اي)كو ?سي?رت/gu, "ecocert"],
  [/(?:certified |certifie(?:e|s|es)? )?hall?al(?: certified| certifie(?:e|s|es)?| certification)?|(?:شهاده )?(?:ال)?حلال/gu, "halal"],
  [/(?:certified )?(?:kosher|kasher|casher|cacher|cachere)(?: certified| certifie(?:e|s|es)?)?|كوشر/gu, "kosher"],
  [/fair[\s-]?trade(?: certified)?|commerce equitable|equitables?|max havelaar|comercio justo|التجاره العادله|تجاره عادله/gu, "fairtrade"],
  [/(?:iso|(?:ال)?ايزو|(?:ال)?ايسو)[\s-]?9001(?::?\d{4})?/gu, "iso-9001"],
  [/(?:iso|(?:ال)?ايزو|(?:ال)?ايسو)[\s-]?22000(?::?\d{4})?/gu, "iso-22000"],
  [/haccp(?: certified| certifie(?:e|s|es)?)?|(?:ال)?هاسي?ب/gu, "haccp"],
  [/brcgs(?: certified)?/g, "brcgs"],
  [/brc(?: certified)?/g, "brc"],
  [/ifs(?: food)?(?: certified)?/g, "ifs"],
  [/fda(?:[\s-](?:registered|approved|certified|compliant|registration|approval))?/g, "fda"],
  [/ce[\s-]mark(?:ed|ing)?|ce[\s-](?:certified|certification|approved|marque)|marquage ce|marque ce|norme ce|normes ce|certifie(?:e|s|es)? ce|conformes? ce/g, "ce"],
  [/gots(?: certified)?/g, "gots"],
  [/fsc(?: certified)?/g, "fsc"],
  [/pefc(?: certified| certifie(?:e|s|es)?)?/g, "pefc"],
  [/iatf[\s-]?16949(?::?\d{4})?|iatf/g, "iatf-16949"],
  [/global ?g\.? ?a\.? ?p\.?|globalgap/g, "globalgap"],
  [/msc(?: certified)?/g, "msc"],
  [/asc(?: certified)?/g, "asc"],
  [/demeter/g, "demeter"],
  [/oeko[\s-]?tex(?:[\s-]?(?:standard|std)[\s-]?100)?(?: certified)?/g, "oeko-tex"],
];
/** Labels beyond the contract's first list, in its kebab-case form. */
const MORE = ["brcgs", "iatf-16949", "globalgap", "msc", "asc", "demeter", "pefc", "oeko-tex"];
const KNOWN = new Set<string>([...CERTIFICATIONS, ...MORE]);
const NEGATION_BEFORE =
  /(?:^|[^\p{L}])و?(?:no|not|without|sans|pas|doesn't need to be|does not need to be|don't need|do not need|no need (?:for|to be)|needn't be|pas besoin (?:de|d'|que)|pas (?:forcement|obligatoirement|necessairement)|not necessarily|sin|no|no necesitamos|no hace falta|بدون|بلا|من غير|مش|ليس|لا نحتاج|لا يلزم|غير مطلوب|غير ضروري|(?:مش|ماشي|موش|مو|مب) (?:ضروري|لازم|مهم|مطلوب)|ما (?:نحتاج|يحتاج|نبي|نبغي|بدنا)|لا داعي ل)\s(?:be |etre |d'|de |du |des |la |le |un |une |a |an )?(?:\p{L}+ ){0,2}$/u;
const NEGATION_AFTER = /^\s?(?:ne suffit pas|ne suffisent pas|(?:is |are )?not enough|(?:isn't|aren't|won't be|will not be) enough|(?:is |are |n'est |ne sont )?(?:not (?:needed|required|necessary|mandatory|important|relevant|essential|a requirement)|pas (?:necessaire|obligatoire|requis|important)|non (?:requis|necessaire|obligatoire)|not a must|optional|facultatif|no (?:es )?(?:necesari[oa]|obligatori[oa]|requerid[oa]|hace falta)|opcional|غير (?:مطلوب|ضروري|مهم|شرط|لازم)|(?:مش|ماشي|موش|مو|مب|ليس) (?:ضروري|ضروريه|لازم|مهم|مهمه|مطلوب|شرط|مشكل|مشكله)|ليس (?:ضروريا|مطلوبا|شرطا)|ما (?:يهم|يلزم)))/;

const clauseBefore = (folded: string, i: number): string => {
  const head = folded.slice(Math.max(0, i - 40), i);
  const cut = Math.max(head.lastIndexOf("."), head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf("!"), head.lastIndexOf("\n"));
  return head.slice(cut + 1);
};

/** Whole-word matches of `re` in folded text, skipping spans already taken by a longer rule. */
function* wholeWords(folded: string, re: RegExp, taken: Span[]): Generator<Span> {
  for (const m of folded.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    // "بشهادة حلال", "وعضوي": an Arabic word may carry a joined "و" / "ب" / "ل" / "ف" before it,
    // a Latin code too ("حلال وISO 22000", "وHACCP").
    const joined = /[وبلف]/u.test(folded[start - 1] ?? "") && !/[\p{L}\p{N}]/u.test(folded[start - 2] ?? "");
    if ((/[\p{L}\p{N}]/u.test(folded[start - 1] ?? "") && !joined) || /[\p{L}\p{N}]/u.test(folded[end] ?? "")) continue;
    if (taken.some((s) => start < s.end && s.start < end)) continue;
    yield { start, end };
  }
}

export function extractCertifications(text: string, folded: string): CertificationResult {
  const found = new Set<string>();
  const spans: Span[] = [];
  const taken: Span[] = [];
  // Only letters that have a case say whether the message is in capitals (Arabic has none).
  const cased = text.replace(/[^\p{Lu}\p{Ll}]/gu, "");
  const mostlyCaps = cased.length > 2 && cased === cased.toUpperCase();
  for (const [re, code] of RULES) {
    for (const span of wholeWords(folded, re, taken)) {
      taken.push(span);
      if (NEGATION_BEFORE.test(clauseBefore(folded, span.start)) || NEGATION_AFTER.test(folded.slice(span.end, span.end + 30))) {
        // "kosher not needed" names no product either.
        if (code !== "organic") spans.push(span);
        continue;
      }
      found.add(code);
      if (code !== "organic") spans.push(span);
    }
  }
  // A bare "CE" counts in capitals only: lowercase "ce" is a French word.
  if (!mostlyCaps) {
    for (const span of wholeWords(folded, /ce/g, taken)) {
      if (text.slice(span.start, span.end) !== "CE") continue;
      found.add("ce");
      spans.push(span);
    }
  }
  return { certifications: [...found].filter((c) => KNOWN.has(c)).sort(), spans };
}

/** Buyer or LLM wording for one certification → the canonical code, else null. */
export function canonicalCertification(raw: string): string | null {
  const w = fold(raw.trim().normalize("NFC")).replace(/_/g, "-");
  if (KNOWN.has(w)) return w;
  const found = extractCertifications(raw.toUpperCase() === raw ? raw.toLowerCase() : raw, w).certifications;
  return found.length === 1 ? (found[0] ?? null) : null;
}
