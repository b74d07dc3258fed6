import { describe, expect, it } from "vitest";
import { lookupPlace } from "../../../src/core/extraction/gazetteer.js";
import { parse } from "./helpers.js";

describe("destinations in English and French", () => {
  it.each([
    ["olive oil to Canada", { country: "CA", place: null }],
    ["huile d'olive, livraison à Lyon", { country: "FR", place: "Lyon" }],
    ["dates pour l'Allemagne", { country: "DE", place: null }],
    ["miel au Sénégal", { country: "SN", place: null }],
    ["argan oil shipping to Dubaï", { country: "AE", place: "Dubai" }],
    ["sardines livrées à Anvers", { country: "BE", place: "Antwerp" }],
    ["couscous destination Inde", { country: "IN", place: null }],
    ["olives delivered to New Jersey", { country: "US", place: null }],
    ["saffron for our shop in Geneva", { country: "CH", place: "Geneva" }],
    ["honey vers Bruxelles", { country: "BE", place: "Brussels" }],
    ["👉 Marseille 🇫🇷 argan oil", { country: "FR", place: "Marseille" }],
    ["tea to Hong Kong", { country: "HK", place: "Hong Kong" }],
    ["dates aux États-Unis", { country: "US", place: null }],
    ["figs to Oslo, Norway", { country: "NO", place: "Oslo" }],
  ])("%s", (text, destination) => {
    expect(parse(text).destination).toEqual(destination);
  });

  it("does not take an origin for the destination", () => {
    expect(parse("argan oil from Morocco").destination).toBeNull();
    expect(parse("walnuts from Chile to Istanbul").destination).toEqual({ country: "TR", place: "Istanbul" });
  });

  it("lets the latest destination win after a correction", () => {
    const r = parse("10 t of dates CIF Rotterdam... actually our warehouse moved, ship to Antwerp");
    expect(r.destination).toEqual({ country: "BE", place: "Antwerp" });
    expect(r.incoterm).toBe("CIF");
  });

  it("lets a place named after a correction win", () => {
    expect(parse("Besoin de 500 kg de miel, livraison Lyon... non pardon, Marseille").destination).toEqual({ country: "FR", place: "Marseille" });
  });

  it("keeps an unknown capitalised place after a delivery cue", () => {
    expect(parse("argan oil, delivered to Zorgville").destination).toEqual({ country: null, place: "Zorgville" });
  });

  it("reads an ambiguous country name only after a place cue", () => {
    expect(parse("frozen turkey 3 tons").destination).toBeNull();
    expect(parse("looking for turkey breasts 2 tons to Paris").destination).toEqual({ country: "FR", place: "Paris" });
    expect(parse("bone china cups 500 pcs").destination).toBeNull();
    expect(parse("frozen chicken 3 tons to Turkey").destination).toEqual({ country: "TR", place: null });
  });

  it("looks up places in any spelling", () => {
    expect(lookupPlace("Montréal")).toMatchObject({ country: "CA", place: "Montreal" });
    expect(lookupPlace("Maroc")).toMatchObject({ country: "MA", place: null });
    expect(lookupPlace("Royaume-Uni")).toMatchObject({ country: "GB" });
  });
});
