// The facts a buyer scans on a shortlist item (core/matching/itemFacts.ts), each ✓/✗/? case, and
// how they read in English and French (renderFacts.ts); the pack preference by quantity.
import { describe, expect, it } from "vitest";
import { itemFacts, orderClass } from "../../../src/core/matching/itemFacts.js";
import { evaluateConstraints } from "../../../src/core/matching/constraints.js";
import { factLines, itemView } from "../../../src/core/matching/renderFacts.js";
import { packClass } from "../../../src/core/matching/packs.js";
import { DEFAULT_RATES } from "../../../src/core/matching/currency.js";
import { emptyRequest, type StructuredRequest } from "../../../src/core/model.js";
import { t } from "../../../src/locales/index.js";
import type { ProductFacts } from "../../../src/ports/catalogSearch.js";

const product = (over: Partial<ProductFacts> = {}): ProductFacts => ({
  id: "p1", sellerId: "s1", seller: "Atlas", sellerCountry: "MA", sku: "A-1", title: "Argan oil", description: null, category: null,
  attributes: {}, moq: 500, unit: "kg", priceMin: 3.1, priceMax: 3.4, currency: "EUR", leadTimeDays: 30, certifications: ["ecocert"],
  originCountry: "MA", shipsTo: ["FR", "NL"], ...over,
});
const request = (over: Partial<StructuredRequest> = {}): StructuredRequest => ({ ...emptyRequest(), product: "argan oil", ...over });
const now = new Date("2026-11-22T00:00:00Z");
const facts = (req: StructuredRequest, p: ProductFacts) => itemFacts(req, p, now, DEFAULT_RATES);
const lines = (lang: string, req: StructuredRequest, p: ProductFacts) => factLines(t, lang, facts(req, p));
const target = (amount: number, currency = "EUR", per: "kg" | "t" = "kg") => ({ targetPrice: { amount, currency, per } });

describe("price against the target", () => {
  it("says ✓ under the target, in the target's currency and unit", () => {
    expect(facts(request(target(4)), product()).price).toMatchObject({ ok: true, status: "under", lo: 3.1, hi: 3.4, currency: "EUR", per: "kg" });
    expect(lines("en", request(target(4)), product())[0]).toBe("✓ 3.10–3.40 EUR/kg, under your 4 EUR/kg");
    expect(lines("fr", request(target(4)), product())[0]).toBe("✓ 3,10–3,40 EUR/kg, sous votre 4 EUR/kg");
  });

  it("converts the currency with the rate table and the unit to the target's (per tonne)", () => {
    const mad = facts(request(target(16)), product({ priceMin: 150, priceMax: 180, currency: "MAD" })).price;
    expect(mad.lo).toBeCloseTo((150 / 9.9) * 0.92, 2); // 13.94 EUR
    expect(mad).toMatchObject({ ok: true, status: "partly", currency: "EUR" }); // 13.94–16.73 EUR/kg against 16
    const perTonne = facts(request(target(3500, "EUR", "t")), product({ priceMin: 3, priceMax: 3 })).price;
    expect(perTonne).toMatchObject({ ok: true, status: "under", lo: 3000, hi: 3000, per: "t" });
    expect(lines("en", request(target(3500, "EUR", "t")), product({ priceMin: 3, priceMax: 3 }))[0]).toBe("✓ 3,000 EUR/t, under your 3,500 EUR/t");
  });

  it("says ✗ above (or slightly above) the target, ? when no price or no comparison, • with no target", () => {
    expect(facts(request(target(2.5)), product()).price).toMatchObject({ ok: false, status: "above" });
    expect(lines("en", request(target(2.5)), product())[0]).toBe("✗ 3.10–3.40 EUR/kg, above your target of 2.50 EUR/kg");
    // Up to 15 % above: slightly above.
    expect(lines("en", request(target(3)), product())[0]).toBe("✗ 3.10–3.40 EUR/kg, slightly above your 3 EUR/kg");
    expect(facts(request(target(3)), product({ priceMin: 3.5, priceMax: 3.6 })).price).toMatchObject({ ok: false, status: "above" });
    expect(facts(request(target(3.2)), product()).price).toMatchObject({ ok: true, status: "partly" });
    expect(lines("en", request(target(4)), product({ priceMin: null, priceMax: null }))[0]).toBe("? price not stated");
    expect(facts(request(target(4)), product({ unit: "pcs" })).price).toMatchObject({ ok: null, status: "incomparable" });
    expect(facts(request(target(4)), product({ currency: "XYZ" })).price.status).toBe("incomparable");
    expect(lines("en", request(), product())[0]).toBe("• price 3.10–3.40 EUR/kg");
  });
});

