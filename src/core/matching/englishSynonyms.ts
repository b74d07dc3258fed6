// Other English names buyers use for the products of the catalogs' families: US and UK words
// ("zucchini" for courgettes, "rotors" for brake discs), the trade English of India, Australia, Africa and
// Canada ("besan", "capsicum", "baby marrow", "ute"), trade jargon ("easy peelers", "cls timber") and the
// generic use of brand names ("chapstick", "craisins", "lycra"), each mapped to the words the catalogs use.
// Made from the catalogs' product terms (every family of data/catalogs/*.csv and the English trade terms
// of the shared lexicon), not from requests. Rules:
// - A value is the catalogs' own word or phrase for the product: each of its words appears in their
//   titles, categories or descriptions. A value is one name: a second noun would read as the first's
//   modifier ("mandarins clementines": clementines of a mandarin kind), and "easy peelers" are clementines.
// - Only true synonyms: a regional, trade or brand-generic name of the same product. A product the
//   catalogs lack is not mapped to a neighbour ("cashews" is not "almonds", African black soap is not
//   savon noir, "eggplant" and "rugs" have no entry).
// - A key that commonly means something else in a request is only a phrase: "ocean perch", not "perch";
//   "dog lead", not "lead"; "stoned olives", not "stoned"; "wiring loom", not "loom".
// - Keys are lower-case and accent-free, and unique; no key equals its value. Singular and plural are
//   both listed only where they differ by more than a final "s".

