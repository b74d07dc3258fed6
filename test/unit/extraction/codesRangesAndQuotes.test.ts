// Codes, ranges and formal asks: "AS9100" and "ZE41" are no amounts, "300-500 g" beside containers is
// the size of each fish, "Kindly quote …" asks for the product, and "du DAP" is the fertiliser.
import { describe, expect, it } from "vitest";
import { extractIncoterm } from "../../../src/core/extraction/incoterm.js";
import { fold } from "../../../src/core/extraction/text.js";
import { parse } from "./helpers.js";

describe("amounts", () => {
  it("never reads the digits of a code glued to letters as an amount", () => {
    expect(parse("Magnesium ZE41 gearbox housings, AS9100 mandatory").quantity).toBeNull();
    expect(parse("2x500g jars of amlou").quantity).toEqual({ value: 2, unit: "pcs" });
  });

  it("reads a range of grams beside containers as the size of each piece", () => {
    expect(parse("Frozen whole mackerel 300-500 g, plate frozen, 2 containers").quantity).toEqual({ value: 2, unit: "container40" });
    // Alone, the grams are still the amount the buyer wrote.
    expect(parse("Saffron threads, 300-500 g").quantity).toEqual({ value: 500, unit: "g" });
  });
});

describe("a formal ask", () => {
  it("reads the goods after 'kindly quote', not an offer asked for by the way", () => {
    const r = parse("Dear Sir, we are a blender in Chittagong. Kindly quote formed sulphur pastilles, 15,000 MT bulk. Also please revert with your MOP granular offer.");
    expect(r.product).toBe("formed sulphur pastilles");
  });
});

describe("DAP the fertiliser", () => {
  it("reads DAP after an article as the product, and as the Incoterm before a place", () => {
    const text = "Nous voulons du DAP enrichi au zinc, livraison Dakar";
    expect(extractIncoterm(text, fold(text)).incoterm).toBeNull();
    expect(parse(text).product).toBe("dap enrichi au zinc");
    expect(parse("2 t argan oil DAP Dakar").incoterm).toBe("DAP");
  });
});

describe("sizes beside the order", () => {
  it("reads millilitres beside pallets as each pack's size, and lengths joined by 'x' as a size", () => {
    expect(parse("Prickly pear water, 330 ml Tetra Pak, 3 pallets").quantity).toEqual({ value: 3, unit: "pallet" });
    expect(parse("Layup mandrels in Invar 36.\n- Qty: 4 tools, envelope up to 2.4 m x 1.1 m").quantity).toEqual({ value: 4, unit: "pcs" });
  });
});

describe("a business introduced with 'here', and a product to add", () => {
  it("reads neither the business nor the verb as the product", () => {
    expect(parse("LA-based juice brand here, we already sell a maple water. Want to add a prickly pear cactus water, 3 pallets").product).toBe("prickly pear cactus water");
    expect(parse("Dutch fish processor here. Looking for frozen whole mackerel").product).toBe("frozen whole mackerel");
  });
});
