// Arabic and Spanish buyers name a product head first ("discos de freno", "سجاد بربري صوف"), the
// catalogs in English, modifiers first ("brake discs", "wool berber rugs"). The matcher's keyword
// query, type check and "nothing fits" check read English (and French, through their own lexicon):
// an Arabic or Spanish request reaches them as its English wording — each trade word or phrase
// translated through the shared lexicon, each noun group turned around, the words linking groups
// ("para", "con", "مع") said in English. A word the lexicon does not know stays as the buyer wrote
// it: a brand or a variety ("medjool", "toyota") still matches titles, and the fit check treats an
// untranslated word as unknown, never as missing.
import { foldTradeText, tradePhraseAt, tradeWord, type TradeLanguage } from "../extraction/lexicon.js";

/** Words that link one noun group to the next, and their English. */
const LINKS: Record<TradeLanguage, Record<string, string>> = {
  es: { para: "for", con: "with", sin: "without", y: "and", e: "and", o: "or", u: "or", en: "in", desde: "from", hacia: "to", a: "to", al: "to", tipo: "type",
    // "óxido de zinc no nano", "aceite de oliva no refinado", "ni jugo ni…": what follows is ruled out, never turned around into the noun group before it.
    no: "not", ni: "nor", nada: "not" },
  ar: {
    ل: "for", مع: "with", بدون: "without", بلا: "without", و: "and", او: "or", في: "in", فى: "in", من: "from", الى: "to", نوع: "type",
    // Dialect and standard "not" ("ماشي نيوبرين", "مش البوتاس الأحمر"): what follows is ruled out (excludedWords.ts).
    مش: "not", ماشي: "not", مو: "not", مب: "not", موب: "not", ليس: "not", وليس: "and not", مهوش: "not", ماهوش: "not",
  },
};
/** Words inside a noun group that English does not say there: articles and the "of" of a compound. */
const INSIDE = {
  es: new Set("de del la el los las lo un una unos unas".split(" ")),
  // Dialect "of" ("غطاوات ديال الكراسي": seat covers; Algerian "تاع", Tunisian "متاع", Egyptian "بتاع", Levantine "تبع").
  ar: new Set("ديال تاع متاع بتاع تبع".split(" ")),
} satisfies Record<TradeLanguage, Set<string>>;

/** Arabic conjunction and preposition written on the next word. */
const CLITICS: Record<string, string> = { و: "and", ب: "with" };

// Arabic and Spanish letters, digits, and the joiners inside a word ("15-15-15", "t-shirt").
const TOKEN = /[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*/gu;
/** A measure or grade written after a number or a letter code stays with it: "100 ml", "grado a". */
const STAYS_AFTER = (w: string) => /^\d/.test(w) || /^[a-z]$/.test(w) || /^(?:ml|cl|l|kg|g|mg|cm|mm|m|gsm|oz|lb|lbs|mt|t)$/.test(w);

/** The form a product comes in, said after its noun ("mostaza en polvo", "فلفل بودرة"): English says it after the noun too ("mustard powder"). */
const FORMS = new Set(["powder", "flakes", "paste", "granules"]);

interface Unit {
  en: string;
  link?: string;
}

const prepare = (text: string) => foldTradeText(text).replace(/[’`]/g, "'");

function units(text: string, language: TradeLanguage): Unit[] {
  const words = prepare(text).split(/([,;:!?()/]|\.(?!\d))/).flatMap((part) => (/^[,;:!?()/.]$/.test(part) ? [","] : part.match(TOKEN) ?? []));
  const out: Unit[] = [];
  for (let i = 0; i < words.length; ) {
    // Arabic writes "and" and "with" on the next word ("والكمون", "وزيت الزيتون", "بزيت الأرغان"):
    // split off when the rest is a trade word and the whole is not.
    const w0 = words[i]!;
    const clitic = language === "ar" ? CLITICS[w0[0]!] : undefined;
    if (clitic && w0.length > 3 && !tradeWord(w0, language) && !tradePhraseAt(words, i, language)) {
      const rest = [w0.slice(1), ...words.slice(i + 1)];
      if (tradePhraseAt(rest, 0, language) || tradeWord(rest[0]!, language)) {
        out.push({ en: "", link: clitic });
        words[i] = w0.slice(1);
      }
    }
    const phrase = tradePhraseAt(words, i, language);
    if (phrase) {
      out.push({ en: phrase.en });
      i += phrase.words;
      continue;
    }
    const w = words[i++]!;
    if (w === ",") out.push({ en: "", link: "," });
    else if (Object.hasOwn(LINKS[language], w)) out.push({ en: "", link: LINKS[language][w]! });
    else if (!INSIDE[language].has(w)) out.push({ en: tradeWord(w, language) ?? w });
  }
  return out;
}

/**
 * The English wording of an Arabic or Spanish product phrase or request: "aceite de oliva virgen
 * extra" → "extra virgin olive oil", "tablones de cedro rojo para terraza" → "red cedar boards for
 * decking", "مقاعد سيارات جلد" → "leather car seats".
 */
export function englishWording(text: string, language: TradeLanguage): string {
  const groups: string[] = [];
  let group: string[] = [];
  const close = () => {
    // Head first in the buyer's language, last in English; a measure or grade keeps its place after the word it qualifies.
    const turned: string[] = [];
    for (const w of group) {
      if (STAYS_AFTER(w) && turned.length) turned[0] = `${turned[0]} ${w}`;
      else if (FORMS.has(w) && turned.length) turned[turned.length - 1] = `${turned.at(-1)} ${w}`;
      else turned.unshift(w);
    }
    if (turned.length) groups.push(turned.join(" "));
    group = [];
  };
  for (const u of units(text, language)) {
    if (u.link !== undefined) {
      close();
      if (groups.length) groups.push(u.link);
    } else group.push(u.en);
  }
  close();
  return groups.join(" ").replace(/ ,/g, ",").replace(/^(?:for|with|without|and|or|in|from|to|type|,)\s+/, "").trim();
}
