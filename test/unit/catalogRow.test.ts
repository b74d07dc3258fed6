import { describe, expect, it } from "vitest";
import { LIMITS, validateRow } from "../../src/core/catalog/catalogRow.js";
import { contentHash } from "../../src/core/catalog/contentHash.js";
import { looksLikeFormula, spreadsheetSafe } from "../../src/core/catalog/codes.js";
import { newClaimCode, normalizeClaimCode } from "../../src/core/catalog/claimCode.js";
import { rowIssueText } from "../../src/adapters/catalog/issueText.js";

const base = {
  seller: "Atlas Argan Coop", sku: "AAC-001", title: "Culinary argan oil", description: "Toasted kernels", category: "Food > Oils",
  attributes: '{"grade":"culinary"}', moq: "100", unit: "kg", price_min: "18.5", price_max: "24", currency: "eur",
  lead_time_days: "21", certifications: "Organic; ISO 22000;ecocert", origin_country: "ma", seller_country: "MA", ships_to: "FR;de;NL",
};

const reasons = (row: Record<string, unknown>) => {
  const r = validateRow(row);
  return r.ok ? [] : r.reasons.map(rowIssueText);
};

describe("catalog row validation", () => {
  it("normalises a good row", () => {
    const r = validateRow(base);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.product).toMatchObject({
      seller: "Atlas Argan Coop", sku: "AAC-001", moq: 100, unit: "kg", priceMin: 18.5, priceMax: 24, currency: "EUR", leadTimeDays: 21,
      certifications: ["ecocert", "iso-22000", "organic"], originCountry: "MA", shipsTo: ["DE", "FR", "NL"], attributes: { grade: "culinary" },
    });
  });

  it("reads certificates as sellers write them into the codes buyers' requests use", () => {
    const r = validateRow({ ...base, certifications: "GLOBALG.A.P.; Fair Trade; ISO 22000:2018; Halal certified; EU Organic; COSMOS" });
    expect(r.ok && r.product.certifications).toEqual(["cosmos", "eu-organic", "fairtrade", "globalgap", "halal", "iso-22000"]);
  });

  it("warns when the description names a certificate the certifications column lacks", () => {
    const warned = (row: Record<string, unknown>) => {
      const r = validateRow({ ...base, ...row });
      return r.ok ? r.warnings.filter((w) => w.code === "certification_only_in_text") : [];
    };
    expect(warned({ description: "Cherry tomatoes. GLOBALG.A.P. Certified farms, FDA registered packhouse.", certifications: "haccp" })).toEqual([
      { code: "certification_only_in_text", certification: "fda" },
      { code: "certification_only_in_text", certification: "globalgap" },
    ]);
    // Listed in the column: nothing to say.
    expect(warned({ description: "GLOBALG.A.P. Certified farms.", certifications: "GlobalGAP" })).toEqual([]);
    // An ingredient's label is not the product's certificate.
    expect(warned({ description: "Black soap made with 5% organic argan oil and fair-trade shea.", certifications: "" })).toEqual([]);
  });

  it.each([
    [{ seller: "" }, /seller is empty \(required\)/],
    [{ title: " " }, /title is empty/],
    [{ price_min: "-3" }, /price_min must not be negative/],
    [{ price_max: "cheap" }, /price_max must be a number/],
    [{ price_min: "€12" }, /price_min must be a number/],
    [{ price_min: "30", price_max: "20" }, /price_min \(30\) is greater than price_max \(20\)/],
    [{ currency: "EURO" }, /currency "EURO" is not an ISO 4217 code/],
    [{ currency: "XYZ" }, /currency "XYZ" is not an ISO 4217 code/],
    [{ origin_country: "Atlantis" }, /origin_country "Atlantis" is not an ISO 3166-1 alpha-2/], // country names ("Maroc") are read; made-up ones are not
    [{ seller_country: "XX" }, /seller_country "XX"/],
    [{ ships_to: "FR;QQ" }, /ships_to "QQ"/],
    [{ moq: "5000000000" }, /moq is absurdly large/],
    [{ moq: "0" }, /moq must be greater than 0/],
    [{ lead_time_days: "2.5" }, /lead_time_days must be a whole number/],
    [{ unit: "furlongs" }, /unit "furlongs" is unknown/],
    [{ currency: "", price_min: "3" }, /a price is given without a currency/],
  ])("rejects %o", (patch, pattern) => {
    expect(reasons({ ...base, ...patch }).join("; ")).toMatch(pattern);
  });

  it("accepts unit synonyms and ship-anywhere", () => {
    const r = validateRow({ ...base, unit: "tonnes", ships_to: "*;FR" });
    expect(r.ok && r.product.unit).toBe("t");
    expect(r.ok && r.product.shipsTo).toEqual(["*"]);
  });

  it("truncates a huge description and says so", () => {
    const r = validateRow({ ...base, description: "x".repeat(10 * 1024 * 1024) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.product.description).toHaveLength(LIMITS.description);
    expect(r.warnings.map(rowIssueText).join()).toMatch(/description truncated from 10,485,760 to 5000 characters/);
  });

  it("keeps formula-looking cells as plain text and flags them", () => {
    const r = validateRow({ ...base, title: '=HYPERLINK("http://evil","click")' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.product.title).toBe('=HYPERLINK("http://evil","click")');
    expect(r.warnings.map(rowIssueText).join()).toMatch(/title looks like a spreadsheet formula/);
    expect(spreadsheetSafe(r.product.title)).toBe(`'=HYPERLINK("http://evil","click")`);
    expect(looksLikeFormula("-12")).toBe(false);
    expect(looksLikeFormula("-cmd")).toBe(true);
  });

  it("keeps a malformed attributes cell as text instead of losing the product", () => {
    for (const bad of ["{grade: extra}", "[1,2]", "color: red; size: L"]) {
      const r = validateRow({ ...base, attributes: bad });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.product.attributes).toEqual({ details: bad });
      expect(r.warnings.map(rowIssueText).join()).toMatch(/attributes is not a JSON object .* kept as text under "details"/);
    }
  });

  it("keeps unknown columns in attributes", () => {
    const r = validateRow(base, { shelf_life: "24 months", empty: "" });
    expect(r.ok && r.product.attributes).toEqual({ grade: "culinary", shelf_life: "24 months" });
  });

  it("hashes content stably, and differently when anything changes", () => {
    const a = validateRow(base);
    const b = validateRow({ ...base, attributes: '{ "grade" : "culinary" }' });
    const c = validateRow({ ...base, price_max: "25" });
    if (!a.ok || !b.ok || !c.ok) throw new Error("rows should be valid");
    expect(contentHash(a.product)).toBe(contentHash(b.product));
    expect(contentHash(a.product)).not.toBe(contentHash(c.product));
  });

  it("makes typeable claim codes and forgives how they are typed", () => {
    const code = newClaimCode();
    expect(code).toMatch(/^CRV-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(normalizeClaimCode(code.toLowerCase().replace(/-/g, " "))).toBe(code);
  });
});
