// Text normalisation shared by the offline embedder (and usable by a lexical retriever):
// accent folding, EN/FR stop words and a deliberately light plural stemmer. Light on purpose:
// an aggressive stemmer (Porter, Snowball) conflates words a buyer keeps apart ("organ" /
// "organic"), and the character n-grams of the embedder already absorb most inflection.

import { foldText } from "../../core/textFold.js";

export { foldText };

// Anything that is neither a letter nor a digit separates tokens; so does a letter/digit switch
// ("500ml" → "500 ml", "iso22000" → "iso 22000") so that units and codes match however written.
const SPLIT_RE = /[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

const STOP_WORDS_LIST = (
  // English
  "a an and are as at be been but by can for from has have i if in into is it its of on or our " +
  "per so such than that the their them then there these they this those to up via was we were " +
  "what when where which while who will with within without you your all any each other only own " +
  "same very also just more most about after before over under between out off both few some " +
  // French (already accent-folded)
  "au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma " +
  "mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te " +
  "tes toi ton tu un une vos votre vous est sont ete etre avoir ont sans chez tres plus entre selon " +
  "dont cela ceci ainsi comme leurs lors"
).split(" ");

/** Function words of English and French (accent-folded), ignored as features. */
export const STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORDS_LIST);

/**
 * Reduces EN/FR plural forms to a common stem: berries → berry, boxes → box, tomatoes → tomato,
 * dates → date, gâteaux → gateau, végétaux → vegetal, bijoux → bijou. Leaves "-ss", "-us", "-is"
 * words (glass, couscous, analysis) and short words alone.
 */
export function stemPlural(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  const last = word.charCodeAt(n - 1);
  if (last === 120 /* x */) {
    if (word.endsWith("eaux")) return word.slice(0, -1);
    if (word.endsWith("aux") && n > 4) return word.slice(0, -3) + "al";
    if (word.endsWith("oux") && n > 4) return word.slice(0, -1);
    return word;
  }
  if (last !== 115 /* s */) return word;
  const prev = word.charCodeAt(n - 2);
  if (prev === 115 /* s */ || prev === 117 /* u */ || prev === 105 /* i */) return word;
  if (prev === 101 /* e */ && n > 4) {
    if (word.endsWith("ies")) return word.slice(0, -3) + "y";
    if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("zes"))
      return word.slice(0, -2);
    if (word.endsWith("oes")) return word.slice(0, -2);
  }
  return word.slice(0, -1);
}

/**
 * One spelling for British and American forms, on both the catalog's side and the buyer's:
 * deodorised/deodorized, sterilisation/sterilization, colour/color, flavoured/flavored. The map is
 * applied to every word the same way, so a word it bends on the way ("anise" → "anize") still
 * meets itself.
 */
export function britishToAmerican(word: string): string {
  if (word.length < 5) return word;
  return word.replace(/(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$/, "iz$1").replace(/(?<=[a-z]{2}[^aeiou])our(ed|ing|s|ful)?$/, "or$1");
}

const isDigits = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

export interface Token {
  /** Folded, stemmed form. */
  stem: string;
  /** True for all-digit tokens (quantities, codes): no character n-grams for these. */
  numeric: boolean;
}

/**
 * Splits text into content tokens: folded, stop words and single letters removed, plurals
 * stemmed. Digits are kept ("500", "20"): sizes and grades are what buyers type.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const raw of foldText(text).split(SPLIT_RE)) {
    if (!raw) continue;
    const numeric = isDigits(raw);
    if (!numeric && (raw.length < 2 || STOP_WORDS.has(raw))) continue;
    out.push({ stem: numeric ? raw : britishToAmerican(stemPlural(raw)), numeric });
  }
  return out;
}
