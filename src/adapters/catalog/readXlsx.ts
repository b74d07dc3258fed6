// Spreadsheets (.xlsx) through exceljs's streaming reader: rows arrive one at a time from the
// zip, so a 100k-row price list never sits in memory. One sheet is read: the first, or the one
// named with --sheet. Cells become the text a seller sees (numbers as numbers, dates as
// YYYY-MM-DD, formulas as their last result, rich text as its characters).
import type ExcelJS from "exceljs";
import { CatalogFileError } from "./catalogFileError.js";

export interface SheetRecord {
  line: number;
  cells: string[];
}

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown; hyperlink?: string };
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if ("result" in o) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
    if (o.error !== undefined) return "";
    return "";
  }
  return String(v);
}

/** The chosen sheet's name (once known) and its rows. */
export function readXlsxRows(file: string, sheet: string | undefined): { sheetName: () => string; rows: AsyncGenerator<SheetRecord> } {
  let name = "";
  async function* rows(): AsyncGenerator<SheetRecord> {
    // Loaded only for spreadsheets: every other seed (and every other script) starts without it.
    const { default: excel } = await import("exceljs");
    const reader = new excel.stream.xlsx.WorkbookReader(file, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", entries: "ignore" });
    const seen: string[] = [];
    try {
      for await (const ws of reader) {
        const wsName = (ws as unknown as { name: string }).name;
        seen.push(wsName);
        if (name || (sheet && wsName.toLowerCase() !== sheet.toLowerCase())) continue; // drain sheets we do not read
        name = wsName;
        for await (const row of ws) {
          const values = (row as ExcelJS.Row).values as unknown[];
          const cells: string[] = [];
          for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
          yield { line: (row as ExcelJS.Row).number, cells };
        }
      }
    } catch (e) {
      if (e instanceof CatalogFileError) throw e;
      throw new CatalogFileError({ code: "xlsx_unreadable", detail: (e as Error).message });
    }
    if (!name) throw new CatalogFileError(sheet ? { code: "no_sheet_named", sheet, sheets: seen } : { code: "no_sheet" });
  }
  return { sheetName: () => name, rows: rows() };
}
