import { describe, expect, it } from "vitest";
import { englishWording } from "../../../src/core/matching/englishWording.js";
import { tradeWord } from "../../../src/core/extraction/lexicon.js";

describe("englishWording: Arabic and Spanish product phrases in the catalog's English order", () => {
  it("turns a Spanish noun group around, dropping its articles and the 'de' of compounds", () => {
    expect(englishWording("aceite de oliva virgen extra", "es")).toBe("extra virgin olive oil");
    expect(englishWording("discos de freno", "es")).toBe("brake discs");
    expect(englishWording("las alfombras de lana", "es")).toBe("wool rugs");
    // A cosmetic's "tubo" is the tube it comes in (the catalogs sell no pipes).
    expect(englishWording("protector solar en tubo", "es")).toMatch(/ tube$/);
  });

  it("says the words linking groups in English and keeps each group's own order", () => {
    expect(englishWording("bolsos de cuero para mujer", "es")).toMatch(/^leather bags for /);
    expect(englishWording("jabón negro con aceite de argán", "es")).toBe("black soap with argan oil");
  });

  it("turns an Arabic noun group around (head first, then what qualifies it)", () => {
    expect(englishWording("زيت زيتون بكر ممتاز", "ar")).toBe("extra virgin olive oil");
    expect(englishWording("سجاد صوف", "ar")).toBe("wool rugs");
    // The article and the conjunction "و" are clitics: the lexicon is asked for the bare word.
    expect(englishWording("الزعفران والكمون", "ar")).toBe("saffron and cumin");
    expect(englishWording("صابون أسود بزيت الأرغان", "ar")).toBe("black soap with argan oil");
  });

  it("keeps a number or a grade letter after the word it qualifies", () => {
    expect(englishWording("fertilizante npk 15-15-15", "es")).toBe("npk 15-15-15 fertilizer");
  });

  it("keeps a word the lexicon does not know as the buyer wrote it (a brand, a variety)", () => {
    expect(englishWording("dátiles medjool", "es")).toBe("medjool dates");
    expect(englishWording("تمر مجهول", "ar")).toBe("مجهول dates");
  });

  it("reads Spanish plurals and Arabic clitics through the same table entry", () => {
    expect(tradeWord("aceitunas", "es")).toBe("olives");
    expect(tradeWord("toyotas", "es")).toBeNull();
    expect(tradeWord("والزعفران", "ar")).toBeNull(); // the "and" is englishWording's to split
    expect(tradeWord("بالزعفران", "ar")).toBe("saffron");
    // "ل" (for) before a word of three letters or more; "لبن" stays milk, not "for coffee" (بن).
    expect(tradeWord("لكريم", "ar")).toBe("cream");
    expect(tradeWord("لبن", "ar")).toBe("milk");
  });

  it("reads a table key written with a hamza seat the buyer's text is folded from (حقائب → حقايب)", () => {
    expect(englishWording("حقائب جلد", "ar")).toBe("leather bags");
  });

  it("reads dialect names and a culinary grade (Levantine ماي ورد, Gulf بريك, للأكل)", () => {
    expect(englishWording("ماي ورد للأكل", "ar")).toBe("culinary rose water");
    expect(englishWording("فحمات بريك قدامية", "ar")).toBe("front brake pads");
    expect(englishWording("زعتر بري", "ar")).toBe("wild thyme");
  });

  it("names a cheese by its milk and age, so a sheep's cheese is not passed off as the cow's-milk ones", () => {
    expect(englishWording("queso de oveja curado", "es")).toBe("aged sheep cheese");
  });
});
