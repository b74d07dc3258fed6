// What kind of product a buyer wants, and what kind each product is. A buyer asking for "olive
// oil" wants an oil; an "Olive Oil Soap" is a soap, whatever words it shares. The type of a
// request is the head of its product phrase (the last noun in English — *oil* in "olive oil",
// *soap* in "olive oil soap bars"; the first in French — *savon* in "savon à l'huile d'olive"),
// translated to English by the trade lexicon. The types of a product come from the catalog
// itself: the head of each category level ("Cosmetics > Body care > Soap") and of its title.
import { foldText } from "../textFold.js";
import { abbreviation, looksFrench, translatePhrase, translateWord } from "./queryExpansion.js";
import { withinOneEdit } from "./editDistance.js";
import { PACK_WORDS } from "./keywordQuery.js";

/** An English past participle ("dried", "smoked", not "seed"): it names a process, never a product or a material. */
export const isParticiple = (folded: string): boolean => /[^e]ed$/.test(folded);

/** Shape words: "soap bars" is soap, "t-shirt 220 gsm" is a t-shirt. The word before them is the head. */
const FORM_WORDS = new Set("bar stick cube block loaf piece pack set kit range line grade quality type size style variety".split(" "));
/** English complements end the noun phrase: "sardines in olive oil", "tagine for 6". */
const EN_BREAK = new Set("in with for from of on by at to without made under that which".split(" "));
/** True when the word at `i` ends an English noun phrase: a complement starts there (not the "to" of "ready to heat/eat/use"). */
const breaksAt = (ws: string[], i: number) => EN_BREAK.has(ws[i]!) && !(ws[i] === "to" && ws[i - 1] === "ready");
const FR_BREAK = new Set("de d' du des a au aux en pour avec sans sur l' la le les".split(" "));
const FR_SKIP = new Set("du de des d' la le les l' un une".split(" "));
/** Words that are never a product's type: units, packs, trade words, marketing adjectives. */
const NOT_TYPE = new Set(
  ("cm mm kg g l ml oz gsm lb lbs inch in ft x pcs unit units wholesale bulk retail private label premium quality grade " +
    "organic bio natural pure fresh new handmade custom oem supplier manufacturer export up plus min max approx " +
    // States a product is sold in, not what it is ("Seafood > Mussels > Live", "Frozen > Fruit").
    "frozen live dried dry smoked cooked raw whole canned wild chilled " +
    // Colours and shades end many titles ("Grade A Amber", "– mint green") but never name a product.
    "green red blue black white yellow grey gray brown golden gold silver purple pink amber dark light natural tan " +
    // Who a garment is for ("Merino Wool Crew-Neck Sweater, men's") is never what it is.
    "men mens women womens ladies unisex kids boys girls " +
    // A claim ("aluminium free deodorant", "baking-soda free") says what the product lacks, never what it is.
    "free " +
    // Spec words name a size or a colour of any product ("noisettes décortiquées calibre 11-13"), never a kind.
    "size calibre taille couleur colour color coloris grammage " +
    // Origins describe where a product is from ("lanternes marocaines", "Canadian Lobster"), never
    // what it is: a French phrase whose own head the catalog lacks must not take its origin as type.
    "moroccan marocain marocaine marocains marocaines canadian canadien canadienne canadiens canadiennes " +
    "quebecois quebecoise quebecoises tunisian tunisien tunisienne tunisiens tunisiennes spanish espagnol espagnole " +
    "espagnols espagnoles italian italien italienne italiens italiennes french francais francaise francaises " +
    "greek grec grecque grecs grecques turkish turc turque turcs turques").split(" "),
);

/** "thé" folds to the English stop word "the": in a French phrase it is tea. */
const FRENCH_TEA = "the";
// Nouns in -ing that name goods, not work done to them ("packaging of tea" may be the packaging).
const ING_GOODS = new Set("clothing bedding packaging flooring roofing fencing siding decking seasoning stuffing frosting icing filling lining tubing piping wiring railing shelving tiling housing casing bearing fitting coupling".split(" "));
/** "machining", "coating", "printing": work done to goods, a service the buyer asks for by naming the goods. */
const isService = (w: string) => w.length > 5 && w.endsWith("ing") && !ING_GOODS.has(w);
const STOP = new Set("a an and as at be by for from in into is it of on or our per the their to with we you this that these those off".split(" "));

