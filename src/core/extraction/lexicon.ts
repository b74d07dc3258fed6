// Spanish and Arabic trade words → the English terms the demo catalogs use, so a product phrase
// such as "aceite de argán" or "زيت الأرغان" can search "argan oil". Folded keys (no accents;
// Arabic ة → ه, أ → ا); multi-word keys are tried before single words. The French lexicon lives in
// src/core/matching/queryExpansion.ts, whose expandQuery adds these terms too.
import { fold } from "./text.js";

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

/** English catalog terms for the Spanish and Arabic trade words in `text`, each once, in order found. */
export function englishTerms(text: string): string[] {
  let folded = fold(text.normalize("NFC").replace(/[\u064b-\u065f\u0670\u0640]/g, ""));
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
