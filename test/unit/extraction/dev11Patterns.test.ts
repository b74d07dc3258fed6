// General mechanisms behind the misses of requests-dev11.jsonl (long Arabic and Spanish messages
// that greet, describe the business, then name the product mid-sentence): each case is a class of
// wording tried in sentences that are not in any eval set.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("two cities of one country: the later delivery city is the destination", () => {
  it("keeps the Incoterm city named after the buyer's own premises", () => {
    expect(parse("Somos una cadena de panaderías de Córdoba. Necesitamos 3 t de almendras, precio CIF Buenos Aires.").destination).toEqual({ country: "AR", place: "Buenos Aires" });
    expect(parse("We run bakeries in Manchester and need 2 t of dates, CIF London please").destination).toEqual({ country: "GB", place: "London" });
  });

  it("still reads a country and a city in it as one destination", () => {
    expect(parse("need 2 t of dates shipped to Canada, port of Montreal").destination).toEqual({ country: "CA", place: "Montreal" });
  });
});

describe("Arabic city names written without their article", () => {
  it("reads إسكندرية as Alexandria", () => {
    expect(parse("محتاجين ٢ طن عدس للتوصيل في إسكندرية").destination).toEqual({ country: "EG", place: "Alexandria" });
  });
});