/**
 * Accent-folded, lowercase, singular (light: berries → berry, dates → date, gâteaux → gateau).
 * "-ies" cannot tell berries (berry) from hoodies (hoodie), so a singular in "-ie" takes the same
 * form as one in "-y": hoodie, hoodies → hoody. It is a form to compare, never shown.
 */
export function singular(word: string): string {
  const w = foldText(word);
  if (w.length <= 3 || /(?:ss|us|is)$/.test(w)) return w;
  if (w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith("ie")) return `${w.slice(0, -2)}y`;
  if (/(?:sses|xes|ches|shes|oes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("eaux")) return w.slice(0, -1);
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}

const tokens = (text: string): string[] =>
  foldText(text).replace(/[’`]/g, "'").match(/(?:[ldjmnstc]|qu)'|[a-z0-9]+(?:-[a-z]+)*/g) ?? [];
const contentWords = (ws: string[]) => ws.filter((w) => /[a-z]{2,}/.test(w) && !/^\d/.test(w) && !NOT_TYPE.has(w) && !STOP.has(w));

// "olive-based soap", "Greek-style yoghurt", "beldi-type olives": the word before the suffix is what
// makes the product specific, not "based" or "style" (which no title carries).
const LIKENESS = /^(?:(.+)-)?(?:based|style|type|like|derived)$/;
/** The modifier of an English head at `i`: the content word before it, past a likeness suffix. */
function modifierBefore(seq: string[], i: number): string | null {
  const before = seq[i - 1]!;
  const like = LIKENESS.exec(before);
  if (!like) return contentWords([before])[0] ?? null;
  return contentWords([like[1] ?? seq[i - 2] ?? ""])[0] ?? null;
}

/** The word and its English translation, singular: the forms a type is compared in. */
function forms(word: string): string[] {
  const out = new Set([singular(word)]);
  const tr = translateWord(foldText(word));
  if (tr) for (const w of tr.split(" ")) out.add(singular(w));
  // A trade abbreviation naming a product is its expansion's head: "tees" are t-shirts, "EVOO" an
  // oil. One naming a state ("IQF": individually quick frozen) names no kind.
  const head = tr ? undefined : abbreviation(foldText(word))?.split(" ").pop();
  if (head && contentWords([head]).length && !isParticiple(head)) out.add(singular(head));
  // "t-shirt" ↔ "t shirt" ↔ "tee": the hyphen is kept, and its last part counts too.
  for (const w of [...out]) if (w.includes("-")) out.add(w.split("-").pop()!);
  return [...out];
}

/** Head of an English noun phrase: the last content word before a complement, past shape words. */
function englishHead(ws: string[]): { head: string; modifier: string | null } | null {
  // (An "in" after a number is inches, not a preposition: "Two Dogs Designs 29 in. Large Round Grill Cover in Black".)
  const cut = ws.findIndex((w, i) => i > 0 && breaksAt(ws, i) && !(w === "in" && /^\d/.test(ws[i - 1]!)));
  const phrase = contentWords(cut > 0 ? ws.slice(0, cut) : ws);
  let i = phrase.length - 1;
  while (i > 0 && FORM_WORDS.has(singular(phrase[i]!))) i--;
  if (i < 0) return null;
  return { head: phrase[i]!, modifier: i > 0 ? phrase[i - 1]! : null };
}

/** Head of a French noun phrase: the first content word ("savon à l'huile" → savon), or a lexicon compound. */
function frenchHead(folded: string): { head: string; modifier: string | null } | null {
  const ws = tokens(folded);
  let start = 0;
  while (start < ws.length && FR_SKIP.has(ws[start]!)) start++;
  const rest = ws.slice(start);
  const compound = translatePhrase(rest.join(" ").replace(/' /g, "'"));
  if (compound) return englishHead(compound.en.split(" "));
  const words = contentWords(rest);
  if (!words.length) return null;
  const after = rest.slice(rest.indexOf(words[0]!) + 1);
  const modifier = FR_BREAK.has(after[0] ?? "") ? contentWords(after.slice(1).filter((w) => !FR_SKIP.has(w)))[0] ?? null : contentWords(after)[0] ?? null;
  return { head: words[0]!, modifier };
}

/**
 * The words naming a material or variant beside the modifier, as a buyer writes them. English: the
 * unbroken run of content words before the modifier, in the same segment of the phrase ("porcelain"
 * in "porcelain floor tiles"; a slash, comma or bracket starts another name: "Bacalhau / salt cod").
 * A word before a participle names a process ("kiln dried"), never a material.
 */
function materialsBefore(folded: string, modifier: string, head: string): string[] {
  const segment = folded.split(/\s[/&+]\s|[,;()/]/).find((x) => tokens(x).join(" ").includes(`${modifier} ${head}`));
  if (!segment) return [];
  const ws = tokens(segment);
  const out: string[] = [];
  for (let i = ws.indexOf(modifier) - 1; i >= 0 && contentWords([ws[i]!]).length && !isParticiple(ws[i + 1]!) && !afterSize(ws, i); i--) out.push(ws[i]!);
  return out;
}

/**
 * French names a material in a complement after the head, with "en" ("carreaux de sol en
 * porcelaine", "évier en inox"): the word after each "en", unless it is a pack ("en sacs").
 */
function materialsAfter(seq: string[], head: number): string[] {
  return seq.slice(head + 1).flatMap((w, i, rest) => {
    const next = rest[i + 1];
    return w === "en" && next && contentWords([next]).length && !PACK_WORDS.has(next) && !BUNCHED.has(next) ? [next] : [];
  });
}
/** "menthe en bottes": herbs come in bunches, which are no boots. */
const BUNCHED = new Set(["botte", "bottes", "bouquet", "bouquets"]);

/**
 * French chains complements: "huile de pépins de raisin" is an oil of grape seeds, so the modifier's
 * own "de …" complement names the variant as much as the modifier does (seed oils exist; grapeseed
 * oil must carry "grape"). Its forms, or a lexicon compound's English words ("figue de barbarie" →
 * prickly pear).
 */
function ofModifier(seq: string[], head: number, modifier: string | null): string[][] {
  const at = modifier ? seq.indexOf(modifier, head + 1) : -1;
  if (at < 0 || !["de", "d'", "du", "des"].includes(seq[at + 1] ?? "")) return [];
  const from = seq.findIndex((w, i) => i > at + 1 && !FR_SKIP.has(w));
  const next = seq[from];
  if (!next || !contentWords([next]).length || PACK_WORDS.has(next)) return [];
  const compound = translatePhrase(seq.slice(from).join(" ").replace(/' /g, "'"));
  return [compound ? [next, ...compound.en.split(" ").map(singular)] : forms(next)];
}

/** True when the word follows a size ("1 kg bags", "25 bags"); a unit counts only after a number ("t shirts" is no size). */
const afterSize = (seq: string[], i: number): boolean =>
  /^\d/.test(seq[i - 1] ?? "") || (/^(?:kg|g|l|ml|lb|t)$/.test(seq[i - 1] ?? "") && /^\d/.test(seq[i - 2] ?? ""));

/**
 * True when a French noun follows a bare count ("1000 polos en coton"): French names the product
 * right after the number, so it is the head; only a pack there ("25 sacs") is the size's.
 */
const counted = (seq: string[], i: number): boolean => /^\d+$/.test(seq[i - 1] ?? "") && !PACK_WORDS.has(seq[i]!);

export interface RequestType {
  /** The head and its English forms ("savon" → ["savon", "soap"]). */
  head: string;
  forms: string[];
  /** The word that makes the head specific ("olive" in "olive oil"), and its forms. */
  modifier: string | null;
  modifierForms: string[];
  /** False when no word of the request is a product type the catalog knows: nothing is gated on it. */
  known: boolean;
  /**
   * The forms of the phrase's other describing words, the material or variant a buyer names beside
   * the modifier ("porcelain" in "porcelain floor tiles", "porcelaine" in "carreaux de sol en
   * porcelaine"): the English words before the modifier, the French words after it.
   */
  otherForms?: string[][];
  /**
   * English: the forms of the clause's own last noun when the type was found on an earlier word
   * ("shakes" in "western red cedar shakes", typed cedar because only one title names shakes): a
   * product whose name carries it is of the kind asked for.
   */
  ownForms?: string[];
  /** French: the modifier is the head's noun complement ("acacia" in "miel d'acacia"), a variety, never an adjective. */
  complement?: boolean;
}

// One typo is forgiven in a long word, but not in its first letter: typos rarely hit it, while
// words of two languages one letter apart do ("disque" is not "bisque").
const inVocab = (forms: string[], vocab: ReadonlySet<string>) =>
  forms.some((f) => vocab.has(f) || (f.length >= 6 && [...vocab].some((v) => v[0] === f[0] && Math.abs(v.length - f.length) <= 1 && withinOneEdit(f, v))));

/**
 * The type a buyer asks for. `phrases` are tried in order (the cleaned first phrase of the
 * message, the parser's product, the whole cleaned message): the head is the word of the phrase
 * that the catalog knows as a product type (`vocab`, the types of the best candidates), the last
 * such word in English ("kiln dried SPF lumber"), the first in French, a lexicon compound first
 * ("plaquettes de frein" → brake pads). A pack after a size ("1 kg bags") is never the head.
 * With no known type word, the phrase's grammatical head is returned with `known: false`.
 * `variants` are the words the best candidates' titles name variants by (see variantWords): a
 * clause naming none of the types may name one of them.
 */
/** The language of a request read through its English wording (englishWording.ts): Arabic or Spanish. */
export const WORDED = "en-worded";

export function requestType(phrases: string[], language: string, vocab: ReadonlySet<string>, variants: ReadonlySet<string> = new Set()): RequestType | null {
  let fallback: RequestType | null = null;
  for (const [at, phrase] of phrases.entries()) {
    const folded = foldText(phrase);
    // A claim ("aluminium free deodorant") says what the product lacks: neither word names the kind or what makes it specific.
    const ws = tokens(folded).filter((w, i, all) => w !== "free" && all[i + 1] !== "free");
    // "bars of soap for the guest bathrooms": a pack before "of" names how the product comes; the
    // clause to read is what follows it, up to the next complement.
    // So does a service before "of" ("machining and coating of magnesium gearbox housings"): the
    // goods it is done to are the product.
    const packOf = ws.findIndex((w, i) => w === "of" && i > 0 && (PACK_WORDS.has(ws[i - 1]!) || isService(ws[i - 1]!)) && i < ws.length - 1);
    const from = packOf > 0 && !ws.slice(0, packOf).some((w) => EN_BREAK.has(w)) ? packOf + 1 : 0;
    const cut = ws.findIndex((_, i) => i > from && breaksAt(ws, i));
    // Read as French only when the phrase looks French: a short English request is sometimes
    // detected as French ("green coffee beans, arabica"), and its head is then its last noun.
    const french = language === "fr" && !EN_BREAK.has(ws[1] ?? "") && looksFrench(phrase);
    let seq = ws;
    // A French compound ("sirop d'érable" → maple syrup) is read in English: its head is its last word.
    let compoundWords = 0;
    let compoundHasOf = false;
    if (french) {
      let start = 0;
      while (start < seq.length && FR_SKIP.has(seq[start]!)) start++;
      const phrase = seq.slice(start).join(" ").replace(/' /g, "'");
      const compound = translatePhrase(phrase);
      if (compound) {
        const en = compound.en.split(" ");
        compoundWords = en.length;
        compoundHasOf = /\b(?:de|d'|du|des)(?:\s|$)/.test(phrase.slice(0, compound.length).replace(/d'/g, "d' "));
        seq = [...en, ...tokens(phrase.slice(compound.length))];
      }
    }
    // Participles ("kiln dried", "heat treated") describe; they never name the product in English.
    // A head has three letters at least: "No. 3" is a size, never a product.
    const candidates = seq.map((w, i) => ({ w, i })).filter(({ w, i }) =>
      w.length >= 3 && (contentWords([w]).length || (french && w === FRENCH_TEA)) && (!afterSize(seq, i) || (french && counted(seq, i))) && (french || !isParticiple(w)));
    // The compound's words by position, not by count: a compound word that is no type ("black" in
    // "black soap") must not pull the next French word ("rose" in "savon noir à la rose") into it.
    const inCompound = ({ i }: { i: number }) => i < compoundWords;
    const order = french ? [...candidates.filter(inCompound).reverse(), ...candidates.filter((c) => !inCompound(c))] : [...candidates].reverse();
    // The clause before a complement first ("brackets" in "AS9100 supplier for machined brackets" only if none).
    const inClause = ({ i }: { i: number }) => french || ((cut <= 0 || i < cut) && i >= from);
    // A clause with no type word may name a variant the catalog sells ("penne rigate in food service
    // bags": penne is a variant of pasta); that beats a type word after the complement ("service").
    // In English only the clause's own head may name a variant: "air" in "cabin air filters" is no
    // variant of "air freight" or "air disc brake" pads, whatever their titles say.
    const own = order.find(inClause);
    // What comes "with" a product is never its kind ("capelin with roe", "jacket with hood"): a type
    // word there is not read as the head when the clause before it has one of its own.
    // In the English wording of Arabic or Spanish, nor is what it comes "in" ("duraznos en almíbar" →
    // "duraznos in syrup"): their noun phrase names the goods first, so the medium is never the kind.
    // (English buyers put the kind after "in" too: "Fez pottery in cobalt blue, large charger plates".)
    const withAt = french || !own ? -1 : ws.findIndex((w, i) => i > own.i && (w === "with" || w === "without" || (w === "in" && language === WORDED)));
    const hit = order.find((c) => inClause(c) && inVocab(forms(c.w), vocab)) ?? order.find((c) => inClause(c) && (french || c === own) && inVocab(forms(c.w), variants)) ??
      order.find(({ w, i }) => (withAt < 0 || i < withAt) && inVocab(forms(w), vocab));
    // French names the product first and its form after a preposition ("lait en poudre", "chaises
    // de bureau"): a readable first noun the catalog lacks is the head, not the complement's type
    // word ("poudre"), which would pass milk powder off as a powder the catalog sells.
    const first = french && !compoundWords ? candidates[0] : undefined;
    // A type word after "pour" names a use or a fitment ("rotules de direction … pour Dacia Logan"),
    // never the kind, when an unreadable noun names the product before it: that noun is the head.
    // (In the leading phrase only: the whole message opens on the buyer as often as on the product.)
    const purpose = first && at === 0 ? seq.findIndex((w, i) => i > first.i && w === "pour") : -1;
    if (hit && first && purpose > 0 && hit.i > purpose && !PACK_WORDS.has(first.w)) {
      const mod = contentWords(seq.slice(first.i + 1, purpose).filter((w) => !FR_BREAK.has(w)))[0] ?? null;
      return { head: first.w, forms: forms(first.w), modifier: mod, modifierForms: mod ? forms(mod) : [], known: false };
    }
    // Nor is the word right after it, which is an adjective in French ("urée granulée": granular, not pellets).
    // An unreadable first noun ("polos en coton bio") is the head too when the type word comes only
    // in an "en" complement, which names a material or a pack, never the product: cotton is not the kind.
    const inMaterial = (h: { i: number }) => seq[h.i - 1] === "en";
    if (hit && first && first.i < hit.i && !PACK_WORDS.has(first.w) && (translateWord(first.w) !== null || inMaterial(hit)) &&
      (hit.i === first.i + 1 || seq.slice(first.i + 1, hit.i).some((w) => FR_BREAK.has(w))) && !inVocab(forms(first.w), variants)) {
      const mod = contentWords(seq.slice(first.i + 1).filter((w) => !FR_BREAK.has(w)))[0] ?? null;
      return { head: first.w, forms: forms(first.w), modifier: mod, modifierForms: mod ? forms(mod) : [], known: false };
    }
    if (hit) {
      const after = contentWords(seq.slice(hit.i + 1).filter((w) => !FR_BREAK.has(w)));
      // A French compound's own complement names what makes it specific: "huile essentielle de lavande" is lavender oil.
      const ofWhat = french && hit.i < compoundWords && !compoundHasOf && ["de", "d'"].includes(seq[compoundWords] ?? "") ? contentWords([seq[compoundWords + 1] ?? ""])[0] : undefined;
      const mod = ofWhat ?? (french && hit.i >= compoundWords ? after[0] ?? null : hit.i > 0 ? modifierBefore(seq, hit.i) : null);
      // English names a material before the modifier; French after it (the compound's own words are one name).
      const others = french ? materialsAfter(seq, hit.i) : hit.i >= 2 ? materialsBefore(folded, seq[hit.i - 1]!, hit.w) : [];
      const ownForms = !french && own && own !== hit && own.i > hit.i && !PACK_WORDS.has(own.w) ? forms(own.w) : undefined;
      const complement = !!mod && (!!ofWhat || (french && ["de", "d'"].includes(seq[hit.i + 1] ?? "") && seq[hit.i + 2] === mod));
      return {
        head: hit.w, forms: forms(hit.w), modifier: mod, modifierForms: mod ? forms(mod) : [], known: true,
        otherForms: [...others.map(forms), ...(french ? ofModifier(seq, hit.i, mod) : [])], ...(ownForms ? { ownForms } : {}), ...(complement ? { complement } : {}),
      };
    }
    if (!fallback) {
      const h = french ? frenchHead(folded) ?? englishHead(ws) : englishHead(ws.slice(from));
      if (h) fallback = { head: h.head, forms: forms(h.head), modifier: h.modifier, modifierForms: h.modifier ? forms(h.modifier) : [], known: false };
    }
  }
  return fallback;
}

/**
 * The name part of a title: up to the first dash or comma outside brackets. A comma inside the
 * brackets lists alternative names ("Nigella Seed (habba sawda, black cumin) – 25 kg"); cutting
 * there left "Nigella Seed (habba sawda" and typed the product "sawda".
 */
function nameOf(title: string): string {
  let depth = 0;
  for (let i = 0; i < title.length; i++) {
    const ch = title[i]!;
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && ((ch === "," && title[i + 1] === " ") || (/[–—-]/.test(ch) && title[i - 1] === " " && title[i + 1] === " "))) return title.slice(0, i).trim();
  }
  return title;
}

/** The types a product is, from its category levels and its title (English and French). */
export function productTypes(p: { title: string; category: string | null }): Set<string> {
  const out = new Set<string>();
  const add = (h: { head: string } | null) => h && forms(h.head).forEach((f) => out.add(f));
  // The first level of a deeper category is the sector ("Food", "Cosmetics", "Apparel"): every
  // product of the sector would share it, so a buyer's "food grade" would type half the catalog.
  const levels = (p.category ?? "").split(">");
  for (const level of levels.length > 1 ? levels.slice(1) : levels)
    for (const part of level.split(/[&,/]| and /)) add(englishHead(tokens(part)));
  // "Savon Noir Beldi (Moroccan black soap) – 1 kg tub": the name before the dash, and its
  // alternative names in brackets or after a slash. Only a bracket's first item is a name: the
  // rest list contents or kin ("(verbena, mint, orange blossom)", "(habba sawda, black cumin)"),
  // which would type a blend as mint or nigella as cumin.
  const name = nameOf(p.title);
  // A bracket naming a use ("Frozen Lobster Bodies (for stock / bisque)") names no alternative either.
  const brackets = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.split(/,\s/)[0]!).filter((b) => !/^\s*(?:for|pour|para|with|avec|con|ideal|e\.g\.)\s/i.test(b));
  const pieces = [name.replace(/\([^)]*\)/g, " "), ...brackets].flatMap((x) => x.split(/\s\/\s/));
  pieces.forEach((piece, k) => {
    const ws = tokens(piece);
    // A French name starts with its head ("Huile d'argan alimentaire", "Crabe des neiges cuit").
    const first = contentWords(ws)[0];
    // So does a French alternative name whose first word is the same in English ("paprika doux":
    // paprika, not sweet) — an alternative name only: the main name of "Merino Hiking Socks" is English.
    add((k > 0 && first && translateWord(first)) || looksFrench(piece) ? frenchHead(foldText(piece)) : englishHead(ws));
  });
  return out;
}

/**
 * True when the title carries the requested type as a word and the product sits in a category
 * that holds products of that type: "NPK 15-15-15 compound fertilizer" beside "NPK 10-20-20" is
 * an NPK, while "Olive Oil Soap" (another category than the oils) stays a soap. The type is then
 * not confidently another one, so the product is not demoted.
 */
export function typedByCategory(t: RequestType, p: { title: string; category: string | null }, typedCategories: ReadonlySet<string>): boolean {
  if (!p.category || !typedCategories.has(p.category)) return false;
  const words = new Set(tokens(p.title).filter((w) => w.length >= 3).map(singular));
  return t.forms.some((f) => f.length >= 3 && words.has(f));
}

/** How many candidates must hold a type word for it to count as a type. */
const MIN_TYPE_SUPPORT = 2;

/**
 * The type words a request's head is looked for in: the types of the best candidates (`best`)
 * that at least two candidates of the whole pool (`pool`) hold. A word only one title carries
 * ("Okanagan Meritage Reserve") is too thin to demote every other product on.
 */
export function typeVocabulary(best: ReadonlySet<string>[], pool: ReadonlySet<string>[]): Set<string> {
  const count = new Map<string, number>();
  for (const types of pool) for (const t of types) count.set(t, (count.get(t) ?? 0) + 1);
  return new Set(best.flatMap((types) => [...types]).filter((t) => (count.get(t) ?? 0) >= MIN_TYPE_SUPPORT));
}

/** A title's name: before its variant part (after a dash or comma), without bracketed text ("Organic Oregano"). */
export const titleName = (title: string): string => (title.split(/\s[–—-]\s|,\s/)[0] ?? title).replace(/\([^)]*\)/g, " ");

/**
 * The tokens of a title's variant part — what follows the name after a dash or comma — without
 * bracketed text, which says what it is made of ("Fish Oil, crude (sardine)"), not what it is.
 */
const variantTokens = (title: string): string[] =>
  title.replace(/\([^)]*\)/g, " ").split(/\s[–—-]\s|,\s/).slice(1).flatMap((x) => tokens(x));

/** Words of a title's variant part, singular: "Penne Rigate" in "Durum Wheat Pasta – Penne Rigate, 10 kg bag". */
export function variantWords(title: string): Set<string> {
  return new Set(contentWords(variantTokens(title)).filter((w) => w.length >= 3 && !PACK_WORDS.has(w)).map(singular));
}

/** True when the product's name (before its variant part) carries the request's own last noun (see RequestType.ownForms). */
export function namesOwnHead(t: RequestType, title: string): boolean {
  if (!t.ownForms?.length) return false;
  const words = new Set(tokens(nameOf(title).replace(/\([^)]*\)/g, " ")).filter((w) => w.length >= 3).map(singular));
  return t.ownForms.some((f) => f.length >= 3 && words.has(f));
}

/** True when the product is of the requested type. */
export const typeMatches = (t: RequestType, types: ReadonlySet<string>): boolean => inVocab(t.forms, types);

/**
 * True when an English compound ends on the word: "spearmint" is a mint, "hardwood" a wood. Its
 * first part has four letters at least, so "basalt" is no salt and "price" no rice.
 */
export const compoundOf = (form: string, word: string): boolean => form.length >= 4 && word.length - form.length >= 4 && word.endsWith(form);

/**
 * True when the title's variant part — what follows the name ("Durum Wheat Pasta – Spaghetti
 * No. 5", "Maroc Late Oranges, Valencia late") — names the requested type as a word. A variant is
 * a kind of the product, so a buyer asking for spaghetti is asking for that pasta; a word *before*
 * the name's head ("Olive Oil Soap") only describes, and does not count.
 */
export function variantNames(t: RequestType, title: string): boolean {
  const words = new Set(variantTokens(title).filter((w) => w.length >= 3).map(singular));
  return t.forms.some((f) => f.length >= 3 && words.has(f));
}

/**
 * Words that make a product an assortment of other products ("Coffret terroir – argan oil 100 mL,
 * amlou 250 g, thyme honey 250 g", "Argan Oil Gift Set (oil, soap…)"): what it lists is its contents,
 * not what it is. Plain "box" or "set" are left out: a box of dates is dates, a cardboard box a box.
 */
const ASSORTMENT = new Set("gift cadeau coffret kit hamper assortment assortiment sampler trio duo".split(" "));
/** True when the text's words name an assortment (gift box, coffret, kit, sampler), in English or French. */
export const namesAssortment = (text: string): boolean => tokens(text).some((w) => ASSORTMENT.has(singular(w)));
/** True when the product's own name (before its variant part) makes it an assortment: see ASSORTMENT. */
export const isAssortment = (p: { title: string }): boolean => namesAssortment(nameOf(p.title));

/** The product's name without pack or variant ("Olive Oil Soap (savon à l'huile d'olive)"), for "✗ this is …". */
export const productKind = (p: { title: string }): string => (p.title.split(/\s[–—-]\s/)[0] ?? p.title).trim();
