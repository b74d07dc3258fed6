// The product the buyer's own words plainly name comes back when the reading of the request dropped it.
import { describe, expect, it } from "vitest";
import { CLEAR_LEAD, CLEAR_LEAD_WORDED, FAR_LEAD, leadsByFar, withKeywordLead } from "../../../src/core/matching/keywordLead.js";

const item = (id: string, ...codes: string[]) => ({ product: { id }, reasons: codes.map((code) => ({ code })) });
const a = item("a");
const b = item("b");
const c = item("c", "type_other", "terms");

describe("the plainly named product", () => {
  it("comes back first, without 'another kind', when its keyword score leads clearly and the shortlist left it out", () => {
    const out = withKeywordLead([a, b, c], [{ id: "c", score: 4 * CLEAR_LEAD }, { id: "a", score: 4 }], [a, b]);
    expect(out.map((i) => i.product.id)).toEqual(["c", "a", "b"]);
    expect(out[0]!.reasons.map((r) => r.code)).toEqual(["terms"]);
  });

  it("stays where it is when its lead is not clear", () => {
    const all = [a, b, c];
    expect(withKeywordLead(all, [{ id: "c", score: 4 * CLEAR_LEAD }, { id: "a", score: 4.01 }], [a, b])).toBe(all);
  });

  it("stays where it is when the shortlist already shows it, or when it is the only hit", () => {
    const all = [a, b, c];
    expect(withKeywordLead(all, [{ id: "c", score: 10 }, { id: "a", score: 1 }], [a, c])).toBe(all);
    expect(withKeywordLead(all, [{ id: "c", score: 10 }], [a, b])).toBe(all);
  });

  it("needs a smaller lead for an Arabic or Spanish request, read through its English wording", () => {
    const hits = [{ id: "c", score: 4 * CLEAR_LEAD_WORDED }, { id: "a", score: 4 }];
    expect(withKeywordLead([a, b, c], hits, [a, b], CLEAR_LEAD_WORDED)[0]!.product.id).toBe("c");
    expect(withKeywordLead([a, b, c], hits, [a, b])[0]!.product.id).toBe("a");
  });

  it("never brings back a product the buyer ruled out", () => {
    const ruledOut = item("d", "excluded");
    const all = [a, b, ruledOut];
    expect(withKeywordLead(all, [{ id: "d", score: 10 }, { id: "a", score: 1 }], [a, b])).toBe(all);
  });
});

describe("a lead too far for 'nothing fits'", () => {
  it("is FAR_LEAD times the second hit's score or more", () => {
    expect(leadsByFar([{ score: 2 * FAR_LEAD }, { score: 2 }])).toBe(true);
    expect(leadsByFar([{ score: 2 * FAR_LEAD }, { score: 2.01 }])).toBe(false);
    expect(leadsByFar([{ score: 5 }])).toBe(false);
  });
});
