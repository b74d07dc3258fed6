import { describe, expect, it } from "vitest";
import { englishTerms } from "../../../src/core/extraction/lexicon.js";

describe("Spanish and Arabic trade lexicon", () => {
  it.each([
    ["aceite de argán orgánico", ["argan oil", "organic"]],
    ["dátiles medjool", ["dates"]],
    ["azafrán en hebra", ["saffron"]],
    ["زيت الأرغان العضوي", ["argan oil", "organic"]],
    ["تمور دقلة نور", ["dates"]],
    ["زعفران حر", ["saffron"]],
    ["فحمات فرامل", ["brake pads"]],
  ])("%s → %j", (text, terms) => {
    expect(englishTerms(text)).toEqual(terms);
  });
  it("knows nothing of words outside the lexicon", () => {
    expect(englishTerms("widgets")).toEqual([]);
  });
});
