import { describe, expect, it } from "vitest";
import { compareQuoteRows, type ComparableQuote } from "../../../src/core/deals/compareQuotes.js";
import type { QuoteFacts } from "../../../src/ports/outbox.js";

const RATES = { USD: 1, EUR: 0.9, MAD: 10 };
let n = 0;
function item(seller: string, q: Partial<QuoteFacts>): ComparableQuote {
  n++;
  return {
    introductionId: `i${n}`, introductionStatus: "quoted", seller: { id: `s${n}`, name: seller, country: null }, versions: 1,
    quote: {
      quoteId: `q${n}`, version: 1, unitPrice: "1", currency: "EUR", unit: "kg", moq: null, moqUnit: null, leadTimeDays: null, incoterm: null,
      incotermPlace: null, validUntil: null, samplesAvailable: null, sampleCost: null, paymentTerms: null, notes: null, status: "active", ...q,
    },
  };
}

describe("quote comparison", () => {
  it("converts currencies and units to the target, computes totals, and ranks by normalised price", () => {
    const r = compareQuoteRows(
      [
        item("Tonne Co", { unitPrice: "10000", currency: "USD", unit: "t", leadTimeDays: 30, moq: "5", moqUnit: "t" }), // 9 EUR/kg
        item("Kilo Co", { unitPrice: "9.5", currency: "EUR", unit: "kg", leadTimeDays: 10, moq: "500", moqUnit: "kg" }),
        item("Dirham Co", { unitPrice: "85", currency: "MAD", unit: "kg", leadTimeDays: 20 }), // 85/10*0.9 = 7.65 EUR/kg
      ],
      { currency: "EUR", unit: "kg", quantity: { value: 2, unit: "t" } },
      RATES,
    );
    expect(r.rows.map((x) => [x.seller.name, x.normalisedUnitPrice])).toEqual([["Dirham Co", 7.65], ["Tonne Co", 9], ["Kilo Co", 9.5]]);
    expect(r.rows.map((x) => x.total)).toEqual([15300, 18000, 19000]);
    expect(r.rows.map((x) => x.moqFits)).toEqual([null, false, true]);
    expect(r.rows.map((x) => [x.cheapest, x.fastest])).toEqual([[true, false], [false, false], [false, true]]);
    expect(r.approximate).toBe(true);
  });

  it("says why a quote cannot be compared instead of inventing a number", () => {
    const r = compareQuoteRows(
      [item("Pieces", { unitPrice: "2", unit: "pcs" }), item("Unknown money", { unitPrice: "2", currency: "XXX" }), item("Fine", { unitPrice: "3" })],
      { currency: "EUR", unit: "kg" },
      RATES,
    );
    const by = Object.fromEntries(r.rows.map((x) => [x.seller.name, x]));
    expect(by.Pieces).toMatchObject({ normalisedUnitPrice: null, notComparable: "unit", cheapest: false });
    expect(by["Unknown money"]).toMatchObject({ normalisedUnitPrice: null, notComparable: "currency" });
    expect(by.Fine).toMatchObject({ normalisedUnitPrice: 3, notComparable: null, cheapest: true });
    expect(r.rows.at(-1)!.normalisedUnitPrice).toBeNull(); // non-comparable rows last
    expect(r.approximate).toBe(false);
  });

  it("defaults to the most common currency and unit when the request names none", () => {
    const r = compareQuoteRows([item("A", { currency: "MAD", unit: "l" }), item("B", { currency: "MAD", unit: "l" }), item("C", { currency: "EUR", unit: "kg" })], {}, RATES);
    expect(r).toMatchObject({ currency: "MAD", unit: "l" });
  });

  it("marks nothing cheapest among expired or superseded quotes", () => {
    const r = compareQuoteRows([item("Old", { unitPrice: "1", status: "expired" }), item("Live", { unitPrice: "5" })], { currency: "EUR", unit: "kg" }, RATES);
    expect(r.rows.find((x) => x.seller.name === "Old")!.cheapest).toBe(false);
    expect(r.rows.find((x) => x.seller.name === "Live")!.cheapest).toBe(true);
  });
});

describe("quote comparison for a container order", () => {
  it("gives each quote's total as a range with the container assumption said, and the rate table's date", () => {
    const r = compareQuoteRows(
      [item("Flexi Co", { unitPrice: "7", currency: "EUR", unit: "l", leadTimeDays: 21 }), item("Dollar Co", { unitPrice: "6.6", currency: "USD", unit: "l", leadTimeDays: 25 })],
      { currency: "EUR", unit: "l", quantity: { value: 1, unit: "container40" } },
      RATES, "2026-11-01",
    );
    expect(r.quantityAssumption).toBe("1 × 40 ft ≈ 20–26 t or 20,000–26,000 L");
    expect(r.ratesDate).toBe("2026-11-01");
    expect(r.rows.map((x) => [x.seller.name, x.total, x.totalRange])).toEqual([
      ["Dollar Co", null, { lo: 118_800, hi: 154_440 }], // 6.6 USD ≈ 5.94 EUR/L
      ["Flexi Co", null, { lo: 140_000, hi: 182_000 }],
    ]);
    expect(r.rows.map((x) => [x.cheapest, x.fastest])).toEqual([[true, false], [false, true]]);
  });
});
