// Words around the product that name no product: a season given as months ("d'octobre à mai"), a
// Spanish count abbreviation ("250 uds."), an assortment of references ("en referencias variadas")
// and an Arabic pack noun before its size ("قوالب ١ كيلو": 1 kg wheels).
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("a range of months names no product", () => {
  it("keeps the product named before a supply season, in each language", () => {
    expect(parse("Poivrons rouges calibre 70-90, 4 palettes par semaine de novembre à avril, rendu Rungis").product).toBe("poivrons rouges calibre 70-90");
    expect(parse("Fresh lemons, 3 pallets a week from October to March, delivered Rotterdam").product).toBe("fresh lemons");
    expect(parse("Naranjas de mesa, 5 palets por semana de diciembre a marzo, entrega Madrid").product).toBe("naranjas de mesa");
  });

  it("still reads a product whose name holds a month word", () => {
    expect(parse("need 200 kg of may chang essential oil").product).toBe("may chang essential oil");
  });
});

describe("Spanish count abbreviations and assortments", () => {
  it("reads 'uds.' as the unit of the count, not the product", () => {
    expect(parse("queremos bolsos de rafia forrados, 400 uds. Enviadnos precio")).toMatchObject({ product: "bolsos de rafia forrados", quantity: { value: 400, unit: "pcs" } });
    expect(parse("Necesito 120 ud de cojines de cuero").quantity).toEqual({ value: 120, unit: "pcs" });
  });

  it("reads an assortment of references as how the order is split", () => {
    expect(parse("buscamos pastillas de freno para furgonetas, unas 3.000 unidades en referencias variadas").product).toBe("pastillas de freno");
    expect(parse("nous cherchons des filtres à huile, 2 000 pièces en références variées").product).toBe("filtres à huile");
  });
});

describe("an Arabic pack noun before its size", () => {
  it("reads 'قوالب ١ كيلو' as the pack, and the amount after it as the quantity", () => {
    expect(parse("جبنة شيدر معتقة، قوالب ٢ كيلو، حوالي ٥٠٠ كيلو شهرياً للرياض")).toMatchObject({ product: "جبنة شيدر معتقة", quantity: { value: 500, unit: "kg" } });
  });
});
