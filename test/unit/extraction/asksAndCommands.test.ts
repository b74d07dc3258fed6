// General mechanisms behind the misses of requests-dev12.jsonl (Arabic and Spanish product phrases,
// catalogue requests, commands): each case is a class of wording tried in sentences that are not
// in any eval set.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("a command to the seller names no product", () => {
  it("reads Spanish polite commands with a joined pronoun as verbs", () => {
    expect(parse("Pásenme la lista de precios actualizada, gracias.").product).toBeNull();
    expect(parse("Facilítenos sus condiciones de venta por favor").product).toBeNull();
    expect(parse("Indíqueme plazos y forma de pago").product).toBeNull();
  });

  it("still reads the goods named after such a command", () => {
    expect(parse("Envíenos 300 kg de comino molido a Lima").product).toBe("comino molido");
  });

  it("keeps nouns that end like a command", () => {
    expect(parse("Necesitamos 20 t de garbanzos chilenos").product).toBe("garbanzos chilenos");
    expect(parse("buscamos 5 t de plátanos verdes").product).toBe("plátanos verdes");
  });

  it("reads an Arabic request to send a list as no product", () => {
    expect(parse("نرجو إرسال عرض أسعاركم مع شروط الدفع").product).toBeNull();
    expect(parse("ممكن تبعتولي قائمة الأسعار؟").product).toBeNull();
  });
});

describe("an Arabic sentence opened by 'we' and a verb is a need, not a self-description", () => {
  it("reads the product after نحن نبحث عن / احنا محتاجين", () => {
    expect(parse("نحن نبحث عن زيت الأرغان التجميلي").product).toBe("زيت الأرغان التجميلي");
    expect(parse("احنا محتاجين تمر مجهول ١ طن").product).toBe("تمر مجهول");
    expect(parse("نحن نريد شراء عسل السدر").product).toBe("عسل السدر");
  });

  it("still reads نحن + a noun as the buyer", () => {
    expect(parse("نحن سلسلة مطاعم ونحتاج ٣٠٠ كيلو كسكس").product).toBe("كسكس");
    expect(parse("احنا مستوردين جداد وعايزين نشوف المنتجات اللي عندكم").product).toBeNull();
  });
});

describe("what the buyer does, said with an Arabic 'we' verb, is not the goods", () => {
  it("reads ونبيع / نشوف phrases as clauses", () => {
    expect(parse("شركتنا تعمل في التجزئة ونبيع المنتجات الطبيعية أونلاين، ما هي عروضكم؟").product).toBeNull();
  });
});

describe("a phrase named right after a correction wins over a later one", () => {
  it("takes the corrected product, not the dropped one mentioned again", () => {
    expect(parse("Necesitamos 2 t de orégano seco. Perdón, quise decir tomillo seco, el orégano ya lo compramos.").product).toBe("tomillo seco");
    expect(parse("need 1 t of cumin, sorry I meant paprika, the cumin we already have").product).toBe("paprika");
  });

  it("reads 'mejor que sean N' as a corrected amount of the same product", () => {
    const r = parse("Necesitamos 3 toneladas de azúcar de arce... mejor que sean 5 toneladas.");
    expect(r.product).toBe("azúcar de arce");
    expect(r.quantity).toEqual({ value: 5, unit: "t" });
  });
});

describe("an assortment asked of the seller ends the product", () => {
  it("cuts 'in assorted sizes' and its French and Spanish forms", () => {
    expect(parse("we need 300 berber rugs in assorted sizes").product).toBe("berber rugs");
    expect(parse("200 poufs en cuir en couleurs assorties").product).toBe("poufs en cuir");
    expect(parse("quisiéramos 100 lámparas de latón en tamaños variados").product).toBe("lámparas de latón");
  });
});

describe("Arabic words around the product", () => {
  it("keeps 'على البارد' after a processing participle with the article", () => {
    expect(parse("نحتاج زيت بذور الكتان المعصور على البارد").product).toBe("زيت بذور الكتان المعصور على البارد");
  });

  it("reads a count of barrels as pieces, not as part of the name", () => {
    const r = parse("نبي ٣٠ برميل زيت زيتون بكر");
    expect(r.product).toBe("زيت زيتون بكر");
    expect(r.quantity).toEqual({ value: 30, unit: "pcs" });
  });

  it("reads a dual with a joined preposition as two", () => {
    expect(parse("عرض سعر لحاويتين ٢٠ قدم من العدس").quantity).toEqual({ value: 2, unit: "container20" });
    expect(parse("نحتاج كمية بطنين من التمر").quantity).toEqual({ value: 2, unit: "t" });
  });

  it("reads a Latin certificate code behind a joined 'و'", () => {
    expect(parse("نحتاج ٥ طن تمر مع شهادة حلال وBRCGS").certifications).toEqual(["brcgs", "halal"]);
  });

  it("reads the Maghreb spelling of euro", () => {
    expect(parse("بغينا 200 كرطون ديال الزيتون، الثمن 15 أورو للكرطون").targetPrice).toEqual({ amount: 15, currency: "EUR", per: "carton" });
  });
});

describe("Spanish EU-organic wording", () => {
  it("reads 'certificación ecológica UE' and 'sello orgánico europeo'", () => {
    expect(parse("necesitamos 1 t de higos secos con certificación ecológica UE").certifications).toEqual(["eu-organic"]);
    expect(parse("aceite de argán con sello orgánico europeo, 200 litros").certifications).toEqual(["eu-organic"]);
  });
});

describe("get back to you, without a subject", () => {
  it("names no product", () => {
    expect(parse("Thanks, will review internally and get back to you on Monday.").product).toBeNull();
  });
});

describe("British 'we're after' and pack-size ranges", () => {
  it("reads 'we're after X' as a need", () => {
    const r = parse("Morning! Stables supplier here. We're after softwood pellets for bedding, bagged 15-20 kg, 2 x 40ft to Felixstowe");
    expect(r.product).toBe("softwood pellets");
    expect(r.quantity).toEqual({ value: 2, unit: "container40" });
  });

  it("keeps 'after' a time word without a subject", () => {
    expect(parse("need 2 t of dates, delivery after Ramadan").product).toBe("dates");
  });

  it("still reads a range with no pack word as the amount", () => {
    expect(parse("need 15-20 kg of saffron").quantity).toEqual({ value: 20, unit: "kg" });
  });
});
