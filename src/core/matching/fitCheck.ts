// Is anything in the catalog what the buyer asked for? Ranking always finds *something* ("solar
// panels" → aerospace panels, "green coffee" → green tea); an honest answer says when nothing fits
// and offers what is near instead. Two cases: no product of the requested kind (its head, or the
// word that makes it specific, appears in no candidate's name), or a certificate the buyer names
// that no product of that kind holds.
import { foldText } from "../textFold.js";
import type { ProductFacts } from "../../ports/catalogSearch.js";
import { splitCertifications } from "./certifications.js";
import { singular, type RequestType } from "./productType.js";
import { withinOneEdit } from "./editDistance.js";

// Adjectives too common or vague to prove that a product is missing when no title carries them.
const VAGUE = new Set(
  ("good best cheap quality premium high low fresh natural pure organic bio new fine top grade bulk small large big medium " +
    "moroccan canadian local wholesale retail standard classic traditional special extra super").split(" "),
);

export type NoFit = { reason: "no_product"; product: string } | { reason: "no_certificate"; product: string; certs: string[] };

const wordsOf = (text: string) => new Set((foldText(text).match(/[a-z0-9]+(?:-[a-z]+)*/g) ?? []).map(singular));
// Per product object (the catalog cache hands out the same objects until the catalog changes).
const memo = (f: (p: ProductFacts) => Set<string>) => {
  const cache = new WeakMap<ProductFacts, Set<string>>();
  return (p: ProductFacts) => cache.get(p) ?? (cache.set(p, f(p)), cache.get(p)!);
};
/** The product's name words (title, category, attributes), singular and folded. */
export const nameWords = memo((p) => wordsOf(`${p.title} ${p.category ?? ""} ${JSON.stringify(p.attributes)}`));
const allWords = memo((p) => wordsOf(`${p.title} ${p.category ?? ""} ${JSON.stringify(p.attributes)} ${p.description ?? ""}`));
// A form is seen when a word has it exactly, starts with it ("cous" → couscous), or is one typo away.
const seenIn = (f: string, s: Set<string>) =>
  s.has(f) || (f.includes("-") && f.split("-").every((x) => s.has(x))) ||
  (f.length >= 4 && [...s].some((w) => (w.startsWith(f) && w.length > f.length) || (f.length >= 6 && withinOneEdit(f, w))));
/** True when one of the forms is among the words (exactly, as a prefix, or one typo away). */
export const seen = (forms: string[], sets: Set<string>[]) => forms.some((f) => sets.some((s) => seenIn(f, s)));
/** True when the modifier is a word worth checking ("olive" in olive oil; not "good", "large" or "2"). */
export const specificModifier = (t: RequestType | null): t is RequestType & { modifier: string } =>
  !!t?.modifier && t.modifier.length >= 3 && !VAGUE.has(t.modifier) && !/\d/.test(t.modifier);

/**
 * Why nothing fits, or null when something does. `typed` are the candidates of the requested
 * type (all candidates when the request's type is unknown or matches nothing).
 */
export function findNoFit(
  type: RequestType | null, product: string, certifications: string[], candidates: ProductFacts[], typed: ProductFacts[],
): NoFit | null {
  if (!candidates.length) return { reason: "no_product", product };
  if (type) {
    if (!typed.length && type.head.length >= 3) {
      // The head names a product ("rice", "coffee") that no candidate's name mentions at all.
      if (!seen(type.forms, candidates.map(nameWords))) return { reason: "no_product", product };
    } else if (specificModifier(type)) {
      // "solar panels", "coffee beans": the kind exists (panels, beans) but not this one.
      if (!seen(type.modifierForms, typed.map(nameWords)) && !seen(type.modifierForms, candidates.slice(0, 50).map(allWords)))
        return { reason: "no_product", product };
    }
  }
  if (certifications.length) {
    const pool = typed.length ? typed : candidates;
    if (!pool.some((p) => splitCertifications(certifications, p.certifications).missing.length === 0))
      return { reason: "no_certificate", product, certs: certifications };
  }
  return null;
}
