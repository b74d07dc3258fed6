import { describe, expect, it } from "vitest";
import { findNumbers, parseNumeral } from "../../../src/core/extraction/numbers.js";
import { fold } from "../../../src/core/extraction/text.js";
import { parse } from "./helpers.js";

describe("parseNumeral", () => {
  it.each([
    ["2,000", 2000],
    ["2 000", 2000],
    ["1,000,000", 1_000_000],
    ["1.500,50", 1500.5],
    ["1,500.50", 1500.5],
    ["2,5", 2.5],
    ["3.20", 3.2],
    ["0.500", 0.5],
    ["12", 12],
  ])("reads %s as %d", (raw, value) => {
    expect(parseNumeral(raw)).toBe(value);
  });
});

describe("findNumbers", () => {
  const values = (s: string) => findNumbers(fold(s)).map((n) => n.value);

  it("applies k and million suffixes", () => {
    expect(values("2.5k")).toEqual([2500]);
    expect(values("5K units")).toEqual([5000]);
    expect(values("1.2 million")).toEqual([1_200_000]);
  });

  it("does not read the k of kg as thousands", () => {
    expect(values("2.5kg")).toEqual([2.5]);
  });

  it("reads number words in English and French", () => {
    expect(values("two hundred")).toEqual([200]);
    expect(values("deux mille")).toEqual([2000]);
    expect(values("quatre vingt dix")).toEqual([90]);
    expect(values("two dozen")).toEqual([24]);
  });

  it("reads Egyptian and Levantine spellings of Arabic number words ('تلاتة', 'اتنين')", () => {
    expect(values("تلاتة")).toEqual([3]);
    expect(values("اتنين")).toEqual([2]);
    expect(values("تمانية")).toEqual([8]);
  });

  it("marks a minus sign", () => {
    const [n] = findNumbers(fold("-5 kg"));
    expect(n?.negative).toBe(true);
  });
});

describe("number formats inside requests", () => {
  it.each([
    ["need 2,000 kg of dates", { value: 2000, unit: "kg" }],
    ["on cherche 2 000 kg de dattes", { value: 2000, unit: "kg" }],
    ["2.5k liters of olive oil", { value: 2500, unit: "l" }],
    ["2.5 t of lentils", { value: 2.5, unit: "t" }],
    ["5000L olive oil", { value: 5000, unit: "l" }],
    ["two tons of couscous", { value: 2, unit: "t" }],
    ["deux tonnes de couscous", { value: 2, unit: "t" }],
    ["1 x 40ft container of sardines", { value: 1, unit: "container40" }],
    ["1,5 tonne de semoule", { value: 1.5, unit: "t" }],
    ["5 000\u202fL d'huile", { value: 5000, unit: "l" }],
  ])("%s", (text, quantity) => {
    expect(parse(text).quantity).toEqual(quantity);
  });
});
