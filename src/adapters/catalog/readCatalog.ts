// Reads a catalog file — CSV with a header row, a JSON array of objects, or an .xlsx sheet; a
// Shopify or WooCommerce export is recognised from its header — as a stream of rows with their
// line numbers. File-level problems (missing, empty, wrong shape, no header, missing required
// columns) throw CatalogFileError; row-level problems are yielded so good rows still land.
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { CATALOG_COLUMNS } from "../../core/catalog/catalogRow.js";
import type { MappedColumn } from "../../core/catalog/columnMap.js";
import type { RowIssue } from "../../core/catalog/rowIssues.js";
import type { FileWarning } from "../../core/catalog/fileWarnings.js";
import { CatalogFileError } from "./catalogFileError.js";
import { openDecoded } from "./decodeStream.js";
import { JsonShapeError, jsonArrayItems } from "./jsonArrayItems.js";
import { readXlsxRows } from "./readXlsx.js";
import { MAX_COLUMNS, tabularRows, type CatalogRowEvent, type CellRecord } from "./tabularRows.js";

export { CatalogFileError, MAX_COLUMNS };

export type { CatalogRowEvent };

export interface ReadOptions {
  /** The seller of every row, for files without a seller column (`--seller`). */
  seller?: string | undefined;
  sellerCountry?: string | undefined;
  /** Currency of prices in files without a currency column (shop exports name none). */
  currency?: string | undefined;
  /** The spreadsheet's sheet to read (the first by default). */
  sheet?: string | undefined;
  /** Header → column overrides (`--map`). */
  map?: ReadonlyMap<string, MappedColumn> | undefined;
}

export interface CatalogReader {
  /** Notes about the whole file (encoding, header, unknown columns), each reported once, as data (fileWarnings.ts). */
  warnings: FileWarning[];
  size: number;
  /** The sheet read, for spreadsheets: problems are reported as FILE:SHEET:ROW. */
  sheet?: string;
  bytesRead(): number;
  rows: AsyncGenerator<CatalogRowEvent>;
}

const KNOWN = new Set<string>(CATALOG_COLUMNS);
/** Longest row read (a description of 5,000 characters and 20,000 of attributes fit many times). */
export const MAX_RECORD_CHARS = 1_000_000;
const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, "_");

function splitKnown(obj: Record<string, unknown>) {
  const raw: Record<string, unknown> = {};
  const extras: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) (KNOWN.has(k) ? raw : extras)[k] = v;
  return { raw, extras };
}

export async function openCatalog(file: string, opts: ReadOptions = {}): Promise<CatalogReader> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new CatalogFileError({ code: "file_not_found" });
  if (!info.isFile()) throw new CatalogFileError({ code: "not_a_file" });
  if (info.size === 0) throw new CatalogFileError({ code: "empty_file" });
  const warnings: FileWarning[] = [];
  if (/\.xlsx$/i.test(file)) {
    const xlsx = readXlsxRows(file, opts.sheet);
    let done = false;
    const records = (async function* () {
      yield* xlsx.rows;
      done = true;
    })();
    const rows = await tabularRows(records, opts, warnings);
    return { warnings, size: info.size, sheet: xlsx.sheetName(), bytesRead: () => (done ? info.size : 0), rows };
  }
  if (/\.(ods|xls|numbers)$/i.test(file)) throw new CatalogFileError({ code: "format_not_read" });
  const decoded = await openDecoded(file);
  if (decoded.encoding !== "utf-8") warnings.push({ code: "latin1" });
  if (decoded.hasInvalidBytes) warnings.push({ code: "invalid_utf8_rows" });
  const isJson = /\.json$/i.test(file);
  const read = isJson ? jsonRows(decoded.chunks, warnings, opts) : await csvRows(decoded.chunks, warnings, opts);
  const rows = decoded.hasInvalidBytes ? flagInvalidBytes(read) : read;
  return { warnings, size: info.size, bytesRead: decoded.bytesRead, rows };
}

