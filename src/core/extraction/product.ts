// The product phrase: what remains once quantities, prices, places, dates, codes, packaging and
// filler are cut away. The message is split into segments at every cut; the segment right after
// the quantity ("2 tons of …") or a "need"/"je cherche" wins, else the first one with content.
import {
  AMOUNT_PHRASE, ARABIC_FOR_WHOM, ASSORTMENT_PHRASE, AWAITING_REPLY, AVAILABILITY_PHRASE, BOUNDARY_WORDS, CLAUSE_WORDS, COLOURS, INGREDIENTS, CONJUNCTION_PHRASE, CORRECTIONS, FOLLOW_UP, FREQUENCY, INJECTION, INTRODUCTION, LEADING, NEED_PHRASE, OPEN_QUESTION, ORIGIN_PHRASE, PACKAGING_PHRASE, QUALITY_PHRASE, REPLY_LATER, REPRESENTING, RULED_OUT_CLAUSE, SEEN_ON_PHRASE, SELF_DESCRIPTION, SPANISH_SELF_DESCRIPTION, THANKS_FOR, TIME_WORDS, TRAILING, VAGUE,
} from "./fillers.js";
import { joinsOneName } from "./coordination.js";
import { BUSINESS_CHAIN, FIRST_ORDER, LINE_OF_WORK } from "./businessFraming.js";
import { ARABIC_PACK_NOUNS } from "./arabicPacks.js";
import { holdsTradeWord, isTradeLanguage, isTradeWord } from "./lexicon.js";
import { addressesSeller, isArabicWeVerb, isClauseForm, isSpanishInfinitive } from "./verbForms.js";
import { mask, words, type Span, type Word } from "./text.js";

export interface ProductContext {
  /** Amounts (not pack sizes): the phrase right after one is the strongest candidate. */
  quantities: Span[];
  /** Other facts already read (prices, places, dates, codes, certifications, pack sizes). */
  blocked: Span[];
  /** The message's language, when known: Spanish-only cues are read in Spanish messages only. */
  language?: string;
}

export interface ProductResult {
  product: string | null;
  span: Span | null;
  /** Further products joined by "and"/"et" ("olive oil and argan oil" → ["argan oil"]). */
  others: string[];
}

type Kind = "qty" | "need" | "block" | "punct" | "colon" | "and" | "word";
interface Segment extends Span {
  phrase: string;
  prev: Kind | null;
  next: Kind | null;
  /** Began with an article or partitive ("du crabe", "some dates"): a noun phrase follows. */
  article: boolean;
  /** Holds a pronoun, auxiliary or question word, trimmed ones included ("we'll discuss"). */
  clause: boolean;
  /** Speaks to the seller ("التعامل معكم", "working with you"): a remark even right after a need word. */
  addressed: boolean;
  /** One word followed straight by "our"/"notre"/"nuestra" ("élargir notre gamme"): a verb and its object. */
  verbOfOwn: boolean;
  /**
   * Right after a need word, opens on a verb: what the buyer means to do, not the goods ("queremos
   * prensar el aceite acá, necesitamos almendras…", "بدنا نعصر زيت أرغان… بدنا لب الأرغان").
   */
  intent: boolean;
  /** "also" opens it or comes just before its cue ("واش عندكم حتى البلاكيط", "might also take brake pads"): a second wish. */
  also: boolean;
  /** Right after "for"/"pour"/"para": whom or what the goods are for ("pour la grande distribution"). */
  purpose: boolean;
  /** Only a place stands between it and a colon ("Magasin de sport à Annecy : …"): a label, as before a colon. */
  labelsPlace: boolean;
}

/** Words that tie a business to its place: "à Annecy", "in Ibiza", "près de Lyon", "en Sevilla". */
const PLACE_LINKS = new Set("a in en at au aux de d' del near pres based from of la le el".split(" "));

