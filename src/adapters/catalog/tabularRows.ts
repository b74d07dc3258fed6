// Rows of cells (from CSV or a spreadsheet) → catalog rows. The header is found among the first
// rows (price lists put a title, a validity date or notes above it): the first row naming at
// least two catalog columns, sku or title among them. Headers are mapped by synonyms (EN/FR) or
// --map; a Shopify or WooCommerce export is recognised from its header and converted.
import { columnFor, foldHeader, headerScore, type MappedColumn } from "../../core/catalog/columnMap.js";
import type { RowIssue } from "../../core/catalog/rowIssues.js";
import type { FileWarning } from "../../core/catalog/fileWarnings.js";
import { CatalogFileError } from "./catalogFileError.js";
import { detectShopFormat, shopConverter } from "./shopExports.js";

export interface TabularOptions {
  seller?: string | undefined;
  sellerCountry?: string | undefined;
  currency?: string | undefined;
  map?: ReadonlyMap<string, MappedColumn> | undefined;
  /** CSV: a row with another number of fields than the header is a broken row (a stray comma). */
  strictWidth?: boolean;
}

export interface CellRecord {
  line: number;
  cells: string[];
}

/** Widest row read: the format has 16 columns, shop exports about 50. */
export const MAX_COLUMNS = 500;
const HEADER_SEARCH_ROWS = 30;
/** An extra column's key in attributes: "Shelf life" → "shelf_life", as before synonyms existed. */
const extraKey = (h: string, i: number) => h.trim().toLowerCase().replace(/[\s-]+/g, "_") || `column_${i + 1}`;
const blank = (cells: string[]) => cells.every((c) => !c.trim());

/** One row of a catalog file: its fields by catalog column, or why it cannot be read. */
export type CatalogRowEvent =
  | { kind: "row"; line: number; raw: Record<string, unknown>; extras: Record<string, unknown> }
  | { kind: "bad"; line: number; issue: RowIssue };

export async function tabularRows(records: AsyncIterator<CellRecord>, opts: TabularOptions, warnings: FileWarning[]): Promise<AsyncGenerator<CatalogRowEvent>> {
  const above: CellRecord[] = [];
  let header: CellRecord | undefined;
  for (let n = 0; n < HEADER_SEARCH_ROWS; n++) {
    const r = await records.next();
    if (r.done) break;
    if (r.value.cells.length > MAX_COLUMNS)
      throw new CatalogFileError({ code: "too_many_columns", columns: r.value.cells.length, max: MAX_COLUMNS });
    if (blank(r.value.cells)) continue;
    const cols = r.value.cells.map((c) => columnFor(c, opts.map));
    if (detectShopFormat(r.value.cells) || (headerScore(r.value.cells, opts.map) >= 2 && (cols.includes("sku") || cols.includes("title")))) {
      header = r.value;
      break;
    }
    above.push(r.value);
  }
  if (!header) {
    if (!above.length) throw new CatalogFileError({ code: "empty_file" });
    throw new CatalogFileError({ code: "no_header", rows: HEADER_SEARCH_ROWS, first: above[0]!.cells.filter(Boolean).join(", ") });
  }
  if (above.length) warnings.push({ code: "skipped_above_header", lines: above.map((r) => r.line) });

  const names = header.cells;
  const shop = detectShopFormat(names);
  if (shop) {
    warnings.push({ code: "shop_export", format: shop });
    if (shop === "woocommerce" && !opts.seller) throw new CatalogFileError({ code: "woo_needs_seller" });
    const convert = shopConverter(shop, { seller: opts.seller, currency: opts.currency, warn: (w) => warnings.push(w) });
    return (async function* () {
      for (let r = await records.next(); !r.done; r = await records.next()) {
        if (blank(r.value.cells)) continue;
        const rec = Object.fromEntries(names.map((h, i) => [h, r.value.cells[i] ?? ""]));
        const out = convert(rec);
        if (!out) continue;
        if ("bad" in out) yield { kind: "bad", line: r.value.line, issue: out.bad };
        else yield { kind: "row", line: r.value.line, raw: withSellerCountry(out.raw, opts), extras: out.extras };
      }
    })();
  }

  const cols = names.map((h) => columnFor(h, opts.map));
  const firstOf = new Map<MappedColumn, number>();
  cols.forEach((c, i) => {
    if (!c) return;
    const prev = firstOf.get(c);
    if (prev !== undefined)
      throw new CatalogFileError({ code: "duplicate_column", first: names[prev]!, second: names[i]!, column: c });
    firstOf.set(c, i);
  });
  const hasSeller = firstOf.has("seller");
  const missing = (["sku", "title"] as const).filter((c) => !firstOf.has(c));
  if (!hasSeller && !opts.seller) missing.unshift("seller" as never);
  if (missing.length)
    throw new CatalogFileError({ code: "missing_columns", columns: missing, header: names.map(foldHeader), needsSeller: missing.includes("seller" as never) });
  if (hasSeller && opts.seller) warnings.push({ code: "seller_column_used", column: names[firstOf.get("seller")!]! });
  const unknown = names.map((h, i) => (cols[i] ? null : extraKey(h, i))).filter((h, i): h is string => h !== null && Boolean(names[i]!.trim()));
  if (unknown.length) warnings.push({ code: "unknown_columns", columns: unknown });
  const renamed = names.filter((h, i) => cols[i] && foldHeader(h) !== foldHeader(cols[i]!));
  if (renamed.length) warnings.push({ code: "columns_renamed", columns: renamed.map((h) => ({ from: h.trim(), to: cols[names.indexOf(h)]! })) });

  return (async function* () {
    for (let r = await records.next(); !r.done; r = await records.next()) {
      const { line, cells } = r.value;
      if (blank(cells)) continue;
      const overflow = cells.slice(names.length).some((c) => c.trim());
      if ((opts.strictWidth && cells.length !== names.length) || overflow) {
        yield { kind: "bad", line, issue: { code: "field_count", fields: cells.length, expected: names.length } };
        continue;
      }
      const raw: Record<string, unknown> = {};
      const extras: Record<string, unknown> = {};
      names.forEach((h, i) => {
        const v = cells[i] ?? "";
        const c = cols[i];
        if (c === "price") {
          raw.price_min = v;
          raw.price_max = v;
        } else if (c) raw[c] = v;
        else if (h.trim() || v.trim()) extras[extraKey(h, i)] = v;
      });
      if (!hasSeller) raw.seller = opts.seller;
      if (!firstOf.has("currency") && opts.currency) raw.currency = opts.currency;
      yield { kind: "row", line, raw: withSellerCountry(raw, opts), extras };
    }
  })();
}

function withSellerCountry(raw: Record<string, unknown>, opts: TabularOptions): Record<string, unknown> {
  if (opts.sellerCountry && !String(raw.seller_country ?? "").trim()) raw.seller_country = opts.sellerCountry;
  return raw;
}
