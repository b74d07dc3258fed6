import { describe, expect, it } from "vitest";
import { keywordQuery } from "../../../src/core/matching/keywordQuery.js";
import { namesOwnHead, productTypes, requestType, singular, typedByCategory, typeMatches, typeVocabulary, variantNames, variantWords } from "../../../src/core/matching/productType.js";

describe("keyword query", () => {
  it("keeps the product and its specs, drops quantities, containers, Incoterms, places, prices and filler", () => {
    expect(keywordQuery("need 2t organic argan oil for cosmetics, in drums or jerrycans, CIF Rotterdam").text).toBe("organic argan oil for cosmetics drums or jerrycans");
    expect(keywordQuery("olive oil, 1 x 40ft container, CIF Montreal").text).toBe("olive oil");
    expect(keywordQuery("Bonjour, on cherche 5 000 L d'huile d'olive extra vierge, livraison Montréal").text).toBe("huile d' olive extra vierge");
    expect(keywordQuery("200 bottles of 250 ml for a deli in Brussels at 5 EUR/kg before March 2027").text).toBe("bottles of 250 ml for a deli");
  });

  it("drops the buyer's description of itself before the verb that asks for the product", () => {
    expect(keywordQuery("We make natural soaps in Istanbul and need virgin cosmetic argan oil, in drums").phrase).toBe("virgin cosmetic argan oil");
    // A clause opening on who the buyer is, then its verb of search: the product follows the verb.
    expect(keywordQuery("Marque lyonnaise cherche pyjamas en coton biologique certifiés GOTS, 1 000 pièces").phrase).toBe("pyjamas en coton biologique certifies gots");
    expect(keywordQuery("Hotel group seeks argan soap bars, 5000 pcs").phrase).toBe("argan soap bars");
    // A chat greeting, written short, is no clause; "il me faut" asks like "je cherche".
    expect(keywordQuery("slt, il me faut des clous de girofle entiers, 500 kg, pour une epicerie a Fes").phrase).toBe("clous de girofle entiers");
    expect(keywordQuery("salam, je cherche du sirop de dattes bio en seaux de 25 kg").phrase).toBe("sirop de dattes bio en seaux de 25 kg");
    expect(keywordQuery("Nous sommes une épicerie à Lyon et cherchons du miel de thym").text).toBe("miel de thym");
    expect(keywordQuery("organic argan oil, we need it in drums").phrase).toBe("organic argan oil");
  });

  it("drops a place that is where the goods go, keeps one that names the product", () => {
    expect(keywordQuery("Valencia late oranges, 40ft reefer to Rotterdam").text).toBe("valencia late oranges");
    expect(keywordQuery("Rotterdam, 2 t argan oil").text).toBe("argan oil");
    expect(keywordQuery("clémentines de Berkane pour Moscou").text).toBe("clementines");
  });

  it("keeps pack sizes, dimensions, weights and codes as specs", () => {
    expect(keywordQuery("couscous grain moyen en sacs de 5 kg, un conteneur 20 pieds pour Marseille")).toMatchObject({ text: "couscous grain moyen en sacs de 5 kg", packs: ["sacs"] });
    expect(keywordQuery("emerald zellige 10x10 cm, 40 m2").text).toBe("emerald zellige 10x10 cm");
    expect(keywordQuery("t-shirts en coton bio 160 g/m², 2 000 pièces").text).toBe("t shirts en coton bio 160 gsm");
    expect(keywordQuery("DAP 18-46-0, 25,000 t CFR Paranaguá").text).toBe("dap 18 46 0");
    expect(keywordQuery("snow crab clusters 8oz up, 10 tonnes").phrase).toBe("snow crab clusters 8 oz up");
    expect(keywordQuery("12 bottles of icewine (375ml), 2 t of argan oil").text).toBe("bottles of icewine 375 ml argan oil");
    expect(keywordQuery("nigella seeds 500kg in 1kg packs")).toMatchObject({ text: "nigella seeds in 1 kg packs", packs: ["packs"] });
  });
});

