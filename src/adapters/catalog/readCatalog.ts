// Reads a catalog file (CSV with a header row, or a JSON array of objects) as a stream of rows
// with their line numbers. File-level problems (missing, empty, wrong shape, missing required
// columns) throw CatalogFileError; row-level problems are yielded so good rows still land.
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { CATALOG_COLUMNS, REQUIRED_COLUMNS } from "../../core/catalog/catalogRow.js";
import { openDecoded } from "./decodeStream.js";
import { JsonShapeError, jsonArrayItems } from "./jsonArrayItems.js";

export class CatalogFileError extends Error {}

export type CatalogRowEvent =
  | { kind: "row"; line: number; raw: Record<string, unknown>; extras: Record<string, unknown> }
  | { kind: "bad"; line: number; reason: string };

export interface CatalogReader {
  /** Notes about the whole file (encoding, unknown columns), each reported once. */
  warnings: string[];
  size: number;
  bytesRead(): number;
  rows: AsyncGenerator<CatalogRowEvent>;
}

const KNOWN = new Set<string>(CATALOG_COLUMNS);
/** Widest row read: the format has 16 columns, exports a few dozen. */
export const MAX_COLUMNS = 500;
/** Longest row read (a description of 5,000 characters and 20,000 of attributes fit many times). */
export const MAX_RECORD_CHARS = 1_000_000;
const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, "_");

function splitKnown(obj: Record<string, unknown>) {
  const raw: Record<string, unknown> = {};
  const extras: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) (KNOWN.has(k) ? raw : extras)[k] = v;
  return { raw, extras };
}

export async function openCatalog(file: string): Promise<CatalogReader> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new CatalogFileError("file not found");
  if (!info.isFile()) throw new CatalogFileError("not a file");
  if (info.size === 0) throw new CatalogFileError("the file is empty");
  const decoded = await openDecoded(file);
  const warnings: string[] = [];
  if (decoded.encoding !== "utf-8") warnings.push("the file is not UTF-8: read as Latin-1 (Windows-1252); save as UTF-8 to be sure accents are right");
  if (decoded.hasInvalidBytes) warnings.push("the file is UTF-8 but some rows hold bytes that are not: those rows are reported, the rest is read as UTF-8");
  const isJson = /\.json$/i.test(file);
  const read = isJson ? jsonRows(decoded.chunks, warnings) : await csvRows(decoded.chunks, warnings);
  const rows = decoded.hasInvalidBytes ? flagInvalidBytes(read) : read;
  return { warnings, size: info.size, bytesRead: decoded.bytesRead, rows };
}

/** In a UTF-8 file with stray bytes, a row holding one (decoded as U+FFFD) is refused: its text is not what the seller wrote. */
async function* flagInvalidBytes(rows: AsyncGenerator<CatalogRowEvent>): AsyncGenerator<CatalogRowEvent> {
  for await (const ev of rows) {
    if (ev.kind === "row") {
      const bad = Object.entries({ ...ev.raw, ...ev.extras }).find(([, v]) => JSON.stringify(v ?? "").includes("\uFFFD"));
      if (bad) {
        yield { kind: "bad", line: ev.line, reason: `${bad[0]} holds bytes that are not valid UTF-8 (shown as \uFFFD): retype its accented letters, or save the file as UTF-8` };
        continue;
      }
    }
    yield ev;
  }
}

