import { describe, expect, it } from "vitest";
import { canonicalCertification } from "../../../src/core/extraction/certifications.js";
import { parse } from "./helpers.js";

describe("certifications", () => {
  it.each([
    ["organic argan oil", ["organic"]],
    ["huile d'argan bio", ["organic"]],
    ["huile biologique", ["organic"]],
    ["EU organic olive oil", ["eu-organic"]],
    ["huile d'olive bio certifiée bio UE", ["eu-organic", "organic"]],
    ["USDA organic maple syrup", ["usda-organic"]],
    ["ecocert pls", ["ecocert"]],
    ["halal certified beef", ["halal"]],
    ["casher", ["kosher"]],
    ["cacao commerce équitable", ["fairtrade"]],
    ["fair trade if possible", ["fairtrade"]],
    ["ISO 9001 and ISO 22000", ["iso-22000", "iso-9001"]],
    ["HACCP + BRC + IFS", ["brc", "haccp", "ifs"]],
    ["FDA registered facility", ["fda"]],
    ["CE marking required", ["ce"]],
    ["GOTS cotton, FSC paper", ["fsc", "gots"]],
  ])("%s", (text, certs) => {
    expect(parse(text).certifications).toEqual(certs);
  });

  it("reads PEFC, and a certificate said to fall short is not asked for (EN and FR)", () => {
    expect(parse("Granulés de bois 6 mm pour Lyon. La certification PEFC est obligatoire (le FSC ne suffit pas).").certifications).toEqual(["pefc"]);
    expect(parse("wood pellets, PEFC certified; FSC is not enough").certifications).toEqual(["pefc"]);
    expect(parse("wood pellets, FSC certified").certifications).toEqual(["fsc"]);
  });

  it("ignores negated certifications", () => {
    expect(parse("extra virgin olive oil. Doesn't need to be organic").certifications).toEqual([]);
    expect(parse("dates, pas besoin de bio").certifications).toEqual([]);
  });

  it("ignores labels that are not on the list", () => {
    expect(parse("wood pellets, ENplus A1").certifications).toEqual([]);
  });

  it("does not take the French word 'ce' for CE marking", () => {
    expect(parse("je cherche ce produit pour Lyon").certifications).toEqual([]);
  });

  it("removes certification words from the product except organic", () => {
    expect(parse("halal beef 2 t to Doha").product).toBe("beef");
    expect(parse("organic argan oil 2 t").product).toBe("organic argan oil");
  });

  it("canonicalises model wording", () => {
    expect(canonicalCertification("Organic")).toBe("organic");
    expect(canonicalCertification("ISO 22000")).toBe("iso-22000");
    expect(canonicalCertification("Kosher certified")).toBe("kosher");
    expect(canonicalCertification("ENplus")).toBeNull();
  });
});
