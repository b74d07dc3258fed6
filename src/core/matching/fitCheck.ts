// Is anything in the catalog what the buyer asked for? Ranking always finds *something* ("solar
// panels" → aerospace panels, "green coffee" → green tea); an honest answer says when nothing fits
// and offers what is near instead. Two cases: no product of the requested kind (its head, or the
// word that makes it specific, appears in no candidate's name), or a certificate the buyer names
// that no product of that kind holds.
import { foldText } from "../textFold.js";
import type { ProductFacts } from "../../ports/catalogSearch.js";
import { splitCertifications } from "./certifications.js";
import { compoundOf, isAssortment, isParticiple, namesAssortment, productTypes, singular, titleName, type RequestType } from "./productType.js";
import { withinOneEdit } from "./editDistance.js";
import { isEnglishTradeWord, translateWord } from "./queryExpansion.js";
import { packFamilies } from "./packs.js";
import { isTradeLanguage, isWordingTerm } from "../extraction/lexicon.js";
import { COLOURS } from "../extraction/fillers.js";
import { extractCertifications } from "../extraction/certifications.js";
import { fold } from "../extraction/text.js";

/** Adjectives that praise or place a product, never describe what it physically is. */
const PRAISE_OR_PLACE = new Set(
  ("good best cheap quality premium high low natural pure fine top grand grande moroccan canadian local standard classic traditional special extra super " +
    // The season a product is worn or sold in says when, not what ("gants d'hiver": the leather gloves).
    "winter summer hiver ete " +
    // Where a product comes from is a near variant too ("North African wines" for the Moroccan ones);
    // ocean names stay out: "Atlantic" and "Pacific" name species.
    "african european asian american latin arabian mediterranean italian spanish french greek turkish indian chinese japanese " +
    "korean thai vietnamese egyptian tunisian algerian lebanese syrian iranian persian pakistani brazilian chilean argentine " +
    "argentinian peruvian mexican colombian australian kenyan nigerian ghanaian senegalese ivorian british english scottish " +
    "irish german dutch belgian swiss polish portuguese norwegian nordic scandinavian").split(" "),
);
// Adjectives too common or vague to prove that a product is missing when no title carries them:
// a product in another state, colour or size is a near variant (graded 1), not a missing product.
const VAGUE = new Set([
  ...PRAISE_OR_PLACE,
  ..."fresh organic bio new grade bulk small large big medium heavy thick thin wholesale retail live frozen dried smoked cooked raw whole wild sweet hot mild dry light dark halal kosher certified".split(" "),
  ..."red green blue black white yellow orange pink grey gray brown golden gold silver purple".split(" "),
]);

/** States a product is sold in (English; French words reach them through the lexicon). */
const STATES = new Set("frozen live dried smoked cooked raw canned chilled fresh".split(" "));
// "DAP enrichi au zinc": what a product is enriched with says what it is, not the word "enriched",
// which titles write as "+ Zn" or "zinc-fortified"; and "chloride-free potash" is the SOP, whose
// title says what it is, not what it lacks.
const ADDED_WITH = new Set("enriched fortified enrichi enrichie enrichis enrichies free".split(" "));
/** The states the buyer's words name ("frozen", "surgelé" → frozen). */
const statesOf = (text: string): string[] =>
  [...new Set((foldText(text).match(/[a-z]+/g) ?? []).flatMap((w) => [w, ...(translateWord(w)?.split(" ") ?? [])]).filter((w) => STATES.has(w)))];

/** Words that say nothing about what a product is, left in a request after its filler is removed. */
const NOT_SPECS = new Set(
  ("and the for our with from per any also your you are pour les des avec une aux nos notre par sur " +
    "food product goods quality supply private label logo brand marque").split(" "),
);

/** With no product words to go by, a certificate is looked for among this many best candidates. */
const CERT_POOL = 10;

export type NoFit = { reason: "no_product"; product: string } | { reason: "no_certificate"; product: string; certs: string[] };

