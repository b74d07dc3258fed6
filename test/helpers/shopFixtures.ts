// Catalog files as sellers really send them, written in the test: a French .xlsx price list
// (a title and a validity line above the header, no seller column), a Shopify products export and
// a WooCommerce products export.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFile, writeFile as writeBytes } from "node:fs/promises";
import path from "node:path";
import { csvLine, writeFile } from "./catalogFiles.js";

export async function writeFrenchPriceList(dir: string, name = "tarifs.xlsx"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet("Notes");
  notes.addRow(["Ce classeur contient nos tarifs export"]);
  const ws = wb.addWorksheet("Tarifs 2027");
  ws.addRow(["Huilerie de l'Atlas — Liste de prix export"]);
  ws.addRow(["Prix valables du 1er janvier au 31 mars 2027"]);
  ws.addRow([]);
  ws.addRow(["Référence", "Désignation", "Catégorie", "Quantité minimum", "Unité", "Prix (EUR)", "Devise", "Délai", "Expédie vers", "Certifications", "Pays d'origine", "Conditionnement"]);
  ws.addRow(["HA-001", "Huile d'argan cosmétique bio pressée à froid", "Cosmétique", 200, "L", 38.5, "EUR", "15 jours", "FR; DE; Canada", "Ecocert; USDA Organic", "Maroc", "Bidon 5 L"]);
  ws.addRow(["HA-002", "Huile d'argan alimentaire torréfiée", "Alimentaire", 100, "L", 31, "EUR", 21, "FR", "Ecocert", "MA", "Bouteille 1 L"]);
  ws.addRow(["HA-003", "Savon noir à l'huile d'olive", "Cosmétique", "", "", "", "", "", "", "", "Maroc", ""]);
  ws.addRow(["HA-004", "Huile de figue de Barbarie", "Cosmétique", -5, "L", 120, "EUR", 30, "FR", "", "MA", ""]);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/**
 * The same parts in the order Excel writes them: the workbook first, the shared strings after
 * the sheets (exceljs writes the workbook last). A reader that walks the zip as a stream meets
 * the shared strings only after the rows that use them.
 */
export async function inExcelPartOrder(file: string, name: string): Promise<string> {
  const src = await JSZip.loadAsync(await readFile(file));
  const names = Object.keys(src.files).filter((n) => !src.files[n]!.dir);
  const rank = (n: string) =>
    n === "[Content_Types].xml" ? 0 : n.startsWith("_rels/") ? 1 : n === "xl/workbook.xml" ? 2 : n.startsWith("xl/_rels/") ? 3 : n.startsWith("xl/worksheets/") ? 4 : n === "xl/sharedStrings.xml" ? 6 : n.startsWith("docProps/") ? 7 : 5;
  const out = new JSZip();
  for (const n of names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))) out.file(n, await src.files[n]!.async("uint8array"));
  const target = path.join(path.dirname(file), name);
  await writeBytes(target, await out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return target;
}

/** A sheet that starts at C3 with a blank row inside, a date, a formula and rich text. */
export async function writeOddLayoutSheet(dir: string, name = "odd.xlsx"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Offre Export");
  ws.getCell("C3").value = "Référence";
  ws.getCell("D3").value = { richText: [{ text: "Dési" }, { font: { bold: true }, text: "gnation" }] };
  ws.getCell("E3").value = "Prix";
  ws.getCell("F3").value = "Valable jusqu'au";
  ws.getCell("C5").value = "DT-01";
  ws.getCell("D5").value = "Dattes Medjool";
  ws.getCell("E5").value = { formula: "2*4.25", result: 8.5 };
  ws.getCell("F5").value = new Date(Date.UTC(2027, 2, 31));
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const SHOPIFY_HEADER = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published", "Option1 Name", "Option1 Value", "Variant SKU", "Variant Grams", "Variant Price", "Variant Barcode", "Image Src", "Status"];

export function writeShopifyExport(dir: string, name = "products_export.csv"): string {
  const rows = [
    ["maple-syrup", "Pure maple syrup grade A", "<p>Amber <strong>maple syrup</strong> from Québec.<br>Rich taste &amp; colour.</p>", "Érablière Boréale", "Food > Syrups", "Syrup", "maple, organic", "TRUE", "Size", "500 ml", "EB-500", "700", "12.50", "0620000000011", "https://cdn.example/a.jpg", "active"],
    ["maple-syrup", "", "", "", "", "", "", "", "", "1 L", "EB-1000", "1300", "21.00", "", "", ""],
    ["maple-syrup", "", "", "", "", "", "", "", "", "", "", "", "", "", "https://cdn.example/b.jpg", ""],
    ["ice-wine", "Vidal ice wine", "<div>Sweet <em>ice wine</em> from Niagara</div>", "Érablière Boréale", "", "Wine", "", "TRUE", "Title", "Default Title", "", "900", "45", "", "", "active"],
    ["orphan", "", "", "", "", "", "", "", "", "2 L", "X-1", "", "5", "", "", ""],
  ];
  return writeFile(dir, name, [SHOPIFY_HEADER.join(","), ...rows.map(csvLine)].join("\n"));
}

const WOO_HEADER = ["ID", "Type", "SKU", "Name", "Published", "Short description", "Description", "Sale price", "Regular price", "Categories", "Tags", "Parent", "Attribute 1 name", "Attribute 1 value(s)"];

export function writeWooExport(dir: string, name = "wc-product-export.csv"): string {
  const rows = [
    ["10", "simple", "DT-1", "Medjool dates", "1", "", "<p>Large <b>Medjool</b> dates</p>", "", "9.90", "Food > Dried fruit, Gifts", "dates", "", "", ""],
    ["11", "variable", "SF", "Saffron threads", "1", "<p>Taliouine saffron</p>", "", "", "", "Spices", "", "", "Weight", "1 g, 5 g"],
    ["12", "variation", "SF-1", "Saffron threads - 1 g", "1", "", "", "7", "8", "", "", "id:11", "Weight", "1 g"],
    ["13", "variation", "", "Saffron threads - 5 g", "1", "", "", "", "30", "", "", "SF", "Weight", "5 g"],
    ["14", "variation", "Z-1", "Lost variation", "1", "", "", "", "3", "", "", "id:99", "", ""],
  ];
  return writeFile(dir, name, [WOO_HEADER.join(","), ...rows.map(csvLine)].join("\n"));
}
