import { describe, expect, it } from "vitest";
import type { ProductFacts } from "../../../src/ports/catalogSearch.js";
import { checkable, findNoFit, sharesTheRest } from "../../../src/core/matching/fitCheck.js";
import { productTypes, requestType, typeMatches, type RequestType } from "../../../src/core/matching/productType.js";
import { translateWord } from "../../../src/core/matching/queryExpansion.js";

let n = 0;
const product = (title: string, category: string, more: Partial<ProductFacts> = {}): ProductFacts => ({
  id: `p${++n}`, sellerId: "s", seller: "S", sellerCountry: null, sku: `SKU-${n}`, title, description: null, category, attributes: {},
  moq: null, unit: null, priceMin: null, priceMax: null, currency: null, leadTimeDays: null, certifications: [], originCountry: null,
  shipsTo: ["*"], ...more,
});

/** The request's type read against the candidates' own types, as the matcher does. */
function typeOf(phrase: string, language: string, candidates: ProductFacts[]): { type: RequestType | null; typed: ProductFacts[] } {
  const vocab = new Set(candidates.flatMap((p) => [...productTypes(p)]));
  const type = requestType([phrase], language, vocab);
  const typed = type?.known ? candidates.filter((p) => typeMatches(type, productTypes(p))) : [];
  return { type, typed };
}
const noFit = (phrase: string, language: string, candidates: ProductFacts[], certs: string[] = []) => {
  const { type, typed } = typeOf(phrase, language, candidates);
  return findNoFit(type, phrase, certs, candidates, typed, language);
};

const knitwear = [
  product("Merino Wool Cardigan, women's", "Apparel > Knitwear > Cardigans"),
  product("Merino Wool Crew-Neck Sweater, men's", "Apparel > Knitwear > Sweaters"),
  product("Organic Cotton T-shirt, unisex 180 gsm", "Apparel > T-shirts", { certifications: ["gots"] }),
];
const panels = [
  product("Composite Floor Panels – carbon/Nomex honeycomb", "Aerospace > Composites > Panels", { description: "Cabin floor panels." }),
  product("Composite Sandwich Panels – glass/Nomex honeycomb", "Aerospace > Composites > Panels"),
  product("Zellige Mosaic Panel, geometric star", "Home decor > Tiles > Panels"),
];
const oils = [
  product("Organic Virgin Argan Oil, cosmetic – 1 L", "Cosmetics > Raw materials > Argan oil", { certifications: ["organic", "ecocert"] }),
  product("Culinary Argan Oil, roasted – 250 mL", "Food > Oils > Argan oil", { certifications: ["organic"] }),
  product("Refined Canola Oil – 20 L jerrycan", "Food > Oils > Canola oil", { certifications: ["kosher", "halal"] }),
];

describe("which words can prove that nothing fits", () => {
  it("English words always; in another language only words the lexicon translates or knows as English", () => {
    expect(checkable("rice", "en")).toBe(true);
    expect(checkable("riz", "fr")).toBe(true); // riz → rice
    expect(checkable("solar", "fr")).toBe(true); // an English trade word in a French request
    expect(checkable("chéchias", "fr")).toBe(false);
    expect(checkable("vivantes", "fr")).toBe(true); // vivantes → live
    expect(checkable("bonnetz", "fr")).toBe(false);
  });
});