const PRIORITY: Record<Kind, number> = { qty: 6, need: 5, block: 4, colon: 3, and: 2, punct: 1, word: 0 };
const NOT_A_PRODUCT_START = new Set(
  // "lo consulto", "se lo envío", "os escribo": a Spanish object pronoun opens a verb phrase.
  // ("نرجو إرسال قائمة أسعاركم": "sending" opens what the buyer asks the seller to do.)
  // ("something seamless to line the shower walls": the buyer describes what they will name, if at all.)
  "something anything somethin quelque algo ارسال بارسال lo se os ignore ignorez ignorer disregard forget oublie oubliez list liste listez show montre montrez affiche affichez reveal revele revelez print give donne donnez tell dis dites act pretend repeat send envoie envoyez share partagez partager compartir".split(" "),
);
const GRADE_WORDS = new Set(["grade", "class", "classe", "categorie", "category", "calidad", "grado", "categoria", "type", "tipo", "qualite", "quality", "درجه"]);
/** "maple syrup grade A", "safran catégorie I": a letter or roman numeral naming the grade stays in the product. */
/** "olives stuffed with almonds", "dattes fourrées aux amandes", "té con sabor a menta": content, not a boundary. */
const CONTENT_VERBS = new Set(
  "stuffed filled flavored flavoured coated infused mixed blended topped dipped glazed enriched fortified farcies farcis farcie farci fourrees fourres fourree fourre aromatise aromatisee aromatises aromatisees enrobe enrobes enrobee enrobees rellenas rellenos rellena relleno cubiertas cubiertos saborizado saborizada mezclado mezclada".split(" "),
);
// "olives with garlic", "aceitunas con ajo": "with" before a food that goes into another is content too.
const isContentWith = (ws: Word[], k: number): boolean =>
  ["with", "avec", "con", "مع"].includes(ws[k]?.text ?? "") && (CONTENT_VERBS.has(ws[k - 1]?.text ?? "") || INGREDIENTS.has(ws[k + 1]?.text ?? ""));
// "زيت معصور على البارد" (cold-pressed), "خبز مخبوز على الحطب": after a processing participle "على"
// says how the product was made, not where it goes.
const PROCESSED = new Set("معصور معصوره مطبوخ مطبوخه مشوي مشويه مخبوز مخبوزه مدخن مدخنه مجفف مجففه محمص محمصه مطحون مطحونه مصنوع مصنوعه".split(" "));
// ("زيت الأركان المعصور على البارد": the participle takes the article when the noun does.)
const isHowMade = (ws: Word[], k: number): boolean => ws[k]?.text === "علي" && PROCESSED.has((ws[k - 1]?.text ?? "").replace(/^ال(?=...)/u, ""));
// "جبنة موزاريلا للبيتزا" (for pizza), "معمول للعيد": "لل" + a noun after an Arabic product word is
// whom or what it is for, as "for pizza toppings" is in English ("مورد للزيت" is a supplier of oil).
const isArabicPurpose = (ws: Word[], k: number): boolean =>
  /^لل[\u0621-\u064a]{3,}$/u.test(ws[k]?.text ?? "") && /^[\u0621-\u064a]{2,}$/u.test(ws[k - 1]?.text ?? "") && !/^(?:مورد|موردين|موردي|موردا|موردو)$/u.test(ws[k - 1]?.text ?? "");
// "حليب جوز الهند لسلسلة مقاهينا" (for our café chain), "لفروع شركتنا": "ل" + a noun before a noun
// with the suffix "نا" (our) says for whom, like "لمطعمنا" in one word.
const isForOurs = (ws: Word[], k: number): boolean =>
  /^ل[\u0621-\u064a]{3,}$/u.test(ws[k]?.text ?? "") && /^[\u0621-\u064a]{2,}نا$/u.test(ws[k + 1]?.text ?? "") && !/^(?:احنا|نحنا|اننا|انا|هنا|لنا|عندنا|لدينا)$/u.test(ws[k + 1]?.text ?? "");