async function* jsonRows(chunks: AsyncGenerator<string>, warnings: string[]): AsyncGenerator<CatalogRowEvent> {
  const unknown = new Set<string>();
  try {
    for await (const { line, text } of jsonArrayItems(chunks)) {
      if (text.length > MAX_RECORD_CHARS) {
        yield { kind: "bad", line, reason: `this item is ${text.length.toLocaleString("en")} characters long; at most ${MAX_RECORD_CHARS.toLocaleString("en")} are read per product` };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        yield { kind: "bad", line, reason: "this item is not valid JSON" };
        continue;
      }
      if (!value || typeof value !== "object" || Array.isArray(value)) {
        yield { kind: "bad", line, reason: "each item must be an object with the catalog columns as keys" };
        continue;
      }
      if (Object.keys(value).length > MAX_COLUMNS) {
        yield { kind: "bad", line, reason: `this item has ${Object.keys(value).length.toLocaleString("en")} keys; at most ${MAX_COLUMNS} are read per product` };
        continue;
      }
      const normalized = Object.fromEntries(Object.entries(value).map(([k, v]) => [normalizeHeader(k), v]));
      const { raw, extras } = splitKnown(normalized);
      for (const k of Object.keys(extras)) if (!unknown.has(k)) {
        unknown.add(k);
        warnings.push(`unknown key "${k}": kept in attributes`);
      }
      yield { kind: "row", line, raw, extras };
    }
  } catch (e) {
    if (e instanceof JsonShapeError) throw new CatalogFileError(e.message);
    throw e;
  }
}

async function csvRows(chunks: AsyncGenerator<string>, warnings: string[]): Promise<AsyncGenerator<CatalogRowEvent>> {
  const parser = Readable.from(chunks).pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: false, max_record_size: MAX_RECORD_CHARS }),
  );
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  let first: IteratorResult<{ record: string[]; info: { lines: number } }>;
  try {
    first = await records.next();
  } catch (e) {
    if ((e as { code?: string }).code === "CSV_MAX_RECORD_SIZE")
      throw new CatalogFileError(`the header row is over ${MAX_RECORD_CHARS.toLocaleString("en")} characters; at most ${MAX_COLUMNS} columns are supported`);
    throw new CatalogFileError(`cannot read the header row: ${(e as Error).message}`);
  }
  if (first.done) throw new CatalogFileError("the file is empty");
  // A header this wide is not a product list (or the delimiter is wrong); reading on would store
  // every cell of every row in attributes.
  if (first.value.record.length > MAX_COLUMNS)
    throw new CatalogFileError(
      `the header row has ${first.value.record.length.toLocaleString("en")} columns; at most ${MAX_COLUMNS} are supported (is the delimiter a comma?)`,
    );
  const header = first.value.record.map(normalizeHeader);
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    throw new CatalogFileError(
      `missing required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (the header row has: ${header.join(", ") || "nothing"})`,
    );
  const dupes = header.filter((h, i) => h && header.indexOf(h) !== i);
  if (dupes.length) throw new CatalogFileError(`column ${dupes[0]} appears twice in the header row`);
  const unknown = header.filter((h) => h && !KNOWN.has(h));
  if (unknown.length) warnings.push(`unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}: kept in attributes`);

  return (async function* () {
    for (;;) {
      let r: IteratorResult<{ record: string[]; info: { lines: number } }>;
      try {
        r = await records.next();
      } catch (e) {
        const err = e as Error & { lines?: number; code?: string };
        if (err.code === "CSV_MAX_RECORD_SIZE") {
          yield { kind: "bad", line: err.lines ?? 0, reason: `this row is over ${MAX_RECORD_CHARS.toLocaleString("en")} characters (an unclosed quote?); the rest of the file was not read` };
          return;
        }
        // A malformed CSV (e.g. an unclosed quote) cannot be resynchronised: stop this file here.
        yield { kind: "bad", line: err.lines ?? 0, reason: `CSV syntax error, the rest of the file was not read: ${err.message}` };
        return;
      }
      if (r.done) return;
      const { record, info } = r.value;
      if (record.length !== header.length) {
        yield { kind: "bad", line: info.lines, reason: `has ${record.length} fields but the header has ${header.length} (a missing or extra comma or quote?)` };
        continue;
      }
      const obj: Record<string, unknown> = {};
      header.forEach((h, i) => h && (obj[h] = record[i]));
      const { raw, extras } = splitKnown(obj);
      yield { kind: "row", line: info.lines, raw, extras };
    }
  })();
}