describe("product type", () => {
  const soap = productTypes({ title: "Olive Oil Soap (savon à l'huile d'olive) – 100 g", category: "Cosmetics > Body care > Soap" });
  const oil = productTypes({ title: "Extra Virgin Olive Oil, Picholine Marocaine – flexitank 24,000 L", category: "Food > Oils > Olive oil > Extra virgin" });
  const sardines = productTypes({ title: "Canned Sardines in olive oil – 125 g club tin", category: "Food > Seafood > Canned fish > Sardines" });
  const vocab = new Set([...soap, ...oil, ...sardines]);

  it("takes the head of the phrase: the last noun in English, the first in French, past shape words", () => {
    const cases: [string, string, Set<string>][] = [
      ["olive oil", "en", oil], ["olive oil soap bars", "en", soap], ["sardines in olive oil", "en", sardines],
      ["huile d'olive extra vierge", "fr", oil], ["savon à l'huile d'olive", "fr", soap], ["sardines à l'huile d'olive", "fr", sardines],
    ];
    for (const [phrase, lang, expected] of cases) {
      const t = requestType([phrase], lang, vocab)!;
      expect(t.known).toBe(true);
      for (const types of [soap, oil, sardines]) expect(typeMatches(t, types), `${phrase} vs ${[...types].join(",")}`).toBe(types === expected);
    }
  });

  it("never takes a participle or a pack after a size as the head", () => {
    const lumber = productTypes({ title: "SPF Dimension Lumber 2x4 #2 & Better, KD-HT", category: "Construction > Timber > Softwood lumber" });
    const dried = productTypes({ title: "Organic Orange Blossom (zhar) dried – 1 kg bag", category: "Food > Herbs & teas > Flowers" });
    expect(requestType(["spf lumber 2x4 kiln dried"], "en", new Set([...lumber, ...dried, "dried"]))!.head).toBe("lumber");
    const couscous = productTypes({ title: "Organic Durum Couscous, medium – 1 kg bag", category: "Food > Pasta & couscous > Couscous" });
    expect(requestType(["organic couscous 1 kg bags"], "en", new Set([...couscous, "bag"]))!.head).toBe("couscous");
  });

  it("a French compound's head is its own last type word, not the next French word", () => {
    // "savon noir" → black soap: "black" is no type, and "rose" (after "à la") only describes.
    const t = requestType(["savon noir a la rose en pots de 250 g"], "fr", new Set(["soap", "rose", "pot"]))!;
    expect(t.head).toBe("soap");
  });

  it("a comma inside a title's brackets does not cut its name; only the bracket's first item is another name", () => {
    const nigella = productTypes({ title: "Nigella Seed (habba sawda, black cumin) – 25 kg paper bag", category: "Food > Spices > Nigella" });
    expect(nigella.has("seed")).toBe(true);
    expect(nigella.has("sawda")).toBe(true);
    expect(nigella.has("cumin")).toBe(false);
  });

  it("a clause naming a catalog variant beats a type word after the complement", () => {
    const variants = variantWords("Durum Wheat Pasta – Penne Rigate, 10 kg food-service bag");
    expect(variants.has("penne")).toBe(true);
    expect(variants.has("bag")).toBe(false);
    const t = requestType(["penne rigate in food service bags"], "en", new Set(["pasta", "service"]), variants)!;
    expect(["penne", "rigate"]).toContain(t.head);
    expect(requestType(["penne rigate in food service bags"], "en", new Set(["pasta", "service"]))!.head).toBe("service");
  });

  it("a unit word is a size only after a number: 't shirts' is a t-shirt, '1 kg bags' a pack", () => {
    expect(requestType(["heavyweight organic cotton t shirts 220 gsm"], "en", new Set(["shirt", "cotton"]))!.head).toBe("shirts");
  });

  it("who a garment is for is never its type", () => {
    expect(productTypes({ title: "Merino Wool Crew-Neck Sweater, men's", category: null }).has("men")).toBe(false);
    expect(requestType(["mens merino wool jumpers"], "en", new Set(["men", "sweater"]))).toMatchObject({ known: false });
  });

  it("reads 'thé' (folded 'the') as tea in French, never as the English article", () => {
    const t = requestType(["the a la menthe marocaine"], "fr", new Set(["tea", "mint"]))!;
    expect(t.forms).toContain("tea");
    expect(requestType(["the mint tea"], "en", new Set(["tea", "mint"]))!.head).toBe("tea");
  });

  it("hoodies and hoodie, berries and berry take one form", () => {
    expect(singular("hoodies")).toBe(singular("hoodie"));
    expect(singular("berries")).toBe(singular("berry"));
    expect(singular("hoodies")).not.toBe(singular("hood"));
  });

  it("says when no word of the request is a known type", () => {
    expect(requestType(["basmati rice"], "en", vocab)).toMatchObject({ head: "rice", known: false });
  });
});

