import { describe, expect, it } from "vitest";
import { catalogWords } from "../../../src/core/matching/catalogWords.js";
import { TRADE_SYNONYMS } from "../../../src/core/matching/englishSynonyms.js";

describe("catalogWords: the buyer's English names in the catalogs' words", () => {
  it("replaces a synonym, the longest phrase first, in the singular or plural", () => {
    expect(catalogWords("Need garbanzo beans, 9mm and up")).toBe("need chickpeas, 9mm and up");
    expect(catalogWords("easy peelers for UK multiples")).toBe("clementines for uk multiples");
    expect(catalogWords("2,000 chapsticks for hotel kits")).toBe("2,000 lip balm for hotel kits");
    expect(catalogWords("frozen titus fish, whole round")).toBe("frozen mackerel, whole round");
  });

  it("leaves a text without synonyms exactly as written, and never a word inside another", () => {
    expect(catalogWords("Organic Argan Oil, 200 L drums")).toBe("Organic Argan Oil, 200 L drums");
    // "perch" alone is a freshwater fish, not the redfish "ocean perch" names.
    expect(catalogWords("perch fillets")).toBe("perch fillets");
    expect(catalogWords("teeth whitening")).toBe("teeth whitening");
  });

  it("leaves pack words to the pack check, and French words to the French lexicon", () => {
    expect(catalogWords("granulés en big bags d'une tonne")).toBe("granulés en big bags d'une tonne");
    expect(catalogWords("tuques en coton bio")).toBe("tuques en coton bio");
  });

  it("maps no key to itself and keeps keys folded", () => {
    for (const [key, value] of Object.entries(TRADE_SYNONYMS)) {
      expect(key).not.toBe(value);
      expect([`${key}s`, `${key}es`]).not.toContain(value);
      expect(key).toBe(key.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, ""));
    }
  });
});