describe("MOQ and pack against the quantity", () => {
  it("says ✓ when the order reaches the MOQ, with the pack", () => {
    const drum = product({ title: "Argan oil – 200 L drum", moq: 500, unit: "kg" });
    const req = request({ quantity: { value: 2, unit: "t" } });
    expect(facts(req, drum).moq).toMatchObject({ ok: true, status: "fits", moq: { value: 500, unit: "kg" }, pack: { size: { amount: 200, base: "l" }, family: "drum", fit: "ok" } });
    expect(lines("en", req, drum)[1]).toBe("✓ MOQ 500 kg fits your 2 t · pack: 200 L drum");
    expect(lines("fr", req, drum)[1]).toBe("✓ MOQ 500 kg compatible avec vos 2 t · conditionnement : 200 L fût");
  });

  it("says ✗ above the quantity, ? not stated or not comparable, • with no quantity", () => {
    expect(lines("en", request({ quantity: { value: 100, unit: "kg" } }), product())[1]).toBe("✗ MOQ 500 kg, above your 100 kg");
    expect(lines("en", request({ quantity: { value: 100, unit: "kg" } }), product({ moq: null }))[1]).toBe("? MOQ not stated");
    expect(facts(request({ quantity: { value: 3, unit: "pallet" } }), product()).moq).toMatchObject({ ok: null, status: "incomparable" });
    expect(lines("en", request(), product())[1]).toBe("• MOQ 500 kg");
  });

  it("compares a container with tonnes and says the assumption", () => {
    const req = request({ quantity: { value: 1, unit: "container40" } });
    const m = facts(req, product({ moq: 10, unit: "t" })).moq;
    expect(m).toMatchObject({ ok: true, status: "fits", container: { size: 40, count: 1, t: [20, 26], l: [20_000, 26_000] } });
    expect(lines("en", req, product({ moq: 10, unit: "t" }))[1]).toBe("✓ MOQ 10 t fits your 1 × 40 ft (assuming 1 × 40 ft ≈ 20–26 t or 20,000–26,000 L of liquid)");
    expect(lines("fr", req, product({ moq: 10, unit: "t" }))[1]).toContain("en comptant 1 × 40 pieds ≈ 20–26 t");
    // Two 20 ft boxes: the range doubles; an MOQ of 50 t is above it.
    const two = facts(request({ quantity: { value: 2, unit: "container20" } }), product({ moq: 50, unit: "t" })).moq;
    expect(two).toMatchObject({ ok: false, status: "above", container: { size: 20, count: 2, t: [32, 48] } });
  });

  it("marks the line ✗ for a retail pack in a bulk order and for a pack larger than the order", () => {
    const bottle = product({ title: "Argan oil – 100 mL bottle", moq: 100, unit: "pcs" });
    expect(lines("en", request({ quantity: { value: 2, unit: "t" } }), bottle)[1]).toBe("✗ MOQ 100 pcs fits your 2 t · pack: 100 mL bottle, a retail pack for this quantity");
    const flexi = product({ title: "Olive oil – flexitank 24,000 L", moq: null, unit: "l" });
    expect(facts(request({ quantity: { value: 500, unit: "l" } }), flexi).moq.pack).toMatchObject({ fit: "large" });
  });
});