describe("product type: only when confidently known on both sides", () => {
  it("the sector (first category level) is not a type: 'food grade' does not type the food catalog", () => {
    const flax = productTypes({ title: "Golden Flaxseed, food grade", category: "Food > Seeds > Flax" });
    expect(flax.has("food")).toBe(false);
    expect(flax.has("flax")).toBe(true);
    // A one-level category is kept: it is all there is.
    expect(productTypes({ title: "Gift box", category: "Gifts" }).has("gift")).toBe(true);
  });

  it("colours and states are never types (Grade A Amber, Mussels > Live, Frozen > Fruit)", () => {
    const syrup = productTypes({ title: "Pure Maple Syrup Grade A Amber", category: "Food > Sweeteners > Maple syrup" });
    expect(syrup.has("amber")).toBe(false);
    expect(syrup.has("syrup")).toBe(true);
    const mussels = productTypes({ title: "Live Mussels – 5 kg bag", category: "Food > Seafood > Mussels > Live" });
    expect(mussels.has("live")).toBe(false);
    expect(mussels.has("mussel")).toBe(true);
  });

  it("a head has three letters at least: 'No. 3' is a size, not a product", () => {
    const oysters = productTypes({ title: "Live Pacific Oysters", category: "Food > Seafood > Oysters" });
    const t = requestType(["live pacific oysters size no 3"], "en", new Set([...oysters, "no"]))!;
    expect(t.head).toBe("oysters");
  });

  it("a typo match keeps the first letter: 'disques' is not 'bisque'", () => {
    const bisque = productTypes({ title: "Lobster Bisque – 400 mL pouch", category: "Food > Seafood > Soups" });
    expect(bisque.has("bisque")).toBe(true);
    const t = requestType(["disques avant"], "fr", bisque);
    expect(t?.known ?? false).toBe(false);
    // A real typo (same first letter) is still forgiven.
    const oysters = productTypes({ title: "Live Pacific Oysters", category: "Food > Seafood > Oysters" });
    expect(requestType(["pacific oysterz"], "en", oysters)).toMatchObject({ known: true });
  });

  it("a type word needs two candidates holding it", () => {
    const reserve = new Set(["reserve"]);
    const cider = new Set(["cider"]);
    expect([...typeVocabulary([reserve, cider], [reserve, cider, cider])]).toEqual(["cider"]);
    expect([...typeVocabulary([reserve], [reserve, reserve])]).toEqual(["reserve"]);
  });

  it("a title naming the type, in a category that holds the type, is of the type (NPK … compound fertilizer)", () => {
    const npk = requestType(["npk 15-15-15"], "en", new Set(["npk"]))!;
    const cats = new Set(["Agriculture > Fertilizers > NPK compounds"]);
    expect(typedByCategory(npk, { title: "NPK 15-15-15 compound fertilizer – 50 kg bags", category: "Agriculture > Fertilizers > NPK compounds" }, cats)).toBe(true);
    // Another category: the word only describes ("Olive Oil Soap" among soaps, not oils).
    expect(typedByCategory(npk, { title: "NPK 15-15-15 compound fertilizer", category: "Agriculture > Fertilizers > Blends" }, cats)).toBe(false);
    // Same category, but the title does not name the type.
    expect(typedByCategory(npk, { title: "DAP 18-46-0 granular", category: "Agriculture > Fertilizers > NPK compounds" }, cats)).toBe(false);
  });

  it("the title's variant part names the type; a word before the name's head does not", () => {
    const spaghetti = requestType(["halal spaghetti"], "en", new Set(["spaghetti"]))!;
    expect(variantNames(spaghetti, "Durum Pasta – Spaghetti – 500 g")).toBe(true);
    expect(variantNames(spaghetti, "Durum Wheat Pasta – Penne Rigate, 500 g bag")).toBe(false);
    const oil = requestType(["olive oil"], "en", new Set(["oil"]))!;
    expect(variantNames(oil, "Olive Oil Soap (savon à l'huile d'olive) – 100 g")).toBe(false);
    // Brackets in the variant say what it is made of, not what it is.
    const sardines = requestType(["sardines"], "en", new Set(["sardine"]))!;
    expect(variantNames(sardines, "Fish Oil, crude (sardine) – flexitank")).toBe(false);
    expect(variantNames(sardines, "Canned Fish, sardines in oil")).toBe(true);
  });

  it("an English phrase detected as French is read as English (head = last noun)", () => {
    const vocab = new Set(["bean", "coffee"]);
    expect(requestType(["green coffee beans arabica"], "fr", vocab)!.head).toBe("beans");
    expect(requestType(["green coffee beans arabica"], "fr", vocab)!.modifier).toBe("coffee");
    // Real French still takes its first noun.
    expect(requestType(["café en grains vert"], "fr", vocab)!.head).toBe("cafe");
  });
});