describe("nothing fits: no product of the kind", () => {
  it("says so when an English product word is in no candidate's name", () => {
    expect(noFit("basmati rice", "en", knitwear)).toMatchObject({ reason: "no_product" });
  });

  it("does not say so for a French word it cannot read: unknown is not missing", () => {
    // "chandails" (sweaters) is translated and found; "tricots-maison" is unknown, so no claim either.
    expect(noFit("chandails en laine", "fr", knitwear)).toBeNull();
    expect(noFit("tricots-maison en laine mérinos", "fr", knitwear)).toBeNull();
    // The same word read as English would have proved the product missing.
    expect(noFit("tricots-maison", "en", knitwear)).toMatchObject({ reason: "no_product" });
  });

  it("says so for an unreadable French head that no candidate's text carries in any language", () => {
    // "lunettes" is in no title, category, attribute or description: it names nothing the catalog sells.
    expect(noFit("lunettes de soleil polarisées", "fr", knitwear)).toMatchObject({ reason: "no_product" });
    // A French name the catalog gives in a description is heard of: unknown to the lexicon, not missing.
    const withFrench = [...knitwear, product("Hooded Sweatshirt – fleece", "Apparel > Sweatwear", { description: "Bourrure (sweat à capuche) en molleton." })];
    expect(noFit("bourrures en molleton", "fr", withFrench)).toBeNull();
  });

  it("never proves a product missing by where it comes from ('North African wines' are the Moroccan ones)", () => {
    const wines = [product("Beni M'Tir Syrah 2021 – 750 mL", "Wine > Red wine"), product("Guerrouane Red 2022 – 750 mL", "Wine > Red wine")];
    expect(noFit("north african wines", "en", wines)).toBeNull();
    // A specific word that is no origin still counts.
    expect(noFit("sparkling wines", "en", wines)).toMatchObject({ reason: "no_product" });
  });

  it("reads a French word that praises the product as vague, but keeps a French colour specific", () => {
    const soaps = [product("Black Soap with Argan (savon noir) – 1 kg tub", "Cosmetics > Hammam > Black soap"), product("Olive Oil Soap Bar, 100 g", "Cosmetics > Soap")];
    // "traditionnel" is "traditional": another make of the soap is a near variant, not a missing product.
    expect(noFit("savon traditionnel", "fr", soaps)).toBeNull();
    const chocolate = [product("Maple Milk Chocolate Bar – 100 g", "Food > Confectionery > Chocolate"), product("Milk Chocolate Maple Leaves – 200 g", "Food > Confectionery > Chocolate")];
    expect(noFit("chocolat noir", "fr", chocolate)).toMatchObject({ reason: "no_product" });
  });

  it("never proves a product missing by an untranslated Arabic or Spanish word: the catalogs give no such names", () => {
    // The English wording keeps a word the lexicon lacks as written ("chompas de lana" → "wool chompas").
    const { type, typed } = typeOf("wool chompas", "en", knitwear);
    expect(findNoFit(type, "wool chompas", [], knitwear, typed, "es")).toBeNull();
    // Read as French, the same unheard-of word names nothing the catalog sells.
    expect(findNoFit(type, "wool chompas", [], knitwear, typed, "fr")).toMatchObject({ reason: "no_product" });
  });

  it("reads the Québec names of the catalogs' knitwear", () => {
    expect(translateWord("tuques")).toContain("toque");
    expect(translateWord("mitaines")).toBe("mittens");
    expect(noFit("tuques en coton bio", "fr", [...knitwear, product("Knit Toque, organic cotton", "Apparel > Knitwear")])).toBeNull();
    expect(noFit("bas de laine mérinos", "fr", [...knitwear, product("Merino Hiking Socks", "Apparel > Knitwear")])).toBeNull();
  });

  it("says so when the kind exists but no name carries the word that makes it specific", () => {
    expect(noFit("solar panels", "en", panels)).toMatchObject({ reason: "no_product" });
    expect(noFit("panneaux solaires", "fr", panels)).toMatchObject({ reason: "no_product" });
    expect(noFit("honeycomb panels", "en", panels)).toBeNull();
  });

  it("finds the specific word inside a hyphenated title word ('crew neck' in 'Crew-Neck')", () => {
    expect(noFit("men's merino crew neck sweaters", "en", knitwear)).toBeNull();
    // A part is a whole word, not a prefix of the specific word ("necklace" sweaters are still missing).
    expect(noFit("necklace sweaters", "en", knitwear)).toMatchObject({ reason: "no_product" });
  });

  it("does not say so when another candidate's name carries that word with the head (the evidence is not strong)", () => {
    const withSolar = [...panels, product("Solar Panel Mounting Brackets – galvanised", "Construction > Hardware > Brackets")];
    expect(noFit("solar panels", "en", withSolar)).toBeNull();
  });

  it("says so when only names of another kind carry that word, without the head", () => {
    const withSolar = [...panels, product("Solar Sea Salt, coarse – 25 kg bag", "Food > Salt > Sea salt")];
    expect(noFit("solar panels", "en", withSolar)).toMatchObject({ reason: "no_product" });
    const beans = [
      product("Pinto Beans, No. 1 – 50 kg bags", "Food > Grains & pulses > Beans"),
      product("Faba Beans, No. 2 – 50 kg bags", "Food > Grains & pulses > Beans"),
      product("Vanilla Lip Balm – 4.5 g tube", "Cosmetics > Lip care"),
    ];
    expect(noFit("vanilla beans", "en", beans)).toMatchObject({ reason: "no_product" });
    expect(noFit("pinto beans", "en", beans)).toBeNull();
  });

  it("a state, colour or certificate word never makes the request specific", () => {
    for (const phrase of ["frozen panels", "black panels", "halal panels"]) expect(noFit(phrase, "en", panels), phrase).toBeNull();
  });
});

