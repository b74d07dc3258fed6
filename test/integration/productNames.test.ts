// The product-name batteries (data/eval/names-*.jsonl): buyers' names for the catalog's products in
// four languages, each with the title of one product of that kind. The files must name real titles,
// and a few names the lexicons learnt from them must lead to their kind.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchText } from "../../src/core/matching/matchRequest.js";
import { useDemoCatalog } from "../helpers/demoCatalog.js";

const deps = useDemoCatalog();

describe("the product-name batteries", () => {
  it.each(["en", "fr", "es", "ar"])("names-%s.jsonl gives a name and a catalog title on every line", async (lang) => {
    const lines = readFileSync(`data/eval/names-${lang}.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { name: string; title: string });
    expect(lines.length).toBeGreaterThan(100);
    const rows = await deps().db.query<{ title: string }>(`SELECT title FROM "Product"`);
    const titles = new Set(rows.map((r) => r.title));
    for (const { name, title } of lines) {
      expect(name.trim().length).toBeGreaterThan(0);
      expect(titles.has(title), title).toBe(true);
    }
  });

  it.each([
    ["Hi, we need: hippophae oil", /Sea Buckthorn/],
    ["Hi, we need: two by fours", /Dimension Lumber 2x4/],
    ["Hi, we need: gooey duck clams", /Geoduck/],
    ["Hola, buscamos: aceite de nopal", /Prickly Pear Seed Oil/],
    ["مرحبا، نحتاج: هريسة", /Harissa/],
    ["Bonjour, nous cherchons : boules de bain", /Bath Bombs/],
  ])("reads %s", async (text, title) => {
    const s = await matchText(deps(), text);
    expect(s.weak).toBe(false);
    expect(s.items[0]?.product.title).toMatch(title);
  });
});

describe("a lexicon value naming two synonyms", () => {
  it("finds the merino knitwear for 'suéter', whose English gives both 'sweater' and 'jumper'", async () => {
    const s = await matchText(deps(), "Hola, buscamos: suéter de lana merino");
    expect(s.weak).toBe(false);
    expect(s.items[0]?.product.title).toMatch(/^Merino Wool/);
  });

  it("still says nothing fits for avocado oil, whose avocados are another category", async () => {
    const s = await matchText(deps(), "Hola, buscamos aceite de aguacate, 2 toneladas");
    expect(s.weak).toBe(true);
  });
});

describe("a claim of what the product lacks", () => {
  it("finds the natural deodorant for 'aluminum free deodorant', no title saying 'aluminium'", async () => {
    const s = await matchText(deps(), "Hi, we need: aluminum free deodorant");
    expect(s.weak).toBe(false);
    expect(s.items[0]?.product.sku).toBe("BOB-DEO-001");
  });
});
