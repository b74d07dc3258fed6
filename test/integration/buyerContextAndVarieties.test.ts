// Twelfth-round rules on the demo catalog: clauses about the buyer's own business are context, a
// French variety nobody sells is missing, and a kind is recognised inside an English compound
// ("Fresh Spearmint" is mint) or a seller's description ("lambskin gloves").
import { describe, expect, it } from "vitest";
import { matchText } from "../../src/core/matching/matchRequest.js";
import { expectLeads, useDemoCatalog } from "../helpers/demoCatalog.js";

const deps = useDemoCatalog();

describe("the buyer's own business is context", () => {
  it("checks the certificate against the product asked for, not the buyer's trade", async () => {
    // Read from the first sentence, the kind was "seafood", where some product is halal.
    const s = await matchText(deps(), "We operate 4 Asian seafood restaurants in London and everything we serve must be halal certified. Looking for halal-certified BC spot prawns, large, about 600 kg.");
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_certificate", certs: ["halal"] });
  });

  it("reads a French business named first, and its aside, as context", async () => {
    await expectLeads(deps(), "Société de fabrication de palettes à Tanger (zone franche). Nous recherchons du bois de palette débité 1x4 en épicéa-pin-sapin, traité HT. Qté : 3 conteneurs 40' par mois.", "CTP-PAL-001");
  });

  it("reads a clause opening on a French business noun as the buyer", async () => {
    await expectLeads(deps(), "Usineur aéronautique près de Figeac : on cherche un sous-traitant en traitement de surface agréé Nadcap, anodisation TSA sur pièces alu. Lots de 50 à 200 pièces.", "CAE-AER-009");
  });

  it("finds the goods when the buyer asks for a workshop to make them", async () => {
    await expectLeads(deps(), "Marque de vêtements de travail basée à Lyon. Nous cherchons un atelier pour des pantalons de menuisier en denim 14 oz, 600 pièces. Livraison Lyon, DAP.", "CDF-DNM-007");
  });

  it("says nothing fits for a word that is the whole product and that no seller uses", async () => {
    const s = await matchText(deps(), "Distributeur d'intrants agricoles à Agadir : kiésérite (sulfate de magnésium granulé, 25 % MgO) en big bags de 1 t, 500 t. CFR Agadir.");
    expect(s.weak).toBe(true);
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_product", product: "kiésérite" });
  });

  it("says nothing fits when both readings agree on a product no seller has, whatever the rest names", async () => {
    // The whole message names cheese (an unsure kind): the figs are what is asked for, and offered cheeses would not be near.
    const figs = await matchText(deps(), "dried figs, the soft sun-dried kind for a cheese-board range, 3 tonnes in 5 kg cartons, to Rotterdam");
    expect(figs.suggestion).toMatchObject({ code: "no_fit", reason: "no_product", product: "dried figs", near: [] });
    const mirrors = await matchText(deps(), "Grossiste pièces auto à Oran. Nous cherchons des rétroviseurs extérieurs complets (réglage électrique, dégivrants) pour Dacia Logan et Sandero, 1 000 pièces.");
    expect(mirrors.weak).toBe(true);
  });

  it("does not read the vehicle a French part is 'pour' as the kind", async () => {
    // The catalog sells Dacia brake parts; nobody sells steering ball joints.
    const s = await matchText(deps(), "Importateur de pièces auto à Dakar. Nous cherchons des rotules de direction et des biellettes pour Dacia Logan et Peugeot 301, 1 500 pièces, CFR Dakar.");
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_product", product: "rotules de direction" });
  });

  it("does not take a phrase naming the buyer for a missing product", async () => {
    await expectLeads(deps(), "Garage poids lourds et VUL près de Lyon : plaquettes de frein avant pour Iveco Daily, homologuées R90, 800 pièces.", "KBS-BRP-033");
  });
});

describe("varieties and kinds", () => {
  it("says nothing fits for a French variety no seller of the family names", async () => {
    const s = await matchText(deps(), "Épicerie fine à Strasbourg, nous cherchons du miel d'acacia liquide en pots de 250 g, environ 1 000 pots.");
    expect(s.weak).toBe(true);
    expect(s.suggestion).toMatchObject({ code: "no_fit", reason: "no_product" });
  });

  it("keeps an unknown French complement when the family is not sold by variety", async () => {
    // "tôlerie" is in no title, yet the riveted "Sheet-Metal Assemblies" are what is asked for.
    const s = await matchText(deps(), "Bonjour, acheteur chez un équipementier aéronautique près de Toulouse. Nous sous-traitons des sous-ensembles de tôlerie rivetés (peaux et cornières en 2024-T3 plaqué) pour une nacelle, fabrication sur plan, EN 9100 exigé. Lot de 40 ensembles, DAP Colomiers.");
    expect(s.weak).toBe(false);
  });

  it("finds a material in the seller's description of the kind", async () => {
    await expectLeads(deps(), "gants en cuir d'agneau doublés cachemire, 120 paires, boutique Paris 6e, pour octobre", "MMR-LTH-013");
  });

  it("reads the kind the phrase names when the best hit's name ends on it, even if one product alone has it", async () => {
    // Only one title names bath bombs, too thin a type on its own: the buyer's trade (gifts) was read instead.
    const s = await matchText(deps(), "Salut, boutique de cadeaux à Lausanne. On voudrait des bombes de bain (boules effervescentes) faites main, parfums assortis, en boîtes de 24.");
    expect(s.weak).toBe(false);
    expect(s.items[0]?.product.sku).toBe("SDL-BTH-001");
    expect(s.items[1]?.reasons.map((r) => r.code)).toContain("type_other");
  });

  it("takes a French state of a typed kind as a near variant, not a missing product", async () => {
    // The catalog's faba beans are dried without saying so; "figues sèches" stay missing (only prickly pears carry "figue").
    const beans = await matchText(deps(), "Salam, nous cherchons des fèves sèches petit calibre pour nos conditionneurs à Alger, un conteneur 20 pieds en sacs de 50 kg.");
    expect(beans.weak).toBe(false);
    expect(beans.items[0]?.product.sku).toBe("PPT-FAB-001");
    const figs = await matchText(deps(), "Figues sèches de Turquie ou du Maroc, calibre 5 à 7, en cartons de 10 kg. 8 tonnes pour Marseille.");
    expect(figs.weak).toBe(true);
  });

  it("reads a compound ending on the head as that kind", async () => {
    const mint = await matchText(deps(), "Salons de thé marocains à Paris (4 adresses) : besoin de menthe fraîche nanaa en bottes, par avion, environ 300 kg par semaine.");
    expect(mint.weak).toBe(false);
    await expectLeads(deps(), "Négoce bois-énergie région lyonnaise : bûches de bois densifié en packs de 10 kg, 2 conteneurs 40 pieds pour l'hiver.", "NPE-BRQ-001");
  });
});
