import { describe, expect, it } from "vitest";
import { analyzeRequest } from "../../../src/core/extraction/rulesParser.js";
import { NOW, parse } from "./helpers.js";

describe("quantity units", () => {
  it.each([
    ["3 MT of green coffee", { value: 3, unit: "t" }],
    ["500 kilos of saffron", { value: 500, unit: "kg" }],
    ["800 lbs of lobster", { value: 800, unit: "lb" }],
    ["250 grams of saffron", { value: 250, unit: "g" }],
    ["150 m² de zellige", { value: 150, unit: "m2" }],
    ["300 cartons of clementines", { value: 300, unit: "carton" }],
    ["12 palettes de savon", { value: 12, unit: "pallet" }],
    ["2x20' dates", { value: 2, unit: "container20" }],
    ["3 x 40HC per month of tuna", { value: 3, unit: "container40" }],
    ["un conteneur de 20 pieds de sardines", { value: 1, unit: "container20" }],
    ["a 20ft container of olives", { value: 1, unit: "container20" }],
    ["40ft container of canned tomatoes", { value: 1, unit: "container40" }],
    ["half a ton of cumin", { value: 0.5, unit: "t" }],
    ["a dozen pallets of zellige", { value: 12, unit: "pallet" }],
    ["6000 bottles of ice wine", { value: 6000, unit: "pcs" }],
    ["500 t-shirts", { value: 500, unit: "pcs" }],
  ])("%s", (text, quantity) => {
    expect(parse(text).quantity).toEqual(quantity);
  });
});

describe("packaging is not the quantity", () => {
  it("keeps the amount and ignores the tin size", () => {
    expect(parse("2000 L of olive oil in 5 L tins").quantity).toEqual({ value: 2000, unit: "l" });
  });

  it("counts packs when a pack size comes with a count", () => {
    expect(parse("20 000 sachets de 1 kg de couscous").quantity).toEqual({ value: 20000, unit: "pcs" });
    expect(parse("couscous in 1kg bags x 20,000 to Montreal").quantity).toEqual({ value: 20000, unit: "pcs" });
    expect(parse("vidal ice wine 375ml, 6000 bottles for Shanghai").quantity).toEqual({ value: 6000, unit: "pcs" });
  });

  it("counts Maghreb 'قرعة' (bottle) as a pack", () => {
    expect(parse("بغينا 500 قرعة ديال ماء الورد ديال 250 مل لمراكش")).toMatchObject({ product: "ماء الورد", quantity: { value: 500, unit: "pcs" } });
  });

  it("ignores frequencies", () => {
    expect(parse("2 tonnes de farine chaque semaine pour Lyon").quantity).toEqual({ value: 2, unit: "t" });
  });
});

describe("corrections and contradictions", () => {
  it("takes the corrected value", () => {
    expect(parse("need 3 tons olive oil... sorry, make it 5 tons").quantity).toEqual({ value: 5, unit: "t" });
    expect(parse("500kg saffron??? no wait, 5kg").quantity).toEqual({ value: 5, unit: "kg" });
  });

  it("flags two different amounts without a correction", () => {
    const a = analyzeRequest("need 2 tons of dates, 7 tons of dates to Doha", { now: NOW });
    expect(a.conflictingQuantities).toBe(true);
    expect(a.request.quantity).toEqual({ value: 7, unit: "t" });
  });

  it("does not flag a restatement in another unit", () => {
    const a = analyzeRequest("2 x 20ft containers (about 40 tons) of sugar", { now: NOW });
    expect(a.conflictingQuantities).toBe(false);
    expect(a.request.quantity).toEqual({ value: 2, unit: "container20" });
  });
});

describe("zero and negative amounts", () => {
  it("rejects zero", () => {
    const a = analyzeRequest("0 kg of argan oil to Paris", { now: NOW });
    expect(a.request.quantity).toBeNull();
    expect(a.request.missing).toContain("quantity");
    expect(a.invalidNumbers).toBe(true);
  });

  it("rejects a negative amount", () => {
    const a = analyzeRequest("need -5 tons of dates to Lyon", { now: NOW });
    expect(a.request.quantity).toBeNull();
    expect(a.invalidNumbers).toBe(true);
  });

  it("rejects a negative price", () => {
    const a = analyzeRequest("2 t of dates at -3 USD/kg", { now: NOW });
    expect(a.request.targetPrice).toBeNull();
    expect(a.invalidNumbers).toBe(true);
  });
});
