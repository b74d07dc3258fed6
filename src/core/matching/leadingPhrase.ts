// Three readings of a request that trust its leading phrase — the keyword phrase for English and
// French, the parser's phrase for Arabic and Spanish — over the kind the rest of the message names.
import { nameTokens } from "./fitCheck.js";
import { productTypes, requestType, singular, titleName, type RequestType } from "./productType.js";

/** Heads that name a part or form of a plant or crop: "Chamomile flowers" are chamomile. */
const PARTS = new Set("flower leaf seed bud petal root bark powder flake kernel pod stem berry".split(" "));
/** Forms a product comes in, named after it: "bee pollen granules" are the bee pollen. */
const FORMS = new Set("granule granular pellet crystal crumb chip".split(" "));

/**
 * The kind of the best keyword hit, read from the leading phrase when the catalog's vocabulary reads
 * that phrase by no type, or by a word before its own head (null otherwise):
 * - a kind only one candidate has ("Bath Bombs, box of 24") is too thin a type to read every request
 *   by (typeVocabulary wants two), but when the phrase's head is the head of the best hit's name, or
 *   a type its title gives in brackets ("Aker Fassi (poppy lip & cheek tint)"), that is the request,
 *   not a kind the rest of the message names ("boutique de cadeaux" → gift sets); it wins over a
 *   type word before the head too ("lobster" in "ready-to-heat lobster bisque");
 * - a form after the noun the best hit is named by ("bee pollen granules") is that product;
 * - when the phrase's head is a word of the best hit's name before that name's own head, and that
 *   head is one of PARTS ("organic chamomile" → "Organic Chamomile flowers (babounj), whole – 20 kg
 *   bale"), the request is of the hit's kind, made specific by the buyer's word, not a kind the rest
 *   of the message names ("tea-bag cut" → bags). A saddle bag is no saddle: other heads never count.
 */
export function bestHitKind(phrase: string, language: string, vocab: ReadonlySet<string>, variants: ReadonlySet<string>, bestTitle: string | undefined): RequestType | null {
  const name = bestTitle ? nameTokens(titleName(bestTitle)) : [];
  const bestHead = name.at(-1);
  const own = phrase && bestHead ? requestType([phrase], language, new Set()) : null;
  if (!own || !bestHead) return null;
  // (The hit's head, or a type its title names in brackets: "Aker Fassi (poppy lip & cheek tint)" is a tint.)
  const head = own.forms.includes(bestHead) ? bestHead : [...productTypes({ title: bestTitle!, category: null })].find((t) => own.forms.includes(t));
  // "bee pollen granules": a form after the noun the best hit is named by is that product in that form.
  if (FORMS.has(singular(own.head)) && own.modifier && (own.modifierForms.includes(bestHead) || own.modifier === bestHead)) {
    const kind = requestType([bestHead], "en", new Set([...vocab, bestHead]), variants);
    if (kind?.known) return { ...kind, modifier: null, modifierForms: [], otherForms: [] };
  }
  // A known type read off another word than the phrase's own head ("lobster" in "lobster bisque")
  // gives way to the best hit named by that head; the phrase's own type word stays.
  const read = requestType([phrase], language, vocab, variants);
  if (read?.known && (read.head === own.head || !head)) return null;
  if (head) {
    const kind = requestType([phrase], language, new Set([...vocab, head]), variants);
    if (kind?.known) return kind;
  }
  if (read?.known || !PARTS.has(bestHead) || !vocab.has(bestHead) || own.head.length < 4 || !own.forms.some((f) => name.slice(0, -1).includes(f))) return null;
  const kind = requestType([bestHead], "en", vocab, variants);
  return kind?.known ? { ...kind, modifier: own.head, modifierForms: own.forms, otherForms: [] } : null;
}

/**
 * "kiésérite (sulfate de magnésium granulé, 25 % MgO)", "dried figs, the soft sun-dried kind for a
 * cheese-board range": the keyword phrase and the parser's phrase agree on a product whose head the
 * catalog knows as no type, while the rest of the message names another (`readForms`: granules,
 * cheese). That product, bare of modifiers, is what "nothing fits" is checked against; null when
 * the phrases do not agree.
 */
export function agreedUnknownProduct(keyword: string, parsed: string, language: string, vocab: ReadonlySet<string>, variants: ReadonlySet<string>, readForms: string[]): RequestType | null {
  // Both phrases the same words, or one word each: two readings that merely share a head, such as
  // "garage poids lourds et VUL près" and "garage poids lourds", may both be the buyer.
  const [k, p] = [nameTokens(keyword), nameTokens(parsed)];
  if (!((k.length === 1 && p.length === 1) || k.join(" ") === p.join(" "))) return null;
  const [a, b] = [requestType([keyword], language, vocab, variants), requestType([parsed], language, vocab, variants)];
  if (!a || !b || a.known || b.known || a.forms[0] !== b.forms[0] || a.forms.some((f) => readForms.includes(f))) return null;
  return { ...a, modifier: null, modifierForms: [], otherForms: [] };
}
