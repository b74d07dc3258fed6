// Arabic and Spanish in the offline parser, and the English/French patterns of issue 16, one
// general pattern per case (none of these sentences is in a held-out set).
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/core/extraction/language.js";
import { prepareText } from "../../../src/core/extraction/text.js";
import { parse } from "./helpers.js";

const lang = (s: string): string => {
  const p = prepareText(s);
  return detectLanguage(p.folded, p.text);
};

describe("language", () => {
  it.each([
    ["نحتاج ٥ طن قهوة إلى جدة", "ar"],
    ["Necesitamos 2 toneladas de café para Lima", "es"],
    ["Hola, gracias", "es"],
    ["Bonjour, je cherche du miel", "fr"],
    ["Need 2 tons of honey", "en"],
    ["Нам нужно 5 тонн мёда", "ru"],
    ["我们需要五吨蜂蜜", "zh"],
    ["Wir brauchen 5 Tonnen Honig, bitte mit Lieferung nach Berlin", "de"],
    ["ما نیاز به ۵ تن عسل داریم، لطفاً قیمت بدهید", "fa"],
  ])("%s → %s", (text, code) => {
    expect(lang(text)).toBe(code);
  });
});

describe("Arabic", () => {
  it("reads Arabic-Indic digits, Arabic units and a joined 'to'", () => {
    expect(parse("نحتاج ٣ أطنان من اللوز لبيروت")).toMatchObject({ product: "اللوز", quantity: { value: 3, unit: "t" }, destination: { country: "LB", place: "Beirut" }, language: "ar" });
  });
  it("reads duals, a port after an Incoterm and Arabic decimals", () => {
    expect(parse("بدنا طنين قهوة، CIF ميناء الدمام، السعر ٢٫٥ دولار للكيلو")).toMatchObject({
      product: "قهوة", quantity: { value: 2, unit: "t" }, incoterm: "CIF", destination: { country: "SA", place: "Dammam" }, targetPrice: { amount: 2.5, currency: "USD", per: "kg" },
    });
  });
  it("reads containers in feet and thousands in words", () => {
    expect(parse("نحتاج ٢ حاوية ٤٠ قدم تمر").quantity).toEqual({ value: 2, unit: "container40" });
    expect(parse("نحتاج ٢٠ ألف علبة سردين").quantity).toEqual({ value: 20000, unit: "pcs" });
    expect(parse("نحتاج نصف طن كمون").quantity).toEqual({ value: 0.5, unit: "t" });
  });
  it.each([
    ["قبل شهر آذار", "2027-03-01"],
    ["قبل نهاية يناير", "2027-01-31"],
    ["قبل آخر كانون الثاني", "2027-01-31"],
    ["قبل منتصف فيفري", "2027-02-15"],
    ["خلال ٣ أسابيع", "2026-12-22"],
    ["خلال اسبوعين", "2026-12-15"],
    ["قبل ١٠ نيسان", "2027-04-10"],
  ])("deadline %s", (when, iso) => {
    expect(parse(`نحتاج ٥ طن بن ${when}`, "2026-12-01").deadline).toBe(iso);
  });
  it("reads certifications and their negation", () => {
    expect(parse("نحتاج زيت زيتون عضوي حلال، كوشر غير مطلوب").certifications).toEqual(["halal", "organic"]);
    expect(parse("زيت أرغان بشهادة عضوية أوروبية").certifications).toEqual(["eu-organic"]);
  });
  it("reads Gulf currencies", () => {
    expect(parse("٣٠ ريال قطري للكيلو").targetPrice).toEqual({ amount: 30, currency: "QAR", per: "kg" });
    expect(parse("٤٠ درهم إماراتي للكيلو").targetPrice).toEqual({ amount: 40, currency: "AED", per: "kg" });
  });
});

describe("Spanish", () => {
  it("reads toneladas, Spanish thousands and a destination after 'para'", () => {
    expect(parse("Necesitamos 2.500 kilos de nueces para Guadalajara")).toMatchObject({ product: "nueces", quantity: { value: 2500, unit: "kg" }, destination: { country: "MX", place: "Guadalajara" }, language: "es" });
    expect(parse("Buscamos 12 toneladas de pasas").quantity).toEqual({ value: 12, unit: "t" });
    expect(parse("Queremos media tonelada de canela").quantity).toEqual({ value: 0.5, unit: "t" });
  });
  it("reads containers in pies and per-unit prices", () => {
    const r = parse("Necesitamos 3 contenedores de 40 pies de lentejas, 1,10 USD el kilo");
    expect(r.quantity).toEqual({ value: 3, unit: "container40" });
    expect(r.targetPrice).toEqual({ amount: 1.1, currency: "USD", per: "kg" });
  });
  it.each([
    ["antes de marzo", "2027-03-01"],
    ["a finales de enero", "2027-01-31"],
    ["a mediados de febrero", "2027-02-15"],
    ["antes del 20 de enero", "2027-01-20"],
    ["dentro de 3 semanas", "2026-12-22"],
    ["antes de Navidad", "2026-12-25"],
  ])("deadline %s", (when, iso) => {
    expect(parse(`Necesitamos 5 toneladas de avena ${when}`, "2026-12-01").deadline).toBe(iso);
  });
  it("reads orgánico/ecológico, comercio justo and negation", () => {
    expect(parse("miel ecológica, comercio justo, kosher no es necesario").certifications).toEqual(["fairtrade", "organic"]);
  });
  it("keeps an origin after FOB apart from the destination", () => {
    expect(parse("20 toneladas de harina, FOB Montreal").destination).toBeNull();
    expect(parse("20 toneladas de harina, FOB Agadir, destino final Perú").destination).toEqual({ country: "PE", place: null });
  });
});

