// Spanish and Arabic trade words → the English terms the demo catalogs use, so a product phrase
// such as "aceite de argán" or "زيت الأرغان" can search "argan oil". Folded keys (no accents;
// Arabic ة → ه, أ → ا); multi-word keys are tried before single words. The French lexicon lives in
// src/core/matching/queryExpansion.ts, whose expandQuery adds these terms too.
import { fold, withoutArabicMarks } from "./text.js";
import { CATALOG_AR_EN, CATALOG_ES_EN } from "./catalogLexiconEsAr.js";

const ES_EN: Record<string, string> = {
  "aceite de argan": "argan oil", "aceite de oliva": "olive oil", "virgen extra": "extra virgin", "jarabe de arce": "maple syrup",
  "sirope de arce": "maple syrup", "agua de rosas": "rose water", "jabon negro": "black soap", "pastillas de freno": "brake pads",
  "mariscos": "seafood", "vino de hielo": "icewine", "te verde": "green tea", "higo chumbo": "prickly pear",
  aceite: "oil", datiles: "dates", azafran: "saffron", especias: "spices", comino: "cumin", canela: "cinnamon", miel: "honey",
  aceitunas: "olives", almendras: "almonds", nueces: "walnuts", garbanzos: "chickpeas", lentejas: "lentils", cuscus: "couscous",
  harina: "flour", trigo: "wheat", sardinas: "sardines", atun: "tuna", langosta: "lobster", arandanos: "blueberries",
  fosfato: "phosphate", fertilizante: "fertilizer", abono: "fertilizer", urea: "urea", ceramica: "ceramics", alfombras: "rugs",
  alfombra: "rug", babuchas: "slippers", cuero: "leather", bolsos: "bags", chaquetas: "jackets", vaqueros: "jeans",
  camisetas: "t-shirts", algodon: "cotton", lana: "wool", toallas: "towels", jabon: "soap", henna: "henna", arcilla: "clay",
  congelado: "frozen", congeladas: "frozen", congelados: "frozen", seco: "dried", secos: "dried", organico: "organic",
  organica: "organic", ecologico: "organic", ecologica: "organic", mantequilla: "butter", vino: "wine", pellets: "pellets",
  madera: "wood", potasa: "potash", arnes: "harness", cables: "wiring",
};

const AR_EN: Record<string, string> = {
  "زيت الارغان": "argan oil", "زيت ارغان": "argan oil", "زيت الزيتون": "olive oil", "زيت زيتون": "olive oil",
  "بكر ممتاز": "extra virgin", "ماء الورد": "rose water", "ماء ورد": "rose water", "الصابون الاسود": "black soap",
  "صابون اسود": "black soap", "فحمات فرامل": "brake pads", "قطع غيار": "spare parts", "شراب القيقب": "maple syrup",
  "دقيق قمح": "wheat flour", "تين شوكي": "prickly pear", "الطين المغربي": "ghassoul clay",
  زيت: "oil", تمر: "dates", تمور: "dates", زعفران: "saffron", الزعفران: "saffron", بهارات: "spices", توابل: "spices",
  كمون: "cumin", قرفه: "cinnamon", عسل: "honey", زيتون: "olives", لوز: "almonds", اللوز: "almonds", جوز: "walnuts",
  حمص: "chickpeas", الحمص: "chickpeas", عدس: "lentils", كسكس: "couscous", دقيق: "flour", طحين: "flour", قمح: "wheat",
  سردين: "sardines", تونه: "tuna", سمك: "fish", جمبري: "shrimp", روبيان: "shrimp", فوسفات: "phosphate",
  الفوسفات: "phosphate", سماد: "fertilizer", اسمده: "fertilizer", يوريا: "urea", فخار: "pottery", خزف: "ceramics",
  زليج: "zellige tiles", سجاد: "rugs", زرابي: "rugs", بلغه: "babouche slippers", بلغة: "babouche slippers", جلد: "leather",
  حقائب: "bags", قطن: "cotton", صوف: "wool", مناشف: "towels", صابون: "soap", حناء: "henna", غاسول: "ghassoul clay",
  مجمد: "frozen", مجمده: "frozen", مجفف: "dried", مجففه: "dried", معلب: "canned", عضوي: "organic", طماطم: "tomatoes",
  مربي: "jam", عصير: "juice", برتقال: "orange", نبيذ: "wine", قهوه: "coffee", بن: "coffee", شاي: "tea",
  دبس: "molasses", سماق: "sumac", طحينه: "tahini", حلاوه: "halva", هيل: "cardamom", فلفل: "pepper", زعتر: "thyme",
  برغل: "bulgur", فريكه: "freekeh", زبيب: "raisins", فستق: "pistachios", بندق: "hazelnuts", كاجو: "cashews",
  مكسرات: "nuts", جبن: "cheese", جبنه: "cheese", لبنه: "labneh", زبده: "butter", سمن: "ghee", حليب: "milk",
  شموع: "candles", فوانيس: "lanterns", نحاس: "copper",
};

/** A folded Arabic or Spanish trade noun ("عسل", "الحمص", "aceitunas"): a product word of its own. */
export const isTradeWord = (folded: string): boolean => Boolean(ES_EN[folded] ?? AR_EN[folded] ?? AR_EN[folded.replace(/^ال/, "")]);

const PHRASES = [...Object.keys(ES_EN), ...Object.keys(AR_EN)].filter((k) => k.includes(" ")).sort((a, b) => b.length - a.length);

/** A buyer's text folded for the trade tables: as the parser folds it, Arabic without its short vowels and tatweel. */
export const foldTradeText = (text: string): string => fold(withoutArabicMarks(text.normalize("NFC")));

