// The admin's wording of row issues: the English sentences `npm run seed` prints (FILE:LINE: reason).
// Written for whoever fixes the file: what is wrong and what is expected. Sellers read the same
// issues through the locale files instead (locales/catalogIssues.ts).
import { UNITS } from "../../core/model.js";
import type { RowIssue } from "../../core/catalog/rowIssues.js";
import type { FileIssue } from "../../core/catalog/fileIssues.js";
import type { FileWarning } from "../../core/catalog/fileWarnings.js";

const en = (n: number) => n.toLocaleString("en");
const plural = (n: number, word: string) => `${word}${n > 1 ? "s" : ""}`;

export function rowIssueText(i: RowIssue): string {
  switch (i.code) {
    case "required_empty":
      return `${i.column} is empty (required)`;
    case "too_long":
      return `${i.column} is longer than ${i.max} characters`;
    case "not_a_number":
      return `${i.column} must be a number (use . for decimals, no currency sign)`;
    case "negative":
      return `${i.column} must not be negative`;
    case "too_large":
      return `${i.column} is absurdly large (over ${en(i.max)})`;
    case "not_whole":
      return `${i.column} must be a whole number`;
    case "moq_zero":
      return "moq must be greater than 0 (leave it empty if there is no minimum)";
    case "price_min_above_max":
      return `price_min (${i.min}) is greater than price_max (${i.max})`;
    case "unknown_unit":
      return `unit "${i.value}" is unknown; use one of ${UNITS.join(", ")}`;
    case "bad_currency":
      return `currency "${i.value}" is not an ISO 4217 code (e.g. USD, EUR, CAD, MAD)`;
    case "price_without_currency":
      return "a price is given without a currency";
    case "bad_country":
      return `${i.column} "${i.value}" is not an ISO 3166-1 alpha-2 country code (e.g. CA, MA)`;
    case "bad_ships_to":
      return `ships_to "${i.value}" is not an alpha-2 country code or *`;
    case "duplicate_sku":
      return `duplicate sku "${i.sku}" for seller "${i.seller}" (first on line ${i.firstLine})`;
    case "other_seller":
      return `the seller column says "${i.named}", but this upload is for "${i.seller}": a seller can only write their own products`;
    case "field_count":
      return `has ${i.fields} fields but the header has ${i.expected} (a missing or extra comma or quote?)`;
    case "invalid_utf8":
      return `${i.column} holds bytes that are not valid UTF-8 (shown as \uFFFD): retype its accented letters, or save the file as UTF-8`;
    case "item_too_long":
      return `this item is ${en(i.chars)} characters long; at most ${en(i.max)} are read per product`;
    case "item_not_json":
      return "this item is not valid JSON";
    case "item_not_object":
      return "each item must be an object with the catalog columns as keys";
    case "item_too_many_keys":
      return `this item has ${en(i.keys)} keys; at most ${i.max} are read per product`;
    case "row_too_long":
      return `this row is over ${en(i.max)} characters (an unclosed quote?); the rest of the file was not read`;
    case "csv_syntax":
      return `CSV syntax error, the rest of the file was not read: ${i.detail}`;
    case "shopify_no_handle":
      return "Handle is empty: every Shopify row belongs to a product";
    case "shopify_orphan_handle":
      return `Handle "${i.handle}" continues a product whose first row (with its Title) is missing`;
    case "woo_orphan_variation":
      return `variation of unknown parent "${i.parent}" (the variable product must come first)`;
    case "control_chars_removed":
      return `${i.column}: removed ${i.count} ${plural(i.count, "control character")} (NUL or similar, invisible)`;
    case "description_truncated":
      return `description truncated from ${en(i.from)} to ${i.to} characters`;
    case "attributes_not_json":
      return 'attributes is not a JSON object (e.g. {"grade":"extra virgin"}); kept as text under "details"';
    case "extra_columns_dropped":
      return `${i.count} extra ${plural(i.count, "column")} not kept: attributes are limited to ${en(i.max)} characters`;
    case "moq_without_unit":
      return "moq has no unit";
    case "formula_text":
      return `${i.column} looks like a spreadsheet formula; stored as plain text`;
    case "certification_only_in_text":
      return `the title or description names ${i.certification}, but the certifications column does not list it: add "${i.certification}" there if the product holds it, or buyers who require it will not find this product`;
    case "text":
      return i.text;
  }
}

