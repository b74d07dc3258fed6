import { describe, expect, it } from "vitest";
import { excludedWords, ruledOut } from "../../../src/core/matching/excludedWords.js";

describe("what the buyer rules out", () => {
  it("reads 'not', 'no … or …', 'pas de', 'sin', 'rather than' lists, never the product asked for", () => {
    expect(excludedWords("Green olives, NOT the cracked Picholine kind, 2 t", "green olives")).toEqual(["cracked", "picholine"]);
    expect(excludedWords("Frozen salmon H&G, no coho or pink please", "frozen salmon")).toEqual(["coho", "pink"]);
    expect(excludedWords("Du miel de montagne, pas de miel de fleurs d'oranger", "miel de montagne")).toEqual(["fleur", "oranger"]);
    expect(excludedWords("Cuscús integral, sin sémola blanca", "cuscús integral")).toEqual(["semola", "blanca"]);
    expect(excludedWords("Soap in 20 kg pails rather than retail jars", "soap")).toEqual(["retail", "jar"]);
    expect(excludedWords("de l'huile d'olive vierge (pas l'extra vierge, trop chère)", "huile d'olive vierge")).toEqual(["extra"]);
  });

  it("ignores negations about needs, time, amounts and certificates", () => {
    const text = "Argan oil, no rush, not needed before May, no more than 2 t, doesn't need to be organic, not organic either, no minimum";
    expect(excludedWords(text, "argan oil")).toEqual([]);
    expect(excludedWords("Honey, not the cheapest but not too dark", "honey")).toEqual(["cheapest"]);
  });

  it("finds a ruled-out word in a title unless the title says it is free of it", () => {
    expect(ruledOut("Black Olives, oxidised (California style), pitted – 5 kg tin", ["oxidised", "california"])).toEqual(["oxidised", "california"]);
    expect(ruledOut("Gluten-free penne – 500 g", ["gluten"])).toEqual([]);
    expect(ruledOut("Dried blueberries, no sugar added", ["sugar"])).toEqual([]);
    expect(ruledOut("Dried blueberries, sweetened with cane sugar", ["sugar"])).toEqual(["sugar"]);
  });
});
