// Packs that suit the quantity rank first, through the whole matcher on a real database: tonnes put
// the drum and the IBC above retail bottles of the same oil; a shop's ten bottles put the bottles
// above the drum and the IBC.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFrom } from "../../src/config.js";
import { silentLogger } from "../../src/logger.js";
import { buildCoreDeps, type CoreDeps } from "../../src/wiring.js";
import { openCatalog } from "../../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../../src/core/catalog/seedCatalog.js";
import { matchText } from "../../src/core/matching/matchRequest.js";
import { createTestDb, type TestDb } from "../helpers/testDb.js";
import { HEADER, row, tempDir, writeFile } from "../helpers/catalogFiles.js";

let t: TestDb;
let deps: CoreDeps;
beforeAll(async () => {
  t = await createTestDb();
  deps = buildCoreDeps(configFrom({}), t.db, silentLogger, { now: () => new Date("2026-11-22T10:00:00Z") });
  // One seller per pack, so the two-per-seller cap does not hide any; retail bottles listed first.
  const oil = { certifications: "organic", ships_to: "*", moq: 1, unit: "pcs" };
  const file = writeFile(tempDir(), "packs.csv", [
    HEADER,
    row("Bottle One", "B-1L", "Organic argan oil – 1 L bottle", oil),
    row("Bottle Two", "B-100", "Organic argan oil – 100 mL bottle", oil),
    row("Jerry Co", "J-25", "Organic argan oil – 25 L jerrycan", oil),
    row("Drum Co", "D-200", "Organic argan oil – 200 L drum", oil),
    row("Tote Co", "I-920", "Organic argan oil – 920 kg IBC", oil),
  ].join("\n"));
  await seedCatalog(deps, async () => (await openCatalog(file)).rows);
}, 120_000);
afterAll(async () => t?.cleanup());

const skus = async (text: string) => (await matchText(deps, text, { limit: 5 })).items.map((i) => i.product.sku);

describe("pack preference by quantity", () => {
  it("2 tonnes: the drum and the IBC first, the bottles last", async () => {
    const order = await skus("2 tonnes of organic argan oil to Rotterdam");
    expect(order).toHaveLength(5);
    expect(order.slice(0, 2).sort()).toEqual(["D-200", "I-920"]);
    expect(order.slice(-2).sort()).toEqual(["B-100", "B-1L"]);
  });

  it("the same in French, for a 40 ft container", async () => {
    const order = await skus("huile d'argan bio, un conteneur 40 pieds pour Anvers");
    expect(order.slice(0, 2).sort()).toEqual(["D-200", "I-920"]);
  });

  it("10 bottles for a shop: the bottles first, the drum and the IBC last", async () => {
    const order = await skus("10 bottles of organic argan oil for our shop in Paris");
    expect(order.slice(0, 2).sort()).toEqual(["B-100", "B-1L"]);
    expect(order.slice(-2).sort()).toEqual(["D-200", "I-920"]);
  });

  it("20 kg: no drum before a smaller pack", async () => {
    const order = await skus("20 kg of organic argan oil to Lyon");
    expect(order.indexOf("D-200")).toBeGreaterThan(order.indexOf("J-25"));
    expect(order.indexOf("I-920")).toBeGreaterThan(order.indexOf("B-1L"));
  });
});
