// Issue 16's general patterns, one case or more per rule (dev examples in data/eval/requests-dev3.jsonl).
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("no product named: a buyer describing themselves or asking what there is", () => {
  it.each([
    ["Could you send me your price list? We're a wholesaler in Lagos.", "en"],
    ["Nous sommes une chaîne de boulangeries à Lyon, envoyez-nous votre catalogue", "fr"],
    ["Bonsoir, envoyez-moi ce que vous avez en stock, on est une épicerie fine à Genève", "fr"],
    ["We have a 40ft container to fill for Abidjan, what do you suggest?", "en"],
    ["On a un conteneur 20 pieds à remplir pour Dakar, qu'est-ce que vous proposez ?", "fr"],
    ["Somos una cadena de hoteles en Cancún, ¿qué productos ofrecen?", "es"],
    ["Envíenme lo que tengan en stock, tenemos una tienda gourmet en Bogotá", "es"],
    ["نحن سلسلة فنادق في الدوحة، أرسلوا لنا قائمة الأسعار", "ar"],
    ["لدينا حاوية ٤٠ قدم نريد تعبئتها إلى مرسين، ماذا تقترحون؟", "ar"],
    ["We are an importer based in Accra. Send me your offers please", "en"],
    ["I'm a buyer for a hotel group in Muscat, what products can you supply?", "en"],
    ["نحن شركة توزيع في عمان، ما هي المنتجات المتوفرة لديكم؟", "ar"],
    ["عندنا سوبرماركت في دبي، شو عندكم؟", "ar"],
    ["¿Qué tienen en stock? Tenemos tres tiendas en Lima", "es"],
    ["Somos importadores en Panamá, ¿pueden enviarnos su catálogo?", "es"],
  ])("%s → no product, so the parser asks for one", (text, language) => {
    const r = parse(text);
    expect(r.product).toBeNull();
    expect(r.missing).toContain("product");
    expect(r.language).toBe(language);
  });

  it("still reads the product after a self-description", () => {
    expect(parse("We're a supermarket group in Kuwait. Looking for 2 x 40HC of canned tuna, halal.")).toMatchObject({
      product: "canned tuna", destination: { country: "KW", place: null }, quantity: { value: 2, unit: "container40" },
    });
    expect(parse("We run 4 hotels in Dubai and need 20,000 bars of guest soap")).toMatchObject({ product: "guest soap", quantity: { value: 20000, unit: "pcs" } });
    // "a buyer of X", "un importateur de X": X is a product again.
    expect(parse("I am a regular buyer of argan oil, need 2 t for Lyon").product).toBe("argan oil");
    expect(parse("Nous sommes un importateur de dattes à Lille, 5 t svp").product).toBe("dattes");
  });
});

describe("product phrase boundaries", () => {
  it.each([
    ["Hi team, 3 pallets of maple syrup grade A, target 6.80 USD per kg", "maple syrup grade a"],
    ["Safran catégorie I, 5 kg, livraison Paris", "safran catégorie i"],
    ["Queremos importar 2 contenedores de 40 pies de sardinas en lata a Guayaquil", "sardinas en lata"],
    ["I need olive oil for my restaurant", "olive oil"],
    ["Nos interesa recibir 5 palés de cerámica de Fez para nuestra tienda en Valparaíso", "cerámica de fez"],
    ["Buscamos alfombras de lana de Marrakech, 200 unidades, para nuestra tienda en Madrid", "alfombras de lana de marrakech"],
    ["نحتاج ٢٠٠ كرتونة تمور مجدول للمحل ديالنا في الرباط", "تمور مجدول"],
    ["نبحث عن مورد لزيت زيتون بكر ممتاز، ١٠ أطنان، CIF جدة", "زيت زيتون بكر ممتاز"],
    ["بدي ٥٠٠ قطعة زرابي صوف لمعرضي في عمان", "زرابي صوف"],
    ["Vous avez de l'huile de nigelle bio ? Il m'en faudrait 800 L pour Bruxelles", "huile de nigelle bio"],
    ["Marchandise : sardines en conserve, 4 000 cartons, FOB Safi, à destination de Douala", "sardines en conserve"],
    ["¿Tienen harissa? Nos harían falta 2.000 frascos para Montevideo", "harissa"],
  ])("%s → %s", (text, product) => {
    expect(parse(text).product).toBe(product);
  });

  it("a city after 'from' stays an origin, not part of the product", () => {
    expect(parse("need 3 t of dates from Marrakech to Paris")).toMatchObject({ product: "dates", destination: { country: "FR", place: "Paris" } });
  });
});

