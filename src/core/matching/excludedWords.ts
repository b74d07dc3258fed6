// What the buyer rules out: "NOT the lye-oxidised California type", "no sockeye or keta please",
// "pas de homard", "ni el blanco refinado". A product whose title carries such a word is what the
// buyer said they do not want: it ranks below the others and says why ("✗ you ruled out: keta").
// Read on the buyer's own text (Arabic and Spanish through their English wording), in folded form.
import { foldText } from "../textFold.js";
import { nameTokens } from "./fitCheck.js";

// A negation that rules something out, then up to four words of what it rules out (with "or"/"ni"
// lists continuing it). "No need", "not urgent", "no later than", "not only" rule nothing out: the
// words after the cue are checked against NOT_EXCLUSIONS below.
const CUE = /(?:^|[^a-z])(?:not|nor|no|never|excluding|except|other than|rather than|instead of|pas de|pas d'|pas du|pas la|pas le|pas l'|pas les|pas des|sauf|plutot que|au lieu de|sin|excepto|salvo|en vez de|en lugar de|ni)\s((?:[a-z][a-z'-]*\s?){1,4})/g;
// Words after a negation that say something other than "not this product".
const NOT_EXCLUSIONS = new Set(
  (
    "need needed needs necessary necessarily required requirement mandatory must important essential urgent rush hurry problem " +
    "preference sure only just very so tres muy tan more less earlier above below over under exceeding longer than minimum min moq matter " +
    "certificate certificates certification certified certifie certificado certificacion organic bio biologique organico ecologico " +
    "halal kosher label labelling labeling obligatoire necessaire obligatorio necesario hace falta importa problema seulement solo " +
    "solamente unicamente plus mas moins menos tard tarde later after before avant antes despues apres engagement compromiso " +
    "the a an any le la les un une des el los las unos unas du de d' type kind style sort version grade quality qualite calidad " +
    "at all please pls merci gracias thanks thank we i you us nous vous nosotros it this that these those ce cet cette ces esto eso " +
    "is are was be been being est sont es son ser estar our notre nuestro nuestra your votre su sus too trop demasiado " +
    "or ou o and et y with avec con from del in en to al for pour para por"
  ).split(" "),
);

const ARTICLES = new Set("the a an any le la les un une des el los las unos unas du".split(" "));
const ENDS_LIST = new Set("but mais pero sino and et y not no pas never".split(" "));

/** The content words the buyer ruled out, singular and folded, never a word of the product they asked for. */
export function excludedWords(text: string, product: string | null): string[] {
  // ("pas l'extra vierge": the article apart, as the cues are written.)
  const folded = foldText(text).replace(/(?<=pas l')(?=[a-z])/g, " ");
  const asked = new Set(nameTokens(product ?? ""));
  const out = new Set<string>();
  for (const m of folded.matchAll(CUE)) {
    // (The list ends at a clause word: "not the cheapest but not too dark".)
    const all = nameTokens(m[1] ?? "");
    const stop = all.findIndex((w) => ENDS_LIST.has(w));
    const words = stop < 0 ? all : all.slice(0, stop);
    // "not needed", "no later than": the first word after any article says this negation is not about a product.
    const first = words.find((w) => !ARTICLES.has(w));
    if (!first || NOT_EXCLUSIONS.has(first)) continue;
    for (const w of words) if (w.length >= 3 && !/\d/.test(w) && !NOT_EXCLUSIONS.has(w) && !asked.has(w)) out.add(w);
  }
  return [...out];
}

/**
 * The excluded words a product's title carries as what it is: a title saying it is free of the word
 * ("gluten-free", "no sugar added", "sans sucre", "without stones") carries no exclusion.
 */
export function ruledOut(title: string, excluded: readonly string[]): string[] {
  if (!excluded.length) return [];
  const folded = foldText(title);
  const tokens = new Set(nameTokens(title));
  return excluded.filter((w) => tokens.has(w) && !new RegExp(`(?:${w}s?-free|(?:no|sans|sin|without|free of|non)[ -](?:added )?${w}|${w}s? free)`).test(folded));
}
