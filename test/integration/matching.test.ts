import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFrom } from "../../src/config.js";
import { silentLogger } from "../../src/logger.js";
import { buildCoreDeps, type CoreDeps } from "../../src/wiring.js";
import { openCatalog } from "../../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../../src/core/catalog/seedCatalog.js";
import { matchRequest, matchText } from "../../src/core/matching/matchRequest.js";
import { renderReason, renderSuggestion } from "../../src/core/matching/renderReasons.js";
import { createMatchStore } from "../../src/adapters/db/matchStore.js";
import { t as translate } from "../../src/locales/index.js";
import { emptyRequest } from "../../src/core/model.js";
import { createTestDb, type TestDb } from "../helpers/testDb.js";
import { HEADER, row, tempDir, writeFile } from "../helpers/catalogFiles.js";

let t: TestDb;
let deps: CoreDeps;
const clock = { now: () => new Date("2026-11-22T10:00:00Z") };

beforeAll(async () => {
  t = await createTestDb();
  deps = buildCoreDeps(configFrom({}), t.db, silentLogger, clock);
  const file = writeFile(tempDir(), "m.csv", [
    HEADER,
    row("Atlas Argan", "AA-1", "Organic culinary argan oil", { certifications: "organic;ecocert", moq: 200, unit: "kg", price_min: 14, price_max: 16, currency: "EUR", ships_to: "NL;FR", lead_time_days: 20 }),
    row("Atlas Argan", "AA-2", "Organic cosmetic argan oil", { certifications: "organic", moq: 100, unit: "kg", ships_to: "US;CA" }),
    row("Atlas Argan", "AA-3", "Argan oil soap bars", { certifications: "", category: "Cosmetics > Body care > Soap" }),
    row("Souss Oils", "SO-1", "Culinary argan oil, toasted", { certifications: "", moq: 5000, unit: "kg", price_min: 300, price_max: 320, currency: "MAD", ships_to: "US", lead_time_days: 120 }),
    row("Maple North", "MN-1", "Pure maple syrup grade A amber", { certifications: "organic;kosher", unit: "l", seller_country: "CA", origin_country: "CA", ships_to: "*" }),
    row("Maple North", "MN-2", "Maple sugar flakes", { seller_country: "CA", origin_country: "CA" }),
  ].join("\n"));
  await seedCatalog(deps, async () => (await openCatalog(file)).rows);
});
afterAll(async () => t?.cleanup());