describe("query expansion across languages", () => {
  it("tells French text from English whatever the detected language", async () => {
    const { looksFrench } = await import("../../../src/core/matching/queryExpansion.js");
    for (const fr of ["citrons confits", "zellige bejmat bleu cobalt", "poulpe congelé entier", "huile d'olive"]) expect(looksFrench(fr), fr).toBe(true);
    for (const en of ["olive oil", "the best olive oil for a hotel", "green coffee beans arabica", "flower pots"]) expect(looksFrench(en), en).toBe(false);
  });

  it("reads everyday French product words the catalog writes in English", async () => {
    const { expandQuery } = await import("../../../src/core/matching/queryExpansion.js");
    expect(expandQuery("vinaigre de cidre bio")).toContain("vinegar");
    expect(expandQuery("disques de frein avant")).toContain("brake discs");
    expect(expandQuery("graines de lin doré")).toEqual(expect.stringContaining("flax"));
    expect(expandQuery("bonnets tricotés")).toContain("beanie");
    expect(expandQuery("moules vivantes")).toContain("live");
  });

  it("has the French word of the catalog families (spices, seafood, auto parts, cosmetics, building) and their singular forms", async () => {
    const { expandQuery } = await import("../../../src/core/matching/queryExpansion.js");
    expect(expandQuery("curcuma en poudre")).toContain("turmeric powder");
    expect(expandQuery("noix de St Jacques surgelées")).toEqual(expect.stringMatching(/scallops.*frozen|frozen.*scallops/));
    expect(expandQuery("housses de sièges")).toContain("seat covers");
    expect(expandQuery("henné pour cheveux")).toContain("henna");
    expect(expandQuery("enduit à la chaux")).toContain("lime plaster");
    expect(expandQuery("une huître creuse")).toContain("oysters");
    expect(expandQuery("thé à la menthe marocaine")).toContain("moroccan");
  });

  it("translates a query into the catalog's language: French words replaced, abbreviations kept beside their expansion", async () => {
    const { translatedQuery } = await import("../../../src/core/matching/queryExpansion.js");
    expect(translatedQuery("huile d'argan bio")).toBe("argan oil organic");
    expect(translatedQuery("frozen cranberries iqf")).toBe("frozen cranberries iqf individually quick frozen");
    expect(translatedQuery("savon noir beldi")).toBe("black soap beldi");
  });

  it("adds the English catalog words for French, Spanish and Arabic product phrases", async () => {
    const { expandQuery } = await import("../../../src/core/matching/queryExpansion.js");
    expect(expandQuery("huile d'argan bio")).toContain("argan oil");
    expect(expandQuery("aceite de argán ecológico")).toContain("argan oil");
    expect(expandQuery("زيت الأرغان")).toContain("argan oil");
    expect(expandQuery("تمور مجدول")).toContain("dates");
    expect(expandQuery("azafrán")).toContain("saffron");
    // English stays as typed: nothing to add ("the" is not the folded French "thé" there).
    expect(expandQuery("argan oil")).toBe("argan oil");
    expect(expandQuery("the best argan oil")).toBe("the best argan oil");
    expect(expandQuery("thé à la menthe")).toContain("tea");
  });
});