describe("nothing fits: a certificate nobody of the kind holds", () => {
  it("looks among the products of the specific kind, not all oils", () => {
    // The canola oil is kosher; no argan oil is.
    expect(noFit("argan oil", "en", oils, ["kosher"])).toMatchObject({ reason: "no_certificate", certs: ["kosher"] });
    expect(noFit("argan oil", "en", oils, ["organic"])).toBeNull();
    expect(noFit("canola oil", "en", oils, ["kosher"])).toBeNull();
  });

  it("with an unknown type, looks among the products whose name carries the request's words", () => {
    // Only the t-shirt holds GOTS; no wool product does.
    expect(noFit("pulls-maison en laine", "fr", knitwear, ["gots"])).toMatchObject({ reason: "no_certificate" });
    expect(noFit("pulls-maison en coton", "fr", knitwear, ["gots"])).toBeNull();
  });
});

describe("nothing fits: new wording", () => {
  it("everyday French product words outside the catalogs are readable, so their absence proves something", () => {
    expect(checkable("frites", "fr")).toBe(true); // frites → fries
    expect(checkable("chaises", "fr")).toBe(true); // chaises → chair
    expect(noFit("chaises de bureau ergonomiques", "fr", knitwear)).toMatchObject({ reason: "no_product" });
    expect(noFit("frites surgelées 10 mm", "fr", knitwear)).toMatchObject({ reason: "no_product" });
  });

  it("an origin adjective is never the type, even when titles name variants by origin", () => {
    const crafts = [
      product("Organic Oregano, Moroccan – 1 kg bag", "Food > Herbs > Culinary herbs"),
      product("Cumin Seed, Moroccan – 25 kg", "Food > Spices > Cumin"),
      product("Ceramic Table Lamp Base – blue", "Home decor > Ceramics"),
    ];
    const vocab = new Set(crafts.flatMap((p) => [...productTypes(p)]));
    const variants = new Set(["moroccan", "marocaine", "blue"]);
    const type = requestType(["lanternes marocaines en cuivre ajouré"], "fr", vocab, variants);
    expect(type).toMatchObject({ head: "lanternes", known: false });
    expect(findNoFit(type, "lanternes marocaines", [], crafts, [], "fr")).toMatchObject({ reason: "no_product" });
  });

  it("in French the first readable noun is the head, not a type word after a preposition ('lait en poudre')", () => {
    const powders = [
      product("Rhassoul Clay Powder – 25 kg bag", "Cosmetics > Body care > Hammam"),
      product("Organic Date Powder – 10 kg", "Food > Sweeteners > Date sugar"),
      product("Hot Mustard Powder – 20 kg", "Food > Spices > Mustard powder"),
    ];
    const { type, typed } = typeOf("lait en poudre entier", "fr", powders);
    expect(type).toMatchObject({ head: "lait", known: false });
    expect(findNoFit(type, "lait en poudre", [], powders, typed, "fr")).toMatchObject({ reason: "no_product" });
    // A first noun the catalog sells keeps its type; a pack word is never the head.
    expect(typeOf("pulls en laine mérinos", "fr", knitwear).type).toMatchObject({ known: true });
    expect(typeOf("sacs de poudre de dattes", "fr", powders).type).toMatchObject({ known: true });
  });
});

