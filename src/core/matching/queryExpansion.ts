// Buyers write in French to catalogs written mostly in English (and the reverse). A small trade
// lexicon adds the other language's word for common product terms, plus trade abbreviations,
// so "sirop d'érable bio" also searches "maple syrup organic". General vocabulary of the launch
// markets' goods, not a list of our catalog's titles.
import { foldText } from "../textFold.js";
import { englishTerms } from "../extraction/lexicon.js";

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
  cosmetiques: "cosmetics", cuir: "leather", sac: "bag", sacs: "bags", veste: "jacket", vestes: "jackets", chaussures: "shoes",
  babouches: "slippers", ceinture: "belt", portefeuille: "wallet", coton: "cotton", laine: "wool", lin: "linen", soie: "silk",
  tissu: "fabric", vetements: "clothing", chemise: "shirt", robe: "dress", tapis: "rug", coussin: "cushion", couverture: "blanket",
  serviette: "towel", ceramique: "ceramic", poterie: "pottery", carreaux: "tiles", carrelage: "tiles", assiettes: "plates",
  bols: "bowls", vase: "vase", lampe: "lamp", bois: "wood", granules: "pellets", planches: "boards", meubles: "furniture",
  engrais: "fertilizer", frein: "brake", pneus: "tyres", faisceau: "harness", cablage: "wiring", aluminium: "aluminium",
  acier: "steel", bio: "organic", biologique: "organic", frais: "fresh", fraiches: "fresh", fraiche: "fresh", surgele: "frozen",
  surgeles: "frozen", congele: "frozen", congeles: "frozen", seche: "dried", seches: "dried", sechees: "dried", fume: "smoked",
  cuit: "cooked", cru: "raw", entier: "whole", entiers: "whole", vivant: "live", vivants: "live", noir: "black", blanc: "white",
  vert: "green", vertes: "green", rouge: "red", brodees: "embroidered", brode: "embroidered", femme: "women", homme: "men",
  enfant: "kids", bouteille: "bottle", bouteilles: "bottles", vrac: "bulk", baril: "barrel", fut: "drum", bidon: "tin", bocal: "jar",
  tajine: "tagine", tajines: "tagines", cuisson: "cooking", emaille: "glazed", emailles: "glazed", moyen: "medium", moyenne: "medium",
  grand: "large", grande: "large", petit: "small", petite: "small", bleu: "blue", jaune: "yellow", gris: "grey",
  futs: "drums", barils: "barrels", bidons: "tins", seau: "pail", seaux: "pails", pot: "jar", pots: "jars", pain: "bar", pains: "bars",
  boite: "box", boites: "boxes", granule: "pellet", plaquette: "pad", plaquettes: "pads",
  filaments: "threads", calibre: "size", paires: "pairs", cajou: "cashew", panneaux: "panels", solaires: "solar",
  vierge: "virgin", grignons: "pomace", friture: "frying", serigraphie: "screen print", taille: "size", haute: "high",
  delavage: "wash", sections: "sections", casher: "kosher", equitable: "fairtrade", dur: "durum",
};

// Trade abbreviations buyers use.
const ABBREVIATIONS: Record<string, string> = {
  evoo: "extra virgin olive oil", iqf: "individually quick frozen", pvc: "pvc", oem: "original equipment", "t-shirt": "t-shirt tee",
  tshirt: "t-shirt", tee: "t-shirt",
};

const PHRASES = Object.keys(FR_EN).filter((k) => k.includes(" ")).sort((a, b) => b.length - a.length);

/** The English word for a French trade word (accent-folded, singular or plural), or null. */
export function translateWord(folded: string): string | null {
  return FR_EN[folded] ?? (/[sx]$/.test(folded) ? FR_EN[folded.slice(0, -1)] : undefined) ?? null;
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
  for (const word of folded.split(/[^a-z0-9'-]+/)) {
    const w = word.replace(/^(?:l|d|qu)'/, "");
    const tr = FR_EN[w] ?? ABBREVIATIONS[w];
    if (tr) extra.add(tr);
  }
  // Spanish and Arabic buyers: the shared lexicon's English terms (aceite de argán, زيت الأرغان → argan oil).
  for (const term of englishTerms(text)) extra.add(term);
  return extra.size ? `${text} ${[...extra].join(" ")}` : text;
}
