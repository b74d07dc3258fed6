// What a buyer means to do with the goods, and what else they might take, are not the product.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("an intention before the goods", () => {
  it("skips a Spanish infinitive after a need word", () => {
    const r = parse("Somos un laboratorio de cosmética en Montevideo y queremos prensar el aceite acá. Necesitamos almendras de argán ya partidas, 1.500 kg en bolsas de 25 kg.");
    expect(r.product).toMatch(/^almendras de argán/);
  });
  it("skips an Arabic 'we' verb after a need word", () => {
    expect(parse("عنا معصرة صغيرة بعمّان وبدنا نعصر زيت أرغان هون بالأردن. بدنا لب الأرغان، الكمية 3 طن").product).toBe("لب الأرغان");
  });
  it("keeps a noun with an infinitive's ending", () => {
    expect(parse("Necesitamos azúcar de caña, 20 toneladas CIF Valparaíso").product).toMatch(/^azúcar de caña/);
  });
});

describe("Algerian containers", () => {
  it("reads 'كونتونارات' as containers", () => {
    expect(parse("حابين جلبانة يابسة خضرا، 3 كونتونارات 20 قدم، CFR الجزائر").quantity).toEqual({ value: 3, unit: "container20" });
  });
});

describe("a second wish", () => {
  it("ranks what the buyer also asks about below the first wish", () => {
    const r = parse("عندي محل ديال الإكسسوار فكازا. بغيت غطاوات ديال الكراسي من النيوبرين، 400 وحدة. وواش عندكم حتى البلاكيط ديال الفرانات؟");
    expect(r.product).toMatch(/^غطاوات ديال الكراسي/);
  });
});

describe("need words of more dialects and of a company", () => {
  it.each([
    ["صحا، حنا مستوردين تاع البقوليات فالدزاير. حابين جلبانة يابسة خضرا كاملة، 3 كونتونارات 20 قدم", /^جلبانة يابسة/],
    ["مرحبا، نحنا شركة سورية بإسطنبول منشتغل إكسسوارات سيارات ومنصدّر عالخليج. عم دوّر على تلبيسة جلد للدركسيون، ٣٠٠٠ قطعة", /^تلبيسة جلد/],
    ["عندنا مخبر تاع مستحضرات التجميل في وهران ونحوّسو على زيت بذور الهندي، 10 كيلو", /^زيت بذور الهندي/],
    ["Empresa de bebidas vegetales en Guadalajara busca proteína aislada de chícharo al 85%, 2 toneladas", /^proteína aislada de chícharo/],
    ["Llevo una tienda de cosmética natural en Gràcia. Me piden mucho el colorete tradicional de Fez, unas 600 unidades", /^colorete tradicional/],
  ])("%s", (text, product) => {
    expect(parse(text).product).toMatch(product);
  });
});

describe("a business named without its article", () => {
  it("is the buyer, and 'Searching' asks for the goods", () => {
    expect(parse("We are honey packer in Bremen, filling for discounters. Searching dark buckweat honey in bulk, 300 kg drums, DAP Bremen.").product).toBe("dark buckweat honey");
  });
  it("leaves 'we are looking for' asking", () => {
    expect(parse("We are looking for olive oil packer tins, 2 t").product).toMatch(/^olive oil/);
  });
});

describe("Arabic words after an amount that name no goods", () => {
  it.each([
    ["مرحبا، نحنا شركة مكملات رياضية بدبي وبدنا بروتين بازلاء معزول ٨٥٪ بأكياس ٢٠ كيلو، حوالي ١٠ طن بالسنة، وشهادة حلال لازم", /^بروتين بازلاء معزول/],
    ["نريد وايرات حساسات ABS aftermarket، 2000 قطعة لكم موديل، التسليم بغداد", /^وايرات حساسات/],
  ])("%s", (text, product) => {
    expect(parse(text).product).toMatch(product);
  });

  it("reads a third-person 'wants' after the business", () => {
    expect(parse("صالون تجميل بأربيل يريد ماي قدّاح طبيعي مقطّر يُستعمل تونر للوجه، قناني ٢٥٠ مل، ١٠٠٠ قنينة").product).toMatch(/^ماي قداح/);
  });
});

describe("an Arabic pack after the amount", () => {
  it("names no goods", () => {
    expect(parse("مصنع حلويات في الرياض، نبي ماء ورد للطبخ (مو للبشرة)، ٥٠٠ لتر جراكن أو عبوات لتر، ولازم شهادة حلال").product).toBe("ماء ورد");
  });
});

describe("OEKO-TEX", () => {
  it("is a certificate, and its 'Standard 100' no amount", () => {
    const r = parse("We need beach towels, OEKO-TEX Standard 100 certified, 300 pcs");
    expect(r.certifications).toEqual(["oeko-tex"]);
    expect(r.quantity).toEqual({ value: 300, unit: "pcs" });
    expect(parse("Buscamos toallas de playa tipo fouta, 500 unidades. Es requisito que vengan con certificado OEKO-TEX Standard 100.").certifications).toEqual(["oeko-tex"]);
  });
});