describe("nothing fits: evidence from what a product is, not what it mentions", () => {
  const butters = [
    product("Unscented Whipped Body Butter – 5 kg bulk", "Cosmetics > Body care > Body butter", { description: "Whipped with shea and cocoa butter." }),
    product("Salted Butter 82% – 25 kg block", "Food > Dairy > Butter"),
  ];
  it("a noun in a description of the kind (an ingredient) does not hide that nobody sells it, in English and French", () => {
    expect(noFit("raw shea butter", "en", butters)).toMatchObject({ reason: "no_product" });
    expect(noFit("beurre de karité brut", "fr", butters)).toMatchObject({ reason: "no_product" });
    // The same word in a title of the kind is evidence.
    const withShea = [...butters, product("Raw Shea Butter – 25 kg carton", "Cosmetics > Raw materials > Shea butter")];
    expect(noFit("raw shea butter", "en", withShea)).toBeNull();
    expect(noFit("beurre de karité brut", "fr", withShea)).toBeNull();
  });

  it("a process word in a description of the kind still counts (titles abbreviate it)", () => {
    const halibut = [
      product("Greenland Halibut (turbot) H&G, frozen at sea", "Food > Seafood > Fish > Halibut", { description: "Headed and gutted, tail-off." }),
      product("Halibut Steaks, Atlantic, frozen", "Food > Seafood > Fish > Halibut"),
    ];
    expect(noFit("headed halibut", "en", halibut)).toBeNull();
    expect(noFit("flétan étêté", "fr", halibut)).toBeNull();
    expect(noFit("headed halibut", "en", halibut.map((p) => ({ ...p, description: null })))).toMatchObject({ reason: "no_product" });
  });
});

describe("nothing fits: a gift box is not what it holds", () => {
  const honeys = [
    product("Thyme Honey (miel de thym) – 250 g glass jar", "Food > Honey > Thyme honey", { certifications: ["haccp"] }),
    product("Carob Honey – 250 g jar", "Food > Honey > Carob honey"),
    product("Coffret terroir – argan oil 100 mL, amlou 250 g, thyme honey 250 g", "Food > Gifts", { certifications: ["organic"] }),
  ];
  // As the matcher does: the box is typed honey through its variant part.
  const typed = honeys;
  it("a certificate held by a box containing the product is not held by the product (EN and FR)", () => {
    for (const [phrase, lang] of [["organic thyme honey", "en"], ["miel de thym bio", "fr"]] as const) {
      const { type } = typeOf(phrase, lang, honeys);
      expect(findNoFit(type, phrase, ["organic"], honeys, typed, lang), phrase).toMatchObject({ reason: "no_certificate" });
    }
    // The jar holding it is enough.
    const organicJar = honeys.map((p, i) => (i === 0 ? { ...p, certifications: ["organic"] } : p));
    const { type } = typeOf("organic thyme honey", "en", organicJar);
    expect(findNoFit(type, "organic thyme honey", ["organic"], organicJar, organicJar, "en")).toBeNull();
  });

  it("a box's contents do not prove the product is sold, unless the buyer asks for a gift box", () => {
    const onlyBox = [honeys[1]!, product("Maple Gift Box – maple tea, maple cream 140 g and maple sugar 100 g", "Food > Gifts")];
    expect(noFit("maple cream", "en", onlyBox)).toMatchObject({ reason: "no_product" });
    expect(noFit("maple cream gift box", "en", onlyBox)).toBeNull();
    expect(noFit("coffret cadeau crème d'érable", "fr", onlyBox)).toBeNull();
  });
});

