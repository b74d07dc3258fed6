import { describe, expect, it } from "vitest";
import { fileWarningText, rowIssueText } from "../../src/adapters/catalog/issueText.js";
import { CatalogFileError, openCatalog, type CatalogRowEvent, type ReadOptions } from "../../src/adapters/catalog/readCatalog.js";
import { columnFor, parseMapSpec } from "../../src/core/catalog/columnMap.js";
import { validateRow } from "../../src/core/catalog/catalogRow.js";
import { tempDir, writeFile } from "../helpers/catalogFiles.js";
import { inExcelPartOrder, writeFrenchPriceList, writeOddLayoutSheet, writeShopifyExport, writeWooExport } from "../helpers/shopFixtures.js";

const dir = tempDir();

async function readAll(file: string, opts: ReadOptions = {}) {
  const reader = await openCatalog(file, opts);
  // A bad row's issue is checked as the CLI words it.
  const rows: (CatalogRowEvent & { reason?: string })[] = [];
  for await (const r of reader.rows) rows.push(r.kind === "bad" ? { ...r, reason: rowIssueText(r.issue) } : r);
  return { rows, warnings: reader.warnings.map(fileWarningText), sheet: reader.sheet };
}
const good = (rows: CatalogRowEvent[]) => rows.filter((r): r is Extract<CatalogRowEvent, { kind: "row" }> => r.kind === "row");
const errorOf = (p: Promise<unknown>) => p.then(() => "no error", (e: unknown) => (e instanceof CatalogFileError ? e.message : Promise.reject(e)));

describe("column names in English and French", () => {
  it("maps synonyms whatever the case, accents and brackets, and lets --map win", () => {
    expect(columnFor("Référence")).toBe("sku");
    expect(columnFor("DÉSIGNATION")).toBe("title");
    expect(columnFor("Qté minimum")).toBe("moq");
    expect(columnFor("Prix (EUR)")).toBe("price");
    expect(columnFor("Délai de livraison")).toBe("lead_time_days");
    expect(columnFor("Expédie vers")).toBe("ships_to");
    expect(columnFor("Pays d'origine")).toBe("origin_country");
    expect(columnFor("lead_time_days")).toBe("lead_time_days");
    expect(columnFor("Couleur")).toBeNull();
    const map = parseMapSpec("Couleur=category, Prix HT = price_min");
    expect(columnFor("couleur", map)).toBe("category");
    expect(columnFor("PRIX HT", map)).toBe("price_min");
    expect(() => parseMapSpec("Foo=bar")).toThrow(/bar is not a catalog column/);
    expect(() => parseMapSpec("Foo")).toThrow(/write HEADER=column/);
  });

  it("reads country names and lead times as sellers write them", () => {
    const r = validateRow({ seller: "S", sku: "1", title: "T", origin_country: "Maroc", ships_to: "France; Canada", lead_time_days: "3 semaines" });
    expect(r).toMatchObject({ ok: true, product: { originCountry: "MA", shipsTo: ["CA", "FR"], leadTimeDays: 21 } });
    expect(validateRow({ seller: "S", sku: "1", title: "T", lead_time_days: "soon" })).toMatchObject({ ok: false });
  });

  it("needs a seller column or --seller, and refuses two columns meaning the same", async () => {
    const noSeller = writeFile(dir, "noseller.csv", "Référence,Désignation\nR1,Thé vert");
    expect(await errorOf(readAll(noSeller))).toMatch(/missing required column seller .*needs --seller "NAME"/);
    expect(good((await readAll(noSeller, { seller: "Maison du Thé" })).rows)[0]).toMatchObject({ raw: { seller: "Maison du Thé", sku: "R1", title: "Thé vert" } });
    expect(await errorOf(readAll(writeFile(dir, "twice.csv", "sku,Title,Désignation\n1,a,b"), { seller: "S" }))).toMatch(/columns "Title" and "Désignation" both mean title/);
  });
});

