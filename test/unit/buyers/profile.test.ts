import { describe, expect, it } from "vitest";
import { companyNameSchema, companyTypeSchema, resolveCountry } from "../../../src/core/buyers/profile.js";

describe("buyer profile answers", () => {
  it("resolves a country from a name in English or French, an alias, a code or a known city", () => {
    expect(resolveCountry("Netherlands")).toBe("NL");
    expect(resolveCountry("Pays-Bas")).toBe("NL");
    expect(resolveCountry("the UK.")).toBe(null); // a sentence is not a country name
    expect(resolveCountry("UK")).toBe("GB");
    expect(resolveCountry("ma")).toBe("MA");
    expect(resolveCountry("Maroc")).toBe("MA");
    expect(resolveCountry("Montréal")).toBe("CA");
    expect(resolveCountry("ZZ")).toBe(null);
    expect(resolveCountry("Narnia")).toBe(null);
  });

  it("cleans a company name and refuses what cannot be one", () => {
    expect(companyNameSchema.parse("  Atlas   Trading\nBV ")).toBe("Atlas Trading BV");
    expect(companyNameSchema.safeParse("A").success).toBe(false);
    expect(companyNameSchema.safeParse("x".repeat(121)).success).toBe(false);
    expect(companyNameSchema.safeParse("Evil\u0007Corp").success).toBe(false);
  });

  it("accepts only the listed company types", () => {
    expect(companyTypeSchema.safeParse("distributor").success).toBe(true);
    expect(companyTypeSchema.safeParse("spy").success).toBe(false);
  });
});