describe("nothing fits: a material the buyer names beside the modifier", () => {
  const tiles = [
    product("Zellige Floor Tiles, unglazed terracotta 10 x 10 cm", "Home decor > Tiles > Zellige"),
    product("Handmade Zellige Tiles 5 x 5 cm – white", "Home decor > Tiles > Zellige"),
    product("Ceramic Tiles, hand-painted 10 x 10 cm", "Home decor > Tiles > Ceramic"),
  ];
  it("is read before the modifier in English and after 'en' in French", () => {
    expect(typeOf("porcelain floor tiles", "en", tiles).type?.otherForms).toEqual([["porcelain"]]);
    expect(typeOf("carreaux de sol en porcelaine", "fr", tiles).type?.otherForms).toEqual([["porcelaine", "porcelain"]]);
    // A pack after "en" is no material; a word before a participle is a process ("kiln dried").
    expect(typeOf("carreaux de sol en cartons", "fr", tiles).type?.otherForms).toEqual([]);
    expect(typeOf("kiln dried floor tiles", "en", tiles).type?.otherForms).toEqual([]);
  });

  it("says nothing fits when no name of the kind carries it (EN and FR), and not when one does", () => {
    expect(noFit("porcelain floor tiles 60x60", "en", tiles)).toMatchObject({ reason: "no_product" });
    expect(noFit("carreaux de sol en porcelaine", "fr", tiles)).toMatchObject({ reason: "no_product" });
    expect(noFit("terracotta floor tiles", "en", tiles)).toBeNull();
    expect(noFit("carreaux de sol en terre cuite", "fr", tiles)).toBeNull();
  });

  it("a word the lexicon cannot read, or a vague one, proves nothing", () => {
    const cod = [product("Salt Cod (bacalao), dried, heavily salted – 25 kg", "Food > Seafood > Fish > Cod"), product("Atlantic Cod Loins, IQF", "Food > Seafood > Fish > Cod")];
    expect(noFit("Bacalhau salt cod", "en", cod)).toBeNull();
    expect(noFit("premium quality floor tiles", "en", tiles)).toBeNull();
  });
});

describe("nothing fits: a certificate held only in another state of the product", () => {
  const mackerel = [
    product("Frozen Whole Mackerel (Scomber colias) – 20 kg carton", "Food > Seafood > Fish > Mackerel", { certifications: ["haccp"] }),
    product("Canned Mackerel in tomato sauce – 125 g", "Food > Seafood > Canned fish > Mackerel", { certifications: ["msc"] }),
  ];
  it("looks among the products sold in the state asked for (EN and FR)", () => {
    expect(noFit("frozen whole mackerel", "en", mackerel, ["msc"])).toMatchObject({ reason: "no_certificate" });
    expect(noFit("maquereau entier congelé", "fr", mackerel, ["msc"])).toMatchObject({ reason: "no_certificate" });
    expect(noFit("canned mackerel", "en", mackerel, ["msc"])).toBeNull();
    // No state named, or a state no product is sold in: every product of the kind counts.
    expect(noFit("mackerel", "en", mackerel, ["msc"])).toBeNull();
    expect(noFit("smoked mackerel", "en", mackerel, ["msc"])).toBeNull();
  });
});

describe("nothing fits: an ingredient of another kind, or a longer word of another meaning, is no evidence", () => {
  const sweet = [
    product("Organic Maple Sugar, fine granulated – 25 kg", "Food > Sweeteners > Maple sugar"),
    product("Granulated Maple Sugar (sucre d'érable) – 1 kg bag", "Food > Sweeteners > Maple sugar"),
    product("Sweetened Dried Cranberries (canneberges séchées) – whole, reduced sugar, 11.34 kg case", "Food > Dried fruit > Cranberries",
      { attributes: { infusion: "cane sugar" } }),
  ];
  it("cane sugar is missing though cranberries are infused with it and 'canneberges' starts with 'canne' (EN and FR)", () => {
    expect(noFit("brown cane sugar", "en", sweet)).toMatchObject({ reason: "no_product" });
    expect(noFit("sucre de canne roux", "fr", sweet)).toMatchObject({ reason: "no_product" });
    expect(noFit("maple sugar", "en", sweet)).toBeNull();
    expect(noFit("sucre d'érable", "fr", sweet)).toBeNull();
  });
});

describe("trade abbreviations, plural too", () => {
  const tees = [
    product("Organic Cotton T-Shirt, heavyweight 220 gsm – blank, natural/undyed", "Apparel > T-shirts"),
    product("Organic Cotton T-Shirt, crew neck, unisex 160 gsm – blank", "Apparel > T-shirts"),
  ];
  it("reads 'tees' as t-shirts: a fit, not 'nothing fits'", () => {
    expect(noFit("220gsm organic cotton tees", "en", tees)).toBeNull();
    expect(typeOf("organic cotton tees", "en", tees).typed).toHaveLength(2);
  });
  it("gives no kind to an abbreviation naming a state: 'IQF' types no product as frozen", () => {
    expect(productTypes({ title: "Frozen Whole Cranberries IQF – 18 kg carton", category: "Food > Fruit" }).has("frozen")).toBe(false);
  });
});