/** A text's words as written, hyphen kept ("t-shirt"), folded and singular, in order. */
export const nameTokens = (text: string): string[] => (foldText(text).match(/[a-z0-9]+(?:-[a-z]+)*/g) ?? []).map(singular);
// A hyphenated word also counts by its parts: titles write "Crew-Neck", "Long-Sleeve", "Cold-Pressed"
// where buyers write "crew neck sweaters" (whose modifier "neck" must be found in the name).
const wordsOf = (text: string) =>
  new Set(nameTokens(text).flatMap((w) => (w.includes("-") ? [w, ...w.split("-").map(singular)] : [w])));
// Per product object (the catalog cache hands out the same objects until the catalog changes).
const memo = <T>(f: (p: ProductFacts) => T) => {
  const cache = new WeakMap<ProductFacts, T>();
  return (p: ProductFacts): T => (cache.has(p) ? cache.get(p)! : (cache.set(p, f(p)), cache.get(p)!));
};
/** The product's name words (title, category, attributes), singular and folded. */
export const nameWords = memo((p) => wordsOf(`${p.title} ${p.category ?? ""} ${JSON.stringify(p.attributes)}`));
/** The title and category words alone: attributes list ingredients ("infusion": "cane sugar"), not what a product is. */
const titleWords = memo((p) => wordsOf(`${p.title} ${p.category ?? ""}`));
const allWords = memo((p) => wordsOf(`${p.title} ${p.category ?? ""} ${JSON.stringify(p.attributes)} ${p.description ?? ""}`));
// A form is seen when a word has it exactly, starts with it ("cous" → couscous), or is one typo away.
// A longer word the lexicon reads as something else is that word, not a form of the shorter one:
// "canneberges" (cranberries) is no form of "canne" (cane).
const otherWord = new Map<string, boolean>();
const readAsOther = (w: string, f: string) => {
  const k = `${w}\u0000${f}`;
  if (!otherWord.has(k)) { const tr = translateWord(w); otherWord.set(k, tr !== null && !tr.split(" ").some((x) => x.startsWith(f))); }
  return otherWord.get(k)!;
};
// A whole English word of the lexicon is no stem: one or two more letters make another word
// ("clover" is no clove), unless they inflect it ("smoked", "salted").
const otherEnglish = (w: string, f: string) => w.length - f.length <= 2 && isEnglishTradeWord(f) && !/(?:ed|s|d)$/.test(w);
/** The word itself is among the words, a hyphenated one also as all of its parts ("kiln dried" / "kiln-dried"). */
const hasWhole = (f: string, s: Set<string>) => s.has(f) || (f.includes("-") && f.split("-").every((x) => s.has(x)));
// A modifier's -ing and -ed forms, and the -ing of its agent noun, say the same thing ("fry oil",
// "deep-fryer oil" → "frying oil"); a head's do not ("french fries" are no frying oil).
const inflected = (f: string, s: Set<string>) =>
  s.has(`${f}ing`) || s.has(`${f}ed`) || (f.endsWith("y") && s.has(`${f.slice(0, -1)}ied`)) || (f.length >= 5 && f.endsWith("er") && s.has(`${f.slice(0, -2)}ing`));
const seenIn = (f: string, s: Set<string>) =>
  hasWhole(f, s) ||
  (f.length >= 4 && [...s].some((w) => (w.startsWith(f) && w.length > f.length && !readAsOther(w, f) && !otherEnglish(w, f)) || (f.length >= 6 && withinOneEdit(f, w)) ||
    // A five-letter word missing a letter is a typo too ("hikng" socks); a changed letter is not ("bream", "cream").
    (f.length === 5 && w.length === 6 && w[0] === f[0] && w.at(-1) === f.at(-1) && withinOneEdit(f, w))));
/** True when one of the forms is among the words (exactly, as a prefix, or one typo away). */
export const seen = (forms: string[], sets: Set<string>[]) => forms.some((f) => sets.some((s) => seenIn(f, s)));
/**
 * `seen`, for the word that makes a request specific: its -ing and -ed forms count too, and a
 * compound's first part when it is a word of its own ("cable-stitch" → the "Cable Knit Sweater").
 */