/** A rejected row's reasons on one line, as the CLI prints them. */
export const rowIssuesText = (issues: readonly RowIssue[]): string => issues.map(rowIssueText).join("; ");

/** A whole file's problem as the CLI prints it (FILE: message), with the CLI's own remedies. */
export function fileIssueText(i: FileIssue): string {
  switch (i.code) {
    case "file_not_found":
      return "file not found";
    case "not_a_file":
      return "not a file";
    case "empty_file":
      return "the file is empty";
    case "format_not_read":
      return "this spreadsheet format is not read: save it as .xlsx (or CSV UTF-8)";
    case "too_many_columns":
      return `the header row has ${en(i.columns)} columns; at most ${i.max} are supported (is the delimiter a comma?)`;
    case "no_header":
      return (
        `no header row found in the first ${i.rows} rows: one row must name the columns, at least sku and title (or Référence and Désignation…); ` +
        `the first row has: ${i.first || "nothing"} — use --map "Your header=sku,…" if the names are unusual`
      );
    case "woo_needs_seller":
      return 'a WooCommerce export names no seller: pass --seller "NAME"';
    case "duplicate_column":
      return `columns "${i.first}" and "${i.second}" both mean ${i.column}: rename one, or say which is which with --map "${i.second}=…"`;
    case "missing_columns":
      return (
        `missing required ${plural(i.columns.length, "column")} ${i.columns.join(", ")} (the header row has: ${i.header.join(", ") || "nothing"})` +
        (i.needsSeller ? '; a file without a seller column needs --seller "NAME"' : "")
      );
    case "header_too_long":
      return `the header row is over ${en(i.chars)} characters; at most ${i.max} columns are supported`;
    case "header_unreadable":
      return `cannot read the header row: ${i.detail}`;
    case "xlsx_unreadable":
      return `cannot read the spreadsheet (is it a real .xlsx?): ${i.detail}`;
    case "no_sheet_named":
      return `no sheet named "${i.sheet}" (the workbook has: ${i.sheets.join(", ") || "none"})`;
    case "no_sheet":
      return "the workbook has no sheet";
    case "json_not_array":
      return "the file is JSON but not an array: expected [ {…}, {…} ]";
    case "json_text_after_array":
      return `unexpected text after the closing ] on line ${i.line}`;
    case "json_not_closed":
      return "the JSON array is not closed (file truncated?)";
  }
}

const shopName = (f: "shopify" | "woocommerce") => (f === "shopify" ? "Shopify" : "WooCommerce");

/** A note about a whole file as the CLI prints it (FILE: warning: message), with the CLI's own remedies. */
export function fileWarningText(w: FileWarning): string {
  switch (w.code) {
    case "skipped_above_header": {
      const n = w.lines.length;
      return `skipped ${n} ${plural(n, "row")} above the header (${plural(n, "line")} ${w.lines.join(", ")}: a title or notes)`;
    }
    case "shop_export":
      return `read as a ${shopName(w.format)} products export`;
    case "shop_no_currency":
      return `${shopName(w.format)} exports name no currency: prices were left out; pass --currency EUR (or your code) to keep them`;
    case "seller_column_used":
      return `the file has a seller column (${w.column}): it is used, not --seller`;
    case "unknown_columns":
      return `unknown ${plural(w.columns.length, "column")} ${w.columns.join(", ")}: kept in attributes`;
    case "unknown_key":
      return `unknown key "${w.key}": kept in attributes`;
    case "columns_renamed":
      return `columns read as: ${w.columns.map((c) => `${c.from} → ${c.to}`).join(", ")}`;
    case "latin1":
      return "the file is not UTF-8: read as Latin-1 (Windows-1252); save as UTF-8 to be sure accents are right";
    case "invalid_utf8_rows":
      return "the file is UTF-8 but some rows hold bytes that are not: those rows are reported, the rest is read as UTF-8";
  }
}