/** A buyer's English word or phrase (lower-case, no accents) → the catalog's word(s) for it. */
export const TRADE_SYNONYMS: Record<string, string> = {
  // Pulses, oilseeds and their flours: US, UK and Indian trade names ('garbanzo', 'besan', 'masoor', 'rapeseed').
  garbanzo: "chickpeas", "garbanzo beans": "chickpeas", "chick peas": "chickpeas", chana: "chickpeas", "kabuli chana": "kabuli chickpeas",
  "kala chana": "desi chickpeas", "bengal gram": "desi chickpeas", "gram flour": "chickpea flour", masoor: "red lentils",
  "masoor dal": "red lentils", "puy lentils": "french green lentils", "fava beans": "faba beans", "broad beans": "faba beans",
  "horse beans": "faba beans", "field beans": "faba beans", linseed: "flaxseed", "flax seed": "flaxseed",
  "ground flaxseed": "milled golden flax", "milled flaxseed": "milled golden flax", rapeseed: "canola", "rapeseed oil": "canola oil",
  "oilseed rape": "canola", "rapeseed meal": "canola meal", "shelled hemp seeds": "hulled hemp seeds", "canary grass seed": "canary seed",
  "bird seed": "birdseed", "indian mustard": "brown mustard seed", "white mustard": "yellow mustard seed", "dry mustard": "mustard powder",
  "ground mustard": "mustard powder", "false flax": "camelina", groundnuts: "peanuts", gingelly: "sesame", "benne seeds": "sesame seed",
  // Grains, semolina, pasta and couscous.
  maize: "corn", sooji: "semolina", suji: "semolina", rava: "semolina", "wholemeal couscous": "whole wheat couscous",
  "wholegrain couscous": "whole wheat couscous", "instant couscous": "quick-cook couscous", "israeli couscous": "pearl couscous",
  "giant couscous": "pearl couscous", "cous cous": "couscous", lasagna: "lasagne", risoni: "orzo", seviyan: "vermicelli",
  // Oils: olive, argan, prickly pear (cactus) seed, frying oil.
  "pure olive oil": "refined olive oil", "light olive oil": "refined olive oil", "olive residue oil": "olive pomace oil",
  "moroccan oil": "argan oil", "argania spinosa": "argan oil", "argan almonds": "argan kernels", "argan cake": "argan press cake",
  "cactus oil": "prickly pear seed oil", "barbary fig seed oil": "prickly pear seed oil", "opuntia oil": "prickly pear seed oil",
  "prickly pear oil": "prickly pear seed oil", "deep frying oil": "frying oil",
  // Spices, herbs and teas: UK and Indian names ('chilli', 'jeera', 'kalonji'), US 'cilantro', UK 'camomile'.
  chilli: "chili", chillies: "chili", chilies: "chili", pimenton: "paprika", jeera: "cumin", dhania: "coriander", cilantro: "coriander",
  "flat-leaf parsley": "flat parsley", "italian parsley": "flat parsley", methi: "fenugreek", saunf: "fennel seed", aniseed: "anise seed",
  haldi: "turmeric", curcuma: "turmeric", kesar: "saffron", "saffron strands": "saffron threads", kalonji: "nigella",
  "black seed": "nigella", "black onion seeds": "nigella", "black peppercorns": "black pepper", "ras al hanout": "ras el hanout",
  charmoula: "chermoula", camomile: "chamomile", roselle: "hibiscus", "jamaica flowers": "hibiscus", "nana mint": "spearmint",
  "herbal tea": "herbal infusion", redbush: "rooibos", "redbush tea": "rooibos", teaberry: "wintergreen",
  checkerberry: "wintergreen", "pinhead tea": "gunpowder green tea", "chun mee": "chunmee", chunmei: "chunmee", teabags: "tea bags",
  // Flower waters, hydrosols and the rose oil.
  "orange flower water": "orange blossom water", "neroli water": "orange blossom water", "orange flower": "orange blossom",
  rosewater: "rose water", "rose otto": "rose essential oil", "attar of roses": "rose essential oil", hydrolat: "hydrosol",
  hydrolate: "hydrosol", "floral water": "flower water",
  // Dates, honey, bee products and maple.
  "ziziphus honey": "sidr honey", mejhoul: "medjool", medjoul: "medjool", "date molasses": "date syrup", "date honey": "date syrup",
  silan: "date syrup", "date puree": "date paste", "spun honey": "creamed honey", "whipped honey": "creamed honey",
  "set honey": "creamed honey", "crystallized honey": "creamed honey", "comb honey": "honeycomb", "honey comb": "honeycomb",
  "polyfloral honey": "wildflower honey", "multifloral honey": "wildflower honey", "bees wax": "beeswax", "cera alba": "beeswax",
  "maple spread": "maple butter", "creamed maple": "maple butter", "whipped maple": "maple butter", "sugar on snow": "maple taffy", "maple toffee": "maple taffy",
  "grade b maple syrup": "dark robust maple syrup",
  // Fish and seafood: the market names of the species and cuts the catalogs sell ('ocean perch', not 'perch').
  "cupped oysters": "pacific oysters", "ocean perch": "redfish", "titus fish": "mackerel", titus: "mackerel", rosefish: "redfish", "greenland turbot": "greenland halibut",
  "black halibut": "greenland halibut", coley: "pollock", saithe: "pollock", codfish: "cod", bacalao: "salt cod", bacalhau: "salt cod",
  baccala: "salt cod", saltfish: "salt cod", "dog salmon": "chum salmon", "humpback salmon": "pink salmon", "red salmon": "sockeye salmon",
  "silver salmon": "coho salmon", silvers: "coho salmon", humpies: "pink salmon", "salmon caviar": "salmon roe", "smelt roe": "capelin roe", "red caviar": "salmon roe", "indian candy": "salmon candy",
  caplin: "capelin", prawns: "shrimp", "cold-water prawns": "northern shrimp", "american lobster": "canadian lobster",
  "maine lobster": "canadian lobster", "queen crab": "snow crab", "opilio crab": "snow crab", crabmeat: "crab meat",
  "snow crab legs": "snow crab clusters", quahaug: "quahog", "hard clams": "quahog clams", vongole: "clams",
  "beche-de-mer": "sea cucumber", trepang: "sea cucumber", calamari: "squid", pilchards: "sardines", fishmeal: "fish meal",
  "white fish": "whitefish", tinned: "canned",
  // Fresh produce: US, UK, Australian, Indian and South African names; 'easy peelers' are clementines.
  zucchini: "courgettes", "baby marrow": "courgettes", "bell peppers": "sweet peppers", capsicum: "sweet peppers",
  "french beans": "green beans", "string beans": "green beans", "snap beans": "green beans", "haricot verts": "haricots verts",
  "english peas": "garden peas", "shelling peas": "garden peas", kumara: "sweet potatoes", "truss tomatoes": "tomatoes on the vine",
  "tomatoes on the truss": "tomatoes on the vine", "beefsteak tomatoes": "beef tomatoes", "grape tomatoes": "plum cherry tomatoes",
  "campari tomatoes": "cocktail tomatoes", "baby cucumbers": "mini snack cucumbers", "lebanese cucumbers": "mini snack cucumbers",
  "persian cucumbers": "mini snack cucumbers", "easy peelers": "clementines", "soft citrus": "clementines",
  tangerines: "mandarins", cuties: "clementines", "w murcott": "nadorcott mandarins", "valencia oranges": "maroc late oranges",
  "juice oranges": "juicing oranges", "red oranges": "blood oranges", "avocado pear": "avocados", "alligator pear": "avocados",
  "butter fruit": "avocados", "haas avocados": "hass avocados", "cactus pear": "prickly pears", "barbary fig": "prickly pears",
  "indian fig": "prickly pears", nopales: "nopal", seaberry: "sea buckthorn", honeyberry: "haskap",
  craisins: "sweetened dried cranberries",
  // Dairy: UK and US words for aged cheddar, goat cheese and curds.
  "squeaky cheese": "cheese curds", "goat's cheese": "goat cheese", "mature cheddar": "aged cheddar", "vintage cheddar": "aged cheddar",
  "sharp cheddar": "aged cheddar", "trappist cheese": "monastery-style cheese", "unpasteurised cheese": "raw-milk farmhouse cheese",
  // Wine, cider and vinegar: the grapes as Australia, South Africa and Italy name them; US 'hard cider'.
  eiswein: "icewine", "ice wine": "icewine", spatlese: "late harvest", "pudding wine": "dessert wine", stickies: "dessert wine",
  "blush wine": "rose wine", "methode champenoise": "traditional method", "champagne method": "traditional method", bubbly: "sparkling",
  shiraz: "syrah", "pinot grigio": "pinot gris", "pinot bianco": "pinot blanc", moscato: "muscat", carignane: "carignan",
  cinsaut: "cinsault", gewurz: "gewurztraminer", "hard cider": "cider", acv: "apple cider vinegar", rcgm: "grape must concentrate",
  // Confectionery, bakery, olives and preserves.
  "candy floss": "cotton candy", "fairy floss": "cotton candy", lollypop: "lollipops", sweets: "candy", biscuits: "cookies",
  "fruit preserves": "jam", "ripe olives": "black olives oxidised", oxidized: "oxidised", "stoned olives": "pitted olives",
  destoned: "pitted", pimiento: "pimento", "pickled lemons": "preserved lemons",
  // Cosmetics, hammam and private label: brand-generic names ('chapstick'), UK and US words, INCI names.
  "anti-aging": "anti-ageing", hamam: "hammam", chapstick: "lip balm", "lip salve": "lip balm", "lip stain": "lip tint", "cheek stain": "cheek tint", moisturizer: "face cream",
  moisturiser: "face cream", "hand lotion": "hand cream", "body milk": "body lotion", sunblock: "sunscreen", "sun cream": "sunscreen",
  suncream: "sunscreen", "sun lotion": "sunscreen", "face wash": "cleanser", "skin tonic": "toner", "face tonic": "toner",
  "face mist": "facial mist", "mud mask": "clay mask", "body polish": "body scrub", exfoliator: "exfoliant scrub", kese: "kessa glove",
  "hammam glove": "kessa glove", rassoul: "rhassoul", "lava clay": "rhassoul clay", "beldi soap": "black soap",
  "castile soap": "olive oil soap", "marseille soap": "olive oil soap", "bar soap": "soap bar", "hotel soap": "hotel amenity soap",
  "cream rinse": "conditioner", "hair masque": "hair mask", "deep conditioner": "hair mask", deo: "deodorant",
  "bath fizzers": "bath bombs", "shave soap": "shaving soap", mehndi: "henna", mehendi: "henna", peshtemal: "hammam towel",
  "turkish towel": "hammam towel", "scrub mitt": "exfoliating glove", "exfoliating mitt": "exfoliating glove", "bath mitt": "exfoliating glove", "white label": "private label", "own label": "private label", "own brand": "private label",
  "store brand": "private label",
  // Ceramics, tiles, tagines and home decor (spellings of zellige; UK 'pouffe', US 'hassock').
  "terra cotta": "terracotta", crockery: "tableware", dishware: "dinnerware", "dinner set": "dinnerware set",
  "dinner service": "dinnerware set", tajine: "tagine", "tea pot": "teapot", "plant pot": "planter", flowerpot: "flower pot",
  "cabinet knobs": "knobs", "drawer knobs": "knobs", washbasin: "wash basin", "wash bowl": "wash basin", "vessel sink": "sink basin", "countertop basin": "wash basin", "vanity bowl": "wash basin", "vanity basin": "wash basin", "soap holder": "soap dish", pitcher: "jug",
  zellij: "zellige", zelij: "zellige", pouffe: "pouf", hassock: "pouf",
  // Leather goods and footwear ('perfecto' and 'moto jacket' are the biker jacket; UK 'holdall', 'rucksack').
  "moroccan slippers": "babouches", balgha: "babouches", holdall: "weekender duffle bag", duffel: "duffle",
  "overnight bag": "weekender bag", rucksack: "backpack", knapsack: "backpack", "attache case": "briefcase", "shopper bag": "tote bag",
  billfold: "wallet", "card case": "card holder", cardholder: "card holder", "passport wallet": "passport holder",
  "key chain": "key rings", keychain: "key rings", keyring: "key rings", "key fob": "key rings", "laptop case": "laptop sleeve",
  "dog lead": "leash", perfecto: "biker jacket", "moto jacket": "biker jacket", "motorcycle jacket": "biker jacket",
  "flight jacket": "bomber jacket", "sheepskin jacket": "shearling jacket", "leather pants": "leather trousers",
  "faux leather": "leatherette", pleather: "leatherette", "pu leather": "leatherette",
  // Clothing: knitwear, tees, sweatwear, nightwear, baby wear and denim; brand-generic 'lycra' is elastane.
  "carpenter trousers": "carpenter pants", spandex: "elastane", lycra: "elastane", pullover: "sweater",
  "woolly hat": "beanie", "knit cap": "beanie", "bobble hat": "toque pom-pom", "trekking socks": "hiking socks",
  "boot socks": "hiking socks", thermals: "base layer", tee: "t-shirt", "tee shirt": "t-shirt", tshirt: "t-shirt", singlet: "tank top",
  "golf shirt": "polo shirt", "hooded sweatshirt": "hoodie", hoody: "hoodie", "full-zip hoodie": "zip hoodie",
  "crew sweat": "crewneck sweatshirt", sweatpants: "joggers", "jogging bottoms": "joggers", "track pants": "joggers", trackies: "joggers",
  "tracksuit bottoms": "joggers", pajama: "pyjama", pjs: "pyjama", sleepwear: "nightwear", "baby vest": "baby bodysuit",
  "baby creeper": "baby bodysuit", babygrow: "baby onesie", denims: "jeans", "jean jacket": "denim jacket", "jean shorts": "denim shorts",
  "jean skirt": "denim skirt", selvage: "selvedge", shacket: "overshirt", "chore jacket": "chore coat", ladies: "women",
  // Timber, panels and wood fuels: US 'two-by-four', UK and Australian '4x2', 'weatherboard', 'oregon pine'.
  "two-by-four": "2x4", "4x2": "2x4", "two-by-six": "2x6", "6x2": "2x6", "two-by-eight": "2x8", "8x2": "2x8", "two-by-ten": "2x10",
  "10x2": "2x10", "12x2": "2x12", "sawn timber": "lumber", sawnwood: "lumber", "dimensional lumber": "dimension lumber",
  "framing lumber": "dimension lumber", "wood boards": "lumber", "wooden boards": "lumber", "cls timber": "spf dimension lumber", "machine graded lumber": "machine stress rated lumber",
  weatherboard: "bevel siding", clapboard: "bevel siding", cladding: "siding", "deck board": "decking", "glued laminated timber": "glulam",
  "doug fir": "douglas fir", "oregon pine": "douglas fir", wrc: "western red cedar", plyboard: "plywood", "pallet wood": "pallet lumber",
  "pellet fuel": "wood pellets", "stove pellets": "wood pellets", biocoal: "torrefied wood pellets", "grill pellets": "smoking pellets",
  "smoker pellets": "smoking pellets",
  // Fertilisers: UK spellings and US 'sulfur', chemical names ('carbamide', 'potassium chloride').
  fertiliser: "fertilizer", "potassium chloride": "muriate of potash", "red potash": "muriate of potash red",
  "pink potash": "muriate of potash red", "sulfate of potash": "potassium sulphate", "potassium sulfate": "potassium sulphate",
  sulfur: "sulphur", "ammonium sulfate": "ammonium sulphate", "sulphate of ammonia": "ammonium sulphate", amsul: "ammonium sulphate",
  carbamide: "urea", "di-ammonium phosphate": "diammonium phosphate", "mono-ammonium phosphate": "monoammonium phosphate",
  "triple super phosphate": "triple superphosphate", "single super phosphate": "single superphosphate", "rock phosphate": "phosphate rock",
  "complex fertilizer": "npk compound", "triple 15": "npk 15-15-15",
  // Car parts: US 'rotors' and 'disk', UK 'pollen filter', 'wiring loom', 'earth strap', 'towbar', 'lorry'; AU 'ute'.
  "brake disk": "brake discs", "disk brake pads": "disc brake pads", "disc rotors": "brake rotors", "semi-met": "semi-metallic",
  "low-met": "low-metallic", "pollen filter": "cabin air filter", "wiring loom": "wiring harness", "cable loom": "wiring harness", "sensor cable": "sensor leads", "abs pigtail": "abs leads",
  "cable harness": "wiring harness", towbar: "trailer hitch", "tow bar": "trailer hitch", "tow hitch": "trailer hitch",
  "earth strap": "ground strap", "earthing strap": "ground strap", "battery lead": "battery cable", "head rest": "headrest",
  "arm rest": "armrest", "car parts": "automotive", "auto parts": "automotive", lorry: "truck", lorries: "trucks", hgv: "heavy truck",
  ute: "pickup", "pick-up truck": "pickup trucks", "quad bike": "atv", "four-wheeler": "atv", "electric vehicle": "ev",
  "light commercial vehicle": "lcv",
  // Aircraft parts and aerospace services; 'alodine' is the catalogs' (brand) name of chem-film conversion coating.
  "aramid honeycomb": "nomex honeycomb", "polyimide wire": "kapton", "aircraft parts": "aerospace", "aviation parts": "aerospace",
  aeronautical: "aerospace", aerostructures: "aerospace structures", "airframe parts": "aerospace structures",
  "cnc parts": "machined parts", "milled parts": "machined parts", sheetmetal: "sheet metal", "carbon fiber": "carbon fibre",
  "honeycomb panels": "sandwich panels", "composite molds": "layup tooling", "composite moulds": "layup tooling",
  "wire bundles": "wire harness", aluminum: "aluminium", anodizing: "anodising", anodized: "anodised", "chem film": "alodine",
  "chemical conversion coating": "alodine", "metal finishing": "surface treatment", "surface finishing": "surface treatment",
  ti64: "ti-6al-4v", "grade 5 titanium": "titanium ti-6al-4v", "landing gear bushes": "landing gear bushings",
  "gearbox housings": "transmission housings",
  // Packing words the pack check does not already read ("big bag", "FIBC", "jerry can" it does), and the
  // US spellings of the catalogs' UK-spelled title words. (French words such as "tuque" and "tisane" are
  // the French lexicon's: it reads them with their other senses.)
  "flexi tank": "flexitank", "super sack": "bulk bags", "tonne bags": "bulk bags", "pp bags": "polypropylene bags", foodservice: "food service",
  "gift hamper": "gift box", "gift basket": "gift box", color: "colour", colored: "coloured", flavor: "flavour", flavored: "flavoured",
  fiber: "fibre", unpasteurized: "unpasteurised", pasteurized: "pasteurised", sterilized: "sterilised", gray: "grey",
  // Names an English product-name battery (written from the catalogs alone) found unread: misspellings,
  // trade abbreviations and everyday names.
  syrop: "syrup", sirup: "syrup", "maple syrop": "maple syrup", "maple sirup": "maple syrup", hippophae: "sea buckthorn",
  "hippophae oil": "sea buckthorn oil", "mud face mask": "clay mask", "shampoo soap": "shampoo bar",
  sdc: "sweetened dried cranberries", ams: "ammonium sulphate", opo: "olive pomace oil", "orujo oil": "olive pomace oil",
  mga: "merchant grade phosphoric acid", butterfish: "sablefish", "gooey duck": "geoduck", "gooey duck clam": "geoduck clams",
  "gooey duck clams": "geoduck clams", "two by fours": "2x4 dimension lumber", "two by four": "2x4 dimension lumber",
  "ply sheets": "plywood", "ply sheet": "plywood", "baby romper": "baby onesie", "baby rompers": "baby onesie",
  "barbary figs": "prickly pears", "work trousers": "workwear pants", "leather poof": "leather pouf",
  "leather poofs": "leather pouf", "salted lemons": "preserved lemons", comino: "cumin", kuskus: "couscous", "rock oysters": "pacific oysters",
  "tow bar electrics": "trailer hitch wiring kit", "towbar electrics": "trailer hitch wiring kit",
};