describe("quantities", () => {
  it.each([
    ["Looking for 300 solar panels 450W for our farm in Senegal", { value: 300, unit: "pcs" }, "solar panels 450w"],
    ["Besoin de 2 500 caftans brodés, 35 € pièce, livraison Paris", { value: 2500, unit: "pcs" }, "caftans brodés"],
    ["3 500 djellabas pour Paris", { value: 3500, unit: "pcs" }, "djellabas"],
    ["Je voudrais une demi-tonne de cumin, livraison à Nantes", { value: 0.5, unit: "t" }, "cumin"],
    ["Half a tonne of dried figs to Hamburg please", { value: 0.5, unit: "t" }, "dried figs"],
    ["We're interested in 5 t of green olives, CIF Doha", { value: 5, unit: "t" }, "green olives"],
    ["Cherchons 20 t de TSP 46% P2O5 pour Abidjan", { value: 20, unit: "t" }, "tsp 46% p2o5"],
  ])("%s", (text, quantity, product) => {
    expect(parse(text)).toMatchObject({ quantity, product });
  });

  it("a count after 'for' that is not a need stays unread", () => {
    expect(parse("olive oil for 300 guests").quantity).toBeNull();
  });
});

describe("prices and currencies", () => {
  it.each([
    ["Prix cible 700 $ US la tonne pour 10 t de phosphate naturel", { amount: 700, currency: "USD", per: "t" }],
    ["need 2 t, 1 400 QAR per ton", { amount: 1400, currency: "QAR", per: "t" }],
    ["max 18 AED per kg", { amount: 18, currency: "AED", per: "kg" }],
    ["budget 60000 XOF per panel", { amount: 60000, currency: "XOF", per: "pcs" }],
    ["350 000 FCFA la tonne", { amount: 350000, currency: "XOF", per: "t" }],
    ["1000 brake discs, 95 TRY each", { amount: 95, currency: "TRY", per: "pcs" }],
    ["4 KWD per kg", { amount: 4, currency: "KWD", per: "kg" }],
    ["14 CHF le kilo", { amount: 14, currency: "CHF", per: "kg" }],
    ["12 CNY per piece", { amount: 12, currency: "CNY", per: "pcs" }],
    ["180 INR per kg", { amount: 180, currency: "INR", per: "kg" }],
    ["45 MAD la bouteille", { amount: 45, currency: "MAD", per: "pcs" }],
    ["200 panneaux solaires, 95 000 FCFA le panneau", { amount: 95000, currency: "XOF", per: "pcs" }],
  ])("%s", (text, price) => {
    expect(parse(text).targetPrice).toEqual(price);
  });

  it("a time, shipment or order after 'per' is no unit", () => {
    expect(parse("dates, 300 USD per shipment").targetPrice).toEqual({ amount: 300, currency: "USD", per: null });
    expect(parse("dates, 5 USD per month").targetPrice).toEqual({ amount: 5, currency: "USD", per: null });
  });

  it("'try' is the lira only after an amount", () => {
    expect(parse("try 100 kg of dates to Lyon").targetPrice).toBeNull();
  });
});

describe("destinations", () => {
  it.each([
    ["30 t of couscous for our supermarkets in Qatar, IFS and halal", { country: "QA", place: null }],
    ["Looking for 300 solar panels for our farm in Senegal", { country: "SN", place: null }],
    ["Besoin de 2 t de crevettes à destination de Genève", { country: "CH", place: "Geneva" }],
    ["1000 brake discs, FOB Tangier, final destination Istanbul", { country: "TR", place: "Istanbul" }],
  ])("%s", (text, destination) => {
    expect(parse(text).destination).toEqual(destination);
  });

  it("our suppliers' country is an origin, not the destination", () => {
    expect(parse("need 2 t of dates like our suppliers in Tunisia send").destination).toBeNull();
  });
});

describe("certifications", () => {
  it.each([
    ["Need 2 t of hazelnut spread, ISO 22000 and BRCGS", ["brcgs", "iso-22000"]],
    ["1000 brake discs, IATF 16949", ["iatf-16949"]],
    ["500 kg Demeter dates for Zurich, GLOBALG.A.P. too, halal not needed", ["demeter", "globalgap"]],
    ["frozen hake, MSC certified, and shrimp ASC", ["asc", "msc"]],
    ["2 000 bouteilles d'huile d'argan, kosher pas nécessaire", []],
    ["أبحث عن زيت الأرغان العضوي ٥٠٠ لتر", ["organic"]],
    ["Need 10 t of GLOBALG.A.P. avocados for Rotterdam, ASC not relevant", ["globalgap"]],
  ])("%s", (text, certifications) => {
    expect(parse(text).certifications).toEqual(certifications);
  });
});

describe("French or Spanish", () => {
  it.each([
    ["Necesito 10.000 botellas de agua de rosas, 1,20 € la botella, DDP Barcelona", "es"],
    ["Necesitamos 3.500 cajas de sardinas en aceite de oliva para Lima", "es"],
    ["Besoin de 2 t de crevettes ASC à destination de Genève, 14 CHF le kilo", "fr"],
    ["10 t de dattes de la Tunisie pour Lyon", "fr"],
  ])("%s → %s", (text, language) => {
    expect(parse(text).language).toBe(language);
  });
});

describe("language names as an LLM writes them", () => {
  it.each([["Portuguese", "pt"], ["portugais", "pt"], ["البرتغالية", "pt"], ["es-MX", "es"], ["Klingon", null]])("%s → %s", async (name, code) => {
    const { canonicalLanguage } = await import("../../../src/core/extraction/language.js");
    expect(canonicalLanguage(name)).toBe(code);
  });
});
