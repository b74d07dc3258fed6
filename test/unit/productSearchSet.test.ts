// The public-set reader draws its sample from the file alone: queries worth ranking, the people's
// grades on the 0–2 scale, and every judged product in the pool.
import { describe, expect, it } from "vitest";
import { sampleProductSearchSet } from "../../scripts/lib/productSearchSet.js";

const header = `"id","product_uid","product_title","search_term","relevance"`;
const rows = (query: string, grades: number[], from: number) => grades.map((g, i) => `${from + i},${from + i},"Product ${from + i}","${query}",${g}`);
const file = [
  header,
  ...rows("angle bracket", [3, 2.67, 1.33, 2, 1], 100),
  ...rows("deck screws", [3, 3, 2.67, 2.5, 3], 200), // every product relevant: ranking cannot matter
  ...rows("wood glue", [3, 1], 300), // too few judgments
  ...rows("Pipe Wrench", [2.5, 2, 2.33, 2.33, 2.33], 400), // its best is exactly "relevant" (2.5), its worst exactly "weak" (2)
  `999,999,"Unjudged Hammer","hammer",3`,
].join("\n");

describe("public product-search sample", () => {
  it("keeps queries with enough judgments, one relevant and one weak, and grades them relevance − 1", () => {
    const set = sampleProductSearchSet(file, { queries: 10, pool: 0 });
    expect(set.queries.map((q) => q.query).sort()).toEqual(["angle bracket", "pipe wrench"]);
    const bracket = set.queries.find((q) => q.query === "angle bracket")!;
    expect(bracket.grades.get("100")).toBe(2);
    expect(bracket.grades.get("102")).toBeCloseTo(0.33);
    expect(set.products.map((p) => p.uid).sort()).toEqual(["100", "101", "102", "103", "104", "400", "401", "402", "403", "404"]);
  });

  it("fills the pool with other products up to its size, and draws the same sample each time", () => {
    const a = sampleProductSearchSet(file, { queries: 10, pool: 12 });
    expect(a.products).toHaveLength(12);
    expect(sampleProductSearchSet(file, { queries: 10, pool: 12 })).toEqual(a);
  });

  it("takes a later slice with an offset and says which line is wrong", () => {
    const all = sampleProductSearchSet(file, { queries: 10, pool: 0 }).queries.map((q) => q.query);
    expect(sampleProductSearchSet(file, { queries: 1, offset: 1, pool: 0 }).queries.map((q) => q.query)).toEqual([all[1]]);
    expect(() => sampleProductSearchSet(`${header}\n1,1,"Saw","saw",7`, { queries: 1, pool: 0 })).toThrow(/line 2: relevance/);
  });
});
