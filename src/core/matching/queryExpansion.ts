// Buyers write in French to catalogs written mostly in English (and the reverse). A small trade
// lexicon adds the other language's word for common product terms, plus trade abbreviations,
// so "sirop d'érable bio" also searches "maple syrup organic". General vocabulary of the launch
// markets' goods, not a list of our catalog's titles.
import { foldText } from "../textFold.js";
import { englishTerms } from "../extraction/lexicon.js";
import { CATALOG_FR_EN, frenchForms, phraseNumberVariants } from "./frenchLexicon.js";

// French (accent-folded) → English. Multi-word keys are matched before single words.
const FR_EN: Record<string, string> = {
  "huile d'olive": "olive oil", "huile d'argan": "argan oil", "sirop d'erable": "maple syrup", "pois chiches": "chickpeas",
  "plaquettes de frein": "brake pads", "pieces auto": "auto parts", "pieces detachees": "spare parts", "fruits de mer": "seafood",
  "vin de glace": "icewine", "the vert": "green tea", "eau de rose": "rose water", "savon noir": "black soap", "figue de barbarie": "prickly pear",
  "pret a porter": "ready-to-wear", "cuir d'agneau": "lambskin leather", "sac a dos": "backpack", "sacs a dos": "backpacks",
  "noix de cajou": "cashew nuts", "panneaux solaires": "solar panels", "panneau solaire": "solar panel", "grain moyen": "medium grain",
  "gros grain": "coarse grain", "grain fin": "fine grain", "crabe des neiges": "snow crab", "huile de grignons": "pomace oil",
  huile: "oil", sirop: "syrup", erable: "maple", miel: "honey", dattes: "dates", datte: "date", safran: "saffron", epices: "spices",
  epice: "spice", poivre: "pepper", cannelle: "cinnamon", gingembre: "ginger", menthe: "mint", the: "tea", tisane: "herbal tea",
  cafe: "coffee", cacao: "cocoa", sucre: "sugar", sel: "salt", farine: "flour", ble: "wheat", orge: "barley", mais: "corn", riz: "rice",
  semoule: "semolina", pates: "pasta", lentilles: "lentils", pois: "peas", haricots: "beans", feves: "fava beans", moutarde: "mustard",
  colza: "canola", tournesol: "sunflower", amandes: "almonds", noix: "walnuts", olives: "olives", tomates: "tomatoes", agrumes: "citrus",
  citron: "lemon", citrons: "lemons", confit: "preserved", confits: "preserved", oranges: "oranges", clementines: "clementines",
  fraises: "strawberries", framboises: "raspberries", framboise: "raspberry", myrtilles: "blueberries", bleuets: "blueberries",
  canneberges: "cranberries", pommes: "apples", poires: "pears", raisins: "grapes", figues: "figs", legumes: "vegetables", fruits: "fruit",
  poisson: "fish", homard: "lobster", homards: "lobsters", crabe: "crab", crevettes: "shrimp", moules: "mussels", huitres: "oysters",
  petoncles: "scallops", saumon: "salmon", thon: "tuna", sardines: "sardines", anchois: "anchovies", poulpe: "octopus", calmar: "squid",
  fromage: "cheese", lait: "milk", beurre: "butter", viande: "meat", boeuf: "beef", agneau: "lamb", poulet: "chicken", vin: "wine",
  biere: "beer", cidre: "cider", jus: "juice", eau: "water", savon: "soap", creme: "cream", shampoing: "shampoo", parfum: "perfume",
  cosmetiques: "cosmetics", cuir: "leather", sac: "bag", sacs: "bags", veste: "jacket", vestes: "jackets", chaussures: "shoes footwear",
  babouches: "slippers", ceinture: "belt", portefeuille: "wallet", coton: "cotton", laine: "wool", soie: "silk",
  tissu: "fabric", vetements: "clothing apparel", chemise: "shirt", robe: "dress", tapis: "rug", coussin: "cushion", couverture: "blanket",
  serviette: "towel", ceramique: "ceramic", poterie: "pottery", carreaux: "tiles", carrelage: "tiles", assiettes: "plates",
  bols: "bowls", vase: "vase", lampe: "lamp", bois: "wood", granules: "pellets granular", planches: "boards", meubles: "furniture",
  engrais: "fertilizer", frein: "brake", pneus: "tyres", faisceau: "harness", cablage: "wiring", aluminium: "aluminium",
  acier: "steel", bio: "organic", biologique: "organic", frais: "fresh", fraiches: "fresh", fraiche: "fresh", surgele: "frozen",
  surgeles: "frozen", congele: "frozen", congeles: "frozen", seche: "dried", seches: "dried", sechees: "dried", fume: "smoked",
  cuit: "cooked", cru: "raw", entier: "whole", entiers: "whole", vivant: "live", vivants: "live", noir: "black", blanc: "white",
  vert: "green", vertes: "green", rouge: "red", brodees: "embroidered", brode: "embroidered", femme: "women", homme: "men",
  enfant: "kids", bouteille: "bottle", bouteilles: "bottles", vrac: "bulk", baril: "barrel", fut: "drum", bidon: "tin", bocal: "jar",
  tajine: "tagine", tajines: "tagines", cuisson: "cooking", emaille: "glazed", emailles: "glazed", moyen: "medium", moyenne: "medium",
  grand: "large", grande: "large", petit: "small", petite: "small", bleu: "blue", jaune: "yellow", gris: "grey",
  violet: "violet", violette: "violet", violettes: "violet", violets: "violet",
  futs: "drums", barils: "barrels", bidons: "tins", seau: "pail", seaux: "pails", chaudiere: "pail", chaudieres: "pails",
  // TA6V ("ta 6 v" once letters and digits are split) is the French (AFNOR) name of the titanium alloy the catalogs call Ti-6Al-4V (grade 5).
  "ta 6 v": "titanium ti-6al-4v", ta6v: "titanium ti-6al-4v", pot: "jar", pots: "jars", pain: "bar", pains: "bars",
  boite: "box", boites: "boxes", granule: "pellet granular", plaquette: "pad", plaquettes: "pads",
  filaments: "threads", calibre: "size", paires: "pairs", cajou: "cashew", panneaux: "panels", solaires: "solar",
  vierge: "virgin", grignons: "pomace", friture: "frying", serigraphie: "screen print", taille: "size", haute: "high",
  delavage: "wash", sections: "sections", casher: "kosher", equitable: "fairtrade", dur: "durum",
  // Wider everyday trade vocabulary (food, produce, seafood, clothing, home, hardware): a French
  // product word the lexicon lacks reaches neither the English catalog nor the type check.
  "disques de frein": "brake discs", "machoires de frein": "brake shoes", "vin rouge": "red wine", "vin blanc": "white wine",
  "vin rose": "rose wine", "cidre de glace": "ice cider", "jus d'orange": "orange juice", "eau d'erable": "maple water",
  "beurre d'erable": "maple butter", "sucre d'erable": "maple sugar", "saumon rose": "pink salmon", "pommes de terre": "potatoes",
  "patates douces": "sweet potatoes", "petits pois": "peas", "saint-jacques": "scallops", "sweat a capuche": "hoodie",
  "pot de fleurs": "flower pot", "pots de fleurs": "flower pots", "sac a main": "handbag", "sacs a main": "handbags",
  vinaigre: "vinegar", poivron: "peppers", poivrons: "peppers", doux: "sweet", douce: "sweet", courgette: "courgettes",
  concombre: "cucumbers", aubergine: "aubergines", pasteque: "watermelon", avocat: "avocados", mandarine: "mandarins",
  pamplemousse: "grapefruit", sanguine: "blood", sanguines: "blood", abricot: "apricots", peche: "peaches", cerise: "cherries",
  mure: "blackberries", oignon: "onions", ail: "garlic", carotte: "carrots", coriandre: "coriander", persil: "parsley",
  graine: "seeds", graines: "seeds", lin: "flax linen", dore: "golden", doree: "golden", dorees: "golden", chanvre: "hemp",
  sesame: "sesame", avoine: "oats", seigle: "rye", sarrasin: "buckwheat", vermicelle: "vermicelli", nouille: "noodles",
  confiture: "jam", chocolat: "chocolate", biscuit: "biscuits cookies", conserve: "canned", levure: "yeast", amidon: "starch",
  seiche: "cuttlefish", maquereau: "mackerel", morue: "cod", cabillaud: "cod", fletan: "halibut", merlu: "hake", truite: "trout",
  palourde: "clams", algue: "seaweed algae", oeufs: "eggs", vivante: "live", vivantes: "live", sauvage: "wild", sauvages: "wild",
  tricot: "knit", tricote: "knitted", tricotes: "knitted", tricotee: "knitted", tricotees: "knitted", merinos: "merino",
  gilet: "cardigan", pull: "sweater jumper", chandail: "sweater", bonnet: "beanie toque", echarpe: "scarf", gant: "gloves",
  moufle: "mittens", chaussette: "socks", pantalon: "trousers", jean: "jeans denim", jupe: "skirt", manteau: "coat", blouson: "jacket",
  casquette: "cap", tablier: "apron", pochette: "clutch", sandale: "sandals", botte: "boots", plaid: "throw", nappe: "tablecloth",
  rideau: "curtains", disque: "discs", tambour: "drum", amortisseur: "shock absorbers", filtre: "filter", batterie: "battery",
  pneu: "tyres", vis: "screws", boulon: "bolts", tuyau: "pipes", contreplaque: "plywood", ciment: "cement", verre: "glass",
  jarre: "urn jar", jardiniere: "planter", plat: "platter dish", tasse: "cups mug", theiere: "teapot", lanterne: "lantern",
  miroir: "mirror", plateau: "tray", bol: "bowl", mousseux: "sparkling", petillant: "sparkling",
  // Every product family of the demo catalogs' categories has its everyday French word (checked
  // against the category levels of data/catalogs, not against requests), with the singular or
  // feminine forms buyers write when the plural above does not cover them.
  "st jacques": "scallops", "saint jacques": "scallops", "noix de saint-jacques": "scallops", "noix de st jacques": "scallops",
  "concombre de mer": "sea cucumber", "housses de siege": "seat covers", "housse de siege": "seat covers", "terre cuite": "terracotta",
  "huiles essentielles": "essential oils", "huile essentielle": "essential oil", "eau de fleur d'oranger": "orange blossom water",
  "fleur d'oranger": "orange blossom", "enduit a la chaux": "lime plaster", "shampoing solide": "solid shampoo",
  "morue salee": "salt cod", "cumin noir": "black cumin", "noix de coco": "coconut", "fruits secs": "dried fruit nuts",
  "fruits a coque": "nuts", "ustensiles de cuisine": "cookware", "vin de dessert": "dessert wine", "tole": "sheet metal",
  lavande: "lavender", curcuma: "turmeric", henne: "henna", poudre: "powder", cheveux: "hair", anis: "anise", carvi: "caraway", fenouil: "fennel",
  fenugrec: "fenugreek", nigelle: "nigella", capres: "capers", cameline: "camelina", piment: "chili pepper", piments: "chili pepper",
  cedre: "cedar", bardeaux: "shingles shakes", poutres: "beams", poutre: "beams", toiture: "roofing", biomasse: "biomass",
  baies: "berries", hydromel: "mead", masque: "mask", masques: "masks", gommage: "scrub exfoliant exfoliating",
  tonique: "toner", cire: "wax", soufre: "sulphur", potasse: "potash", complements: "supplements",
  vaisselle: "tableware", chaux: "lime", enduit: "plaster", housse: "cover", housses: "covers", siege: "seat", sieges: "seats",
  autocar: "coach bus", autocars: "coach bus", emulsifiant: "emulsifier", encornet: "squid", encornets: "squid",
  pistache: "pistachios", pistaches: "pistachios", noisette: "hazelnuts", noisettes: "hazelnuts", cacahuete: "peanuts",
  cacahuetes: "peanuts", arachide: "peanuts", grenades: "pomegranate", figue: "figs", epeautre: "spelt",
  amande: "almonds", lentille: "lentils", huitre: "oysters", moule: "mussels", crevette: "shrimp", tomate: "tomatoes",
  fraise: "strawberries", pomme: "apples", poire: "pears", 
  surgelee: "frozen", surgelees: "frozen", congelee: "frozen", congelees: "frozen", fumee: "smoked", fumes: "smoked",
  cuite: "cooked", cuites: "cooked", entiere: "whole", entieres: "whole", blanche: "white", blanches: "white", noire: "black",
  noires: "black", verte: "green", rouges: "red", salee: "salted", decortique: "shelled dehulled", decortiquees: "shelled dehulled",
  decortiques: "shelled dehulled", moulu: "ground", moulue: "ground", concasse: "crushed", confiserie: "confectionery",
  bougie: "candle", bougies: "candles", panier: "basket", paniers: "baskets",
  // Everyday goods outside the demo catalogs: a request for them must be readable to be answered "nothing fits".
  frite: "fries", parquet: "parquet flooring", chene: "oak", massif: "solid", huilee: "oiled", huilees: "oiled", chaise: "chair", fauteuil: "armchair", bureau: "office desk", voiture: "car", camion: "truck",
  ordinateur: "computer", telephone: "phone", jouet: "toys", ampoule: "bulb", gobelet: "cups",
  // Origins name many products ("Moroccan Mint Tea", "Canadian Lobster"): the adjectives in each gender and number.
  marocain: "moroccan", marocaine: "moroccan", marocaines: "moroccan", canadien: "canadian", canadienne: "canadian",
  canadiennes: "canadian", quebecois: "quebec", quebecoise: "quebec", quebecoises: "quebec", tunisien: "tunisian",
  tunisienne: "tunisian", tunisiennes: "tunisian", espagnol: "spanish", espagnole: "spanish", espagnoles: "spanish",
  italien: "italian", italienne: "italian", italiennes: "italian", francais: "french", francaise: "french", francaises: "french",
  grec: "greek", grecque: "greek", grecques: "greek", turc: "turkish", turque: "turkish", turques: "turkish",
};

