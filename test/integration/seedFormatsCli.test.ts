// The "done when": an admin imports a seller's French .xlsx price list with --seller and
// a Shopify export, and both are searchable at once (npm run match finds them).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/runCli.js";
import { tempDir } from "../helpers/catalogFiles.js";
import { writeFrenchPriceList, writeShopifyExport } from "../helpers/shopFixtures.js";

describe("npm run seed with spreadsheets and shop exports", () => {
  it("imports a French .xlsx with --seller and a Shopify export; npm run match finds both", async () => {
    const env = { CARAVAN_DATA_DIR: mkdtempSync(path.join(tmpdir(), "caravan-formats-")), NODE_ENV: "test" };
    const dir = tempDir();
    const xlsx = await writeFrenchPriceList(dir);
    const shopify = writeShopifyExport(dir);

    const a = await runCli("seed", ["--seller", "Huilerie de l'Atlas", "--seller-country", "MA", "--sheet", "Tarifs 2027", xlsx], env, 240_000);
    expect(a.code).toBe(1); // one bad row in the list
    expect(a.out).toMatch(/tarifs\.xlsx: 4 rows read — 3 new, 0 updated, 0 unchanged, 1 rejected/);
    expect(a.err).toContain(`${xlsx}:Tarifs 2027:8: moq must not be negative`);
    expect(a.err).toContain(`${xlsx}: warning: skipped 2 rows above the header`);
    expect(a.out).toMatch(/Huilerie de l'Atlas\s+CRV-/);

    const b = await runCli("seed", ["--currency", "CAD", shopify], env, 240_000);
    expect(b.err).toContain(`${shopify}:6: Handle "orphan" continues a product`);
    expect(b.out).toMatch(/products_export\.csv: 4 rows read — 3 new/);
    expect(b.out).toMatch(/Érablière Boréale\s+CRV-/);

    const argan = await runCli("match", ["--json", "--top", "5", "huile d'argan bio 500 L pour la France"], env, 240_000);
    const maple = await runCli("match", ["--json", "--top", "5", "maple syrup 200 bottles"], env, 240_000);
    const sellers = (out: string) => (JSON.parse(out) as { items: { product: { seller: string } }[] }).items.map((i) => i.product.seller);
    expect(sellers(argan.out)[0]).toBe("Huilerie de l'Atlas");
    expect(sellers(maple.out)[0]).toBe("Érablière Boréale");
  }, 900_000);
});