describe("matching", () => {
  it("finds the right products and explains why, in the buyer's terms", async () => {
    const s = await matchText(deps, "need 2 tons organic argan oil CIF Rotterdam before March, max 16 EUR/kg", { limit: 10 });
    expect(s.items[0]!.product.sku).toBe("AA-1");
    const codes = s.items[0]!.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(["terms", "moq_ok", "certs_ok", "ships_ok", "price_ok", "lead_ok"]));
    const souss = s.items.find((i) => i.product.sku === "SO-1")!;

    expect(souss.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["moq_above", "certs_missing", "ships_no", "price_above", "lead_late"]));
    expect(souss.score).toBeLessThan(s.items[0]!.score);
    const lines = s.items[0]!.reasons.map((r) => renderReason(translate, "en", r));
    expect(lines).toContain("✓ ships to NL");
    expect(renderReason(translate, "fr", souss.reasons.find((r) => r.code === "ships_no")!)).toBe("✗ n'indique pas NL parmi ses marchés d'export");
  });

  it("shows at most two products per seller in a shortlist", async () => {
    const s = await matchText(deps, "argan oil", { limit: 5 });
    const perSeller = new Map<string, number>();
    for (const i of s.items) perSeller.set(i.product.seller, (perSeller.get(i.product.seller) ?? 0) + 1);
    expect(Math.max(...perSeller.values())).toBeLessThanOrEqual(2);
    expect(s.items.map((i) => i.product.seller)).toContain("Souss Oils");
  });

  it("finds English products for a French request", async () => {
    const s = await matchText(deps, "Bonjour, on cherche du sirop d'érable bio pour Lyon");
    expect(s.items[0]!.product.sku).toBe("MN-1");
  });

  it("matches Spanish and Arabic requests through their English wording: the oil before the oil soap", async () => {
    for (const text of ["Buscamos aceite de argán orgánico, 2 toneladas para Róterdam", "نبحث عن زيت الأرغان العضوي، ٢ طن إلى روتردام"]) {
      const s = await matchText(deps, text, { limit: 10 });
      expect(s.request.language).toBe(text.startsWith("B") ? "es" : "ar");
      expect(s.items[0]!.product.sku).toBe("AA-1");
      const soap = s.items.findIndex((i) => i.product.sku === "AA-3");
      expect(soap === -1 || soap > s.items.findIndex((i) => i.product.sku === "SO-1")).toBe(true);
    }
  });

  it("answers an Arabic or Spanish no-fit honestly, naming the product in the buyer's own words", async () => {
    const s = await matchText(deps, "نبغى زيت زيتون بكر ممتاز، ٥ طن إلى جدة");
    expect(s).toMatchObject({ weak: true, items: [] });
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_product", product: "زيت زيتون بكر ممتاز" });
    // An untranslated Spanish word is unknown, not missing: "jarabe de maple" still finds the syrup.
    const maple = await matchText(deps, "jarabe de maple grado A, 200 litros para Monterrey");
    expect(maple.weak).toBe(false);
    expect(maple.items[0]!.product.sku).toBe("MN-1");
  });

  it("gives an honest empty answer when a required certificate is held by nobody, and suggests relaxing it", async () => {
    const request = { ...emptyRequest(), product: "argan oil", certifications: ["halal"] };
    const s = await matchRequest(deps, request, { certificationsRequired: true });
    expect(s.items).toEqual([]);
    expect(s.suggestion).toMatchObject({ code: "relax_certifications", certs: ["halal"] });
    expect(renderSuggestion(translate, "en", s.suggestion!)).toMatch(/No supplier in the catalog holds halal/);
    // Without the requirement, nothing fits either: the answer says so and offers what is near.
    const soft = await matchRequest(deps, request);
    expect(soft).toMatchObject({ items: [], weak: true, empty: false });
    expect(soft.near.length).toBeGreaterThan(0);
    expect(soft.near[0]!.reasons.map((r) => r.code)).toContain("certs_missing");
    expect(soft.suggestion).toMatchObject({ code: "no_fit", reason: "no_certificate", certs: ["halal"] });
    expect(renderSuggestion(translate, "en", soft.suggestion!)).toMatch(/^No seller of argan oil in the catalog holds halal\. The nearest products, without it: .*argan oil/);
  });

  it("names what it found missing, never another noun the parser took for the product", async () => {
    // A parser that reads "processor" as the product here (the rules parser did, before what a phrase
    // after "for" names stopped outranking the opening phrase): the answer names the argan oil.
    const text = "halal certified argan oil, 300 kg for a processor in Poland";
    expect((await matchText(deps, text)).request.product).toBe("argan oil");
    const s = await matchRequest(deps, { ...emptyRequest(), product: "processor", certifications: ["halal"], quantity: { value: 300, unit: "kg" } }, { rawText: text });
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_certificate", product: "argan oil" });
    expect(renderSuggestion(translate, "en", s.suggestion!)).toMatch(/^No seller of argan oil in the catalog holds halal\./);
  });

  it("ranks a product of another type below every product of the requested type, and says what it is", async () => {
    const s = await matchText(deps, "argan oil, 300 kg for Rotterdam", { limit: 10, perSeller: 10 });
    const skus = s.items.map((i) => i.product.sku);
    expect(skus.indexOf("AA-3")).toBeGreaterThan(Math.max(skus.indexOf("AA-1"), skus.indexOf("AA-2"), skus.indexOf("SO-1")));
    const soap = s.items.find((i) => i.product.sku === "AA-3")!;
    expect(renderReason(translate, "en", soap.reasons[0]!)).toBe("✗ this is another product: Argan oil soap bars");
    expect(s.items[0]!.reasons.map((r) => r.code)).not.toContain("type_other");
    // The keyword query holds the product only: no "300", "kg" or "Rotterdam" among the matched terms.
    expect(s.items[0]!.reasons.find((r) => r.code === "terms")!.params.terms).toBe("argan, oil");
  });

  it("says plainly when no seller has the product, with what is near", async () => {
    const s = await matchText(deps, "basmati rice in 25 kg bags, 100 tonnes to Jeddah");
    expect(s).toMatchObject({ items: [], weak: true });
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_product" });
    const fr = await matchText(deps, "panneaux solaires 450 W pour Dakar");
    expect(fr.weak).toBe(true);
    // A product that exists is not flagged.
    expect((await matchText(deps, "sirop d'érable, 2 tonnes")).weak).toBe(false);
  });

  it("never calls a product missing on a word it cannot read, even when French was taken for English", async () => {
    // "paillettes" (flakes) is not in the lexicon: unknown, not missing — the maple sugar flakes may be it.
    const text = "paillettes d'érable bio";
    const asEnglish = await matchRequest(deps, { ...emptyRequest(), product: text, language: "en" }, { rawText: text });
    expect(asEnglish.weak).toBe(false);
    expect(asEnglish.items.map((i) => i.product.sku)).toContain("MN-2");
    // An English word that no product carries still is missing.
    const gone = await matchRequest(deps, { ...emptyRequest(), product: "maple chainsaws", language: "en" }, { rawText: "maple chainsaws" });
    expect(gone).toMatchObject({ items: [], weak: true });
  });

  it("reads the parser's phrase when the keyword phrase names something no seller has", async () => {
    // The keyword phrase reads "Manchester soap" from the buyer's own business (soap is sold, not
    // Manchester soap); the parser reads the goods.
    const s = await matchText(deps, "Manchester soap and spa brand. We want maple sugar flakes, 100 kg, DAP Manchester.");
    expect(s.weak).toBe(false);
    expect(s.items[0]!.product.sku).toBe("MN-2");
    // Both readings name the missing goods: still an honest "nothing fits".
    expect((await matchText(deps, "frozen french fries 9x9 mm, 3 reefers to Lagos")).weak).toBe(true);
  });

  it("ranks what the buyer ruled out below the rest, and says so", async () => {
    const s = await matchText(deps, "Organic argan oil, 500 kg, NOT the cosmetic kind", { limit: 10, perSeller: 10 });
    const skus = s.items.map((i) => i.product.sku);
    expect(skus.indexOf("AA-1")).toBeLessThan(skus.indexOf("AA-2"));
    const cosmetic = s.items.find((i) => i.product.sku === "AA-2")!;
    expect(cosmetic.reasons.map((r) => renderReason(translate, "en", r))).toContain("✗ you ruled out: cosmetic");
  });

  it("excludes sellers already contacted", async () => {
    const first = await matchText(deps, "argan oil");
    const atlas = first.items.find((i) => i.product.seller === "Atlas Argan")!.product.sellerId;
    const again = await matchText(deps, "argan oil", { excludeSellerIds: [atlas] });
    expect(again.items.map((i) => i.product.seller)).not.toContain("Atlas Argan");
  });

  it("stores what the buyer was shown as Match rows, one round per search", async () => {
    const buyer = await t.db.prisma.buyer.create({ data: { platform: "playground", externalId: "b1" } });
    const req = await t.db.prisma.sourcingRequest.create({ data: { buyerId: buyer.id, rawText: "argan oil", product: "argan oil", missing: [], status: "ready" } });
    const s = await matchText(deps, "argan oil");
    const store = createMatchStore(t.db);
    const first = await store.saveShortlist(req.id, s.items);
    const second = await store.saveShortlist(req.id, s.items.slice(0, 2));
    expect([first.round, second.round]).toEqual([1, 2]);
    const rows = await t.db.prisma.match.findMany({ where: { requestId: req.id, round: 1 }, orderBy: { rank: "asc" } });
    expect(rows.map((r) => r.sku)).toEqual(s.items.map((i) => i.product.sku));
    expect(rows[0]!.reasons).toEqual(JSON.parse(JSON.stringify(s.items[0]!.reasons)));
    expect((await t.db.prisma.sourcingRequest.findUniqueOrThrow({ where: { id: req.id } })).status).toBe("matched");
  });

  it("asks to rephrase when the text holds no product at all", async () => {
    const s = await matchText(deps, "   ");
    expect(s.items).toEqual([]);
    expect(s.suggestion).toEqual({ code: "rephrase" });
  });
});
