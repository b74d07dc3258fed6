// Fourteenth-round readings on the demo catalog: the goods named after a service or before "with",
// DAP the fertiliser, French words the lexicon gained, and a required certificate behind a buyer's
// "… processor here".
import { describe, expect, it } from "vitest";
import { matchText } from "../../src/core/matching/matchRequest.js";
import { expectLeads, useDemoCatalog } from "../helpers/demoCatalog.js";

const deps = useDemoCatalog();

describe("the goods, not what comes with them or is done to them", () => {
  it("finds the capelin, not its roe, for capelin with roe", async () => {
    await expectLeads(deps(), "Seafood wholesaler in Busan. We need frozen female capelin with roe, 45-50 pcs/kg, 1 x 40ft reefer.", "AVS-CAP-001");
  });

  it("finds the housings for their machining and coating", async () => {
    await expectLeads(deps(), "Helicopter MRO in Marignane: machining and coating of magnesium gearbox housings, castings supplied by us", "APM-PRT-013");
  });
});

describe("French words", () => {
  it("reads DAP enrichi au zinc as the zinc DAP, and colliers pour chiens as the dog collars", async () => {
    await expectLeads(deps(), "Nous voulons du DAP enrichi au zinc en sacs de 50 kg, 4 conteneurs, livraison Abidjan", "JFT-FER-014");
    await expectLeads(deps(), "Jardinerie à Nantes : on aimerait des colliers en cuir pour chiens, 40 pièces", "MMR-LTH-011");
  });

  it("says nothing fits for pumpkin-seed oil, which no seller lists", async () => {
    const s = await matchText(deps(), "Épicerie fine à Genève, on cherche de l'huile de graines de courge, bouteilles de 500 ml");
    expect(s.weak).toBe(true);
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_product" });
  });
});

describe("a required certificate after the buyer's introduction", () => {
  it("says no seller of frozen mackerel holds MSC", async () => {
    const s = await matchText(deps(), "Irish seafood processor here. We need frozen whole mackerel, plate frozen, 3 containers; MSC certification is mandatory.");
    expect(s.weak).toBe(true);
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_certificate", certs: ["msc"] });
  });
});

describe("what the seller's words prove", () => {
  it("takes a certificate stated in the description as no proof that nobody holds it", async () => {
    await expectLeads(deps(), "Produce wholesaler in Leeds: extra-fine green beans in 5 kg cartons, GlobalGAP farms required", "PDS-FRS-009");
  });

  it("reads cedar as wood, and a described honey its hit's description names", async () => {
    await expectLeads(deps(), "Wooden shingles for re-roofing, split cedar, 1 container", "CTP-WRC-003");
    await expectLeads(deps(), "Looking for the rare peppery 'cactus' honey from the Atlas, 1 kg jars, 200 jars", "MDA-MIE-005");
  });

  it("reads vanity bowls as wash basins", async () => {
    await expectLeads(deps(), "Hand-painted ceramic vanity bowls, round, 40 cm, 60 pieces", "CBF-DEC-001");
  });
});

describe("emails and typos", () => {
  it("reads a pasted email's subject and body, not its signature, and 'grand' as no missing word", async () => {
    await expectLeads(deps(), "Subject: Grand wormwood for absinthe\n\nHi, we're a distillery in Maine. We need dried grande wormwood herb, cut, about 600 lb in bales.\n\nThanks,\nSam\nHead Distiller", "HAT-HRB-021");
  });

  it("reads a five-letter word missing a letter as a typo", async () => {
    await expectLeads(deps(), "Outdoor store in Denver. Need merino hikng socks, cushioned, 1,200 pairs", "TLA-KNT-006");
  });
});

describe("a new product beside the one the buyer already sells", () => {
  it("says nothing fits for cactus water, named as the buyer wrote it, not by the maple water it already sells", async () => {
    const s = await matchText(deps(), "LA-based juice brand here, we already sell a maple water under our label. Want to add a prickly pear cactus water, 330 ml Tetra Pak, 3 pallets");
    expect(s.weak).toBe(true);
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_product", product: "prickly pear cactus water" });
  });

  it("reads an RFQ email's subject as the goods", async () => {
    const email = "Subject: RFQ - composite layup tooling (Invar 36)\n\nWe are a Tier-2 aerostructures company producing CFRP panels. We are looking to source layup mandrels in Invar 36.\n- Qty: 4 tools, envelope up to 2.4 m x 1.1 m";
    await expectLeads(deps(), email, "APM-TOL-001");
  });
});

