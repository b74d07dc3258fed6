// Thirteenth-round rules on the demo catalog: a colour proves nothing missing where the kind is sold
// plain, Arabic trade words the lexicon gained, and the rank-only mode the public-set eval uses.
import { describe, expect, it } from "vitest";
import { matchText } from "../../src/core/matching/matchRequest.js";
import { expectLeads, useDemoCatalog } from "../helpers/demoCatalog.js";

const deps = useDemoCatalog();

describe("a colour where the kind is sold plain", () => {
  it("finds the one courgette, named by no colour, for green courgettes", async () => {
    await expectLeads(deps(), "Courgettes vertes, 3 palettes par semaine, rendu Marseille", "PDS-FRS-010");
  });

  it("keeps white sugar missing beside maple sugar, a named variety", async () => {
    const s = await matchText(deps(), "Sucre blanc en sacs de 50 kg, 200 tonnes CIF Abidjan");
    expect(s.weak).toBe(true);
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_product" });
  });
});

describe("Arabic trade words", () => {
  it("reads أبو صرة as navel oranges and جبنة بري as brie", async () => {
    const navel = await matchText(deps(), "نبغى برتقال أبو صرة، كراتين ١٠ كيلو، حاوية ٤٠ قدم إلى جدة");
    expect(navel.items[0]?.product.title).toMatch(/^Navel Oranges/);
    await expectLeads(deps(), "جبنة بري دبل كريم، قوالب ١ كيلو، ٢٠٠ كيلو شهرياً إلى الدوحة", "FSL-CHE-006");
  });
});

describe("rank only", () => {
  it("ranks the candidates of a request nothing fits, with no verdict", async () => {
    const text = "Looking for 20 t of basmati rice, CIF Jeddah";
    expect((await matchText(deps(), text)).weak).toBe(true);
    const ranked = await matchText(deps(), text, { rankOnly: true });
    expect(ranked.weak).toBe(false);
    expect(ranked.items.length).toBeGreaterThan(0);
  });
});

describe("words that prove nothing missing", () => {
  it("reads merino as wool, and a season as when, not what", async () => {
    await expectLeads(deps(), "Je cherche des bas de laine mérinos pour la randonnée, 400 paires, livraison à Québec", "TLA-KNT-006");
    await expectLeads(deps(), "Boutique d'accessoires à Lyon : gants d'hiver en cuir d'agneau doublés cachemire, 120 paires.", "MMR-LTH-013");
  });

  it("reads the goods after a business named by its head, then a colon", async () => {
    await expectLeads(deps(), "Fruit importer in Hamburg: Hass avocados, size 16-20, in 4 kg single-layer trays, 2 pallets a week.", "BAE-CIT-016");
  });
});

describe("a plant named by the part the catalog sells", () => {
  it("reads 'organic camomile' as the chamomile flowers, not the tea bags the message mentions", async () => {
    await expectLeads(deps(), "Tea packer in Hamburg. We need organic camomile, whole flower heads, not fannings or tea-bag cut, in 20 kg bales. 600 kg, CIF Hamburg.", "HAT-HRB-015");
  });

  it("never reads saddles as saddle bags", async () => {
    const s = await matchText(deps(), "Equestrian retailer in Kent: English leather riding saddles, close-contact, 17 and 17.5 inch seats, 40 units. Not bags - actual saddles for horses.");
    expect(s.weak).toBe(true);
  });
});
