import { describe, expect, it } from "vitest";
import { normalizeIncoterm } from "../../../src/core/extraction/incoterm.js";
import { parse } from "./helpers.js";

describe("Incoterms and their named place", () => {
  it("reads a C-term place as the destination", () => {
    const r = parse("2 t argan oil cif rotterdam");
    expect(r.incoterm).toBe("CIF");
    expect(r.destination).toEqual({ country: "NL", place: "Rotterdam" });
  });

  it("reads an F-term place as the origin, not the destination", () => {
    const r = parse("10 t dates FOB Casablanca");
    expect(r.incoterm).toBe("FOB");
    expect(r.destination).toBeNull();
  });

  it("keeps a separate destination next to an origin term", () => {
    const r = parse("chickpeas FOB Casablanca, final destination Montréal");
    expect(r.incoterm).toBe("FOB");
    expect(r.destination).toEqual({ country: "CA", place: "Montreal" });
  });

  it.each([
    ["EXW Agadir", "EXW"],
    ["DDP Lyon", "DDP"],
    ["DAP Paris", "DAP"],
    ["CFR Jeddah", "CFR"],
    ["C&F Dakar", "CFR"],
    ["incoterm: FCA Montreal", "FCA"],
  ])("%s → %s", (text, code) => {
    expect(parse(`olive oil 2 t ${text}`).incoterm).toBe(code);
  });

  it("does not read DAP fertilizer as an Incoterm", () => {
    const r = parse("5000 t DAP fertilizer CFR Chittagong");
    expect(r.incoterm).toBe("CFR");
    expect(r.product).toBe("dap fertilizer");
  });

  it("ignores French 'des' and lowercase look-alikes", () => {
    expect(parse("des dattes pour Paris").incoterm).toBeNull();
  });

  it("normalises codes and aliases", () => {
    expect(normalizeIncoterm("cif")).toBe("CIF");
    expect(normalizeIncoterm("CNF")).toBe("CFR");
    expect(normalizeIncoterm("XYZ")).toBeNull();
  });
});
