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
    row("Atlas Argan", "AA-3", "Argan oil soap bars", { certifications: "" }),
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

  it("gives an honest empty answer when a required certificate is held by nobody, and suggests relaxing it", async () => {
    const request = { ...emptyRequest(), product: "argan oil", certifications: ["halal"] };
    const s = await matchRequest(deps, request, { certificationsRequired: true });
    expect(s.items).toEqual([]);
    expect(s.suggestion).toMatchObject({ code: "relax_certifications", certs: ["halal"] });
    expect(renderSuggestion(translate, "en", s.suggestion!)).toMatch(/No supplier in the catalog holds halal/);
    // Without the requirement, the same request ranks products and says the certificate is missing.
    const soft = await matchRequest(deps, request);
    expect(soft.items.length).toBeGreaterThan(0);
    expect(soft.items[0]!.reasons.map((r) => r.code)).toContain("certs_missing");
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
