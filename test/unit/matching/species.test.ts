import { describe, expect, it } from "vitest";
import type { ProductFacts } from "../../../src/ports/catalogSearch.js";
import { latinNames, speciesIn, tradeNames } from "../../../src/core/matching/species.js";

let n = 0;
const product = (title: string, attributes: Record<string, unknown> = {}): ProductFacts => ({
  id: `p${++n}`, sellerId: "s", seller: "S", sellerCountry: null, sku: `SKU-${n}`, title, description: null, category: "Food", attributes,
  moq: null, unit: null, priceMin: null, priceMax: null, currency: null, leadTimeDays: null, certifications: [], originCountry: null, shipsTo: ["*"],
});

describe("Latin species names", () => {
  const oregano = product("Organic Oregano, Moroccan (Origanum compactum) – 20 kg bale / carton");
  const mustard = product("Yellow Mustard Seed (Sinapis alba), No. 1 Canada");
  const blueberries = product("Frozen Wild Blueberries IQF – 10 kg carton", { species: "Vaccinium angustifolium (wild lowbush)" });
  const yogurt = product("Strained Yogurt (Greek style) – 1 kg tub");
  const oranges = product("Maroc Late Oranges (Valencia late) – 15 kg");

  it("reads a binomial from the title's brackets or the species attribute, not trade words in brackets", () => {
    expect(latinNames(oregano)).toEqual(["origanum compactum"]);
    expect(latinNames(blueberries)).toEqual(["vaccinium angustifolium"]);
    expect(latinNames(yogurt)).toEqual([]);
    expect(latinNames(oranges)).toEqual([]);
  });

  it("finds the products whose Latin name the buyer wrote, in any case, and gives their trade names", () => {
    expect(speciesIn("Origanum compactum dried leaves, 20 kg bales")(oregano)).toBe(true);
    expect(speciesIn("origanum dried leaves")(oregano)).toBe(false);
    expect(tradeNames("sinapis alba No.1 Canada, 40 MT", [oregano, mustard, blueberries])).toEqual(["Yellow Mustard Seed"]);
    expect(tradeNames("Origanum compactum dried leaves", [oregano, mustard])).toEqual(["Organic Oregano"]);
  });
});
