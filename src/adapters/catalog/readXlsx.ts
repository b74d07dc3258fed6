// Spreadsheets (.xlsx) through read-excel-file. One sheet is read: the first, or the one named
// with --sheet (any case). Cells become the text a seller sees: numbers as numbers, dates as
// YYYY-MM-DD, formulas as their last result, rich text as its characters.
//
// Why not exceljs's streaming reader (used before): its zip walk ends when unzipper's Parse
// emits 'end', which can come before the entries already parsed were read. Under load about
// 1 read in 300 lost the shared strings of an Excel-ordered file (every text cell empty) or
// the workbook part of an exceljs-written one, and a sheet it skipped could kill the process
// (its temporary file removed before it was opened). read-excel-file unpacks the whole zip
// first, then parses it: no loss in `npm run bench:xlsx`. The price is that the chosen sheet is
// held in memory as plain values (100,000 rows: 366 MB peak, 2.7 s; an upload is at most
// 5 MiB, about 50,000 rows).
import { CatalogFileError } from "./catalogFileError.js";

export interface SheetRecord {
  line: number;
  cells: string[];
}

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  return String(v);
}

type Workbook = { sheet: string; data: unknown[][] }[];
interface NotFound {
  name: "SheetNotFoundError";
  sheets: string[];
}
const isNotFound = (e: unknown): e is NotFound => (e as { name?: string } | null)?.name === "SheetNotFoundError";

/** The chosen sheet's name (once known) and its rows; a row with no text in any cell is skipped. */
export function readXlsxRows(file: string, sheet: string | undefined): { sheetName: () => string; rows: AsyncGenerator<SheetRecord> } {
  let name = "";
  async function* rows(): AsyncGenerator<SheetRecord> {
    const chosen = await readSheet(file, sheet);
    name = chosen.sheet;
    for (const [i, row] of chosen.data.entries()) {
      const cells = row.map(cellText);
      if (cells.some((c) => c !== "")) yield { line: i + 1, cells };
    }
  }
  return { sheetName: () => name, rows: rows() };
}

async function readSheet(file: string, sheet: string | undefined): Promise<Workbook[number]> {
  // Loaded only for spreadsheets: every other seed (and every other script) starts without it.
  const { default: readXlsxFile } = await import("read-excel-file/node");
  // `sheets` (which sheets to parse) and SheetNotFoundError's `sheets` (the names there are) are
  // not in the package's types; the spreadsheet tests pin both.
  const readSome = readXlsxFile as unknown as (input: string, opts: { sheets: (string | number)[] }) => Promise<Workbook>;
  const read = async (which: string | number): Promise<Workbook[number]> => {
    const [found] = await readSome(file, { sheets: [which] });
    if (!found) throw new CatalogFileError({ code: "no_sheet" });
    return found;
  };
  try {
    if (sheet === undefined) return await read(1);
    try {
      return await read(sheet);
    } catch (e) {
      // Sheet names are matched in any case, as a seller types them.
      const same = isNotFound(e) ? e.sheets.find((s) => s.toLowerCase() === sheet.toLowerCase()) : undefined;
      if (same === undefined) throw e;
      return await read(same);
    }
  } catch (e) {
    if (e instanceof CatalogFileError) throw e;
    if (isNotFound(e)) throw new CatalogFileError(sheet === undefined || e.sheets.length === 0 ? { code: "no_sheet" } : { code: "no_sheet_named", sheet, sheets: e.sheets });
    throw new CatalogFileError({ code: "xlsx_unreadable", detail: (e as Error).message });
  }
}