describe("English and French patterns", () => {
  it.each([
    "we have a 40ft container to fill for Lagos, what can you offer?",
    "please send me what you have in stock",
    "we need supplies for our 5 restaurants in Dubai",
    "On a un conteneur de 20 pieds à remplir pour Abidjan",
  ])("names no product: %s", (text) => {
    expect(parse(text).product).toBeNull();
    expect(parse(text).missing).toContain("product");
  });
  it("does not take a buyer describing themselves for the product", () => {
    expect(parse("We run three supermarkets in Oman and need 4 tons of basmati rice").product).toBe("basmati rice");
  });
  it("reads 'vs avez', 'il m'en faudrait' and 'une demi-tonne'", () => {
    expect(parse("vs avez du sirop d'érable ? pour Lyon").product).toBe("sirop d'érable");
    expect(parse("Je cherche du miel de lavande. Il m'en faudrait 800 kg").product).toBe("miel de lavande");
    expect(parse("il nous faudrait une demi-tonne de paprika").quantity).toEqual({ value: 0.5, unit: "t" });
  });
  it.each([
    ["700 $ US la tonne", { amount: 700, currency: "USD", per: "t" }],
    ["12 € pièce", { amount: 12, currency: "EUR", per: "pcs" }],
    ["2 500 FCFA le kilo", { amount: 2500, currency: "XOF", per: "kg" }],
    ["15 KWD per carton", { amount: 15, currency: "KWD", per: "carton" }],
    ["9 CHF/kg", { amount: 9, currency: "CHF", per: "kg" }],
  ])("price %s", (text, price) => {
    expect(parse(`dates, ${text}`).targetPrice).toEqual(price);
  });
  it("reads the newer certifications and 'not needed'", () => {
    expect(parse("BRCGS or IFS, GLOBALG.A.P., MSC, ASC, Demeter, IATF 16949; kosher not needed").certifications).toEqual(
      ["asc", "brcgs", "demeter", "globalgap", "iatf-16949", "ifs", "msc"],
    );
  });
  it("reads a destination after a facility without a delivery word", () => {
    expect(parse("rice for our supermarkets in Bahrain, 3 t").destination).toEqual({ country: "BH", place: null });
  });
});

describe("numbers that are not amounts, and cues", () => {
  it("keeps 450W and 12V in the product, never as an amount or a date", () => {
    expect(parse("need 800 solar panels 450W for Accra")).toMatchObject({ product: "solar panels 450w", quantity: { value: 800, unit: "pcs" }, deadline: null });
    expect(parse("12V batteries 100Ah, 400 units").quantity).toEqual({ value: 400, unit: "pcs" });
    expect(parse("TSP, 46% P2O5, 5000 t").quantity).toEqual({ value: 5000, unit: "t" });
  });
  it("reads an amount after 'interested in'", () => {
    expect(parse("interested in 200 kg of cardamom").quantity).toEqual({ value: 200, unit: "kg" });
  });
  it("reads 'à destination de'", () => {
    expect(parse("2 t de cacao à destination de Lomé").destination).toEqual({ country: "TG", place: "Lome" });
  });
  it("keeps an ampersand inside a name", () => {
    expect(parse("B&B soap, 500 pcs").product).toBe("b&b soap");
  });
});

describe("fillers in Arabic and Spanish", () => {
  it("drops 'بكمية' and a joined facility word", () => {
    expect(parse("مطلوب عسل طبيعي بكمية ٢٠٠ كيلو").product).toBe("عسل طبيعي");
    expect(parse("هل عندكم زيت أرغان؟ نحتاج ٥٠ لتر لمحلنا في دبي").product).toBe("زيت أرغان");
  });
  it("drops Spanish packaging and reads payment terms as no deadline", () => {
    const r = parse("Buscamos miel de azahar en frascos de 500 g, 2.000 frascos, pago a 60 días");
    expect(r.product).toBe("miel de azahar");
    expect(r.deadline).toBeNull();
    expect(r.language).toBe("es");
  });
});