describe("trade abbreviations", () => {
  it("expands an abbreviation in the plural as in the singular", async () => {
    const { abbreviation, expandQuery, translatedQuery } = await import("../../../src/core/matching/queryExpansion.js");
    expect(abbreviation("tees")).toBe("t-shirt");
    expect(abbreviation("evoo")).toBe("extra virgin olive oil");
    expect(abbreviation("cases")).toBeNull();
    expect(expandQuery("organic cotton tees")).toContain("t-shirt");
    expect(translatedQuery("organic cotton tees")).toContain("tees t-shirt");
  });
});

describe("French automotive words", () => {
  it("reads 'moteur' as engine, so an engine harness outranks a door harness", async () => {
    const { expandQuery } = await import("../../../src/core/matching/queryExpansion.js");
    expect(expandQuery("faisceaux de câblage moteur")).toContain("engine");
  });
});

describe("the clause's own last noun, when the type was found on an earlier word", () => {
  it("'western red cedar shakes' typed cedar still takes a title naming shakes as of the kind", () => {
    const type = requestType(["western red cedar shakes"], "en", new Set(["cedar", "decking", "siding"]))!;
    expect(type.head).toBe("cedar");
    expect(type.ownForms).toContain("shake");
    expect(namesOwnHead(type, "Western Red Cedar Shakes & Shingles, No. 1 Blue Label")).toBe(true);
    expect(namesOwnHead(type, "Western Red Cedar Decking 5/4x6, Appearance grade")).toBe(false);
    // Only the name counts, not the variant part after the dash or comma.
    expect(namesOwnHead(type, "Cedar Oil – for shakes")).toBe(false);
  });
  it("has none when the type is the last noun, or the last word is a pack", () => {
    expect(requestType(["snow crab clusters"], "en", new Set(["cluster", "crab"]))!.ownForms).toBeUndefined();
    expect(requestType(["argan oil drums"], "en", new Set(["oil"]))!.ownForms).toBeUndefined();
  });
});

describe("a stated use after the product", () => {
  it("starts at 'for' when the words before it name the kind, never for a fitment or French text", async () => {
    const { purposeStart } = await import("../../../src/core/matching/matchRequest.js");
    expect(purposeStart("gunpowder green tea for moroccan mint tea", ["tea"])).toBe(19);
    expect(purposeStart("mini wrapped soaps for hotel rooms", ["soap"])).toBe(18);
    expect(purposeStart("ceramic brake pads for vw golf 7", ["pad"])).toBe(-1);
    expect(purposeStart("looking for green tea", ["tea"])).toBe(-1);
    expect(purposeStart("huile d'argan for cosmetics", ["oil", "huile"])).toBe(-1);
  });
});

describe("a trade word after the English noun", () => {
  let n = 0;
  const product = (title: string, category: string) => ({
    id: `q${++n}`, sellerId: "s", seller: "S", sellerCountry: null, sku: `Q-${n}`, title, description: null, category, attributes: {},
    moq: null, unit: null, priceMin: null, priceMax: null, currency: null, leadTimeDays: null, certifications: [], originCountry: null, shipsTo: ["*"],
  });
  it("'preserved lemons beldi' is lemons when a lemon's title says beldi and no beldi-typed title says lemon", async () => {
    const { postposed } = await import("../../../src/core/matching/matchRequest.js");
    const { nameWords } = await import("../../../src/core/matching/fitCheck.js");
    const products = [
      product("Preserved Lemons (citrons confits beldi) – 5 kg tin", "Food > Preserves > Lemons"),
      product("Eureka Lemons – 10 kg carton", "Food > Fruit > Lemons"),
      product("Food Colouring 'Safran Beldi' – 1 kg", "Food > Spices > Beldi"),
      product("Hand-Pressed Argan Oil (beldi, stone-ground) – 250 mL", "Food > Oils > Argan oil"),
    ];
    const names = new Map(products.map((p) => [p.id, nameWords(p)]));
    const vocab = new Set(products.flatMap((p) => [...productTypes(p)]));
    const read = requestType(["preserved lemons beldi"], "en", vocab)!;
    expect(read.head).toBe("beldi");
    expect(postposed(read, products, names)?.forms).toContain("lemon");
    // "argan oil" stays oil: oils carry argan.
    const oil = requestType(["argan oil"], "en", vocab)!;
    expect(postposed(oil, products, names)).toBe(oil);
  });
});