describe("lead time against the deadline", () => {
  it("says ✓ before the deadline, ✗ after it, ? not stated, • with no deadline", () => {
    expect(lines("en", request({ deadline: "2027-03-01" }), product())[2]).toBe("✓ 30 days, before your 1 March deadline");
    expect(lines("fr", request({ deadline: "2027-03-01" }), product())[2]).toBe("✓ 30 jours, avant votre échéance du 1 mars");
    expect(lines("en", request({ deadline: "2027-03-01" }), product({ leadTimeDays: 120 }))[2]).toBe("✗ 120 days, after your deadline (1 March)");
    expect(lines("en", request({ deadline: "2027-03-01" }), product({ leadTimeDays: null }))[2]).toBe("? lead time not stated");
    expect(lines("en", request(), product())[2]).toBe("• lead time 30 days");
  });

  it("counts days from now: exactly the days left is in time, one more is late", () => {
    // 2026-11-22 → 2026-12-22: 30 days.
    expect(facts(request({ deadline: "2026-12-22" }), product({ leadTimeDays: 30 })).lead).toMatchObject({ ok: true, daysLeft: 30 });
    expect(facts(request({ deadline: "2026-12-22" }), product({ leadTimeDays: 31 })).lead).toMatchObject({ ok: false, status: "after" });
  });
});

describe("certificates and ships-to", () => {
  it("compares certificates asked with those held", () => {
    expect(lines("en", request({ certifications: ["organic"] }), product())[3]).toBe("✓ certified organic");
    expect(lines("en", request({ certifications: ["halal"] }), product())[3]).toBe("✗ not certified halal (holds: Ecocert)");
    expect(lines("fr", request({ certifications: ["halal"] }), product({ certifications: [] }))[3]).toBe("✗ non certifié halal (détient : —)");
    expect(lines("en", request(), product())[3]).toBe("• certificates: Ecocert");
    expect(lines("fr", request({ certifications: ["organic", "kosher"] }), product({ certifications: ["organic", "kosher"] }))[3]).toBe("✓ certifié bio, casher");
    expect(facts(request(), product({ certifications: [] })).certs).toBeNull();
  });

  it("compares export markets with the destination, EU and anywhere included", () => {
    const to = (country: string) => request({ destination: { country, place: null } });
    expect(lines("en", to("NL"), product()).at(-1)).toBe("✓ ships to Netherlands");
    expect(lines("fr", to("US"), product()).at(-1)).toBe("✗ n'exporte pas vers : États-Unis");
    expect(lines("en", to("DE"), product({ shipsTo: [] })).at(-1)).toBe("? export markets not stated (Germany?)");
    expect(facts(to("DE"), product({ shipsTo: ["EU"] })).ships).toEqual({ ok: true, country: "DE" });
    expect(facts(to("JP"), product({ shipsTo: ["*"] })).ships?.ok).toBe(true);
    expect(facts(request(), product()).ships).toBeNull();
  });

  it("shows the title first and the reasons no fact covers after", () => {
    const req = request({ quantity: { value: 2, unit: "t" } });
    const c = evaluateConstraints(req, product(), now, DEFAULT_RATES);
    const view = itemView(t, "en", { product: product({ title: "Argan <b>oil</b>" }), score: 1, facts: c.facts, reasons: [{ code: "type_other", ok: false, params: { kind: "soap" } }, { code: "category", ok: true, params: { category: "x" } }, ...c.reasons] });
    expect(view.title).toBe("Argan <b>oil</b>");
    expect(view.seller).toBe("Atlas (MA)");
    expect(view.lines[0]).toBe("✗ this is another product: soap");
    expect(view.lines.join("\n")).not.toContain("category");
    expect(view.lines.filter((l) => l.includes("MOQ"))).toHaveLength(1);
  });
});

