// Row and file issues and file warnings (core/catalog/rowIssues.ts, fileIssues.ts, fileWarnings.ts) in the seller's language. Each code
// has its own Fluent key, listed here so a new code cannot ship without one (the compiler asks for
// it) and a test can check each key says what its code means. Parameters become Fluent variables
// under the same names; user text among them goes through `esc` (the channel's markup). Column
// names are identifiers and are shown as the file has them. File issues never mention `--map` or
// `--seller` here: a seller in a chat is told what to change in their sheet instead.
import { UNITS } from "../core/model.js";
import type { RowIssue, RowIssueCode } from "../core/catalog/rowIssues.js";
import type { FileIssue, FileIssueCode } from "../core/catalog/fileIssues.js";
import type { FileWarning, FileWarningCode } from "../core/catalog/fileWarnings.js";
import { headerExamples } from "../core/catalog/columnMap.js";
import { t } from "./index.js";

type Esc = (s: string) => string;

export const ROW_ISSUE_KEYS: Record<Exclude<RowIssueCode, "text">, string> = {
  required_empty: "catalog-row-required-empty",
  too_long: "catalog-row-too-long",
  not_a_number: "catalog-row-not-a-number",
  negative: "catalog-row-negative",
  too_large: "catalog-row-too-large",
  not_whole: "catalog-row-not-whole",
  moq_zero: "catalog-row-moq-zero",
  price_min_above_max: "catalog-row-price-min-above-max",
  unknown_unit: "catalog-row-unknown-unit",
  bad_currency: "catalog-row-bad-currency",
  price_without_currency: "catalog-row-price-without-currency",
  bad_country: "catalog-row-bad-country",
  bad_ships_to: "catalog-row-bad-ships-to",
  duplicate_sku: "catalog-row-duplicate-sku",
  other_seller: "catalog-report-other-seller",
  field_count: "catalog-row-field-count",
  invalid_utf8: "catalog-row-invalid-utf8",
  item_too_long: "catalog-row-item-too-long",
  item_not_json: "catalog-row-item-not-json",
  item_not_object: "catalog-row-item-not-object",
  item_too_many_keys: "catalog-row-item-too-many-keys",
  row_too_long: "catalog-row-row-too-long",
  csv_syntax: "catalog-row-csv-syntax",
  shopify_no_handle: "catalog-row-shopify-no-handle",
  shopify_orphan_handle: "catalog-row-shopify-orphan-handle",
  woo_orphan_variation: "catalog-row-woo-orphan-variation",
  control_chars_removed: "catalog-row-control-chars-removed",
  description_truncated: "catalog-row-description-truncated",
  attributes_not_json: "catalog-row-attributes-not-json",
  extra_columns_dropped: "catalog-row-extra-columns-dropped",
  moq_without_unit: "catalog-row-moq-without-unit",
  formula_text: "catalog-row-formula-text",
  certification_only_in_text: "catalog-row-certification-only-in-text",
};

export const FILE_ISSUE_KEYS: Record<FileIssueCode, string> = {
  file_not_found: "catalog-file-not-found",
  not_a_file: "catalog-file-not-a-file",
  empty_file: "catalog-file-empty",
  format_not_read: "catalog-file-format-not-read",
  too_many_columns: "catalog-file-too-many-columns",
  no_header: "catalog-file-no-header",
  woo_needs_seller: "catalog-file-woo-needs-seller",
  duplicate_column: "catalog-file-duplicate-column",
  missing_columns: "catalog-file-missing-columns",
  header_too_long: "catalog-file-header-too-long",
  header_unreadable: "catalog-file-header-unreadable",
  xlsx_unreadable: "catalog-file-xlsx-unreadable",
  no_sheet_named: "catalog-file-no-sheet-named",
  no_sheet: "catalog-file-no-sheet",
  json_not_array: "catalog-file-json-not-array",
  json_text_after_array: "catalog-file-json-text-after-array",
  json_not_closed: "catalog-file-json-not-closed",
};

