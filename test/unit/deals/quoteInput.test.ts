import { describe, expect, it } from "vitest";
import { toDecimal } from "../../../src/core/deals/decimal.js";
import { validateQuote } from "../../../src/core/deals/quoteInput.js";

const today = new Date("2027-01-10T15:00:00Z");
const fieldsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    return (e as { details: { fields: { field: string }[] } }).details.fields.map((f) => f.field).sort();
  }
  return [];
};

describe("decimals", () => {
  it("canonicalises numbers and numeric strings to 4 decimals without float noise", () => {
    expect(toDecimal(14.5)).toBe("14.5");
    expect(toDecimal("14.5000")).toBe("14.5");
    expect(toDecimal(0.1 + 0.2)).toBe("0.3");
    expect(toDecimal("12.34567")).toBe("12.3457");
    expect(toDecimal("0.99995")).toBe("1");
    expect(toDecimal("2000")).toBe("2000");
    expect(toDecimal("0")).toBe("0");
    expect(toDecimal("-1")).toBeNull();
    expect(toDecimal("1e3")).toBeNull();
    expect(toDecimal(Number.NaN)).toBeNull();
  });
});

describe("quote validation", () => {
  it("normalises a valid quote (codes upper-cased, units lower-cased, MOQ unit defaulted)", () => {
    expect(validateQuote({ unitPrice: "13.20", currency: "eur", unit: "KG", moq: 500, incoterm: "fob", validUntil: "2027-01-10", leadTimeDays: "21" }, today)).toMatchObject({
      unitPrice: "13.2", currency: "EUR", unit: "kg", moq: "500", moqUnit: "kg", incoterm: "FOB", validUntil: "2027-01-10", leadTimeDays: 21, notes: null,
    });
  });

  it("names every bad field at once", () => {
    expect(fieldsOf(() => validateQuote({ unitPrice: 0, currency: "EURO", unit: "bags", leadTimeDays: 2.5, incoterm: "ABC", moq: "lots" }, today)))
      .toEqual(["currency", "incoterm", "leadTimeDays", "moq", "unit", "unitPrice"]);
    expect(fieldsOf(() => validateQuote({ currency: "EUR", unit: "kg" }, today))).toEqual(["unitPrice"]);
  });

  it("refuses a validity date in the past, accepts today", () => {
    expect(fieldsOf(() => validateQuote({ unitPrice: 1, currency: "EUR", unit: "kg", validUntil: "2027-01-09" }, today))).toEqual(["validUntil"]);
    expect(fieldsOf(() => validateQuote({ unitPrice: 1, currency: "EUR", unit: "kg", validUntil: "2027-01-10" }, today))).toEqual([]);
  });
});
