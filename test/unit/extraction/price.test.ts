import { describe, expect, it } from "vitest";
import { canonicalCurrency } from "../../../src/core/extraction/price.js";
import { parse } from "./helpers.js";

describe("target prices", () => {
  it.each([
    ["argan oil at $3.20/kg", { amount: 3.2, currency: "USD", per: "kg" }],
    ["huile d'olive, €14 le litre", { amount: 14, currency: "EUR", per: "l" }],
    ["ice wine CAD 12 per bottle", { amount: 12, currency: "CAD", per: "pcs" }],
    ["dates 25 MAD/kg", { amount: 25, currency: "MAD", per: "kg" }],
    ["sugar under 4 USD", { amount: 4, currency: "USD", per: null }],
    ["prix cible 2,5 €/kg", { amount: 2.5, currency: "EUR", per: "kg" }],
    ["coffee target $4,200/MT", { amount: 4200, currency: "USD", per: "t" }],
    ["45 $ CAD la bouteille", { amount: 45, currency: "CAD", per: "pcs" }],
    ["C$ 30 per jar", { amount: 30, currency: "CAD", per: "pcs" }],
    ["3 GBP per kg", { amount: 3, currency: "GBP", per: "kg" }],
    ["£2.10 a kilo", { amount: 2.1, currency: "GBP", per: "kg" }],
    ["35 euros la tonne", { amount: 35, currency: "EUR", per: "t" }],
    ["budget 10k USD", { amount: 10000, currency: "USD", per: null }],
    ["300 dirhams le kilo", { amount: 300, currency: "MAD", per: "kg" }],
    ["$28 per case", { amount: 28, currency: "USD", per: "carton" }],
    ["$45/unit", { amount: 45, currency: "USD", per: "pcs" }],
  ])("%s", (text, price) => {
    expect(parse(text).targetPrice).toEqual(price);
  });

  it("has no price without a currency", () => {
    expect(parse("need 2 tons of dates to Doha").targetPrice).toBeNull();
  });

  it("does not take the price amount as the quantity", () => {
    const r = parse("2 tons of dates at 3 USD/kg");
    expect(r.quantity).toEqual({ value: 2, unit: "t" });
    expect(r.targetPrice?.amount).toBe(3);
  });

  it("maps currency spellings to ISO 4217", () => {
    expect(canonicalCurrency("€")).toBe("EUR");
    expect(canonicalCurrency("dhs")).toBe("MAD");
    expect(canonicalCurrency("usd")).toBe("USD");
    expect(canonicalCurrency("Dollars canadiens")).toBe("CAD");
    expect(canonicalCurrency("nonsense")).toBeNull();
  });
});
