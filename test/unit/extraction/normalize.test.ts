import { describe, expect, it } from "vitest";
import { normalizeDestination, normalizeRequest } from "../../../src/core/extraction/normalize.js";

describe("normalizeRequest (shared by the rules and the LLM adapter)", () => {
  it("turns loose model wording into canonical codes", () => {
    const r = normalizeRequest({
      product: "  Organic Argan Oil. ",
      quantity: { value: "2", unit: "tons" },
      targetPrice: { amount: 14.5, currency: "€", per: "kilo" },
      incoterm: "cif",
      destination: { country: "Netherlands", place: "rotterdam" },
      deadline: "2027-03-01",
      certifications: ["Organic", "ECOCERT", "ENplus", "organic"],
      language: "EN",
    });
    expect(r).toEqual({
      product: "organic argan oil",
      quantity: { value: 2, unit: "t" },
      targetPrice: { amount: 14.5, currency: "EUR", per: "kg" },
      incoterm: "CIF",
      destination: { country: "NL", place: "Rotterdam" },
      deadline: "2027-03-01",
      certifications: ["ecocert", "organic"],
      language: "en",
      missing: [],
    });
  });

  it("drops values that cannot be valid", () => {
    const r = normalizeRequest({
      product: "   ",
      quantity: { value: -3, unit: "t" },
      targetPrice: { amount: 0, currency: "USD", per: null },
      incoterm: "XYZ",
      destination: { country: "ZZ", place: null },
      deadline: "2027-02-30",
      certifications: [],
      language: "english",
    });
    expect(r).toMatchObject({ product: null, quantity: null, targetPrice: null, incoterm: null, destination: null, deadline: null, language: "en" });
    expect(r.missing).toEqual(["product", "quantity", "destination"]);
  });

  it("names cities in English and infers their country", () => {
    expect(normalizeDestination({ country: null, place: "Anvers" })).toEqual({ country: "BE", place: "Antwerp" });
    expect(normalizeDestination({ country: "ca", place: "Montréal" })).toEqual({ country: "CA", place: "Montreal" });
    expect(normalizeDestination({ country: null, place: "Ontario" })).toEqual({ country: "CA", place: null });
    expect(normalizeDestination({ country: "MA", place: "Tiznit-Sud" })).toEqual({ country: "MA", place: "Tiznit-Sud" });
  });
});

describe("normalising an LLM answer in Arabic or Spanish", () => {
  it("maps units, certifications and the language to their codes", () => {
    const r = normalizeRequest({
      product: "زيت الأرغان", quantity: { value: "2", unit: "أطنان" }, targetPrice: { amount: 4, currency: "دولار", per: "كيلو" },
      certifications: ["عضوية", "Halal", "orgánico", "BRCGS"], destination: { country: null, place: "جدة" }, language: "Arabic",
    });
    expect(r.quantity).toEqual({ value: 2, unit: "t" });
    expect(r.targetPrice).toEqual({ amount: 4, currency: "USD", per: "kg" });
    expect(r.certifications).toEqual(["brcgs", "halal", "organic"]);
    expect(r.destination).toEqual({ country: "SA", place: "Jeddah" });
    expect(r.language).toBe("ar");
    expect(normalizeRequest({ language: "es-MX", quantity: { value: 3, unit: "toneladas" } })).toMatchObject({ language: "es", quantity: { value: 3, unit: "t" } });
    expect(normalizeRequest({ language: "Portuguese" }).language).toBe("pt");
  });
});
