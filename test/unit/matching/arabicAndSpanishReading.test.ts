// Arabic and Spanish requests as buyers type them: marks on letters, intentions before the goods.
import { describe, expect, it } from "vitest";
import { keywordQuery } from "../../../src/core/matching/keywordQuery.js";

describe("Arabic marks in the keyword query", () => {
  it("keeps a word with a shadda or tanween whole", () => {
    const q = keywordQuery("مرحبا، عم دوّر على تلبيسة جلد للدركسيون، ٣٠٠٠ قطعة، شكراً");
    expect(q.text).toContain("دور");
    expect(q.text).not.toMatch(/(?:^| )ر(?: |$)/);
    expect(q.text).not.toContain("\u0651");
  });
});