// Trade abbreviations buyers use.
const ABBREVIATIONS: Record<string, string> = {
  evoo: "extra virgin olive oil", iqf: "individually quick frozen", pvc: "pvc", oem: "original equipment", "t-shirt": "t-shirt tee",
  tshirt: "t-shirt", tee: "t-shirt",
};

// The catalog families' French words join the lexicon (an entry above wins), and every compound
// is also known in the other number ("sweats a capuche", "patate douce").
for (const [fr, en] of Object.entries(CATALOG_FR_EN)) FR_EN[fr] ??= en;
for (const phrase of Object.keys(FR_EN).filter((k) => k.includes(" "))) for (const v of phraseNumberVariants(phrase)) FR_EN[v] ??= FR_EN[phrase]!;

/**
 * The expansion of a trade abbreviation, plural too ("tees", "FCLs"): buyers pluralise them like
 * any noun, and the table lists each once.
 */
export function abbreviation(folded: string): string | null {
  if (Object.hasOwn(ABBREVIATIONS, folded)) return ABBREVIATIONS[folded]!;
  const one = folded.length > 3 && folded.endsWith("s") ? folded.slice(0, -1) : null;
  return one && Object.hasOwn(ABBREVIATIONS, one) ? ABBREVIATIONS[one]! : null;
}