/** English catalog terms for the Spanish and Arabic trade words in `text`, each once, in order found. */
export function englishTerms(text: string): string[] {
  let folded = foldTradeText(text);
  const out = new Set<string>();
  for (const phrase of PHRASES) {
    if (!folded.includes(phrase)) continue;
    out.add(ES_EN[phrase] ?? AR_EN[phrase] ?? "");
    folded = folded.split(phrase).join(" ");
  }
  for (const word of folded.split(/[^\p{L}\p{N}'-]+/u)) {
    const w = word.replace(/^و(?=..)/, "");
    const tr = ES_EN[w] ?? AR_EN[w] ?? AR_EN[w.replace(/^ال/, "")];
    if (tr) out.add(tr);
  }
  out.delete("");
  return [...out];
}

export type TradeLanguage = "es" | "ar";
export const isTradeLanguage = (language: string): language is TradeLanguage => language === "es" || language === "ar";
// The full tables for the matcher's English wording of Arabic and Spanish requests (englishWording.ts):
// the catalog families' words, with the entries above winning. englishTerms and isTradeWord keep the
// short lists: they read every request, and a Spanish key may be a French or English word too.
// Keys are folded as the buyer's text is (text.ts also writes ئ as ي and ؤ as و: "حقائب" is read "حقايب").
const foldKeys = (table: Record<string, string>) => Object.fromEntries(Object.entries(table).map(([k, v]) => [fold(k), v]));
const WORDING: Record<TradeLanguage, Record<string, string>> = { es: foldKeys({ ...CATALOG_ES_EN, ...ES_EN }), ar: foldKeys({ ...CATALOG_AR_EN, ...AR_EN }) };
const LONGEST_PHRASE = Math.max(...Object.values(WORDING).flatMap((t) => Object.keys(t).map((k) => k.split(" ").length)));

/** Spellings of a folded word the tables may list it under: Spanish singulars, Arabic without its clitics. */
function spellings(w: string, language: TradeLanguage): string[] {
  if (language === "es") {
    const plural = [w, ...(w.endsWith("es") && w.length > 4 ? [w.slice(0, -2)] : []), ...(w.endsWith("s") && w.length > 3 ? [w.slice(0, -1)] : [])];
    return [...plural, ...diminutiveBases(w)];
  }
  // "بال"/"لل"/"ال" (with/for + the), "ل" (for), then the feminine plural "ات" → "ه" (سيارات → سياره). A leading
  // "و" (and) is the caller's to split: it links two names.
  // "ل" (for) alone only before three letters or more: "لبن" is milk, not "for coffee".
  const noArticle = [w, w.replace(/^(?:بال|لل|ال|كال|فال)(?=..)/u, ""), ...(/^ل(?!ل).{3,}/u.test(w) ? [w.slice(1)] : [])];
  return [...new Set(noArticle.flatMap((x) => [x, ...(/..ات$/u.test(x) ? [`${x.slice(0, -2)}ه`] : [])]))];
}

/**
 * The words a Spanish diminutive is made from, tried after the word itself: "jaboncitos" → jabon,
 * "bolsitas" → bolsa, "galletitas" → galleta, "panecitos" → pan. Buyers write them for small
 * sizes ("jaboncitos de cortesía"); the lexicon keys the plain word.
 */
function diminutiveBases(w: string): string[] {
  const m = /^(\p{L}{2,}?)(e?c)?it([oa])s?$/u.exec(w);
  if (!m || w.length < 6) return [];
  const [, stem, c, g] = m as unknown as [string, string, string | undefined, string];
  return c ? [stem, `${stem}${g}`] : [`${stem}${g}`, `${stem}o`, `${stem}a`];
}

/** The English catalog term of an Arabic or Spanish trade word (folded), or null. */
export function tradeWord(folded: string, language: TradeLanguage): string | null {
  const table = WORDING[language];
  for (const s of spellings(folded, language)) if (Object.hasOwn(table, s)) return table[s]!;
  return null;
}

const WORDING_ENGLISH = new Set(Object.values(WORDING).flatMap((t) => Object.values(t).flatMap((v) => v.split(" "))));
/** True when the word is an English term the Arabic and Spanish tables translate to ("rice", "nitrate"). */
export const isWordingTerm = (folded: string): boolean => WORDING_ENGLISH.has(folded);

/** The longest trade phrase of the tables starting at `words[i]` (folded words), with its English and length. */
export function tradePhraseAt(words: string[], i: number, language: TradeLanguage): { en: string; words: number } | null {
  const table = WORDING[language];
  for (let n = Math.min(LONGEST_PHRASE, words.length - i); n >= 2; n--) {
    const key = words.slice(i, i + n).join(" ");
    if (Object.hasOwn(table, key)) return { en: table[key]!, words: n };
    // The first word may carry an article the key does not ("الزيت الزيتون", "بالزيت"), or be a
    // Spanish plural of the key's singular ("hechos a mano", "bolsos de piel").
    for (const s of spellings(words[i]!, language).slice(1)) {
      const k = [s, ...words.slice(i + 1, i + n)].join(" ");
      if (Object.hasOwn(table, k)) return { en: table[k]!, words: n };
    }
  }
  return null;
}

/**
 * True when a phrase (folded) holds a trade word or phrase of the full tables: "روبيان مجمد"
 * (shrimp), "tinajas de barro" (jars), but not "التنسيق" or "renovar stock". A leading
 * Arabic "و" (and) is read off, as in "ومجمد".
 */
export function holdsTradeWord(folded: string, language: TradeLanguage): boolean {
  const ws = folded.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  return ws.some((w, i) => tradeWord(w, language) !== null || tradeWord(w.replace(/^و(?=...)/u, ""), language) !== null || tradePhraseAt(ws, i, language) !== null);
}
