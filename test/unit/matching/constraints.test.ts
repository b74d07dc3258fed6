import { describe, expect, it } from "vitest";
import { evaluateConstraints, PENALTY } from "../../../src/core/matching/constraints.js";
import { convertMoney, DEFAULT_RATES } from "../../../src/core/matching/currency.js";
import { convertQuantity, convertRange } from "../../../src/core/matching/units.js";
import { packFamilies, packSize } from "../../../src/core/matching/packs.js";
import { certificationSatisfied } from "../../../src/core/matching/certifications.js";
import { diversify, type MatchItem } from "../../../src/core/matching/matchRequest.js";
import { reciprocalRankFusion } from "../../../src/core/matching/fuse.js";
import { expandQuery } from "../../../src/core/matching/queryExpansion.js";
import { emptyRequest, type StructuredRequest } from "../../../src/core/model.js";
import type { ProductFacts } from "../../../src/ports/catalogSearch.js";

const product = (over: Partial<ProductFacts> = {}): ProductFacts => ({
  id: "p1", sellerId: "s1", seller: "Atlas", sellerCountry: "MA", sku: "A-1", title: "Argan oil", description: null, category: null,
  attributes: {}, moq: 500, unit: "kg", priceMin: 150, priceMax: 180, currency: "MAD", leadTimeDays: 30, certifications: ["ecocert"],
  originCountry: "MA", shipsTo: ["FR", "NL"], ...over,
});
const request = (over: Partial<StructuredRequest> = {}): StructuredRequest => ({ ...emptyRequest(), product: "argan oil", ...over });
const now = new Date("2026-11-22T00:00:00Z");
const codes = (r: ReturnType<typeof evaluateConstraints>) => r.reasons.map((x) => x.code);

describe("constraints", () => {
  it("accepts a product that fits every constraint, with no penalty", () => {
    const r = evaluateConstraints(
      request({
        quantity: { value: 2, unit: "t" }, certifications: ["organic"], destination: { country: "NL", place: "Rotterdam" },
        targetPrice: { amount: 16, currency: "EUR", per: "kg" }, deadline: "2027-03-01",
      }),
      product(), now, DEFAULT_RATES,
    );
    expect(r.factor).toBe(1);
    expect(codes(r)).toEqual(["moq_ok", "certs_ok", "ships_ok", "price_ok", "lead_ok"]);
    expect(r.reasons.find((x) => x.code === "price_ok")!.params.from).toBe("13.94 EUR"); // 150 MAD ≈ 13.94 EUR
  });

  it("states every misfit and lowers the score for each", () => {
    const r = evaluateConstraints(
      request({
        quantity: { value: 100, unit: "kg" }, certifications: ["halal"], destination: { country: "US", place: null },
        targetPrice: { amount: 5, currency: "EUR", per: "kg" }, deadline: "2026-12-01",
      }),
      product(), now, DEFAULT_RATES,
    );
    expect(codes(r)).toEqual(["moq_above", "certs_missing", "ships_no", "price_above", "lead_late"]);
    expect(r.factor).toBeCloseTo(PENALTY.moqAbove * PENALTY.certMissing * PENALTY.shipsNo * PENALTY.priceAbove * PENALTY.leadLate);
    expect(r.reasons.find((x) => x.code === "lead_late")!.params).toMatchObject({ days: 30, daysLeft: 9 });
  });

  it("says what is unknown instead of guessing", () => {
    const r = evaluateConstraints(
      request({ quantity: { value: 3, unit: "pallet" }, destination: { country: "DE", place: null }, targetPrice: { amount: 3, currency: "USD", per: null }, deadline: "2027-01-01" }),
      product({ shipsTo: [], priceMin: null, priceMax: null, leadTimeDays: null }), now, DEFAULT_RATES,
    );
    expect(codes(r)).toEqual(["moq_unknown", "ships_unknown", "price_unknown", "lead_unknown"]);
    expect(r.factor).toBe(1);
  });

  it("understands ship-anywhere and EU export markets", () => {
    expect(codes(evaluateConstraints(request({ destination: { country: "JP", place: null } }), product({ shipsTo: ["*"] }), now, DEFAULT_RATES))).toEqual(["ships_ok"]);
    expect(codes(evaluateConstraints(request({ destination: { country: "DE", place: null } }), product({ shipsTo: ["EU"] }), now, DEFAULT_RATES))).toEqual(["ships_ok"]);
  });

  it("converts units and currencies", () => {
    expect(convertQuantity(2, "t", "kg")).toBe(2000);
    expect(convertQuantity(500, "ml", "l")).toBe(0.5);
    expect(convertQuantity(3, "pcs", "kg")).toBeNull();
    expect(convertMoney(100, "USD", "EUR")).toBeCloseTo(92);
    expect(convertMoney(1, "EUR", "XXX")).toBeNull();
  });

  it("treats scheme certificates as organic, not the reverse", () => {
    expect(certificationSatisfied("organic", ["eu-organic"])).toBe(true);
    expect(certificationSatisfied("eu-organic", ["organic"])).toBe(false);
  });
});

