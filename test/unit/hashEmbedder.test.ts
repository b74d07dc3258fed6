import { describe, expect, it } from "vitest";
import { HashEmbedder } from "../../src/adapters/local/hashEmbedder.js";
import { productText } from "../../src/adapters/local/productText.js";
import { britishToAmerican, foldText, stemPlural, tokenize } from "../../src/adapters/local/textFeatures.js";

const e = new HashEmbedder();
const cos = (a: Float32Array, b: Float32Array): number => a.reduce((s, x, i) => s + x * b[i]!, 0);
const sim = (a: string, b: string): number => cos(e.embed(a), e.embed(b));

describe("text features", () => {
  it("folds accents and ligatures", () => {
    expect(foldText("Huile d'Argan BIO — Œufs, Crème brûlée")).toBe("huile d'argan bio — oeufs, creme brulee");
  });

  it("stems English and French plurals to one form", () => {
    for (const [a, b] of [["berries", "berry"], ["boxes", "box"], ["tomatoes", "tomato"], ["dates", "date"], ["gateaux", "gateau"], ["vegetaux", "vegetal"], ["olives", "olive"], ["bijoux", "bijou"]])
      expect(stemPlural(a!), a).toBe(stemPlural(b!));
    for (const w of ["glass", "couscous", "analysis", "gas"]) expect(stemPlural(w)).toBe(w);
  });

  it("drops stop words and splits numbers from units", () => {
    expect(tokenize("The oil of l'Argan tree in 500ml bottles").map((t) => t.stem)).toEqual(["oil", "argan", "tree", "500", "ml", "bottle"]);
  });
});

describe("British and American spellings", () => {
  it("meet in one form on both sides (deodorised/deodorized, colour/color)", () => {
    for (const [a, b] of [["deodorised", "deodorized"], ["sterilisation", "sterilization"], ["colour", "color"], ["flavoured", "flavored"]])
      expect(britishToAmerican(a!), a).toBe(britishToAmerican(b!));
    expect(tokenize("DEODORISED argan oil").map((t) => t.stem)).toEqual(tokenize("deodorized argan oil").map((t) => t.stem));
    for (const w of ["flour", "anise", "rise", "four", "harissa"]) expect(britishToAmerican(w)).toBe(w);
  });
});

describe("HashEmbedder", () => {
  it("is deterministic across instances and calls", async () => {
    const text = "Organic argan oil, cold pressed, 1 L bottle";
    const [a] = await e.embedDocuments([text]);
    const b = await new HashEmbedder().embedQuery(text);
    expect(Array.from(a!)).toEqual(Array.from(b));
    expect(e.model).toBe("local:hash-v1-d1024");
    expect(a).toHaveLength(e.dimensions);
  });

  it("returns L2-normalised vectors, and zeros for text without content", () => {
    for (const t of ["maple syrup", "xl", "Sardines à l'huile d'olive, boîte de 125 g"]) {
      const v = e.embed(t);
      expect(Math.sqrt(cos(v, v))).toBeCloseTo(1, 5);
    }
    expect(e.embed("the of and").every((x) => x === 0)).toBe(true);
  });

  it("puts similar products closer than unrelated ones", () => {
    const query = "organic argan oil";
    const near = "Argan oil, certified organic, cosmetic grade, 1 L";
    const far = "Frozen snow crab clusters, 10 kg carton";
    expect(sim(query, near)).toBeGreaterThan(sim(query, far) + 0.2);
    expect(sim("wild blueberries frozen", "Frozen wild blueberries IQF")).toBeGreaterThan(sim("wild blueberries frozen", "Blue cotton towels"));
  });

  it("is robust to plurals, accents and typos in English and French", () => {
    const doc = e.embed(productText({ title: "Dattes Medjool", description: "Dattes fraîches du Tafilalet", category: "Fruits secs" }));
    const unrelated = e.embed("brake pads for trucks");
    for (const q of ["datte medjool", "dattes medjool", "medjol dates", "DATTES MEDJOOL"]) expect(cos(e.embed(q), doc), q).toBeGreaterThan(cos(e.embed(q), unrelated) + 0.1);
    expect(sim("safran", "saffran")).toBeGreaterThan(sim("safran", "sardines") + 0.2); // a typo keeps most n-grams
    expect(sim("crème brûlée", "creme brulee")).toBeCloseTo(1, 5);
    expect(sim("olive", "olives")).toBeCloseTo(1, 5);
    expect(sim("blueberry", "blueberries")).toBeCloseTo(1, 5);
  });

  it("rejects a dimension that is not a power of two, and names tuned variants apart", () => {
    expect(() => new HashEmbedder({ dimensions: 1000 })).toThrow(/power of two/);
    expect(new HashEmbedder({ dimensions: 256 }).model).toBe("local:hash-v1-d256");
    expect(new HashEmbedder({ gramWeight: 1 }).model).not.toBe(e.model);
  });
});

describe("productText", () => {
  it("repeats the title, flattens the category path and humanises attributes", () => {
    const text = productText({
      title: "Extra virgin olive oil",
      category: "Food > Oils",
      description: "From Meknes",
      attributes: { shelf_life: "24 months", gluten_free: true, kosher: false, sizes: ["1 L", "5 L"] },
    });
    expect(text).toBe("Extra virgin olive oil\nExtra virgin olive oil\nFood, Oils\nFrom Meknes\nshelf life: 24 months; gluten free; sizes: 1 L, 5 L");
  });

  it("caps very long descriptions", () => {
    expect(productText({ title: "t", description: "a".repeat(100_000) }).length).toBeLessThan(2_100);
  });
});