const seenModifier = (forms: string[], sets: Set<string>[]) => {
  const all = [...forms, ...forms.filter((f) => f.includes("-")).map((f) => f.split("-")[0]!).filter((f) => f.length >= 5)];
  return all.some((f) => sets.some((s) => seenIn(f, s) || inflected(f, s) || endsCompound(f, s) || (KINDS_OF[f]?.some((k) => s.has(k)) ?? false)));
};
// A name that gives the kind of a material gives the material: "Merino Hiking Socks" are wool socks,
// a "Lambskin Jacket" a leather one, and "wooden shingles" are the cedar ones.
const WOODS = ["cedar", "pine", "fir", "spruce", "hemlock", "oak", "beech", "birch", "walnut", "teak", "larch", "poplar", "thuya", "timber", "lumber", "plywood"];
const WOOLS = ["merino", "cashmere", "alpaca", "lambswool", "mohair", "angora"];
const KINDS_OF: Record<string, string[]> = {
  wool: WOOLS, woollen: ["wool", ...WOOLS], woolen: ["wool", ...WOOLS],
  leather: ["lambskin", "cowhide", "goatskin", "calfskin", "sheepskin", "suede", "nubuck", "shearling"],
  wood: WOODS, wooden: ["wood", ...WOODS],
  // French "peau" (skin) names a hide: "blousons en peau lainée" are the shearling jackets.
  skin: ["leather", "lambskin", "sheepskin", "shearling", "suede", "cowhide", "goatskin", "calfskin"],
};
// A compound ending on the word counts ("hardwood" is wood: see compoundOf).
const endsCompound = (f: string, s: Set<string>) => [...s].some((w) => compoundOf(f, w));

// The description's words in order, singular and folded, with its punctuation kept as "," (a
// phrase needs its order, and where a noun group ends).
const descriptionWords = memo((p) =>
  (foldText(p.description ?? "").match(/[a-z0-9]+(?:-[a-z]+)*|[.,;:!?()/]/g) ?? []).map((w) => (/^[a-z0-9]/.test(w) ? singular(w) : ",")));
const isForm = (forms: Set<string>, w: string) => forms.has(w) || (w.includes("-") && forms.has(w.replace(/-/g, "")));
// After one of these the word is a use, an ingredient or a comparison ("for rice, paella and
// pastry"; "with shea"; "like a chapstick"), not what the product is called.
const NOT_A_NAME = new Set("for with from like than to of into pour avec comme".split(" "));
// A name ends its noun group: punctuation, the end, or one of these comes next. Otherwise the word
// qualifies the next noun ("toothbrush holder", "extended fry life").
const GROUP_END = new Set(", in with of for and or from made by de en au aux et pour avec".split(" "));
const namedAt = (words: string[], i: number) =>
  !words.slice(Math.max(0, i - 3), i).some((w) => NOT_A_NAME.has(w)) && (i + 1 >= words.length || GROUP_END.has(words[i + 1]!));
/**
 * True when a seller's own description calls a candidate by the buyer's name for it: the head
 * ("large travel holdall in thick cowhide"), with the modifier next to it when `modifierForms` are
 * given ("sold in the UK as easy peelers"). A seller's title may use one name and its description
 * the buyer's: that is no missing product. A head word no title carries is rare enough to count
 * alone, unless a use, an ingredient or a comparison introduces it; where titles carry the head
 * and the question is the modifier, a modifier somewhere in a description is an ingredient or a
 * comparison, so both words must stand together, in either order (English before, French after).
 */
