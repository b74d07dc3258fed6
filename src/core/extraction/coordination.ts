// "and" inside one product's name: "bath and body gift sets", "coffrets bain et douche",
// "estuches de regalo de baño y cuerpo", "شاي بالنعناع والليمون". Elsewhere "and" joins a second
// product ("olive oil and argan oil", "تمر سكري وعسل سدر"), and the first one is labelled.
// Words are folded (lowercase, no accents; Arabic أ/إ → ا, ة → ه).
import { BOUNDARY_WORDS, CLAUSE_WORDS, LEADING, TRAILING, VAGUE } from "./fillers.js";
import type { Word } from "./text.js";

/** Which words are still free to be product words (no fact, cue or punctuation marked on them yet). */
export type IsFree = (w: Word) => boolean;

// English and Spanish plurals end in -s, French ones in -s or -x; "glass", "swiss" do not count.
const plural = (w: string): boolean => /(?:[^s]s|x)$/.test(w);
// A preposition whose object is the noun right before the conjunction: "confiture de figues et
// noix", "moulins à sel et poivre", "set de baño y cuerpo".
const COMPLEMENT_PREPOSITIONS = new Set(["de", "d'", "a", "au", "aux", "en", "del"]);
const plainWord = (w: Word | undefined): boolean =>
  Boolean(w) && /^\p{L}+$/u.test(w?.text ?? "") && ![BOUNDARY_WORDS, CLAUSE_WORDS, LEADING, TRAILING, VAGUE].some((s) => s.has(w?.text ?? ""));

/** The words after the conjunction up to the end of the phrase (a boundary word, a cue, punctuation). */
function conjunct(folded: string, ws: Word[], k: number, free: IsFree): Word[] {
  const out: Word[] = [];
  for (let m = k + 1; m < ws.length; m++) {
    const w = ws[m] as Word;
    const prev = ws[m - 1] as Word;
    if (!free(w) || !/^\s+$/.test(folded.slice(prev.end, w.start)) || !plainWord(w)) break;
    out.push(w);
  }
  return out;
}

/**
 * English names are head-last: a singular word before "and" and a phrase ending in a plural after it
 * share that plural head ("salt and pepper grinders"); "canned chickpeas and lentils" are two goods.
 */
function englishShared(ws: Word[], k: number, after: Word[]): boolean {
  const before = ws[k - 1]?.text ?? "";
  const head = after.at(-1)?.text ?? "";
  return after.length >= 2 && !plural(before) && plural(head);
}

/**
 * French and Spanish repeat the article before a second product ("du miel et de l'huile"); a lone
 * bare noun after "et"/"y" that ends the phrase, agreeing in number with the noun before it,
 * continues that noun's complement: after "de"/"à" ("de figues et noix"), or after a singular noun
 * set right after a plural head ("coffrets bain et douche"). "cojines bordados y mantas" (a plural
 * participle before "y") and "aceite de oliva y aceitunas" (number differs) stay two goods.
 */
function romanceShared(ws: Word[], k: number, after: Word[], free: IsFree): boolean {
  const before = ws[k - 1];
  const prior = ws[k - 2];
  const only = after[0];
  if (after.length !== 1 || !only || !before || !prior || !free(before) || plural(before.text) !== plural(only.text)) return false;
  if (COMPLEMENT_PREPOSITIONS.has(prior.text)) return true;
  return free(prior) && plainWord(prior) && plural(prior.text) && !plural(before.text);
}

/**
 * Arabic: in an indefinite name whose complement is definite ("صابون زيت الزيتون", "شاي بالنعناع"),
 * "و" + "ال…" coordinates with that complement ("والغار", "والليمون"). When the head itself is
 * definite ("السكر الأبيض والأرز"), the "و" joins a second product.
 */
function arabicShared(folded: string, ws: Word[], k: number, free: IsFree): boolean {
  const definite = (w: string): boolean => /^(?:ال|بال|لل|كال)[\u0621-\u064a]{2,}$/u.test(w);
  if (!/^وال[\u0621-\u064a]{2,}$/u.test(ws[k]?.text ?? "") || !definite(ws[k - 1]?.text ?? "")) return false;
  let j = k - 1;
  while (j > 0) {
    const w = ws[j - 1] as Word;
    if (!free(w) || !/^\s+$/.test(folded.slice(w.end, (ws[j] as Word).start)) || BOUNDARY_WORDS.has(w.text) || !/^[\u0621-\u064a]+$/u.test(w.text)) break;
    j--;
  }
  return ws.slice(j, k).some((w) => !definite(w.text));
}

/** The conjunction ws[k] joins two parts of one product name, not two products. */
export function joinsOneName(folded: string, ws: Word[], k: number, free: IsFree): boolean {
  const w = ws[k]?.text ?? "";
  if (w.startsWith("و") && w.length > 1) return arabicShared(folded, ws, k, free);
  const before = ws[k - 1];
  if (!before || !free(before) || !plainWord(before) || !/^\s+$/.test(folded.slice(before.end, ws[k]?.start ?? 0))) return false;
  const after = conjunct(folded, ws, k, free);
  if (w === "and") return englishShared(ws, k, after);
  if (w === "et" || w === "y") return romanceShared(ws, k, after, free) || bothParticiples(before.text, after);
  return false;
}

/** Spanish -ado/-ido and French -ée participles, in any gender and number (folded): a regex source. */
export const ROMANCE_PARTICIPLE = String.raw`\p{L}{2,}(?:(?:ad|id)[oa]s?|ees?)`;
const PARTICIPLE = new RegExp(`^${ROMANCE_PARTICIPLE}$`, "u");

/** "almendra pelada y tostada", "amandes décortiquées et grillées": two processes of one product. */
function bothParticiples(before: string, after: Word[]): boolean {
  return after.length === 1 && PARTICIPLE.test(before) && PARTICIPLE.test(after[0]?.text ?? "");
}
