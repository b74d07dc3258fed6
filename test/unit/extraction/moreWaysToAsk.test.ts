// Ways of asking that buyers write every day and the parser did not read: dialect Arabic need verbs,
// Spanish and French business phrasing. The product is what follows them.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("Arabic dialect need verbs", () => {
  it.each([
    ["نبا خشب أبلكاش للطوبار، 2 كونتينر", "خشب أبلكاش"],
    ["نحب زيت زيتون بكر، 2 طن", "زيت زيتون بكر"],
    ["يلزمنا زيت زيتون بكر، 2 طن", "زيت زيتون بكر"],
    ["نستحقو زيت زيتون بكر، 2 طن", "زيت زيتون بكر"],
    ["نشتي عسل سدر، 300 كيلو", "عسل سدر"],
    ["خاصنا زيت زيتون بكر، 2 طن", "زيت زيتون بكر"],
    ["الرجاء إرسال أفضل عرض لـ دقيق القمح، 3 طن FOB", "دقيق القمح"],
    ["مهتمين بـ دقيق القمح. كم الحد الأدنى؟", "دقيق القمح"],
    ["نود طلب دقيق القمح: 2 طبلية إلى عمان", "دقيق القمح"],
    ["هل يمكنكم توريد دقيق القمح بشكل منتظم؟ 1 طن شهريا", "دقيق القمح"],
    ["يرجى إفادتنا بتوفر دقيق القمح، الكمية 10 طن", "دقيق القمح"],
    ["لدينا احتياج لـ دقيق القمح، 8 طن", "دقيق القمح"],
    ["نرجو تزويدنا بعرضكم لـ دقيق القمح، 4 طن", "دقيق القمح"],
    ["مرحبا، الزبون تبعي بدو دقيق القمح، 700 كيلو", "دقيق القمح"],
    ["عرض سعر دقيق القمح كونتينر 40", "دقيق القمح"],
  ])("reads %s", (text, product) => {
    expect(parse(text).product).toBe(product);
  });
});

describe("English chat", () => {
  it("reads 'do you guys do …'", () => {
    expect(parse("Do you guys do dried apricots? need 300kg").product).toBe("dried apricots");
  });
  it("skips a wish for a second supplier", () => {
    expect(parse("We want a second supplier of dried apricots, 3 t a month").product).toBe("dried apricots");
  });
});

describe("Spanish and French business phrasing", () => {
  it.each([
    ["Precisamos aceite de oliva extra virgen, 2 toneladas", "aceite de oliva extra virgen"],
    ["Quisiéramos recibir una oferta de aceite de oliva, 2 toneladas", "aceite de oliva"],
    ["Me urge conseguir aceite de oliva, 2 toneladas", "aceite de oliva"],
    ["Nous sommes à la recherche d'abricots secs, 2 t", "abricots secs"],
    ["On est preneur d'abricots secs, 2 t", "abricots secs"],
    ["Nous désirons importer des abricots secs, 2 t", "abricots secs"],
    ["Merci de nous coter des abricots secs, 2 t", "abricots secs"],
  ])("reads %s", (text, product) => {
    expect(parse(text).product).toBe(product);
  });

  it.each([
    ["Favor de enviar su mejor oferta de harina de trigo, 3 toneladas FOB", "harina de trigo"],
    ["Nos gustaría pedir harina de trigo: 2 pallets a Bogotá", "harina de trigo"],
    ["¿Pueden abastecernos de harina de trigo regularmente? 1 t al mes", "harina de trigo"],
    ["Tenemos un requerimiento de harina de trigo, 8 toneladas", "harina de trigo"],
    ["Hola, mi cliente necesita harina de trigo, 700 kg DAP Santiago", "harina de trigo"],
    ["Estoy interesado en harina de trigo, 400 kg al mes", "harina de trigo"],
    ["Cotización harina de trigo 1x40", "harina de trigo"],
    ["Nous sommes demandeurs de farine de blé, 6 t", "farine de blé"],
  ])("reads %s", (text, product) => {
    expect(parse(text).product).toBe(product);
  });

  it("reads 'the vert' typed without accents as tea in a French message", () => {
    expect(parse("Bonjour, je cherche du the vert gunpowder, 2 tonnes livrées à Lyon").product).toBe("thé vert gunpowder");
    expect(parse("We need the green tea, 2 t").product).toBe("green tea");
  });

  it("still reads a French business that introduces itself", () => {
    expect(parse("Nous sommes une épicerie fine à Lyon et nous cherchons des abricots secs, 200 kg").product).toBe("abricots secs");
  });
});
