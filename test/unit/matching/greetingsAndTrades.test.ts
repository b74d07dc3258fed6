// A greeting, and a clause naming the buyer by their trade and place, are not where the product is named.
import { describe, expect, it } from "vitest";
import { keywordQuery } from "../../../src/core/matching/keywordQuery.js";

describe("the keyword phrase", () => {
  it("skips a greeting", () => {
    expect(keywordQuery("Good morning! Looking for dried apricots, 2 t").phrase).toBe("dried apricots");
    expect(keywordQuery("Good day all. Need 300 kg of sesame seeds").phrase).toBe("sesame seeds");
  });
  it("skips a trade and its place", () => {
    expect(keywordQuery("Coffee roaster in Oslo. We need green cardamom pods, 200 kg").phrase).toBe("green cardamom pods");
    expect(keywordQuery("Spice blender based in Lyon. We want sweet paprika, 1 t").phrase).toBe("sweet paprika");
  });
  it("keeps a product followed by where it goes", () => {
    expect(keywordQuery("Pressure washer in Dubai, 20 units").phrase).toBe("pressure washer");
    expect(keywordQuery("Leather in Rotterdam needed").phrase).toBe("leather");
  });
});