describe("ranking helpers", () => {
  const item = (sellerId: string, score: number, sku = `${sellerId}-${score}`): MatchItem => ({ product: product({ id: sku, sku, sellerId }), score, reasons: [], facts: evaluateConstraints(request(), product(), now, DEFAULT_RATES).facts });

  it("keeps at most two products per seller over the whole list, in rank order", () => {
    const sorted = [item("a", 1), item("a", 0.95), item("a", 0.9), item("b", 0.8), item("c", 0.3)];
    expect(diversify(sorted, 4, 2).map((i) => i.product.sku)).toEqual(["a-1", "a-0.95", "b-0.8", "c-0.3"]);
    expect(diversify(sorted, 3, 1).map((i) => i.product.sku)).toEqual(["a-1", "b-0.8", "c-0.3"]);
    expect(diversify(sorted, 5, Infinity).map((i) => i.product.sku)).toEqual(["a-1", "a-0.95", "a-0.9", "b-0.8", "c-0.3"]);
  });

  it("fuses ranked lists by rank and weight", () => {
    const f = reciprocalRankFusion([{ items: [{ id: "x" }, { id: "y" }], weight: 1 }, { items: [{ id: "y" }], weight: 1 }]);
    expect(f.get("y")!).toBeGreaterThan(f.get("x")!);
  });

  it("adds English trade words to French queries", () => {
    expect(expandQuery("sirop d'érable bio en baril")).toMatch(/maple syrup.*organic.*barrel/);
    expect(expandQuery("EVOO in bulk")).toContain("extra virgin olive oil");
    expect(expandQuery("argan oil")).toBe("argan oil");
  });
});

describe("quantities, containers and packs", () => {
  it("compares a container order with an MOQ in tonnes or litres, saying the assumption", () => {
    const r = evaluateConstraints(request({ quantity: { value: 1, unit: "container40" } }), product({ moq: 10, unit: "t" }), now, DEFAULT_RATES);
    expect(r.reasons[0]).toMatchObject({ code: "moq_ok_approx", ok: true, params: { assumption: "1 × 40 ft ≈ 20–26 t or 20,000–26,000 L" } });
    const small = evaluateConstraints(request({ quantity: { value: 10, unit: "t" } }), product({ moq: 1, unit: "container20" }), now, DEFAULT_RATES);
    expect(small.reasons[0]).toMatchObject({ code: "moq_above_approx", ok: false });
    expect(convertRange(2, "container20", "container40")).toEqual({ lo: 1, hi: 1, assumption: null });
    expect(convertRange(1, "container40", "l")).toMatchObject({ lo: 20_000, hi: 26_000 });
  });

  it("converts an order in tonnes to pieces through the pack size, and prefers packs that suit the order", () => {
    const bottle = product({ title: "Argan oil – 100 mL amber bottle", moq: 500, unit: "pcs" });
    const r = evaluateConstraints(request({ quantity: { value: 2, unit: "t" } }), bottle, now, DEFAULT_RATES);
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(["moq_ok", "pack_small"]));
    const drum = evaluateConstraints(request({ quantity: { value: 2, unit: "t" } }), product({ title: "Argan oil – 190 kg steel drum", moq: 190, unit: "kg" }), now, DEFAULT_RATES);
    expect(drum.reasons.map((x) => x.code)).toContain("pack_ok");
    expect(drum.factor).toBeGreaterThan(r.factor);
    const flexi = evaluateConstraints(request({ quantity: { value: 500, unit: "l" } }), product({ title: "Olive oil – flexitank 24,000 L", moq: null, unit: "l" }), now, DEFAULT_RATES);
    expect(flexi.reasons.map((x) => x.code)).toContain("pack_large");
    expect(packSize({ title: "Olive oil – flexitank 24,000 L", attributes: {} })).toEqual({ amount: 24000, base: "l" });
    expect(packFamilies("huile en fûts de 200 L ou IBC")).toEqual(["drum", "ibc"]);
  });

  it("reads the Québec \"chaudière\" as a pail, in the pack family and in the query", () => {
    expect(packFamilies("miel en chaudières de 25 kg")).toEqual(["pail"]);
    expect(expandQuery("miel en chaudières de 25 kg")).toContain("pails");
  });

  it("reads the French alloy name TA6V as the catalogs' Ti-6Al-4V titanium", () => {
    expect(expandQuery("pièces usinées en TA6V")).toContain("ti-6al-4v");
    expect(expandQuery("pieces usinees en ta 6 v")).toContain("titanium");
  });
});

describe("the pack size the buyer names", () => {
  it("reads one pack's size beside a pack word, in English and French, not the order's quantity", async () => {
    const { askedPackSizes } = await import("../../../src/core/matching/packs.js");
    expect(askedPackSizes("IQF wild blueberries 30 lb cartons, 20 MT")).toEqual([{ amount: 13.608, base: "kg" }]);
    expect(askedPackSizes("DAP 18-46-0 50kg bags, 5 x 20ft FCL")).toEqual([{ amount: 50, base: "kg" }]);
    expect(askedPackSizes("verveine en balles de 20 kg, 500 kg")).toEqual([{ amount: 20, base: "kg" }]);
    expect(askedPackSizes("saffron threads, 1 kg bulk, 2 MT")).toEqual([]);
  });
  it("matches a pack within 5%, in its own base", async () => {
    const { packSizeAsked } = await import("../../../src/core/matching/packs.js");
    expect(packSizeAsked({ amount: 13.61, base: "kg" }, [{ amount: 13.608, base: "kg" }])).toBe(true);
    expect(packSizeAsked({ amount: 10, base: "kg" }, [{ amount: 13.608, base: "kg" }])).toBe(false);
    expect(packSizeAsked({ amount: 5, base: "l" }, [{ amount: 5, base: "kg" }])).toBe(false);
    expect(packSizeAsked(null, [{ amount: 5, base: "kg" }])).toBeNull();
  });
});
