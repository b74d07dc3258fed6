// French words for the product families of the demo catalogs, and the French word forms buyers
// write. The trade lexicon (queryExpansion.ts) grew from the words of the dev sets' requests, so a
// new French wording missed it. This list was made the other way round: every product-type word the
// catalogs' category levels and title heads yield (productTypes over data/catalogs/*.csv), and the
// spec words their titles use (colours, cuts, states, sizes), given its everyday French name. Words
// spelled alike in both languages (paprika, couscous, zellige) need no entry: the catalog has them.
// A key must not be an English word too ("body", "short", "support", "marine"): English requests
// would be "translated" as well.

/** French (accent-folded, as buyers write it) → English words of the catalogs. */
export const CATALOG_FR_EN: Record<string, string> = {
  // Cosmetics and hammam.
  soin: "care", soins: "care", baume: "balm", nettoyant: "cleanser", "creme solaire": "sunscreen", "ecran solaire": "sunscreen",
  "bombe de bain": "bath bomb", bain: "bath", "savon a barbe": "shaving soap", barbe: "beard", levres: "lip", "baume a levres": "lip balm",
  argile: "clay", exfoliant: "exfoliant scrub", "huile de massage": "massage oil", hydrolat: "hydrosol", "hydrolat de fleurs de bigaradier": "orange blossom water", "hydrosol de fleurs de bigaradier": "orange blossom water",
  "fleurs de bigaradier": "orange blossom", "raquettes de figuier de barbarie": "prickly pear cladode", "raquette de figuier de barbarie": "prickly pear cladode", "eau florale": "flower water",
  "huile seche": "dry oil", "apres-shampoing": "conditioner", "apres shampoing": "conditioner", revitalisant: "conditioner",
  capillaire: "hair", visage: "face facial", corps: "body", "creme pour les mains": "hand cream", "creme mains": "hand cream",
  ongles: "nail", petale: "petals", "boutons de rose": "rose buds", "gant de kessa": "kessa glove", "beurre de karite": "shea butter",
  karite: "shea", "beurre corporel": "body butter", "lait corporel": "body lotion",
  // Food families.
  edulcorant: "sweetener", boisson: "beverage drink", herbes: "herbs", "herbes aromatiques": "herbs", "pate a tartiner": "spread",
  tartinade: "spread", melange: "blend mix", legumineuses: "pulses", "legumes secs": "pulses", filet: "fillet net", filets: "fillets nets",
  "produits laitiers": "dairy", laitier: "dairy", canneberge: "cranberries", myrtille: "blueberries", bleuet: "blueberries",
  oleagineux: "oilseeds", feuille: "leaves", feuilles: "leaves", bonbon: "candy", bonbons: "candy", sucette: "lollipop",
  "tire d'erable": "maple taffy", pate: "paste", proteine: "protein", tourteau: "meal cake", "aliment pour animaux": "feed",
  flocon: "flakes", concentre: "concentrate", queue: "tail", queues: "tails", amandon: "kernels", noyau: "kernel",
  "graines de lin": "flaxseed", morceau: "chunks", thym: "thyme", verveine: "verbena", jujubier: "jujube",
  "vendanges tardives": "late harvest", tardive: "late", "oeufs de saumon": "salmon roe", "oeufs de poisson": "roe", rogue: "roe",
  darne: "steak", aiglefin: "haddock", eglefin: "haddock", goberge: "pollock", "lieu noir": "pollock", sebaste: "redfish",
  "morue charbonniere": "sablefish black cod", capelan: "capelin", bulot: "whelk", buccin: "whelk", pieuvre: "octopus",
  panope: "geoduck", "crabe dormeur": "dungeness crab", coquillage: "shellfish", coquillages: "shellfish", praire: "quahog clams",
  "poisson blanc": "whitefish", "lentilles corail": "red lentils", corail: "coral red", feverole: "faba beans",
  isolat: "isolate", "ble dur": "durum wheat", alpiste: "canary seed", "gelee royale": "royal jelly", gelee: "jelly",
  "rayon de miel": "honeycomb", "cire d'abeille": "beeswax", abeille: "bee", lavande: "lavender", caroube: "carob", caroubier: "carob",
  euphorbe: "euphorbia", "fromage en grains": "cheese curds", chevre: "goat", "fromage frais": "fresh cheese",
  "barbe a papa": "cotton candy", perle: "pearls", mout: "must", "vin de fruits": "fruit wine", "the noir": "black tea",
  "tomates cerises": "cherry tomatoes", "tomate cerise": "cherry tomatoes", "haricots verts": "green beans", "haricots filets": "green beans", "pois casses": "split peas", "farine de poisson": "fish meal", randonnee: "hiking", "pomme de terre": "potatoes",
  "oranges a jus": "juicing oranges", "fines herbes": "herbs", "piment fort": "hot chili", "melange d'epices": "spice mix",
  assaisonnement: "seasoning", colorant: "colouring", "menthe poivree": "peppermint", "menthe verte": "spearmint", romarin: "rosemary",
  sauge: "sage", origan: "oregano", camomille: "chamomile", armoise: "wormwood", pouliot: "pennyroyal", marjolaine: "marjoram",
  "the a la menthe": "mint tea", "pate de dattes": "date paste", "sirop de dattes": "date syrup", fourre: "stuffed",
  cassees: "cracked", casse: "cracked", denoyaute: "pitted", tranche: "sliced", farci: "stuffed", "pate d'olive": "olive paste",
  olivier: "olive", stigmate: "threads", pistil: "threads stigmas", bulbe: "corms bulbs", rillettes: "pate",
  // Fertilisers, timber, car and aircraft parts.
  uree: "urea", sulfate: "sulphate", "sulfate d'ammonium": "ammonium sulphate", "chlorure de potassium": "muriate of potash",
  "acide phosphorique": "phosphoric acid", acide: "acid", "phosphate naturel": "phosphate rock", "enrichi au zinc": "zinc fortified", "enrichi en zinc": "zinc fortified",
  "bois d'oeuvre": "lumber", "bois de charpente": "lumber timber", charpente: "timber", "lamelle-colle": "glulam", "lamelle colle": "glulam",
  bardage: "siding", "lames de terrasse": "decking", terrasse: "decking", "granules de bois": "wood pellets", litiere: "bedding",
  buche: "logs", sapin: "fir", epicea: "spruce", garniture: "linings", "faisceau electrique": "wiring harness",
  electrique: "electrical", electriques: "electrical", moteur: "engine motor", balle: "bale", balles: "bales", portiere: "door", porte: "door", volant: "steering wheel", "appui-tete": "headrest",
  habitacle: "cabin", capteur: "sensor", attelage: "hitch", "faisceau d'attelage": "hitch wiring kit", "faisceaux d'attelage": "hitch wiring kit", "cables de batterie": "battery cable",
  "cable de batterie": "battery cable", "tresse de masse": "ground strap", "tresses de masse": "ground strap", remorque: "trailer", usine: "machined", usinee: "machined",
  equerre: "angle", titane: "titanium", "nid d'abeille": "honeycomb", outillage: "tooling", bague: "bushings", nervure: "ribs",
  "petite serie": "low-volume", "apres-vente": "aftermarket", "apres vente": "aftermarket", "sur mesure": "custom",
  "marque blanche": "private label", "marque de distributeur": "private label",
  // Clothing, leather and footwear.
  "tee-shirt": "t-shirt", debardeur: "tank top", "sweat-shirt": "sweatshirt", sweat: "sweatshirt", capuche: "hoodie",
  molleton: "fleece", molletonne: "fleece brushed", jogging: "joggers", "pantalon de jogging": "joggers", "body bebe": "baby bodysuit",
  grenouillere: "onesie bodysuit", bebe: "baby", pyjama: "pyjama", manche: "sleeve", "manches longues": "long-sleeve",
  "col v": "v-neck", "col rond": "crew neck", salopette: "dungarees overalls", "veste en jean": "denim jacket", surchemise: "overshirt",
  "robe chemise": "shirt dress", cabas: "tote", sacoche: "messenger bag", bandouliere: "crossbody", "porte-documents": "briefcase",
  cartable: "satchel", "sac de voyage": "weekender duffle bag", "sac seau": "bucket bag", "porte-cartes": "card holder",
  "porte-passeport": "passport holder", "porte-cles": "key rings", etui: "sleeve case", "collier pour chien": "dog collar", collier: "collar", chien: "dog", laisse: "leash", "cuir de bride": "bridle leather",
  carnet: "notebook", sangle: "strap", mocassin: "moccasins", aviateur: "aviator", motard: "biker", daim: "suede",
  "peau lainee": "shearling", "mouton retourne": "shearling", chaussons: "slippers",
  // Québec French names the same goods otherwise (an unknown head word can now prove a product
  // missing, so a regional name the lexicon lacks would wrongly say "nothing fits"). "Bas" alone is
  // also "low": only its compounds are read as socks.
  tuque: "toque beanie", mitaine: "mittens", "bas de laine": "wool socks", "bas en laine": "wool socks",
  "bas de randonnee": "hiking socks", "bas de sport": "socks", capuchon: "hoodie", "coton ouate": "fleece sweatshirt",
  camisole: "tank top", soulier: "shoes footwear", breuvage: "beverage drink", "casse-croute": "snack", patate: "potatoes",
  poche: "bag sack", "ble d'inde": "corn", "fromage en crottes": "cheese curds",
  // Ceramics and tiles.
  "assiette plate": "dinner plate", "assiette a dessert": "dessert plate", saladier: "salad bowl", "plat de service": "serving platter",
  mosaique: "mosaic", fontaine: "fountain", vasque: "sink basin", lavabo: "sink basin", evier: "sink", poignee: "knobs handle",
  "bouton de porte": "door knobs", "porte-savon": "soap dish", cruche: "jug", carafe: "jug", "verres a the": "tea glasses",
  "service de table": "dinnerware tableware", ecaille: "fish scale", bordure: "trim edge",
  // Spec words of the titles: colours and shades, cuts and states, sizes and series.
  couleur: "colour", coloris: "colour", anthracite: "charcoal", ecru: "ecru natural undyed", "non teint": "undyed natural",
  "non teinte": "undyed natural", teint: "dyed", emeraude: "emerald", ocre: "ochre", rouille: "rust",
  "bleu marine": "navy blue", "blanc casse": "off-white", marron: "brown", "marron fonce": "dark brown", brun: "brown", fonce: "dark",
  clair: "light", "sans plomb": "lead-free", peau: "skin", "sans peau": "skinless", arete: "bones", "sans aretes": "boneless",
  etete: "headed", vide: "gutted", "etete vide": "h&g headed gutted", "non sucre": "unsweetened", sucree: "sweetened",
  lyophilise: "freeze-dried", granulee: "granular", granulees: "granular", sucres: "sweetened", sucrees: "sweetened",
  "en grappe": "on the vine", grappe: "cluster vine", "avec feuilles": "leafy", ouvert: "open", roux: "brown", canne: "cane",
  barquette: "punnets trays", fumage: "smoking", cerisier: "cherry", pommier: "apple", aulne: "alder", noyer: "walnut", demi: "half", coquille: "shell", grammage: "gsm", sec: "dry", sel: "salt",
  // French names the catalog titles give in brackets or after a slash ("Fresh Cranberries (atocas frais)").
  atoca: "cranberries", pommeau: "mistelle", "cidre de feu": "fire cider", arganier: "argan tree", desodorise: "deodorized",
  pimente: "chili spicy", millesime: "vintage", "semi-conserve": "semi-preserve",
  // Category words of the catalogs.
  // A "maille" is any knitted fabric: the titles name the knit ("Polo Shirt, piqué", "brushed fleece").
  cadeau: "gift", coffret: "gift box set", maille: "knitwear knit pique jersey fleece", accessoire: "accessories", "vetements de nuit": "nightwear",
  "salle de bain": "bathroom", "salles de bains": "bathroom", extrait: "extracts", brut: "crude raw", raffine: "refined",
  "presse a froid": "cold-pressed", azote: "nitrogen", "sans gluten": "gluten-free", industriel: "industrial", prepare: "prepared",
  "graines pour oiseaux": "birdseed", produit: "products", ensemble: "sets", compose: "compounds", "sweats": "sweatshirt sweatwear",
  // Title words of the catalogs (the remaining product and process words of productTypes over them).
  primeurs: "produce", "fruits et legumes": "produce", "matiere premiere": "raw material", interieur: "interior",
  mouture: "milling", boulangerie: "bakery", patisserie: "pastry bakery", longe: "loin", pince: "claw",
  bouchee: "nugget", exterieur: "outdoor", decoration: "decor", finition: "finish", brume: "mist", traitement: "treatment",
  vitamine: "vitamin", carenage: "fairing", attache: "clip", echantillon: "sample", "sous-traitance": "subcontracting",
  cultive: "cultivated", raffinage: "refining", arome: "flavouring", absolue: "absolute", degraisse: "defatted",
  culinaire: "culinary", lecithine: "lecithin", coeur: "hearts", assorti: "assorted",
  plomb: "lead", toit: "roof", technique: "technical", enrichi: "enriched", cristal: "crystals", palet: "puck", palette: "pallet", palettes: "pallets",
  boucle: "curly", gras: "oily", pommade: "salve", aseptique: "aseptic", atomise: "spray-dried", bouquet: "bunch",
  // Goods outside the catalogs that buyers ask for: readable, so a "nothing fits" can be told.
  securite: "safety", agave: "agave", quinoa: "quinoa", manioc: "cassava", vanille: "vanilla", gres: "stoneware porcelain",
  "clou de girofle": "cloves", girofle: "clove", cardamome: "cardamom", muscade: "nutmeg", "noix de muscade": "nutmeg",
  "anis etoile": "star anise", badiane: "star anise", mozzarella: "mozzarella", parmesan: "parmesan", emmental: "emmental",
  feta: "feta", ricotta: "ricotta", yaourt: "yogurt", pepin: "seed pip", courge: "pumpkin squash", potiron: "pumpkin", citrouille: "pumpkin", platre: "plaster", "plaque de platre": "plasterboard",
  brique: "bricks", parpaing: "concrete blocks", tuile: "roof tiles", "bougie d'allumage": "spark plugs", courroie: "belt",
  // Materials a buyer names beside the product ("carreaux en porcelaine", "évier en inox"): readable,
  // so a material no product of the kind is made of counts as missing, as it does in English.
  porcelaine: "porcelain", inox: "stainless", marbre: "marble", laiton: "brass", cuivre: "copper", rotin: "rattan", osier: "wicker",
  // The catalog titles' own type and spec words still without a French route (listed from
  // productTypes and the name words of every title of data/catalogs; words French spells alike —
  // infusion, sauce, rotor, mug, pouf, airbag — need none).
  assemblage: "assembly", raccord: "fitting fittings", ferrure: "fitting", carter: "housing", boitier: "housing",
  soupe: "soup", potage: "soup", bouillon: "stock broth", "son d'avoine": "oat bran", "son de ble": "wheat bran",
  "soin de la peau": "skincare", "soins de la peau": "skincare", metallique: "metallic", "semi-metallique": "semi-metallic",
  "semi metallique": "semi-metallic", forme: "shape", "fait main": "handmade", "faits main": "handmade", "faite main": "handmade",
  "faites main": "handmade", "fait a la main": "handmade", "faits a la main": "handmade", artisanal: "handmade artisanal",
  pur: "pure", ambre: "amber", froid: "cold", lourd: "heavy", "usage intensif": "heavy duty", robuste: "heavy duty",
  droit: "straight", "jambe large": "wide leg", "jambes larges": "wide leg", evase: "flare", recycle: "recycled",
  peint: "painted", "peint a la main": "hand-painted", fouette: "whipped", infuse: "infused", affine: "aged", vieilli: "aged",
  "sans parfum": "unscented", "non parfume": "unscented", enrobe: "coated", presse: "pressed", rond: "round", decoratif: "decorative",
  traditionnel: "traditional", pele: "peeled", epluche: "peeled", elevage: "farmed", "bois dur": "hardwood", feuillus: "hardwood",
  cremeux: "creamed creamy", jambe: "leg", scolaire: "school", jardin: "garden", couvercle: "lid", chargeur: "charger",
  "petit dejeuner": "breakfast", "petit-dejeuner": "breakfast", hiver: "winter", liquide: "liquid", ortie: "nettle", bouleau: "birch",
  "noix de pecan": "pecans", pacane: "pecans", cerneaux: "halves", "non pasteurise": "unpasteurised", "ordinateur portable": "laptop",
  "haute tension": "high voltage", tension: "voltage", "toutes fleurs": "wildflower", "mille fleurs": "wildflower",
  // Names a product-name battery found unread (buyers' names for catalog products, written from the
  // catalogs alone).
  "shampooing en barre": "shampoo bar", "shampooing solide": "shampoo bar", minerale: "mineral", minerales: "mineral",
  "boules de bain": "bath bombs", "boule de bain": "bath bomb", "vin de glace": "icewine", "vins de glace": "icewine", trefle: "clover",
  "cache-couche": "onesie bodysuit", "cache-couches": "onesie bodysuit", "cache couche": "onesie bodysuit",
  kangourou: "hoodie", kangourous: "hoodie", chandail: "sweater", chandails: "sweater", besace: "crossbody bag", besaces: "crossbody bag",
  tomette: "terracotta tiles", tomettes: "terracotta tiles", bissap: "hibiscus", "the marocain": "moroccan mint tea",
  "melon d'eau": "watermelon", "melons d'eau": "watermelon", "housse de volant": "steering wheel wrap", "housses de volant": "steering wheel wrap",
  usinage: "machined",
};