export function describedAs(forms: string[], modifierForms: string[] | null, candidates: ProductFacts[]): boolean {
  const heads = new Set(forms.map(singular));
  const mods = modifierForms ? new Set(modifierForms.map(singular)) : null;
  return candidates.some((p) => {
    const words = descriptionWords(p);
    return words.some((w, i) => isForm(heads, w) && namedAt(words, i) && (!mods || [i - 2, i - 1, i + 1, i + 2].some((j) => j >= 0 && j < words.length && isForm(mods, words[j]!))));
  });
}
// A seller may state a certificate in the description only ("GLOBALG.A.P. Certified farms"): that is
// no proof that nobody holds it. (It is not shown as held: the certifications column is the claim.)
const certificatesDescribed = memo((p) => extractCertifications(p.description ?? "", fold(p.description ?? "")).certifications);
/** True when a word's forms include an English participle ("headed", "smoked"): a process, not a material. */
export const isProcessWord = (forms: string[]): boolean => forms.some(isParticiple);
/** True when the modifier is a word worth checking ("olive" in olive oil; not "good", "large" or "2"). */
export const specificModifier = (t: RequestType | null): t is RequestType & { modifier: string } =>
  // (A word that praises or places the product says so in any language: "traditionnel" is "traditional".
  // A French colour or state stays specific: "chocolat noir", "sucre blanc" name products of their own.)
  // A French state says what an English one does when the kind is one the catalog types: "fèves
  // sèches" are the (dried) faba beans. (For a kind known only by name, the state still tells it
  // apart: "figues sèches" are no "figue de barbarie".)
  !!t?.modifier && t.modifier.length >= 3 && !VAGUE.has(t.modifier) && !t.modifierForms.some((f) => PRAISE_OR_PLACE.has(f) || ADDED_WITH.has(f) || (t.known && STATES.has(f))) && !/\d/.test(t.modifier);

/**
 * True when a buyer's word can prove that a product is missing: the catalog is written mostly in
 * English, so an English word absent from it is absent, but a word of another language the trade
 * lexicon does not know ("gilets", "bonnets") is unknown, not missing.
 */
export const checkable = (word: string, language: string): boolean => {
  const w = foldText(word);
  // An English word in a French request ("panneaux solaires" read as "solar panels") is checkable too.
  if (language === "en" || translateWord(w) !== null || isEnglishTradeWord(w) || isEnglishTradeWord(singular(w))) return true;
  // An Arabic or Spanish request reaches here as its English wording: a word the lexicon translated is readable.
  return isTradeLanguage(language) && (isWordingTerm(w) || isWordingTerm(singular(w)));
};

/**
 * True when a word the lexicon cannot read ("manuka", "lunettes") appears in no candidate's text —
 * title, category, attributes or description, in either language, exactly, as a prefix or one typo
 * away. The catalog gives most products a French name too, so a word it never uses names nothing
 * it sells. Vague words and short ones prove nothing.
 */
const unheardOf = (word: string, candidates: ProductFacts[]): boolean => {
  const w = singular(word);
  // A compound with a readable part ("pulls-maison") may be a kind the catalog sells under that part.
  if (w.length < 4 || /\d/.test(w) || VAGUE.has(w) || word.split("-").some((x) => checkable(x, "fr"))) return false;
  const texts = candidates.map(allWords);
  return !seen([w, foldText(word)], texts);
};

/**
 * True when the modifier is a second name of the kind: products it types sit in the very category of
 * the head's ("sweater jumper", the English of "suéter" giving both catalog words, are both
 * Apparel > Knitwear). A modifier of another category names what makes the product specific
 * ("avocado oil": the avocados are fresh produce), and its absence still proves "nothing fits".
 */
function namesSameKind(modifierForms: string[], kind: ProductFacts[], candidates: ProductFacts[]): boolean {
  const categories = new Set(kind.map((p) => p.category).filter(Boolean));
  return candidates.some((p) => p.category && categories.has(p.category) && modifierForms.some((f) => productTypes(p).has(f)));
}

/**
 * Why nothing fits, or null when something does. `typed` are the candidates of the requested
 * type (all candidates when the request's type is unknown or matches nothing). "Nothing fits"
 * needs strong evidence — a product word no candidate carries, or a certificate none holds —
 * never merely low scores: a wrong "nothing fits" loses a buyer a supplier who exists.
 */
