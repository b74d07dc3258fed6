import { describe, expect, it } from "vitest";
import { analyzeRequest } from "../../../src/core/extraction/rulesParser.js";
import { NOW, parse } from "./helpers.js";

describe("the product phrase", () => {
  it.each([
    ["Hi team! need 2 tons organic argan oil cif rotterdam before march, ecocert pls 🙏", "organic argan oil"],
    ["Bonjour, on cherche 5 000 L d'huile d'olive extra vierge, livraison Montréal sous 6 semaines", "huile d'olive extra vierge"],
    ["12 tons of pitted black olives, kosher, delivered to New Jersey", "pitted black olives"],
    ["Looking for canned sardines, halal certified, 1x20ft, CIF Doha", "canned sardines"],
    ["je veux 200 tapis berbères en laine, livraison à New York", "tapis berbères en laine"],
    ["Quote request: maple syrup grade A amber, 2000 L in 1L jugs", "maple syrup grade a amber"],
    ["Nous cherchons des pièces auto : plaquettes de frein, 5 000 unités", "plaquettes de frein"],
    ["huile d'olive vierge extra en bidons de 5 l, 2000 bidons, CIF Anvers", "huile d'olive vierge extra"],
    ["Do you guys have halal beef? need 2 containers 40' to Jeddah", "beef"],
    ["Bjr, vous avez du homard? on veut 2 000 lb pour Boston", "homard"],
    ["du homard... pardon, du crabe des neiges, 500 kg pour Boston", "crabe des neiges"],
    ["je cherche 50 kg de thé vert pour Lyon", "thé vert"],
    ["need extra virgn olive oil 200 L", "extra virgn olive oil"],
    ["URGENT!!! NEED 10,000 PCS COTTON T-SHIRTS DDP LONDON", "cotton t-shirts"],
    ["need lobster, sorry I mean snow crab, 2 tons to Boston", "snow crab"],
    ["NPK 20-10-10 fertilizer, 1000 t, CFR Abidjan", "npk 20-10-10 fertilizer"],
    ["UREA 46% 5000 MT CIF Lagos", "urea 46%"],
    ["Argan oil 1L bottles x 5000 DDP Berlin", "argan oil"],
    ["looking for organic & fair-trade cocoa nibs 2 tons to Oakland", "cocoa nibs"],
    ["frozen turkey breasts 3 tons to Paris", "frozen turkey breasts"],
    ["Hey, we're after dried figs, 3 t to Hamburg", "dried figs"],
    ["lookin 4 canned tuna in olive oil, 2 t", "canned tuna in olive oil"],
    ["Demande de devis : pois chiches, 10 tonnes pour Dakar", "pois chiches"],
  ])("%s", (text, product) => {
    expect(parse(text).product).toBe(product);
  });

  it("is null for vague words", () => {
    expect(parse("Hi, is this Caravan? I want to buy stuff from Morocco").product).toBeNull();
    expect(parse("looking for suppliers").product).toBeNull();
  });

  it("is null for a greeting or thanks only", () => {
    expect(parse("Merci beaucoup, bonne journée !").product).toBeNull();
    expect(parse("Thanks a lot!").product).toBeNull();
    expect(parse("Hello!").product).toBeNull();
  });

  it("labels the first of several products and reports the others", () => {
    const a = analyzeRequest("Need olive oil 🫒 and argan oil, 2t each, to Brussels", { now: NOW });
    expect(a.request.product).toBe("olive oil");
    expect(a.request.quantity).toEqual({ value: 2, unit: "t" });
    expect(a.otherProducts).toEqual(["argan oil"]);
  });

  it("is cut from the text as typed, lowercased", () => {
    const text = "Need 2 t of Huile d’Argan BIO to Paris";
    const product = parse(text).product ?? "";
    expect(text.toLowerCase()).toContain(product);
    expect(product).toBe("huile d’argan bio");
  });
});

describe("language", () => {
  it.each([
    ["need 2 tons of argan oil", "en"],
    ["Bonjour, je cherche de l'huile d'argan", "fr"],
    ["Hello, je cherche 2 tonnes de dattes, thanks", "fr"],
    ["Hi! We need 5 t of dates for Paris, merci beaucoup", "en"],
    ["Bonjour", "fr"],
    ["Hi", "en"],
    ["zellige 150 m² DDP Bruxelles", "fr"],
    ["ENVOYEZ MOI UN DEVIS POUR 3 TONNES D'AMANDES", "fr"],
  ])("%s → %s", (text, language) => {
    expect(parse(text).language).toBe(language);
  });
});

describe("the message's language", () => {
  it("reads a terse English message with a British unit as English", () => {
    expect(parse("anyone got pistachios? 3 tonnes to Leeds").language).toBe("en");
    expect(parse("on cherche 3 tonnes de pistaches pour Lyon").language).toBe("fr");
  });

  it("counts \"tonnes\" (British English too) only to break a tie", () => {
    // "tonnes" tied with "for", and the French spelling of a place ("Dubaï") broke the tie.
    expect(parse("Green cardamom pods, 8 mm bold, 2 tonnes for Dubai.").language).toBe("en");
    expect(parse("engrais NPK 15-15-15, 1000 tonnes, CFR Abidjan").language).toBe("fr");
  });
});