/** In a UTF-8 file with stray bytes, a row holding one (decoded as U+FFFD) is refused: its text is not what the seller wrote. */
async function* flagInvalidBytes(rows: AsyncGenerator<CatalogRowEvent>): AsyncGenerator<CatalogRowEvent> {
  for await (const ev of rows) {
    if (ev.kind === "row") {
      const bad = Object.entries({ ...ev.raw, ...ev.extras }).find(([, v]) => JSON.stringify(v ?? "").includes("\uFFFD"));
      if (bad) {
        yield { kind: "bad", line: ev.line, issue: { code: "invalid_utf8", column: bad[0] } };
        continue;
      }
    }
    yield ev;
  }
}

async function* jsonRows(chunks: AsyncGenerator<string>, warnings: FileWarning[], opts: ReadOptions): AsyncGenerator<CatalogRowEvent> {
  const unknown = new Set<string>();
  try {
    for await (const { line, text } of jsonArrayItems(chunks)) {
      if (text.length > MAX_RECORD_CHARS) {
        yield { kind: "bad", line, issue: { code: "item_too_long", chars: text.length, max: MAX_RECORD_CHARS } };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        yield { kind: "bad", line, issue: { code: "item_not_json" } };
        continue;
      }
      if (!value || typeof value !== "object" || Array.isArray(value)) {
        yield { kind: "bad", line, issue: { code: "item_not_object" } };
        continue;
      }
      if (Object.keys(value).length > MAX_COLUMNS) {
        yield { kind: "bad", line, issue: { code: "item_too_many_keys", keys: Object.keys(value).length, max: MAX_COLUMNS } };
        continue;
      }
      const normalized = Object.fromEntries(Object.entries(value).map(([k, v]) => [normalizeHeader(k), v]));
      const { raw, extras } = splitKnown(normalized);
      if (opts.seller && !raw.seller) raw.seller = opts.seller;
      if (opts.sellerCountry && !raw.seller_country) raw.seller_country = opts.sellerCountry;
      for (const k of Object.keys(extras)) if (!unknown.has(k)) {
        unknown.add(k);
        warnings.push({ code: "unknown_key", key: k });
      }
      yield { kind: "row", line, raw, extras };
    }
  } catch (e) {
    if (e instanceof JsonShapeError) throw new CatalogFileError(e.issue);
    throw e;
  }
}

async function csvRows(chunks: AsyncGenerator<string>, warnings: FileWarning[], opts: ReadOptions): Promise<AsyncGenerator<CatalogRowEvent>> {
  const parser = Readable.from(chunks).pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: false, max_record_size: MAX_RECORD_CHARS }),
  );
  const parsed = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  let headerRead = false;
  // csv-parse's records as cell records; a syntax error ends the file with one reported row.
  const records = (async function* (): AsyncGenerator<CellRecord | { error: CatalogRowEvent }> {
    for (;;) {
      let r: IteratorResult<{ record: string[]; info: { lines: number } }>;
      try {
        r = await parsed.next();
      } catch (e) {
        const err = e as Error & { lines?: number; code?: string };
        if (!headerRead) {
          if (err.code === "CSV_MAX_RECORD_SIZE")
            throw new CatalogFileError({ code: "header_too_long", chars: MAX_RECORD_CHARS, max: MAX_COLUMNS });
          throw new CatalogFileError({ code: "header_unreadable", detail: err.message });
        }
        const issue: RowIssue =
          err.code === "CSV_MAX_RECORD_SIZE" ? { code: "row_too_long", max: MAX_RECORD_CHARS } : { code: "csv_syntax", detail: err.message };
        yield { error: { kind: "bad", line: err.lines ?? 0, issue } };
        return;
      }
      if (r.done) return;
      yield { line: r.value.info.lines, cells: r.value.record };
    }
  })();
  // The syntax error travels through tabularRows as a marker row and comes out as a bad row.
  let pendingError: CatalogRowEvent | undefined;
  const cells: AsyncIterator<CellRecord> = {
    next: async () => {
      const r = await records.next();
      if (r.done) return r;
      if ("error" in r.value) {
        pendingError = r.value.error;
        return { done: true, value: undefined };
      }
      return { done: false, value: r.value };
    },
  };
  const rows = await tabularRows(cells, { ...opts, strictWidth: true }, warnings);
  headerRead = true;
  return (async function* () {
    yield* rows;
    if (pendingError) yield pendingError;
  })();
}