describe("a state adjective is never the requested kind", () => {
  const dryGoods = [
    product("Shampoo Bar dry / curly – 75 g", "Cosmetics > Hair care > Shampoo"),
    product("Mead (honey wine), dry – 750 mL", "Drinks > Wine > Mead"),
    product("Riesling, dry – 750 mL", "Drinks > Wine > White"),
  ];
  it("'dry dog food / kibble' is no dry shampoo or dry wine: nothing fits", () => {
    const { type } = typeOf("dry dog food kibble for pet shops", "en", dryGoods);
    expect(type?.head).not.toBe("dry");
    expect(noFit("dry dog food kibble for pet shops", "en", dryGoods)).toMatchObject({ reason: "no_product" });
  });
});

describe("a French compound's complement makes it specific", () => {
  const essentialOils = [
    product("Rose Essential Oil (Rosa damascena) – 5 mL vial", "Cosmetics > Essential oils"),
    product("Rose Essential Oil (Rosa damascena) – 100 g aluminium bottle", "Cosmetics > Essential oils"),
    product("Organic Lavender flowers (Lavandula stoechas) – 20 kg bale", "Food > Herbs & teas > Herbal teas"),
  ];
  it("'huile essentielle de lavande' is lavender oil: the rose oils do not fit", () => {
    const { type } = typeOf("huile essentielle de lavande vraie", "fr", essentialOils);
    expect(type?.modifierForms).toContain("lavender");
    expect(noFit("huile essentielle de lavande vraie", "fr", essentialOils)).toMatchObject({ reason: "no_product" });
    expect(noFit("huile essentielle de rose", "fr", essentialOils)).toBeNull();
  });
  it("a compound already holding its complement keeps its own modifier ('huile de grignons d'olive' is pomace oil)", () => {
    const { type } = typeOf("huile de grignons d'olive", "fr", [product("Olive Pomace Oil – 20 L tin", "Food > Oils > Pomace oil")]);
    expect(type?.modifierForms).toContain("pomace");
  });
});

describe("a French participle is no product", () => {
  const oils = [
    product("Organic Extra Virgin Olive Oil – 750 mL glass", "Food > Oils > Olive oil"),
    product("Prickly Pear Seed Oil (huile de figue de Barbarie) – 15 mL dropper", "Cosmetics > Oils"),
  ];
  it("'parquet en chêne massif, finition huilée' is flooring, not an oil: nothing fits", () => {
    const { type } = typeOf("parquet en chene massif 14 mm finition huilee", "fr", oils);
    expect(type?.forms).not.toContain("oil");
    expect(noFit("parquet en chene massif 14 mm finition huilee", "fr", oils)).toMatchObject({ reason: "no_product" });
  });
});

describe("a whole English word is no stem of a longer one", () => {
  const honey = [product("Liquid Clover Honey – 1 kg squeeze bottle", "Food > Honey"), product("Whole Red Lentils (Crimson) – 50 kg", "Food > Grains & pulses > Lentils")];
  it("does not take clover honey for cloves (clous de girofle)", () => {
    expect(noFit("clous de girofle entiers pour une epicerie", "fr", honey)).toMatchObject({ reason: "no_product" });
  });
  it("still sees inflected and compound forms (smoked, peppercorns)", () => {
    const fish = [product("Smoked Mackerel Fillets – 1 kg", "Food > Seafood > Smoked fish"), product("Black Peppercorns, whole – 25 kg", "Food > Spices > Pepper")];
    expect(noFit("black pepper", "en", fish)).toBeNull();
  });
});