describe("forms, greetings and trade words", () => {
  it("reads bee pollen granules as the bee pollen", async () => {
    await expectLeads(deps(), "Dried bee pollen granules, 200 kg in 5 kg bags, sea freight to Osaka", "PGH-POL-001");
  });

  it("reads a Turkish greeting as none, and ABS pigtails as the sensor leads", async () => {
    await expectLeads(deps(), "Merhaba, we are an aftermarket parts brand in Istanbul. Need overmoulded wheel speed sensor cables (ABS pigtails) made to our drawings, ~1,200 pcs.", "TAC-WHN-018");
  });
});

describe("Arabic and Spanish trade words", () => {
  it("reads what an Arabic buyer rules out, and hair 'cream bath' as the hair mask", async () => {
    await expectLeads(deps(), "نحتاج شراب الورد لسلسلة مقاهي في جدة، قوارير 700 مل، 600 قارورة. ملاحظة: لا نريد ماء الورد، نريد الشراب الجاهز.", "MRD-SYR-001");
    await expectLeads(deps(), "نحن موزعين لمستحضرات الصالونات في الرياض. نبحث عن حمام كريم للشعر بزيت الأرغان عبوة 250 مل، 3000 علبة.", "HDA-COS-003");
  });

  it("reads Spanish algas as seaweed and forros de volante as steering-wheel wraps", async () => {
    await expectLeads(deps(), "Somos una planta de agar-agar en Burgos. Compramos alga roja Gelidium seca en balas, unas 40 toneladas.", "DOF-SEA-001");
    await expectLeads(deps(), "Requerimos forros de volante en piel Nappa cosidos a mano, 2,500 piezas por mes, entrega DAP Saltillo.", "TAC-SEA-005");
  });

  it("says nothing fits for kohl, which no seller lists", async () => {
    const s = await matchText(deps(), "نبحث عن كحل إثمد أصلي في مكاحل صغيرة، 5000 قطعة، لمحل عطور في الكويت");
    expect(s.weak).toBe(true);
  });
});

describe("French and Spanish names the lexicon gained", () => {
  it("reads farine de poisson, pois cassés, haricots filets and hydrolat de bigaradier", async () => {
    await expectLeads(deps(), "Fabricant d'aliments piscicoles à Abidjan. Nous achetons de la farine de poisson 65 % de protéines, sacs de 50 kg, 200 t.", "APF-FML-001");
    const peas = await matchText(deps(), "On cherche des pois cassés jaunes en big bags d'1 tonne, 3 conteneurs 20', CFR Alger.");
    expect(peas.weak).toBe(false);
    expect(peas.items[0]?.product.title).toMatch(/^Split Yellow Peas/);
    await expectLeads(deps(), "Grossiste à Rungis : haricots filets extra-fins, colis de 5 kg, 3 palettes par semaine.", "PDS-FRS-009");
    await expectLeads(deps(), "Laboratoire à Grasse : hydrolat de fleurs de bigaradier, flacons de 250 ml, 2 000 unités.", "HEM-HAM-008");
  });

  it("reads a material by its kind: merino wool, and peau lainée as shearling", async () => {
    await expectLeads(deps(), "Magasin de sport à Chamonix : chaussettes de randonnée en laine mérinos, 600 paires.", "TLA-KNT-006");
    const s = await matchText(deps(), "blousons aviateur en peau lainée noirs, 60 pièces");
    expect(s.weak).toBe(false);
    expect(s.items[0]?.product.title).toMatch(/^Shearling Aviator Jacket/);
  });

  it("reads Spanish cables de sensor as the sensor leads", async () => {
    await expectLeads(deps(), "Distribuidor de recambios en Valladolid: buscamos cables de sensor ABS para aftermarket, unas 2.000 unidades.", "TAC-WHN-018");
  });
});
