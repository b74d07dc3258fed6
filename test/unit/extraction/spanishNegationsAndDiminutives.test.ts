// Spanish buyers rule things out after the noun ("óxido de zinc no nano", "ni jabón negro") and name
// small sizes with diminutives ("jaboncitos", "cajitas"); French, Spanish and Arabic buyers use names
// a product-name battery (written from the catalogs alone) found the lexicons did not read.
import { describe, expect, it } from "vitest";
import { englishWording } from "../../../src/core/matching/englishWording.js";
import { excludedWords } from "../../../src/core/matching/excludedWords.js";
import { tradeWord } from "../../../src/core/extraction/lexicon.js";
import { translatedQuery } from "../../../src/core/matching/queryExpansion.js";
import { parse } from "./helpers.js";

describe("a Spanish negation after the noun", () => {
  it("stays before what it rules out, never turned into the noun group", () => {
    expect(englishWording("aceite de oliva no refinado", "es")).toBe("olive oil not refined");
    expect(englishWording("óxido de zinc no nano", "es")).toBe("zinc oxide not nano");
  });
  it("rules out what follows 'no', 'ni' and 'nada de', not the product", () => {
    const text = englishWording("protector solar con óxido de zinc no nano. Nada de jabón negro ni arándano deshidratado", "es");
    const out = excludedWords(text, "sunscreen");
    expect(out).toEqual(expect.arrayContaining(["nano", "black", "soap"]));
    expect(out).not.toContain("zinc");
    expect(out).not.toContain("oxide");
  });
});

describe("Spanish diminutives", () => {
  it("read as the word they are made from", () => {
    expect(tradeWord("jaboncitos", "es")).toBe("soap");
    expect(tradeWord("bolsitas", "es")).toBe("bag");
    expect(tradeWord("botellitas", "es")).toBe("bottle");
  });
  it("leave a word that only looks like one unknown", () => {
    expect(tradeWord("bonito", "es")).toBeNull();
  });
  it("count small boxes as the pack, not the product", () => {
    expect(parse("hierba luisa en filtrantes, cajitas de 20 sobres, 2.400 cajitas").product).toMatch(/^hierba luisa/);
  });
});

describe("names the lexicons did not read", () => {
  it.each([
    ["es", "cacao de labios", "lip balm"],
    ["es", "aceite de nopal", "prickly pear seed oil"],
    ["es", "chomba", "polo shirt"],
    ["ar", "حبوب الأرغان", "argan kernels"],
    ["ar", "هريسة", "harissa"],
    ["ar", "سباغيتي", "spaghetti"],
    ["ar", "رقي", "watermelon"],
  ] as const)("%s %s", (language, name, english) => {
    expect(englishWording(name, language)).toBe(english);
  });
  it.each([
    ["shampooing en barre", "shampoo bar"],
    ["boules de bain", "bath bombs"],
    ["melon d'eau", "watermelon"],
    ["housse de volant", "steering wheel wrap"],
  ])("French %s", (name, english) => {
    expect(translatedQuery(name)).toContain(english);
  });
});
