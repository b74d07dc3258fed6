// After an amount, what describes the order's mix ("800 pcs mixed part numbers", "600 pièces du XS
// au XXL", "300 pcs assorted") names no goods: the product is the phrase the buyer asked for.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("an order's mix after its amount", () => {
  it("skips 'mixed part numbers'", () => {
    expect(parse("Hello! We stock auto parts in Lagos. Looking for brake master cylinders, around 500 pcs mixed part numbers.").product).toBe("brake master cylinders");
  });
  it("skips a size range in French and English", () => {
    expect(parse("Bonjour, il nous faut des sweats à capuche en coton, 600 pièces du XS au XXL.").product).toBe("sweats à capuche en coton");
    expect(parse("We need fleece jackets, 400 pcs from S to 3XL, shipped to Leeds.").product).toBe("fleece jackets");
  });
  it("skips a bare 'assorted' or 'mixed'", () => {
    expect(parse("Starter motors for Hilux and Land Cruiser, about 300 pcs assorted. CIF Durban.").product).toMatch(/^starter motors/);
    expect(parse("Radiator fans for Corolla, 250 pcs mixed, delivery Karachi").product).toMatch(/^radiator fans/);
  });
  it("keeps a product whose name opens on 'mixed'", () => {
    expect(parse("Looking for mixed berries, frozen, 2 t").product).toMatch(/^mixed berries/);
  });
});
