// The product a "nothing fits" answer names. The parser's product phrase is sometimes another noun
// of the message ("…for a processor in Poland" → "processor", "…pour une chocolaterie" →
// "chocolaterie"), and "no seller lists processor" tells the buyer something false. The check
// looked for a type (its head, "mackerel"), so the answer names the phrase only when it carries
// that head; else the head (and the word that makes it specific) in the buyer's own words; else
// nothing, and the answer says so neutrally.
import { foldText } from "../textFold.js";
import { isParticiple, singular, type RequestType } from "./productType.js";
import { specificModifier } from "./fitCheck.js";
import { isEnglishTradeWord, translateWord } from "./queryExpansion.js";

/** A word of the buyer's text, as written and folded. */
type Word = { text: string; folded: string; start: number; end: number };
const wordsOf = (text: string): Word[] =>
  [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((m) => ({ text: m[0], folded: foldText(m[0]), start: m.index, end: m.index + m[0].length }));

/** The forms a word of the buyer's can stand for: itself, singular, and its lexicon translation ("beurre" → butter). */
const formsOf = (folded: string): string[] => {
  const tr = translateWord(folded) ?? translateWord(singular(folded));
  return [folded, singular(folded), ...(tr ? tr.split(" ").map(singular) : [])];
};
const carries = (w: Word, forms: string[]) => {
  const wanted = new Set(forms.map((f) => singular(f)));
  return formsOf(w.folded).some((f) => wanted.has(f));
};

/** A word can name a product: not a participle, a size or a code. */
const namesProduct = (folded: string): boolean => folded.length >= 3 && !/\d/.test(folded) && !isParticiple(folded);

/** Words too loose to tell a product from another noun: a phrase with no other word is no product name. */
const isProductWord = (folded: string): boolean =>
  namesProduct(folded) && (translateWord(folded) !== null || isEnglishTradeWord(folded) || isEnglishTradeWord(singular(folded)));

/** Words that link a French name's parts ("chaussures de sécurité", "carreaux de sol en porcelaine"). */
const LINKS = new Set("de d du des en a la le l of".split(" "));
/**
 * The name of what the no-fit check found missing, or null when nothing the buyer wrote names it
 * (the answer then names no product). `product` is the parser's phrase, `text` the buyer's message.
 */
export function noFitName(type: RequestType | null, product: string | null, text: string): string | null {
  const phrase = product?.trim() ?? "";
  const own = wordsOf(phrase);
  // With no type, or a head that names no product (a participle such as "rectified", a size,
  // a code), only a phrase with a readable product word is named.
  if (!type || !namesProduct(type.head)) return own.some((w) => isProductWord(w.folded)) ? phrase : null;
  // The phrase names the type the check looked for: it is the best name (it keeps "brut non raffiné").
  if (own.some((w) => carries(w, type.forms))) return phrase;
  // Else the head as the buyer wrote it, with the specific word when it stands next to it.
  const words = wordsOf(text);
  // The words the check looked for beside the head ("porcelain" and "floor" in "porcelain floor
  // tiles": the catalog's floor tiles are zellige, so "floor tiles" alone would be false).
  const wanted = [...(specificModifier(type) ? [type.modifierForms] : []), ...(type.otherForms ?? [])];
  const wantedAt = (i: number) => !!words[i] && !isParticiple(words[i]!.folded) && wanted.some((f) => carries(words[i]!, f));
  // The head where those words stand beside it, else its first use: "we already sell a maple water …
  // want to add a prickly pear cactus water" names the cactus water.
  const heads = words.flatMap((w, i) => (carries(w, type.forms) ? [i] : []));
  const head = heads.find((i) => wantedAt(i - 1) || wantedAt(i + 1)) ?? heads[0] ?? -1;
  if (head < 0) return null;
  const isWanted = (i: number) => i !== head && wantedAt(i);
  let [from, to] = [head, head];
  for (;;) {
    if (isWanted(from - 1)) from -= 1;
    else if (isWanted(to + 1)) to += 1;
    else if (LINKS.has(words[to + 1]?.folded ?? "") && isWanted(to + 2)) to += 2;
    else break;
  }
  return text.slice(words[from]!.start, words[to]!.end);
}