describe("spreadsheets", () => {
  it("finds the header below a title and a validity line, says so, and reads the first data sheet asked for", async () => {
    const file = await writeFrenchPriceList(dir);
    const { rows, warnings, sheet } = await readAll(file, { seller: "Huilerie de l'Atlas", sheet: "tarifs 2027" });
    expect(sheet).toBe("Tarifs 2027");
    expect(warnings).toContain("skipped 2 rows above the header (lines 1, 2: a title or notes)");
    expect(warnings.join()).toMatch(/unknown column conditionnement: kept in attributes/);
    expect(rows.map((r) => r.line)).toEqual([5, 6, 7, 8]);
    const first = good(rows)[0]!;
    expect(first.raw).toMatchObject({ seller: "Huilerie de l'Atlas", sku: "HA-001", moq: "200", price_min: "38.5", price_max: "38.5", lead_time_days: "15 jours" });
    const checked = good(rows).map((r) => validateRow(r.raw, r.extras));
    expect(checked[0]).toMatchObject({ ok: true, product: { leadTimeDays: 15, originCountry: "MA", shipsTo: ["CA", "DE", "FR"], attributes: { conditionnement: "Bidon 5 L" } } });
    expect(checked[2]).toMatchObject({ ok: true, product: { moq: null, priceMin: null, unit: null } }); // missing facts allowed
    expect(checked[3]).toMatchObject({ ok: false, reasons: [{ code: "negative", column: "moq" }] });
  });

  it("reads the first sheet by default, and names the sheets when --sheet is wrong", async () => {
    const file = await writeFrenchPriceList(dir, "first.xlsx");
    expect(await errorOf(readAll(file, { seller: "S" }))).toMatch(/no header row found in the first 30 rows.*Ce classeur contient/);
    expect(await errorOf(readAll(file, { seller: "S", sheet: "Prices" }))).toBe('no sheet named "Prices" (the workbook has: Notes, Tarifs 2027)');
  });

  it("keeps the sheet's own row numbers, and reads dates, formulas and rich text as the seller sees them", async () => {
    const { rows, sheet } = await readAll(await writeOddLayoutSheet(dir), { seller: "S" });
    expect(sheet).toBe("Offre Export");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "row", line: 5, raw: { sku: "DT-01", title: "Dattes Medjool", price_min: "8.5", price_max: "8.5" }, extras: { "valable_jusqu'au": "2027-03-31" } });
  });

  it("reads a workbook in Excel's part order (shared strings after the sheets) whole, every time", async () => {
    // The streaming reader used before lost the shared strings of such a file about once in 300
    // reads under load (every text cell empty): 40 reads side by side must all agree.
    const file = await inExcelPartOrder(await writeFrenchPriceList(dir, "excel-source.xlsx"), "excel-order.xlsx");
    const reads = await Promise.all(Array.from({ length: 40 }, () => readAll(file, { seller: "S", sheet: "Tarifs 2027" })));
    for (const { rows } of reads) expect(good(rows).map((r) => r.raw.title)).toEqual(["Huile d'argan cosmétique bio pressée à froid", "Huile d'argan alimentaire torréfiée", "Savon noir à l'huile d'olive", "Huile de figue de Barbarie"]);
  });
});

describe("shop exports", () => {
  it("reads a Shopify export: variants inherit title and description, Vendor is the seller, HTML becomes text", async () => {
    const { rows, warnings } = await readAll(writeShopifyExport(dir), { currency: "CAD" });
    expect(warnings).toContain("read as a Shopify products export");
    expect(rows.map((r) => [r.kind, r.line])).toEqual([["row", 2], ["row", 3], ["row", 5], ["bad", 6]]);
    const [v1, v2, wine] = good(rows);
    expect(v1!.raw).toMatchObject({ seller: "Érablière Boréale", sku: "EB-500", title: "Pure maple syrup grade A — 500 ml", category: "Food > Syrups", price_min: "12.50", currency: "CAD" });
    expect(v1!.raw.description).toBe("Amber maple syrup from Québec.\nRich taste & colour.");
    expect(v2!.raw).toMatchObject({ sku: "EB-1000", title: "Pure maple syrup grade A — 1 L", description: v1!.raw.description, price_max: "21.00" });
    expect(v1!.extras).toMatchObject({ size: "500 ml", tags: "maple, organic", barcode: "0620000000011" });
    expect(wine!.raw).toMatchObject({ sku: "ice-wine", title: "Vidal ice wine", description: "Sweet ice wine from Niagara", category: "Wine" });
    expect(rows[3]).toMatchObject({ reason: expect.stringMatching(/Handle "orphan" continues a product whose first row/) });
  });

  it("leaves Shopify prices out without --currency, and says so once", async () => {
    const { rows, warnings } = await readAll(writeShopifyExport(dir, "nocur.csv"));
    expect(warnings.filter((w) => /name no currency/.test(w))).toHaveLength(1);
    expect(good(rows)[0]!.raw.price_min).toBeUndefined();
  });

  it("reads a WooCommerce export: variations take their parent's description, --seller is required", async () => {
    const file = writeWooExport(dir);
    expect(await errorOf(readAll(file))).toMatch(/WooCommerce export names no seller: pass --seller/);
    const { rows } = await readAll(file, { seller: "Safran du Souss", currency: "EUR" });
    expect(rows.map((r) => [r.kind, r.line])).toEqual([["row", 2], ["row", 4], ["row", 5], ["bad", 6]]);
    const [dates, one, five] = good(rows);
    expect(dates!.raw).toMatchObject({ seller: "Safran du Souss", sku: "DT-1", title: "Medjool dates", description: "Large Medjool dates", category: "Food > Dried fruit", price_min: "9.90" });
    expect(one!.raw).toMatchObject({ sku: "SF-1", description: "Taliouine saffron", category: "Spices", price_min: "7" });
    expect(one!.extras).toMatchObject({ weight: "1 g" });
    expect(five!.raw).toMatchObject({ sku: "woo-13", title: "Saffron threads - 5 g", price_min: "30" });
  });
});