const PHRASES = Object.keys(FR_EN).filter((k) => k.includes(" ")).sort((a, b) => b.length - a.length);

/** The English word for a French trade word (accent-folded; plural, feminine or singular), or null. */
export function translateWord(folded: string): string | null {
  let hit = translations.get(folded);
  if (hit !== undefined) return hit;
  hit = null;
  for (const form of frenchForms(folded)) if (Object.hasOwn(FR_EN, form)) { hit = FR_EN[form]!; break; }
  // The type checks ask for the same catalog words on every request: remembered (bounded, for free text).
  if (translations.size > 50_000) translations.clear();
  translations.set(folded, hit);
  return hit;
}
const translations = new Map<string, string | null>();

const ENGLISH_WORDS = new Set(Object.values(FR_EN).flatMap((v) => v.split(" ")));
/** True when the word is one of the lexicon's English trade words ("coffee", "solar", "panels"). */
export const isEnglishTradeWord = (folded: string): boolean => ENGLISH_WORDS.has(folded);

/** English function words that fold to a French trade word ("the" ← "thé"). */
const ENGLISH_FUNCTION_WORDS = new Set(["the"]);
const FRENCH_FUNCTION_WORDS = new Set("de des du pour avec sans les une aux au et ou".split(" "));
/**
 * True when the text reads as French whatever language it was detected as: a French function word
 * or a French trade word of four letters or more that is not also English ("citrons confits",
 * "zellige bejmat bleu cobalt" are short enough to be taken for English).
 */
