// Long English requests that open with the buyer's business as a label, or describe the goods before
// naming them (requests-dev13 and matching-dev12 misses). Sentences here are in no eval set.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("a count after a short label and its colon", () => {
  it("is the order, and what follows is the product", () => {
    const r = parse("Hotel group in Doha: 400 hand-woven wool rugs, 2 x 3 m, CIF Hamad Port.");
    expect(r.quantity).toEqual({ value: 400, unit: "pcs" });
    expect(r.product).toBe("hand-woven wool rugs");
  });

  it("is not read after a long sentence or a label holding a number", () => {
    expect(parse("We opened our second shop in Leeds this spring and have room for more lines: 12 new brands so far").quantity).toBeNull();
    expect(parse("Invoice 4417: 25 arrived damaged").quantity).toBeNull();
  });
});

describe("the buyer describes before naming", () => {
  it("reads the goods after 'what we need (now) is' in three languages", () => {
    expect(parse("Our oil supplier is sorted; what we need now is the raw shea butter, 2 t, CIF Hamburg.").product).toBe("raw shea butter");
    expect(parse("Ce dont nous avons besoin, c'est du miel de thym, 300 kg").product).toBe("miel de thym");
    expect(parse("Lo que buscamos es comino en grano, 2 toneladas").product).toBe("comino en grano");
  });

  it("never takes 'something …' for the product", () => {
    expect(parse("We want something warm for the winter range: merino wool beanies, 500 pieces").product).toBe("merino wool beanies");
    expect(parse("Do you have anything organic?").product).toBeNull();
  });

  it("reads a business with an adjective before 'chain' as the buyer", () => {
    expect(parse("Gourmet grocery chain in Oslo: 200 kg of dried figs, DAP Oslo").product).toBe("dried figs");
  });
});

describe("what the buyer does not want", () => {
  it("never takes a clause opened by a negation for the product", () => {
    expect(parse("Queremos arroz bomba de Valencia (no el arroz largo), 5 t, CIF Lima").product).toBe("arroz bomba de valencia");
    expect(parse("Green lentils for Accra, not the French Puy type, 20 t").product).toBe("green lentils");
    expect(parse("Crevettes nordiques cuites, 2 t. Pas de crevettes tropicales.").product).toBe("crevettes nordiques cuites");
  });

  it("still reads the product after 'no es X sino Y' and a leading 'No,'", () => {
    expect(parse("Perdón, no es orégano sino tomillo seco, 200 kg").product).toBe("tomillo seco");
    expect(parse("No, we need dried figs, 2 t").product).toBe("dried figs");
  });

  it("reads a count per weight as a grade, not the amount", () => {
    const r = parse("Crevettes entières cuites, calibre 40/60 pièces au kilo, 500 kg, CFR Le Havre");
    expect(r.quantity).toEqual({ value: 500, unit: "kg" });
    expect(r.product).toBe("crevettes entières cuites");
  });
});

describe("a business and its place before a colon", () => {
  it("hands the product to what follows the colon", () => {
    expect(parse("Fromagerie à Lausanne : miel de sapin, 120 kg").product).toBe("miel de sapin");
    expect(parse("Tienda gourmet en Bilbao: mermelada de higo, 300 frascos").product).toBe("mermelada de higo");
  });

  it("keeps a product named before its origin and a colon", () => {
    expect(parse("Argan oil from Agadir: 2 t, CIF Rotterdam").product).toBe("argan oil");
  });
});

describe("a Spanish 'con' complement", () => {
  it("stays in the name up to the end of the clause or a boundary word", () => {
    expect(parse("Necesitamos 300 kg de aceitunas verdes con hueso para Quito").product).toBe("aceitunas verdes con hueso");
    expect(parse("Buscamos 2.000 camisetas con cuello redondo, entrega en Lima").product).toBe("camisetas con cuello redondo");
  });

  it("leaves out a certificate, a delivery or a pronoun after 'con'", () => {
    expect(parse("Buscamos aceite de oliva con certificado ecológico, 2 t").product).toBe("aceite de oliva");
    expect(parse("Necesitamos miel de azahar con entrega en Valencia").product).toBe("miel de azahar");
  });
});