describe("pack preference by quantity", () => {
  const pack = (title: string, packaging?: string) => product({ title, attributes: packaging ? { packaging } : {} });
  it("classes packs: drums, IBCs, flexitanks, bulk bags and 25 kg sacks are bulk; bottles and jars retail", () => {
    expect(packClass(pack("Argan oil – 200 L drum"))).toBe("bulk");
    expect(packClass(pack("Argan oil – 920 kg IBC"))).toBe("bulk");
    expect(packClass(pack("Olive oil – flexitank"))).toBe("bulk");
    expect(packClass(pack("Chickpeas – 1 t bulk bags"))).toBe("bulk");
    expect(packClass(pack("Couscous – 25 kg bag"))).toBe("bulk");
    expect(packClass(pack("Couscous – 5 kg bag"))).toBe("mid");
    expect(packClass(pack("Argan oil – 25 L jerrycan"))).toBe("mid");
    expect(packClass(pack("Argan oil – 100 mL bottle"))).toBe("retail");
    expect(packClass(pack("Honey – 500 g jar"))).toBe("retail");
    expect(packClass(pack("Sardines – 125 g club tin"))).toBe("mid");
    expect(packClass(pack("Organic cotton tote bag"))).toBeNull();
  });

  it("classes orders: tonnes, containers and pallets are bulk; a few kilos or counted pieces small", () => {
    expect(orderClass({ value: 2, unit: "t" })).toBe("bulk");
    expect(orderClass({ value: 1, unit: "container40" })).toBe("bulk");
    expect(orderClass({ value: 1000, unit: "l" })).toBe("bulk");
    expect(orderClass({ value: 10, unit: "pcs" })).toBe("small");
    expect(orderClass({ value: 20, unit: "kg" })).toBe("small");
    expect(orderClass({ value: 200, unit: "kg" })).toBe("medium");
    expect(orderClass({ value: 5, unit: "carton" })).toBeNull();
  });

  const rank = (req: StructuredRequest, titles: string[]) =>
    titles.map((title) => ({ title, f: evaluateConstraints(req, product({ title, moq: 1, unit: "pcs" }), now, DEFAULT_RATES).factor })).sort((a, b) => b.f - a.f).map((x) => x.title);
  const titles = ["Argan oil – 1 L bottle", "Argan oil – 100 mL bottle", "Argan oil – 25 L jerrycan", "Argan oil – 200 L drum", "Argan oil – 920 kg IBC"];

  it("for tonnes: drum and IBC first, jerrycan next, bottles last", () => {
    expect(rank(request({ quantity: { value: 2, unit: "t" } }), titles)).toEqual(["Argan oil – 200 L drum", "Argan oil – 920 kg IBC", "Argan oil – 25 L jerrycan", "Argan oil – 1 L bottle", "Argan oil – 100 mL bottle"]);
  });

  it("for 10 bottles: retail bottles first, the drum and the IBC last", () => {
    const order = rank(request({ quantity: { value: 10, unit: "pcs" } }), titles);
    expect(order.slice(0, 2).sort()).toEqual(["Argan oil – 1 L bottle", "Argan oil – 100 mL bottle"]);
    expect(order.slice(-2).sort()).toEqual(["Argan oil – 200 L drum", "Argan oil – 920 kg IBC"]);
  });

  it("a pack the buyer named is not outranked by the quantity's preference", () => {
    const req = request({ quantity: { value: 2, unit: "t" } });
    const bags = evaluateConstraints(req, product({ title: "Couscous – 5 kg bag" }), now, DEFAULT_RATES, { packNamed: "this" });
    const jumbo = evaluateConstraints(req, product({ title: "Couscous – 1 t bulk bags" }), now, DEFAULT_RATES, { packNamed: "other" });
    expect(jumbo.factor).toBeLessThanOrEqual(bags.factor);
    const bottle = evaluateConstraints(req, product({ title: "Couscous – 1 L bottle" }), now, DEFAULT_RATES, { packNamed: "other" });
    expect(bottle.factor).toBeLessThan(bags.factor);
    // A named 25 kg bag is not lifted above the 5 kg bags (the size was not asked); a named IBC is.
    const bigBag = evaluateConstraints(req, product({ title: "Couscous – 25 kg bag" }), now, DEFAULT_RATES, { packNamed: "this" });
    expect(bigBag.factor).toBe(bags.factor);
    const ibc = evaluateConstraints(req, product({ title: "Olive oil – 1,000 L IBC" }), now, DEFAULT_RATES, { packNamed: "this" });
    const tin = evaluateConstraints(req, product({ title: "Olive oil – 3 L tin" }), now, DEFAULT_RATES, { packNamed: "other" });
    expect(ibc.factor).toBeGreaterThan(tin.factor);
  });
});