export function looksFrench(text: string): boolean {
  const ws = foldText(text).replace(/[’`]/g, "'").split(/[^a-z0-9'-]+/).map((w) => w.replace(/^(?:l|d|qu)'/, ""));
  return ws.some((w) => FRENCH_FUNCTION_WORDS.has(w) || (w.length >= 4 && translateWord(w) !== null && !isEnglishTradeWord(w)));
}

/** The English phrase for a French multi-word trade term at the start of `folded`, if any. */
export function translatePhrase(folded: string): { en: string; length: number } | null {
  const text = folded.replace(/[’`]/g, "'");
  for (const phrase of PHRASES) if (text.startsWith(phrase) && !/[a-z]/.test(text[phrase.length] ?? "")) return { en: FR_EN[phrase]!, length: phrase.length };
  return null;
}

/** The query plus translations of the trade words it contains (each added once). */
export function expandQuery(text: string): string {
  let folded = foldText(text).replace(/[’`]/g, "'");
  const extra = new Set<string>();
  for (const phrase of PHRASES) {
    if (folded.includes(phrase)) {
      extra.add(FR_EN[phrase]!);
      folded = folded.split(phrase).join(" ");
    }
  }
  // "the" is English far more often than it is a folded French "thé": translated only in French text.
  const french = /thé/i.test(text) || looksFrench(text);
  for (const word of folded.split(/[^a-z0-9'-]+/)) {
    const w = word.replace(/^(?:l|d|qu)'/, "");
    if (ENGLISH_FUNCTION_WORDS.has(w) && !french) continue;
    // Plurals too ("bonnets", "gilets"): the lexicon lists most words once.
    const tr = translateWord(w) ?? abbreviation(w);
    if (tr) extra.add(tr);
  }
  // Spanish and Arabic buyers: the shared lexicon's English terms (aceite de argán, زيت الأرغان → argan oil).
  for (const term of englishTerms(text)) extra.add(term);
  return extra.size ? `${text} ${[...extra].join(" ")}` : text;
}

/**
 * The query in the catalog's language: each French trade phrase or word replaced by its English
 * term (not added beside it, as expandQuery does), other words kept, Spanish and Arabic terms
 * added. A title that carries both names ("Culinary Argan Oil (huile d'argan alimentaire)") matches
 * each concept once in this query and once in the buyer's own words, never twice in one.
 */
export function translatedQuery(text: string): string {
  let folded = foldText(text).replace(/[’`]/g, "'");
  for (const phrase of PHRASES) if (folded.includes(phrase)) folded = folded.split(phrase).join(` ${FR_EN[phrase]!} `);
  const french = /thé/i.test(text) || looksFrench(text);
  const out = folded.split(/[^a-z0-9'-]+/).filter(Boolean).map((word) => {
    const w = word.replace(/^(?:l|d|qu)'/, "");
    if (ENGLISH_FUNCTION_WORDS.has(w) && !french) return w;
    // An abbreviation is English too, and titles write it ("IQF"): it stays beside its expansion.
    const abbr = abbreviation(w);
    return translateWord(w) ?? (abbr ? `${w} ${abbr}` : w);
  });
  return [...out, ...englishTerms(text)].join(" ");
}
