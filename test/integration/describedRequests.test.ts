// Requests that describe the product, or open with the buyer's own business, on the demo catalog:
// the kind is read from the words the best keyword hits agree with, and a product the buyer
// described rather than named fits instead of "nothing fits".
import { describe, expect, it } from "vitest";
import { matchText } from "../../src/core/matching/matchRequest.js";
import { expectLeads, useDemoCatalog } from "../helpers/demoCatalog.js";

const deps = useDemoCatalog();

describe("described requests", () => {
  it("offers the product a buyer described rather than named, not 'nothing fits'", async () => {
    await expectLeads(deps(), "Soap brand in Leeds. We want the Moroccan washing clay from the Atlas that you mix with water to wash hair and skin, a fine powder in 25 kg sacks, 1 tonne.", "HEM-HAM-005");
  });

  it("still says nothing fits when the missing word names another product of the catalog", async () => {
    // Avocados are sold fresh and nobody presses them: cold-pressed oils share the rest of the words.
    const s = await matchText(deps(), "Cold-pressed culinary avocado oil, unrefined, 5 L jugs, 2,000 litres");
    expect(s.weak).toBe(true);
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_product" });
  });

  it("reads the kind from the words the best keyword hits share, not from the buyer's trade", async () => {
    const s = await matchText(deps(), "Pasta restaurants in Milan: we need live vongole for spaghetti alle vongole, the grooved carpet-shell type, 300 kg a week.");
    expect(s.items[0]?.product.sku).toBe("DOF-CLM-001");
    expect(s.items.find((i) => /spaghetti/i.test(i.product.title))?.reasons.map((r) => r.code) ?? ["type_other"]).toContain("type_other");
  });

  it("ranks by the buyer's words when no reading's kind is among the best hits", async () => {
    // The best hits are cranberries, whose titles make them a kind of their own, not "berries".
    await expectLeads(deps(), "For our new granola line we need the tart red dried berries from Quebec bogs, sweetened; they must be certified organic. 5 t to Rotterdam.", "ABC-SDC-006");
  });

  it("does not read an Arabic buyer's use as a missing material", async () => {
    // "لباصات" (for buses) reaches the type check as words before the head, like a material would.
    await expectLeads(deps(), "شركة نقل في الرياض: نبي فحمات بريك خلفية سيراميك لباصات مرسيدس سبرنتر، ٥٠٠ طقم.", "KBS-BRP-020");
  });

  it("reads a bare 'blocks' as the pack's shape, not as concrete blocks", async () => {
    await expectLeads(deps(), "مخبز في الرياض: نبي عجينة تمر بلوكات ١٠ كيلو، ٢ طن، والتوصيل للرياض.", "DTE-PAS-001");
  });

  it("takes the product from the clause after the buyer's business", async () => {
    const s = await matchText(deps(), "Grossiste pour épiceries fines : olives noires confites au sel, en boîtes de 5 kg, un conteneur 20 pieds.");
    expect(s.items[0]?.product.sku).toBe("CAO-OLV-020");
  });
});