describe("a hyphenated head is a word of its own", () => {
  it("a polo shirt's title does not carry 't-shirt', whatever its category says", async () => {
    const { titleCarries } = await import("../../../src/core/matching/matchRequest.js");
    expect(titleCarries(["t-shirt"], "Organic Cotton T-Shirts, heavyweight 220 gsm")).toBe(true);
    expect(titleCarries(["t-shirt"], "Organic Cotton Polo Shirt, piqué 220 gsm")).toBe(false);
    expect(requestType(["organic cotton tees"], "en", new Set(["t-shirt", "shirt"]))!.forms).toEqual(expect.arrayContaining(["t-shirt", "shirt"]));
  });
});

describe("an enriched variant", () => {
  it("reads what a title's name adds with '+', not its brackets or variant part", async () => {
    const { additives } = await import("../../../src/core/matching/matchRequest.js");
    expect(additives("DAP + Zn 18-46-0 +1% Zn – 50 kg bags")).toEqual(["zn"]);
    expect(additives("Argan Oil + Vitamin E (0.5%), cosmetic – 25 kg")).toEqual(["vitamin"]);
    expect(additives("Moroccan Mint Tea blend (gunpowder + nanaa) – 1 kg bag")).toEqual([]);
    expect(additives("Organic Cotton T-Shirt 160 gsm – custom Pantone + screen print")).toEqual([]);
    expect(additives("DAP 18-46-0 (Diammonium Phosphate), granular – 50 kg bags")).toEqual([]);
  });
});

describe("a title's size in inches", () => {
  it("reads 'in.' after a number as inches, not as the preposition that ends the name", () => {
    expect([...productTypes({ title: "Two Dogs Designs 29 in. Large Round Grill/Smoker Cover in Black", category: null })]).toContain("cover");
    expect([...productTypes({ title: "Glacier Bay 24 in. Vanity in White", category: null })]).toContain("vanity");
  });
});

describe("the buyer's business named before the goods", () => {
  it("skips a clause whose head names the business, before any later words, asking or not", () => {
    expect(keywordQuery("Fruit importer in Rotterdam: Hass avocados, size 14-20, packed in 4 kg trays, 2 pallets a week").phrase).toBe("hass avocados");
    expect(keywordQuery("Tile importer in Leeds, zellige 10x10 in emerald green").phrase).toBe("zellige 10x10 in emerald green");
    expect(keywordQuery("Bonjour, fabricant de meubles, usine près de Troyes. Nous consultons pour des poignées en laiton, 5 000 pièces.").phrase).toBe("poignees en laiton");
  });

  it("keeps a clause about the business that itself asks for the goods", () => {
    expect(keywordQuery("We run a group of 6 homewares stores in Sydney and want to add Moroccan leather poufs. Stuffed please.").phrase).toBe("add moroccan leather poufs");
  });
});

describe("a title's main name is English even when its first word is French too", () => {
  it("types 'Merino Hiking Socks' as socks and 'Olive Pomace Oil' as oil, and still reads a French alternative name", () => {
    expect([...productTypes({ title: "Merino Hiking Socks", category: null })]).toEqual(["sock"]);
    expect([...productTypes({ title: "Olive Pomace Oil (huile de grignons d'olive) – 20 L tin", category: null })]).toEqual(["oil"]);
    expect([...productTypes({ title: "Sweet Paprika Powder (paprika doux) – 25 kg paper bag", category: null })]).toContain("paprika");
  });
});

describe("an opening that names the business, then its verb", () => {
  it("drops the business and its verb, however long the opening", () => {
    expect(keywordQuery("Farm-shop chain in Yorkshire wants natural honeycomb – cut comb in clear cassettes").phrase).toBe("natural honeycomb");
    expect(keywordQuery("Deli in Doha looking for the rare peppery Moroccan 'cactus' honey").phrase).toBe("rare peppery moroccan cactus honey");
  });

  it("reads a trade noun as the buyer, and 'we'd like' as asking", () => {
    expect(keywordQuery("Chocolate maker in Antwerp. We're moving away from soy lecithin and need a liquid non-GMO lecithin from canola").phrase).toBe("liquid non gmo lecithin from canola");
    expect(keywordQuery("Small-batch cosmetics maker in Dublin (lip balms, hair masks). We'd like argan butter – 60 kg").phrase).toBe("argan butter");
  });
});
