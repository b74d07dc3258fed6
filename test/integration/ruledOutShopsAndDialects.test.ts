// Fifteenth-round readings on the demo catalog: what the buyer rules out never names the kind, a
// French shop name is the buyer, and Arabic and Spanish buyers' intentions, second wishes and dialect words.
import { describe, expect, it } from "vitest";
import { matchText } from "../../src/core/matching/matchRequest.js";
import { expectLeads, useDemoCatalog } from "../helpers/demoCatalog.js";

const deps = useDemoCatalog();

describe("what the buyer rules out, and who the buyer is", () => {
  it("finds the fresh prickly pears when jam and oil are ruled out, after a fruit shop's introduction", async () => {
    await expectLeads(deps(), "Fruiterie à Montréal pis deux épiceries fines : on veut des figues de Barbarie fraîches, en caisses de 5 kg. Pas la confiture ni l'huile, le fruit frais.", "FBA-FRU-001");
  });

  it("says nothing fits for wicker baskets after a décor shop's introduction and what it already buys", async () => {
    const s = await matchText(deps(), "Boutique déco à Lyon : on prend déjà des poufs en cuir et des plats en céramique de Safi, on cherche maintenant des paniers en osier tressés, 300 pièces.");
    expect(s.weak).toBe(true);
  });

  it("reads 'silvers' as coho salmon", async () => {
    await expectLeads(deps(), "Seoul importer: one container of silvers, wild, headed and gutted, frozen. No sockeye or keta please.", "PCS-SAL-003");
  });
});

describe("Arabic and Spanish buyers", () => {
  it("finds the pickup seat covers, not the brake pads asked about after them", async () => {
    await expectLeads(deps(), "عندي محل ديال الإكسسوار فكازا. بغيت غطاوات ديال الكراسي ديال البيكوبات من النيوبرين، 400 وحدة. وواش عندكم حتى البلاكيط ديال الفرانات؟", "GLA-SEA-002");
  });

  it("finds argan kernels for a press that means to press the oil itself", async () => {
    const s = await matchText(deps(), "مرحبا، عنا معصرة صغيرة بعمّان وبدنا نعصر زيت أرغان هون بالأردن. بدنا لب الأرغان مكسّر، الكمية 3 طن، شوالات 25 أو 50 كيلو.");
    expect(s.weak).toBe(false);
    expect(s.items[0]?.product.title).toMatch(/^Argan Kernels/);
  });

  it("finds the neoprene-free nylon covers when neoprene is ruled out in Darija", async () => {
    await expectLeads(deps(), "عندي محل ديال اكسسوارات الطوموبيلات فكازا. بغيت housses ديال الكراسي heavy duty للبيكوبات من النايلون 1680D، ماشي نيوبرين. 400 طقم", "GLA-SEA-001");
  });
});

describe("non-native English and second wishes", () => {
  it("finds the dark buckwheat honey drum for a packer introduced without an article", async () => {
    await expectLeads(deps(), "We are honey packer in Bremen, filling for discounters. Searching dark buckweat honey in bulk, 300 kg drums, 4 pallets, DAP Bremen.", "PGH-BLK-003");
  });

  it("says nothing fits for alloy wheel rims, whatever brake pads the buyer might also take", async () => {
    const s = await matchText(deps(), "Tyre and wheel shop in Nairobi. Need 16 inch alloy wheel rims, 5x114.3, for Toyota Corolla, 200 sets of 4, CIF Mombasa. Might also take front brake pads for the same models later.");
    expect(s.weak).toBe(true);
  });
});

describe("what a Spanish buyer already sells", () => {
  it("finds the mineral sunscreen, not the face oils the pharmacy chain already sells", async () => {
    await expectLeads(deps(), "¡Hola! Somos una cadena de 14 parafarmacias en Madrid y ya vendemos cosmética natural (aceites faciales, desodorantes sin bicarbonato). Buscamos protector solar mineral SPF 30, con óxido de zinc no nano y sin perfume, en tubo de 90 ml. Serían 1.500 unidades.", "BOB-XTR-001");
  });
});

describe("the product the buyer's words plainly name", () => {
  it("finds the olive leaf extract, whatever powder the request's kind was read as", async () => {
    const s = await expectLeads(deps(), "Nutraceutical brand in Utah. Need olive leaf extract powder standardised to 20% oleuropein (HPLC), 100 kg to start. Kosher certificate required, DDP Salt Lake City.", "SOC-LEA-001");
    expect(s.items[0]!.reasons.some((r) => r.code === "type_other")).toBe(false);
  });

  it("finds the crimping subcontractor for lead preparation and terminal crimping", async () => {
    await expectLeads(deps(), "We are wire harness manufacturer near Nuremberg and our capacity is full. We look for a subcontractor for lead preparation and terminal crimping (cut, strip, crimp), approx. 2 million crimps per year, IATF 16949 required.", "TAC-WHN-020");
  });
});

describe("no 'nothing fits' for what the buyer's words plainly name", () => {
  it("finds the machined magnesium housings for a request read as a machining service", async () => {
    await expectLeads(deps(), "Hello, we are a tier-2 aerospace supplier in São José dos Campos, Brazil. We need machining and coating of magnesium ZE41 castings - main gearbox housings for helicopters - 12 sets, AS9100 mandatory, DAP Brazil.", "APM-PRT-013");
  });
});

describe("honest answers in Spanish", () => {
  it("says no seller of fouta towels holds OEKO-TEX", async () => {
    const s = await matchText(deps(), "Saludos desde San Juan! Tenemos tres tiendas de playa. Buscamos toallas de playa tipo fouta, 100% algodón a rayas, como 500 unidades. Es requisito que vengan con certificado OEKO-TEX Standard 100.");
    expect(s.weak).toBe(true);
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_certificate", certs: ["oeko-tex"] });
  });

  it("says no seller lists piquillo peppers", async () => {
    const s = await matchText(deps(), "hola, necesitamos pimientos del piquillo asados, enteros, en lata o tarro de cristal, unas 2000 latas al mes, entrega en Zaragoza.");
    expect(s.weak).toBe(true);
  });
});