export const FILE_WARNING_KEYS: Record<FileWarningCode, string> = {
  skipped_above_header: "catalog-warn-skipped-above-header",
  shop_export: "catalog-warn-shop-export",
  shop_no_currency: "catalog-warn-shop-no-currency",
  seller_column_used: "catalog-warn-seller-column-used",
  unknown_columns: "catalog-warn-unknown-columns",
  unknown_key: "catalog-warn-unknown-key",
  columns_renamed: "catalog-warn-columns-renamed",
  latin1: "catalog-warn-latin1",
  invalid_utf8_rows: "catalog-warn-invalid-utf8-rows",
};

/** An issue's parameters as Fluent variables: text escaped, lists joined, numbers kept (Fluent formats them per language). */
function variables(issue: object, esc: Esc): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(issue)) {
    if (k === "code") continue;
    if (typeof v === "number") out[k] = v;
    else if (typeof v === "string") out[k] = esc(v);
    else if (Array.isArray(v)) out[k] = esc(v.join(", "));
  }
  return out;
}

/**
 * One row issue in `lang`. `seller` is the uploading seller's name (the other-seller refusal says
 * it as it is now). A stored code this version does not know (or an older report's sentence) is
 * shown as its text or code rather than dropped.
 */
export function rowIssueMessage(lang: string, issue: RowIssue, seller: string, esc: Esc = (s) => s): string {
  if (issue.code === "text") return esc(issue.text);
  const key = (ROW_ISSUE_KEYS as Record<string, string | undefined>)[issue.code];
  if (!key) return esc(issue.code);
  const args = variables(issue, esc);
  if (issue.code === "other_seller") args.seller = esc(seller);
  if (issue.code === "unknown_unit") args.units = UNITS.join(", ");
  return t(lang, key, args);
}

/** A whole file's problem in `lang`, with what the seller can change in the file. */
export function fileIssueMessage(lang: string, issue: FileIssue, esc: Esc = (s) => s): string {
  const key = (FILE_ISSUE_KEYS as Record<string, string | undefined>)[issue.code];
  if (!key) return esc(issue.code);
  const args = variables(issue, esc);
  // An empty row or header is said with a dash rather than nothing (Fluent cannot test for "").
  if ((issue.code === "no_header" && !issue.first) || (issue.code === "missing_columns" && !issue.header.length)) args[issue.code === "no_header" ? "first" : "header"] = "—";
  if (issue.code === "no_header") args.examples = esc(["sku", "title"].map((c) => `${c}: ${headerExamples(c)}`).join("; "));
  if (issue.code === "missing_columns") args.examples = esc(issue.columns.map((c) => `${c}: ${headerExamples(c)}`).join("; "));
  return t(lang, key, args);
}

const SHOP_NAMES = { shopify: "Shopify", woocommerce: "WooCommerce" } as const;

/** A note about a whole imported file in `lang`; a code this version does not know is shown as its code. */
export function fileWarningMessage(lang: string, warning: FileWarning, esc: Esc = (s) => s): string {
  const key = (FILE_WARNING_KEYS as Record<string, string | undefined>)[warning.code];
  if (!key) return esc(warning.code);
  const args = variables(warning, esc);
  // Stored reports are read back loosely (code checked, parameters not): a list may be missing.
  const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);
  if (warning.code === "skipped_above_header") args.count = list(warning.lines).length;
  if (warning.code === "unknown_columns") args.count = list(warning.columns).length;
  if (warning.code === "columns_renamed") args.columns = esc(list(warning.columns).map((c) => `${c.from} → ${c.to}`).join(", "));
  if (warning.code === "shop_export" || warning.code === "shop_no_currency") args.format = SHOP_NAMES[warning.format] ?? esc(String(warning.format));
  return t(lang, key, args);
}
