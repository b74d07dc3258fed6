// Sixteenth-round readings on the demo catalog: a certificate the buyer requires is still checked when
// the product is found after all, and an order's mix or a greeting never names the goods.
import { describe, expect, it } from "vitest";
import { matchText } from "../../src/core/matching/matchRequest.js";
import { expectLeads, useDemoCatalog } from "../helpers/demoCatalog.js";

const deps = useDemoCatalog();

describe("a required certificate", () => {
  it("says no seller holds Fairtrade for hibiscus, though the word 'calyces' is in no title", async () => {
    const s = await matchText(deps(), "Infusion maker in Hamburg. We need dried hibiscus calyces (karkadé), 500 kg; Fairtrade certification is a must, organic alone won't do.");
    expect(s.weak).toBe(true);
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_certificate" });
  });
});

describe("an order's mix and a greeting", () => {
  it("finds the sensor leads ordered as 'mixed part numbers'", async () => {
    await expectLeads(deps(), "Good afternoon! We supply garages across Accra. Need wheel speed sensor leads, small runs to our samples, about 500 pcs mixed part numbers.", "TAC-WHN-018");
  });
});

describe("what a Spanish buyer rules out after the noun", () => {
  it("finds the mineral sunscreen without saying the buyer ruled out its zinc oxide", async () => {
    const s = await expectLeads(deps(), "Buscamos protector solar mineral SPF 30, con óxido de zinc no nano y sin perfume, en tubo de 90 ml. Serían 1.200 unidades.", "BOB-XTR-001");
    expect(s.items[0]!.reasons.some((r) => r.code === "excluded")).toBe(false);
  });

  it("keeps black soap out of a hotel's order of small guest soaps", async () => {
    const s = await matchText(deps(), "Hola, tenemos un hotel boutique en Cartagena. Necesitamos jaboncitos de cortesía envueltos en papel, unos 25 g, 8.000 unidades. Nada de jabón negro.");
    expect(s.items.map((i) => i.product.sku)).toContain("SDL-SAV-008");
    expect(s.items.some((i) => /black soap|savon noir/i.test(i.product.title))).toBe(false);
  });
});