export function findNoFit(
  type: RequestType | null, product: string, certifications: string[], candidates: ProductFacts[], typed: ProductFacts[], language = "en",
  /** The buyer's own words (the parser's product phrase can drop "frozen"); `product` when not given. */
  said = product,
): NoFit | null {
  if (!candidates.length) return { reason: "no_product", product };
  // A gift box or kit is not what it holds: "Coffret terroir – …, thyme honey 250 g" proves neither
  // that thyme honey is sold nor that organic thyme honey is (the certificate is the box's). Unless
  // the buyer asks for an assortment, evidence comes only from products sold as themselves.
  if (!namesAssortment(`${product} ${type?.head ?? ""}`)) {
    const own = (p: ProductFacts) => !isAssortment(p);
    if (candidates.some(own)) {
      candidates = candidates.filter(own);
      typed = typed.filter(own);
    }
  }
  // The products of the kind asked for: typed by the catalog, or else those whose name carries the head.
  const kind = !type ? [] : typed.length ? typed : candidates.filter((p) => seen(type.forms, [nameWords(p)]));
  // …and of them, those carrying the word that makes the request specific ("argan" among oils).
  const specific = specificModifier(type) ? kind.filter((p) => seenModifier(type.modifierForms, [nameWords(p)])) : [];
  if (type && type.head.length >= 3) {
    const names = candidates.map(nameWords);
    // The head names a product ("rice", "coffee") that no candidate's name mentions at all.
    if (!kind.length && checkable(type.head, language) && !seen(type.forms, names) &&
      !describedAs(type.forms, null, candidates)) return { reason: "no_product", product };
    // An unreadable word is unknown, not missing — unless no candidate's text, in any language,
    // carries it at all (see unheardOf).
    // (The catalogs give no Arabic or Spanish names: there, an unknown word proves nothing.)
    if (!kind.length && (language === "en" || language === "fr") && unheardOf(type.head, candidates)) return { reason: "no_product", product };
    // "solar panels", "cashew nuts": the kind exists (panels, nuts) but no candidate's name carries
    // the word that makes it specific. A name of another kind carrying that word counts only when
    // it carries the head too: "Vanilla Lip Balm" says nothing about vanilla beans, nor "Argan Oil
    // – stainless steel drum" about steel cookware. A description of the kind counts only for a
    // process word ("étêté" → headed, where the title says "H&G"): a noun there is an ingredient
    // or a comparison ("whipped body butter with shea"), not what the product is.
    // (Of another kind, only its title and category count: dried cranberries infused with cane sugar are no cane sugar.)
    // (A compound ending on the head names it too: "Fresh Spearmint" is mint, "Hardwood Heat Logs" wood.)
    const headNames = candidates.map(titleWords).filter((n) => seen(type.forms, [n]) || type.forms.some((f) => endsCompound(f, n)));
    // (A colour proves nothing missing where the kind is sold plain: against "Fresh Courgettes", named
    // by no colour nor variety, "courgettes vertes" are the usual green ones. "Sucre blanc" against
    // "Granulated Maple Sugar" stays missing: that name gives a variety, so a colour would be one too.)
    const plainName = (p: ProductFacts) => nameTokens(titleName(p.title)).every((w) => type.forms.includes(w) || STATES.has(w) || PRAISE_OR_PLACE.has(w));
    const byColour = !type.modifierForms.some((f) => COLOURS.has(f)) || !kind.every(plainName);
    if (kind.length && !specific.length && specificModifier(type) && checkable(type.modifier, language) && byColour && !(isTradeLanguage(language) && namesSameKind(type.modifierForms, kind, candidates)) &&
      !seenModifier(type.modifierForms, headNames) && !(isProcessWord(type.modifierForms) && seen(type.modifierForms, kind.map(allWords))) &&
      !describedAs(type.forms, type.modifierForms, kind))
      return { reason: "no_product", product };
    // A French noun complement the lexicon cannot read ("miel d'acacia") names a variety: when no
    // candidate's text carries it at all (the catalog gives most products a French name too), the
    // catalog sells nothing of that variety. (An adjective there, "liquide", proves nothing.)
    // Only for a family the catalog sells by variety: two names at least end on the head ("Thyme
    // Honey", "Carob Honey"); a word the lexicon lacks may otherwise name the kind itself ("ensembles
    // de tôlerie" are the "Sheet-Metal Assemblies").
    const endsOnHead = (p: ProductFacts) => { const ws = nameTokens(titleName(p.title)); return ws.length >= 2 && type.forms.includes(ws[ws.length - 1]!); };
    if (kind.length && !specific.length && specificModifier(type) && type.complement && language === "fr" &&
      !checkable(type.modifier, language) && kind.filter(endsOnHead).length >= 2 && unheardOf(type.modifier, candidates)) return { reason: "no_product", product };
    // A material or variant the buyer names beside the modifier ("porcelain floor tiles", "carreaux
    // de sol en porcelaine") must be in a name of the kind too: the floor tiles the catalog has are
    // zellige, not porcelain. Only a word the lexicon reads counts, in either language (a trade name
    // such as "Bacalhau / salt cod" is unknown, not missing); vague and process words never do.
    // (English and French only: an Arabic or Spanish request's English wording does not keep the
    // buyer's word order, so "لباصات" — for buses — stands before the head as if it were a material.)
    if (kind.length && !isTradeLanguage(language)) for (const other of type.otherForms ?? []) {
      const word = other[0]!;
      if (word.length < 3 || other.some((f) => VAGUE.has(f)) || /\d/.test(word) || !checkable(word, "fr") || isProcessWord(other)) continue;
      // (A seller's description of the kind counts: "Leather Gloves" described as "lambskin gloves".)
      // (So does a kind of it: "en laine mérinos" against "Merino Hiking Socks", see KINDS_OF.)
      if (!seenModifier(other, headNames) && !seen(other, kind.map(allWords))) return { reason: "no_product", product };
    }
  }
  if (certifications.length) {
    // A certificate is looked for among the products of the kind (never the whole catalog, where
    // some product always holds it); with the kind unknown, among those whose name carries the
    // request's other word ("laine" → wool), else the best few.
    const named = type ? candidates.filter((p) => seen(type.modifierForms, [nameWords(p)])) : [];
    const broad = specific.length ? specific : kind.length ? kind : named.length ? named : candidates.slice(0, CERT_POOL);
    // …and of the state asked for, when some of them are sold in it: canned mackerel holding MSC
    // says nothing of the frozen mackerel a processor asked for ("MSC frozen whole mackerel").
    const states = statesOf(said);
    const inState = states.length ? broad.filter((p) => seen(states, [nameWords(p)])) : [];
    const pool = inState.length ? inState : broad;
    if (!pool.some((p) => splitCertifications(certifications, [...p.certifications, ...certificatesDescribed(p)]).missing.length === 0))
      return { reason: "no_certificate", product, certs: certifications };
  }
  return null;
}