describe("nothing fits: the seller's own description can name the product", () => {
  const bags = [
    product("Leather Weekender Duffle Bag – natural tan", "Fashion > Leather goods > Bags", { description: "Large travel holdall in thick cowhide with brass hardware." }),
    product("Ground Saffron Powder – 50 g", "Food > Spices > Saffron", { description: "Pure ground saffron, no fillers, for rice, paella and pastry industries." }),
  ];
  it("finds a product whose title uses another name when its description uses the buyer's", () => {
    expect(noFit("leather holdalls", "en", bags)).toBeNull();
  });

  it("does not count a use or an ingredient in a description as the product", () => {
    // "for rice, paella …" says what saffron is for: no seller lists rice.
    expect(noFit("wild rice", "en", bags)).toMatchObject({ reason: "no_product" });
    // "toothbrush holder" is a holder: the word qualifies the next noun.
    const bath = [product("Ceramic Soap Dish & Bathroom Set", "Home decor > Bathroom", { description: "Soap dish, toothbrush holder, dispenser." })];
    expect(noFit("bamboo toothbrushes", "en", bath)).toMatchObject({ reason: "no_product" });
  });

  it("needs the modifier next to the head when titles carry the head", () => {
    const honeys = [
      product("Creamed Clover Honey – 500 g tub", "Food > Honey", { description: "Sold in the UK as spun honey; smooth and spreadable." }),
      product("Wildflower Honey – 1 kg jar", "Food > Honey", { description: "Raw honey from hives near birch and maple woods." }),
    ];
    expect(noFit("spun honey", "en", honeys)).toBeNull();
    // "birch" in a description, but not naming the honey's kind beside the head: still nothing fits.
    expect(noFit("birch honey", "en", honeys)).toMatchObject({ reason: "no_product" });
  });
});


describe("when nothing of the kind is sold: what carries the rest of the request", () => {
  const lumber = product("SPF Dimension Lumber 2x4 #2 & Better, KD-HT, 8–16 ft", "Timber > Lumber", { description: "Spruce-pine-fir lumber, kiln-dried and heat-treated (ISPM-15)." });
  const sardines = product("Canned Sardines in olive oil – 125 g club tin, easy open", "Food > Seafood > Sardines");
  const couscous = product("Private Label Couscous – 500 g box", "Food > Grains", { description: "Your brand on our couscous; formulators welcome." });
  const rest = (text: string, head: string, candidates: ProductFacts[]) => sharesTheRest(typeOf(head, "en", candidates).type, text, candidates).map((p) => p.title);

  it("offers a product that carries two of the buyer's describing words, one of them long", () => {
    expect(rest("kiln-dried two-by-fours, #2 & better, heat-treated", "two-by-fours", [sardines, lumber])).toEqual([lumber.title]);
  });

  it("offers nothing on short words, service words or a word's prefix", () => {
    expect(rest("easy peelers in open cartons", "easy peelers", [sardines, lumber])).toEqual([]);
    // One shared word is not enough.
    expect(rest("heat-treated two-by-fours with pressure treatment", "two-by-fours", [sardines, lumber])).toEqual([]);
    expect(rest("bamboo toothbrushes with our logo, private label", "bamboo toothbrushes", [couscous])).toEqual([]);
    expect(rest("dog kibble, adult formula, for pet brands", "dog kibble", [couscous])).toEqual([]);
  });
});

describe("a modifier's -ing and -ed forms", () => {
  const fryers = [
    product("High-Oleic Canola Oil (frying oil) – 20 L", "Food > Oils > Canola oil"),
    product("Extra Virgin Olive Oil – 5 L tin", "Food > Oils > Olive oil"),
  ];
  it("finds 'fry oil' and 'fryer oil' in a title saying 'frying oil'", () => {
    expect(noFit("fry oil", "en", fryers)).toBeNull();
    expect(noFit("long-life deep-fryer oil", "en", fryers)).toBeNull();
  });
  it("never lets a head's inflection stand for it: french fries are no frying oil", () => {
    const withFries = [...fryers, product("Frozen Peas – 10 kg carton", "Food > Frozen > Vegetables")];
    expect(noFit("frozen french fries", "en", withFries)).toMatchObject({ reason: "no_product" });
  });
});

describe("a compound modifier and weight words", () => {
  const sweaters = [...knitwear, product("Chunky Cable Knit Sweater (wool blend)", "Apparel > Knitwear > Sweaters")];
  it("finds a hyphenated modifier by its first word, and never calls 'heavy' missing", () => {
    expect(noFit("heavy cable-stitch sweaters", "en", sweaters)).toBeNull();
  });
  it("still says nothing fits when neither part is sold", () => {
    expect(noFit("argyle-pattern sweaters", "en", sweaters)).toMatchObject({ reason: "no_product" });
  });
});