// French function words: never pluralised inside a compound ("pots de fleurs" keeps "de fleurs").
const LINKS = new Set("de d' du des a au aux en la le les l' pour avec sans sur".split(" "));

/**
 * The forms a French word may stand for in the lexicon, the word itself first: singular of a plural
 * (-s, -x, -eaux, -aux), masculine of a feminine (-ée, -euse, -ive, -elle, -enne, -ette, -e), and the
 * plural when the lexicon lists a word only so ("datte" → dattes). "séchées", "moulue", "dorées",
 * "bulots", "vasques" all reach the one entry.
 */
export function frenchForms(folded: string): string[] {
  const out: string[] = [folded];
  const add = (x: string) => { if (x.length >= 3 && !out.includes(x)) out.push(x); };
  let base = folded;
  if (base.length > 4 && base.endsWith("eaux")) base = base.slice(0, -1);
  else if (base.length > 4 && base.endsWith("aux")) { add(base.slice(0, -1)); base = `${base.slice(0, -3)}al`; }
  else if (base.length > 3 && /[sx]$/.test(base)) base = base.slice(0, -1);
  add(base);
  const feminine: [RegExp, string][] = [[/ee$/, "e"], [/euse$/, "eux"], [/ive$/, "if"], [/elle$/, "el"], [/enne$/, "en"], [/ette$/, "et"], [/ere$/, "er"], [/e$/, ""]];
  for (const [re, to] of feminine) if (base.length > 4 && re.test(base)) { add(base.replace(re, to)); break; }
  add(`${folded}s`);
  return out;
}

/**
 * The number variants of a multi-word lexicon entry: its head words (before the first linking word)
 * in the plural and in the singular — "sweat a capuche" ↔ "sweats a capuche", "patates douces" ↔
 * "patate douce" — so that a compound is found whichever number the buyer writes.
 */
export function phraseNumberVariants(phrase: string): string[] {
  const ws = phrase.split(" ");
  const link = ws.findIndex((w) => LINKS.has(w) || w.includes("'"));
  const headEnd = link === -1 ? ws.length : link;
  if (headEnd === 0) return [];
  const plural = (w: string) => (/[sxz]$/.test(w) ? w : w.endsWith("eau") ? `${w}x` : `${w}s`);
  const singularOf = (w: string) => (w.endsWith("eaux") ? w.slice(0, -1) : w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w);
  const variant = (f: (w: string) => string) => [...ws.slice(0, headEnd).map(f), ...ws.slice(headEnd)].join(" ");
  // "sacs seau", "patates douces": a noun-noun compound pluralises its first word only, an adjective agrees.
  const first = (f: (w: string) => string) => [f(ws[0]!), ...ws.slice(1)].join(" ");
  return [...new Set([variant(plural), variant(singularOf), first(plural), first(singularOf)])].filter((v) => v !== phrase);
}