/**
 * When no product carries the buyer's name for the thing (no head, nothing of its kind), the
 * candidates whose name or description carries at least two of the buyer's other describing
 * words (not the head, not vague, not a pack, not a number; one of six letters or more), best
 * first: "kiln-dried two-by-fours, #2 & better, heat-treated" → the kiln-dried, heat-treated SPF
 * 2x4 #2 & Better.
 * A different name for the same thing is what the offline matcher cannot know; these let the
 * buyer see it, offered as matching the rest of the request, never as the product itself.
 */
export function sharesTheRest(type: RequestType | null, text: string, candidates: ProductFacts[], limit = 3, least = 2): ProductFacts[] {
  const head = new Set(type?.forms ?? []);
  // Each word the buyer wrote counts once: a hyphenated one as itself, not again by its parts.
  const rest = [...new Set(nameTokens(text))].filter((w) => w.length >= 3 && !/\d/.test(w) && !VAGUE.has(w) && !NOT_SPECS.has(w) && !head.has(w) && !packFamilies(w).length);
  if (rest.length < 2) return [];
  // Two words, one of them long: short ones ("easy", "open", "kit") are shared by too much.
  return candidates.filter((p) => {
    // Whole words only: a prefix ("formula" in "formulators") is too loose to say two things are alike.
    const shared = rest.filter((w) => hasWhole(w, allWords(p)));
    return shared.length >= least && shared.some((w) => w.length >= 6);
  }).slice(0, limit);
}
