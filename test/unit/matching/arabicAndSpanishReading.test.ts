// Arabic and Spanish requests as buyers type them: marks on letters, intentions before the goods.
import { describe, expect, it } from "vitest";
import { keywordQuery } from "../../../src/core/matching/keywordQuery.js";
import { englishWording } from "../../../src/core/matching/englishWording.js";
import { excludedWords } from "../../../src/core/matching/excludedWords.js";
import { wishedCertifications } from "../../../src/core/matching/wishedCertificates.js";

describe("Arabic marks in the keyword query", () => {
  it("keeps a word with a shadda or tanween whole", () => {
    const q = keywordQuery("مرحبا، عم دوّر على تلبيسة جلد للدركسيون، ٣٠٠٠ قطعة، شكراً");
    expect(q.text).toContain("دور");
    expect(q.text).not.toMatch(/(?:^| )ر(?: |$)/);
    expect(q.text).not.toContain("\u0651");
  });
});

describe("the English wording of Arabic and Spanish", () => {
  it("drops the dialect 'of' inside a noun group", () => {
    expect(englishWording("غطاوات ديال الكراسي", "ar")).toBe("seats covers");
  });
  it("says a dialect 'not', so what follows is ruled out", () => {
    expect(englishWording("من النايلون، ماشي نيوبرين", "ar")).toContain("not neoprene");
    expect(excludedWords(englishWording("بغيت housses ديال الكراسي من النايلون، ماشي نيوبرين", "ar"), "housses")).toContain("neoprene");
  });
  it("knows argan kernels by their Arabic and Spanish names", () => {
    expect(englishWording("لب الأرغان", "ar")).toBe("argan kernels");
    expect(englishWording("almendras de argán", "es")).toBe("argan kernels");
  });
});

describe("a certificate under 'if' with praise after it", () => {
  it("is a wish, not a requirement", () => {
    expect([...wishedCertifications("Necesitamos almendras de argán. Si tenés certificado Ecocert, mejor.", ["ecocert"])]).toEqual(["ecocert"]);
    expect([...wishedCertifications("Necesitamos almendras de argán con certificado Ecocert.", ["ecocert"])]).toEqual([]);
  });
});

describe("more Arabic trade words", () => {
  it.each([
    ["زيت نبق البحر", "sea buckthorn oil"],
    ["ماي قداح", "orange blossom water"],
    ["قطع مخروطة من التيتان", "machined parts from titanium"],
  ])("%s", (text, english) => {
    expect(englishWording(text, "ar")).toBe(english);
  });
});

describe("the form a product comes in", () => {
  it("follows its noun in English, as it does in Spanish and Arabic", () => {
    expect(englishWording("mostaza en polvo picante", "es")).toBe("chili spicy mustard powder");
    expect(englishWording("فلفل أحمر بودرة", "ar")).toBe("red pepper powder");
  });
});

describe("Arabic packs and litres", () => {
  it("are worded as the catalog says them", () => {
    expect(englishWording("زيت كانولا مكرر في جراكن ٢٠ لتر", "ar")).toBe("refined canola oil in jerrycans 20 l");
  });
});