// "بعلب ١ كيلو" (in 1 kg tins), "فقراعي بلاستيك" (Maghreb "in" plastic bottles), "بأكياس", "بالبراميل",
// "فبيدونات": a pack noun under a joined "ب"/"ف" (in), with or without the article, says how the goods
// are packed and ends the product phrase.
const ARABIC_PACKS: ReadonlySet<string> = new Set(ARABIC_PACK_NOUNS);
const inArabicPacks = (w: string): boolean => /^[بف][\u0621-\u064a]{3}/u.test(w) && ARABIC_PACKS.has(w.replace(/^[بف](?:ال)?/u, ""));
// "80 sqm of the white 5x5": colours and sizes alone name no product ("oranges", "rose", "gold" may).
const isShade = (w: string): boolean => COLOURS.has(w) && !/^(?:orange|rose|roses|rosa|gold|silver|argent|dore|doree)$/.test(w);
const isGradeMark = (ws: Word[], k: number): boolean => /^(?:[a-e]|i{1,3}|iv)$/.test(ws[k]?.text ?? "") && GRADE_WORDS.has(ws[k - 1]?.text ?? "");
// "cumin regularly", "specifically the kilim rugs", "safran régulièrement": a manner adverb before or
// after the product is not part of it. Only unambiguous adverb endings ("royal jelly", "piment", "condiment" stay).
const ADVERB = /^\p{L}{3,}(?:ularly|ently|antly|ally|ively|ously|ately|edly|mente|ierement|ellement|iquement|ablement)$/u;
const SENTENCE_ADVERBS = new Set(["just", "also", "still", "already", "really", "recently", "actually", "juste", "aussi", "deja", "ya", "tambien", "solo", "todavia", "recien"]);
const SUBJECTS = new Set(["i", "we", "je", "nous", "on", "tu", "they", "yo", "nosotros", "ellos", "نحن", "انا", "احنا"]);
const QUESTION_WORDS = new Set(["what", "which", "when", "where", "quel", "quels", "quelle", "quelles", "quand", "cual", "cuales", "cuando", "donde", "ما", "ماذا", "متي", "اين", "وين", "شو"]);
const POSSESSIVES = new Set(["your", "votre", "vos", "vuestro", "vuestra", "vuestros", "vuestras"]);
const OWN = new Set(["my", "our", "mon", "ma", "mes", "notre", "nos", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras"]);
const AND_WORDS = new Set(["and", "et", "or", "ou", "&", "plus"]);
const ARABIC_AND = /^و[\u0621-\u064a\d]{3,}$/u;
// "سمك منظف ومجمد" (cleaned and frozen), "لوز مقشر ومحمص": "و" between two participles (a "م" and a
// three-letter root) joins two states of one product, not two products.
const PARTICIPLE = /^م[\u0621-\u064a]{3}ه?$/u;
const joinsStates = (ws: Word[], k: number): boolean => PARTICIPLE.test(ws[k - 1]?.text ?? "") && PARTICIPLE.test(ws[k]?.text.slice(1) ?? "");
/** A vague or time word under an Arabic prefix ("لل", "ب", "و", "ال": "بالسنة", per year) or with a joined pronoun ("منتجاتكم": your products). */
const vagueArabic = (w: string): boolean =>
  [w.replace(/^(?:لل|ل|ب|و|ف)(?=...)/, ""), w.replace(/^(?:وال|بال|فال|ال)(?=...)/, ""), w.replace(/(?<=...)(?:كم|نا)$/, "")].some((x) => VAGUE.has(x) || TIME_WORDS.has(x));
// Filler words whose accented twins are products: "thé" (tea) is not "the", "maïs" is not "mais".
const ACCENT_SENSITIVE = new Set(["the", "mais", "pate", "pates", "peche", "mure", "mures"]);
const plain = (text: string, w: Word): boolean => !ACCENT_SENSITIVE.has(w.text) || text.slice(w.start, w.end).toLowerCase() === w.text;
const AND_GAP = /^[^\p{L}\p{N}.!?\n]*(?:and|et|&|\+|plus|as well as|along with|together with|ainsi que|asi como|junto con|ademas de|y|e|o|or|ou|و)[^\p{L}\p{N}.!?\n]*(?:(?:of|de|d'|du|des|some|also|aussi)\s?)?$/u;
/** Prepositions of purpose: what follows says whom or what the goods are for. */
const PURPOSE = new Set(["for", "pour", "para"]);
const ARTICLES = new Set(["du", "de", "des", "d'", "la", "le", "les", "l'", "un", "une", "some", "a", "an", "el", "los", "las", "unos", "unas", "del", "من", "ديال", "تاع", "your", "votre", "vos", "su", "sus", "vuestro", "vuestra", "vuestros", "vuestras"]);

function kinds(text: string, folded: string, ctx: ProductContext, ws: Word[]): (Kind | null)[] {
  const at: (Kind | null)[] = new Array<Kind | null>(folded.length).fill(null);
  const mark = (s: Span, k: Kind) => {
    for (let i = s.start; i < s.end && i < at.length; i++) {
      const cur = at[i];
      if (!cur || PRIORITY[k] > PRIORITY[cur]) at[i] = k;
    }
  };
  for (const q of ctx.quantities) mark(q, "qty");
  for (const s of ctx.blocked) mark(s, "block");
  const spanishOnly = ctx.language === undefined || ctx.language === "es" ? [SPANISH_SELF_DESCRIPTION] : [];
  for (const re of [PACKAGING_PHRASE, AMOUNT_PHRASE, FREQUENCY, INTRODUCTION, INJECTION, CORRECTIONS, ORIGIN_PHRASE, SELF_DESCRIPTION, ...spanishOnly, OPEN_QUESTION, REPRESENTING, FOLLOW_UP, QUALITY_PHRASE, THANKS_FOR, REPLY_LATER, AWAITING_REPLY, AVAILABILITY_PHRASE, SEEN_ON_PHRASE, ASSORTMENT_PHRASE, RULED_OUT_CLAUSE]) {
    for (const m of folded.matchAll(re)) mark({ start: m.index, end: m.index + m[0].length }, "block");
  }
  for (const re of [LINE_OF_WORK, BUSINESS_CHAIN]) for (const m of folded.matchAll(re)) mark({ start: m.index, end: m.index + m[0].length }, "block");
  for (const re of [NEED_PHRASE, FIRST_ORDER]) for (const m of folded.matchAll(re)) mark({ start: m.index, end: m.index + m[0].length }, "need");
  for (const m of folded.matchAll(CONJUNCTION_PHRASE)) mark({ start: m.index, end: m.index + m[0].length }, "and");
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i] ?? "";
    if (c === ":") mark({ start: i, end: i + 1 }, "colon");
    // "B&B", "M&S": an ampersand inside a name joins it; with spaces around it is "and".
    else if ((c === "&" && !(/\p{L}/u.test(folded[i - 1] ?? "") && /\p{L}/u.test(folded[i + 1] ?? ""))) || c === "+") mark({ start: i, end: i + 1 }, "and");
    else if (c === "/" && /\d/.test(folded[i - 1] ?? "") && /\d/.test(folded[i + 1] ?? "")) continue; // "calibre 23/25"
    else if (c === "/" && /\d\s?\p{L}{1,3}$/u.test(folded.slice(Math.max(0, i - 6), i)) && /^\p{L}{1,3}(?!\p{L})/u.test(folded.slice(i + 1, i + 5))) continue; // "550 g/l"
    else if (/[,;!?()[\]{}"\n/|<>=…]/.test(c)) mark({ start: i, end: i + 1 }, "punct");
    else if (c === "." && !/\d/.test(folded[i + 1] ?? "")) mark({ start: i, end: i + 1 }, "punct");
    else if (c === "-" && folded[i - 1] === " " && folded[i + 1] === " ") mark({ start: i, end: i + 1 }, "punct");
    else if (/[\p{So}\p{Sk}\p{Cs}\p{Co}]/u.test(text[i] ?? "")) mark({ start: i, end: i + 1 }, "punct");
  }
  ws.forEach((w, k) => {
    if (at[w.start] !== null) return;
    if (!plain(text, w)) return;
    // "me interesan vuestras sandalias": right after a cue or an amount a possessive opens the product.
    if (POSSESSIVES.has(w.text)) {
      // "2 pallets of your paprika": an "of"/"de" between the amount and the possessive does not count.
      const via = ["of", "de", "d'"].includes(ws[k - 1]?.text ?? "") ? ws[k - 1] : undefined;
      let p = (via ?? w).start - 1;
      while (p >= 0 && folded[p] === " ") p--;
      const prior = p >= 0 ? at[p] : null;
      if (prior === "need" || prior === "qty") return;
    }
    // "noir et blanc", "black and white": two colours joined by "and" describe one product.
    const colourPair = COLOURS.has(ws[k - 1]?.text ?? "") && COLOURS.has(ws[k + 1]?.text ?? "");
    if (colourPair && ["and", "et", "y", "&", "و"].includes(w.text)) return;
    // "bath and body gift sets", "coffrets bain et douche", "صابون زيت الزيتون والغار": one name.
    if (joinsOneName(folded, ws, k, (x) => at[x.start] === null)) return;
    if (AND_WORDS.has(w.text)) mark(w, "and");
    else if ((BOUNDARY_WORDS.has(w.text) && !isGradeMark(ws, k) && !isContentWith(ws, k) && !isHowMade(ws, k)) || isArabicPurpose(ws, k) || isForOurs(ws, k) || ARABIC_FOR_WHOM.test(w.text) || (/^لل[\u0621-\u064a]{3}/u.test(w.text) && BOUNDARY_WORDS.has(w.text.slice(2))) || inArabicPacks(w.text)) mark(w, "word");
    // "تمر سكري وعسل سدر": a joined "و" before a second noun ("و" + "ال…", a trade noun, a number) is "and".
    else if (k > 0 && ARABIC_AND.test(w.text) && (/^و(?:ال|\d)/u.test(w.text) || isTradeWord(w.text.slice(1))) && !joinsStates(ws, k)) mark({ start: w.start, end: w.start + 1 }, "and");
  });
  return at;
}

/** Leading articles, greetings and verbs off the front; cue words off the back. */
function trim(text: string, ws: Word[]): { kept: Word[]; article: boolean } {
  let a = 0;
  let b = ws.length;
  // "12 palettes et non 10 de miel": a number with no unit before "de"/"of" is an amount, not the name.
  const amountOf = (k: number): boolean => /^\d+(?:[.,]\d+)?$/.test(ws[k]?.text ?? "") && ["de", "of", "d'", "del"].includes(ws[k + 1]?.text ?? "");
  // ("نبي منكم زيت زيتون": a preposition with a joined pronoun before the noun, "from you", goes too.)
  while (a < b && ((LEADING.has(ws[a]?.text ?? "") && plain(text, ws[a] as Word)) || ADVERB.test(ws[a]?.text ?? "") || isClauseForm(ws[a]?.text ?? "") || amountOf(a))) a += amountOf(a) ? 2 : 1;
  // "زيت زيتون لنا" (for us): a preposition with a joined pronoun after the noun is not part of it.
  // ("Cotización … 1x40": a container count closing the phrase.)
  const trailing = (w: Word) => (TRAILING.has(w.text) && plain(text, w)) || /^[1-9]x(?:20|40)(?:hc|hq|ft)?$/.test(w.text) || (w.text === "a" && text[w.start] === "à") || ADVERB.test(w.text) || isClauseForm(w.text) || inArabicPacks(w.text);
  while (b > a && trailing(ws[b - 1] as Word) && !isGradeMark(ws, b - 1)) b--;
  return { kept: ws.slice(a, b), article: a > 0 && ARTICLES.has(ws[a - 1]?.text ?? "") };
}

function segments(text: string, folded: string, ctx: ProductContext): Segment[] {
  const ws = words(folded);
  const at = kinds(text, folded, ctx, ws);
  const out: Segment[] = [];
  const kindNear = (i: number, step: 1 | -1): Kind | null => {
    for (let j = i; j >= 0 && j < at.length; j += step) {
      if (at[j]) return at[j] ?? null;
      if (!/\s/.test(folded[j] ?? "")) return null;
    }
    return null;
  };
  // Where the pronouns, auxiliaries and question words are ("catégorie I" is a grade, not "I").
  // ("وشنو الأسعار", "وهل عندكم": an Arabic clause word keeps its role under a joined "و"/"ف".)
  const clauseWord = (t: string): boolean => CLAUSE_WORDS.has(t) || (/^[وف][\u0621-\u064a]{2,}$/u.test(t) && CLAUSE_WORDS.has(t.slice(1)));
  const clauseStarts = new Set(ws.filter((w, k) => (clauseWord(w.text) || isClauseForm(w.text)) && !isGradeMark(ws, k)).map((w) => w.start));
  let i = 0;
  while (i < folded.length) {
    if (at[i] !== null) {
      i++;
      continue;
    }
    let j = i;
    while (j < folded.length && at[j] === null) j++;
    const { kept: inside, article: articleInside } = trim(text, ws.filter((w) => w.start >= i && w.end <= j));
    // "love your orange blossom water": a possessive that ends the previous phrase opens this one.
    const k0 = inside[0] ? ws.indexOf(inside[0]) : -1;
    // ("quels sont vos horaires", "what are your opening hours": a question about the seller, not a product.)
    const sentence = folded.slice(0, i).split(/[.!?\n]/).at(-1) ?? "";
    const asked = words(sentence).some((w) => QUESTION_WORDS.has(w.text));
    const article = articleInside || (k0 > 0 && POSSESSIVES.has(ws[k0 - 1]?.text ?? "") && !asked);
    const first = inside[0];
    const last = inside.at(-1);
    // "we run 4 hotels", "a container to fill", "what you have in stock", "٥٠٠ لتر جراكن": no product named.
    // ("thé vert": "thé" with its accent is tea, not the filler "the".)
    const filler = (w: Word): boolean =>
      plain(text, w) && (VAGUE.has(w.text) || TIME_WORDS.has(w.text) || LEADING.has(w.text) || TRAILING.has(w.text) || CLAUSE_WORDS.has(w.text) || isShade(w.text) || /^\d+x\d+$/.test(w.text) || /^\d+(?:[.,]\d+)?(?:mm|cm|m|in|g|gr|kg|ml|cl|l|oz|lbs?|ft)?$/.test(w.text) || vagueArabic(w.text) || ARABIC_PACKS.has(w.text));
    // The word right before the phrase, when only space separates them (a subject, an owner).
    const prev = ws.filter((w) => w.end <= i).at(-1);
    const rightBefore = prev && /^\s*$/.test(folded.slice(prev.end, i)) ? prev.text : null;
    // "con mi jefe", "for my team", "à notre entrepôt": what the writer owns is never what they buy.
    // ("for our deli in Leeds": "our" is a boundary word, so it may sit just before the phrase.)
    const owned = OWN.has(ws.find((w) => w.start >= i && w.end <= j)?.text ?? "") || (rightBefore !== null && OWN.has(rightBefore));
    if (first && last && !owned && !inside.every(filler) && !NOT_A_PRODUCT_START.has(first.text)) {
      // "urea 46%": a unit sign glued to the last word belongs to the phrase.
      const end = /[%°٪]/.test(text[last.end] ?? "") ? last.end + 1 : last.end;
      // A clause word in the phrase itself, or before it with no article or possessive opening the noun
      // phrase ("we'll discuss" is a clause, "is your argan oil" names a product).
      const isClauseWord = (w: Word): boolean => clauseStarts.has(w.start);
      // "je transmets", "we confirm": a phrase right after a subject pronoun is a verb phrase.
      // A trade verb trimmed from the front ("we import paprika", "we buy cumin") leaves a product.
      const rawFirst = ws.find((w) => w.start >= i);
      // ("we just moved", "nous avons aussi ouvert": an adverb between the subject and the verb changes nothing.)
      const onlyAdverbsTrimmed = ws.filter((w) => w.start >= i && w.end <= first.start).every((w) => SENTENCE_ADVERBS.has(w.text));
      const afterSubject = !article && (rawFirst === first || onlyAdverbsTrimmed) && rightBefore !== null && SUBJECTS.has(rightBefore);
      const questionAboutYours = asked && k0 > 0 && POSSESSIVES.has(ws[k0 - 1]?.text ?? "");
      // ("lo vemos y te contamos": a verb form trimmed off the end still makes the phrase a clause.)
      const verbAtEnd = ws.some((w) => w.start >= first.start && w.end <= j && isClauseForm(w.text));
      const clause = afterSubject || questionAboutYours || verbAtEnd || inside.some(isClauseWord) || (!article && ws.some((w) => w.start >= i && w.end <= first.start && isClauseWord(w)));
      // A lone word followed straight by a possessive, no preposition between, is a verb taking its
      // object ("élargir notre gamme", "ampliar nuestra oferta"); a noun would need "de"/"for" there.
      const following = ws.find((w) => w.start >= end);
      const verbOfOwn = first === last && following !== undefined && OWN.has(following.text) && /^\s+$/.test(folded.slice(end, following.start));
      const prevKind = kindNear(i - 1, -1);
      const intent = prevKind === "need" && rawFirst !== undefined && (isArabicWeVerb(rawFirst.text) || (ctx.language === "es" && isSpanishInfinitive(rawFirst.text)));
      const also = ws.filter((w) => w.start <= first.start).slice(-5).some((w) => ALSO.has(w.text));
      const purpose = prev !== undefined && PURPOSE.has(prev.text) && ws.filter((w) => w.start >= prev.end && w.end <= first.start).every((w) => ARTICLES.has(w.text));
      // "Magasin de sport à Annecy : chaussettes…", "Beach club in Ibiza: …": the buyer's business, then a place and a colon.
      const upToColon = /^[^:.!?\n,;]{1,40}(?=:)/u.exec(folded.slice(j, j + 41))?.[0] ?? "";
      const labelsPlace = upToColon !== "" && at.slice(j, j + upToColon.length).some((k) => k === "block") &&
        words(upToColon).every((w) => at[j + w.start] === "block" || PLACE_LINKS.has(w.text));
      out.push({ start: first.start, end, phrase: text.slice(first.start, end).toLowerCase(), prev: prevKind, next: kindNear(j, 1), article, clause, addressed: ws.some((w) => w.start >= first.start && w.end <= j && addressesSeller(w.text)), verbOfOwn, intent, also, purpose, labelsPlace });
    }
    i = j;
  }
  return out;
}

function score(s: Segment): number {
  if (s.prev === "qty") return 3;
  if (s.prev === "need") return 2.5;
  if (s.next === "qty") return 2;
  // "Filets de maquereau à la sauce tomate, … pour la grande distribution": with no cue, what the
  // goods are for ranks below the phrase that opens the message, article or not.
  if (s.purpose) return 0.9;
  return s.article ? 1.5 : 1;
}

/** "also": what else the buyer might take ranks below the first wish with the same cue, not below a weaker cue. */
const ALSO = new Set("also aussi tambien حتي كمان وكمان ايضا وايضا برضو كذلك".split(" "));
const ALSO_PENALTY = 0.5;

/** Lifts a plain phrase named right after a correction above one with an article, not above an amount's. */
const CORRECTED_BONUS = 0.75;

/** Less than the gap between two cues' scores: a trade word only breaks ties. */
const TRADE_WORD_BONUS = 0.25;

function scores(all: Segment[]): number[] {
  // A phrase with no cue before it that holds a pronoun, auxiliary or question word is a clause.
  // "نرغب في التعامل معكم" (we'd like to deal with you): after a need word too, unless an amount names it.
  const out = all.map((s) => ((score(s) < 2 && s.clause) || (score(s) < 3 && (s.addressed || s.verbOfOwn || s.intent)) ? -1 : score(s) - (s.also ? ALSO_PENALTY : 0)));
  // "pièces auto : plaquettes de frein": a label before a colon hands its rank to what follows.
  all.forEach((s, k) => {
    const next = all[k + 1];
    if ((s.next === "colon" || s.labelsPlace) && next?.prev === "colon") {
      out[k + 1] = Math.max(out[k + 1] ?? 0, out[k] ?? 0);
      out[k] = 0;
    }
  });
  return out;
}

export function extractProduct(text: string, folded: string, ctx: ProductContext): ProductResult {
  let all = segments(text, folded, ctx);
  const cues = [...folded.matchAll(CORRECTIONS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const firstCue = cues[0];
  const rightAfterCue = (s: Segment) => cues.some((c) => c.end <= s.start && !/[\p{L}\p{N}]/u.test(folded.slice(c.end, s.start)));
  if (firstCue) {
    // "du homard… pardon, du crabe des neiges", "lobster, sorry I mean snow crab": a noun phrase
    // right after a correction replaces the old one ("actually our warehouse moved" does not).
    const after = all.filter((s) => s.start > firstCue.start && (s.article || score(s) >= 2 || rightAfterCue(s)));
    if (after.length > 0 && after.length < all.length) all = after;
  }
  const ranks = scores(all);
  // "No, perdón, quería decir pimentón dulce, el comino ya lo tenemos": the phrase the correction
  // names outranks a later one that only opens with an article.
  all.forEach((s, k) => {
    if ((ranks[k] ?? 0) >= 0 && rightAfterCue(s)) ranks[k] = (ranks[k] ?? 0) + CORRECTED_BONUS;
  });
  // "نرغب في المراجعة ونرغب في عسل سدر", "necesitamos renovar stock y necesitamos aceitunas": of two
  // phrases with the same cue, the one holding a trade word of the lexicon names the goods; the
  // other is a verb or a remark.
  const language = ctx.language;
  if (language !== undefined && isTradeLanguage(language)) {
    all.forEach((s, k) => {
      if ((ranks[k] ?? 0) >= 0 && holdsTradeWord(folded.slice(s.start, s.end), language)) ranks[k] = (ranks[k] ?? 0) + TRADE_WORD_BONUS;
    });
  }
  let best: Segment | null = null;
  let bestScore = -1;
  all.forEach((s, k) => {
    const sc = ranks[k] ?? 0;
    if (sc >= 0 && sc > bestScore) {
      best = s;
      bestScore = sc;
    }
  });
  let chosen = best as Segment | null;
  if (!chosen) return { product: null, span: null, others: [] };
  // "looking for ceramic mugs to Oslo, 600 mugs", "des bols en bois …, 300 bols": an amount of the
  // product's head noun (last in English, first in French, Spanish and Arabic) refers back to the
  // fuller phrase named with a cue; the fuller one is the product.
  const head = chosen;
  const namesHead = (s: Segment): boolean => s.phrase.endsWith(` ${head.phrase}`) || s.phrase.startsWith(`${head.phrase} `);
  const fuller = all.find((s, k) => s !== head && (ranks[k] ?? 0) >= 2 && namesHead(s));
  if (fuller) chosen = fuller;
  const others: string[] = [];
  let from = chosen.end;
  for (let k = all.indexOf(chosen) + 1; k < all.length; k++) {
    const s = all[k] as Segment;
    // "olive oil and argan oil", "2 t of black seed oil and 1 t of argan oil".
    const gap = mask(folded.slice(0, s.start), ctx.quantities).slice(from);
    if (!AND_GAP.test(gap)) break;
    others.push(s.phrase);
    from = s.end;
  }
  // "مورد لزيت زيتون" (a supplier for olive oil): the joined "ل" is the "for", not the product's.
  // Likewise "أسعار الجملة لزيت الحبة السوداء" (wholesale prices for black seed oil).
  const supplierFor = /(?:مورد|موردين|موردي|موردا|اسعار|سعر|الجمله)\s$/u.test(folded.slice(Math.max(0, chosen.start - 8), chosen.start)) && /^ل[\u0621-\u064a]{3}/u.test(chosen.phrase);
  if (supplierFor) return { product: chosen.phrase.slice(1), span: { start: chosen.start + 1, end: chosen.end }, others };
  return { ...arabicPhrase(text, folded, chosen, language), others };
}

/**
 * Two Arabic habits the segments keep: a joined "ب" before the article ("تزويدنا بالزعفران", "عرض سعر
 * بالبلح": with/for the saffron) is not the product's, and a second product joined by "و" to a name
 * of two words or more ("بن أرابيكا محمص وبن روبوستا", "زيت زيتون بكر وسكر") starts a new one when
 * what follows the "و" is a trade word of the lexicon ("والـ" words are left to coordination.ts;
 * "وردي", "وسط" are words of their own, and "ومجمد", "ومقشر" participles of the same goods).
 */
function arabicPhrase(text: string, folded: string, s: Segment, language: ProductContext["language"]): { product: string; span: Span } {
  let { start, end } = s;
  if (/[\u0621-\u064a]/u.test(folded.slice(start, end))) {
    if (/^بال[\u0621-\u064a]{3,}/u.test(folded.slice(start, end))) start += 1;
    const ws = words(folded.slice(start, end));
    const cut = ws.findIndex((w, k) => k >= 2 && /^و(?!ال|م)[\u0621-\u064a]{2,}$/u.test(w.text) && language !== undefined && isTradeLanguage(language) && holdsTradeWord(w.text.slice(1), language));
    if (cut > 0) end = start + (ws[cut - 1]?.end ?? end - start);
  }
  return { product: text.slice(start, end).toLowerCase(), span: { start, end } };
}
