import { describe, expect, it } from "vitest";
import { withinOneEdit } from "../../../src/core/matching/editDistance.js";

describe("one-edit closeness", () => {
  it("forgives one insertion, deletion, substitution or swap of neighbouring letters", () => {
    expect(withinOneEdit("cranberies", "cranberries")).toBe(true);
    expect(withinOneEdit("oysterz", "oysters")).toBe(true);
    expect(withinOneEdit("sweatshrits", "sweatshirts")).toBe(true);
    expect(withinOneEdit("nigela", "nigella")).toBe(true);
  });

  it("does not forgive two edits, nor a swap of letters that are not neighbours", () => {
    expect(withinOneEdit("sweatshrtis", "sweatshirts")).toBe(false);
    expect(withinOneEdit("abcd", "dbca")).toBe(false);
    expect(withinOneEdit("disque", "bisqeu")).toBe(false);
  });
});
