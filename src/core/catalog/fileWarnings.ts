// Notes about a whole catalog file that was read (the rows landed, but something is worth fixing or
// knowing), as data: a code and its parameters, like row and file issues (rowIssues.ts,
// fileIssues.ts). The file readers only produce these; the admin CLI words them in English with its
// own remedies (`--seller`, `--currency`: adapters/catalog/issueText.ts), the seller channels in the
// seller's language (locales/catalogIssues.ts), and an upload's stored report keeps them as data.

export type FileWarning =
  /** Title or notes rows above the header, skipped; `lines` are their line numbers. */
  | { code: "skipped_above_header"; lines: number[] }
  | { code: "shop_export"; format: "shopify" | "woocommerce" }
  /** A shop export names no currency and none was given: prices were left out. */
  | { code: "shop_no_currency"; format: "shopify" | "woocommerce" }
  /** The file has a seller column although the seller was given (`--seller`, a seller's own upload). */
  | { code: "seller_column_used"; column: string }
  /** Columns Caravan does not know, kept in the product's attributes (as their attribute keys). */
  | { code: "unknown_columns"; columns: string[] }
  /** A JSON key Caravan does not know, kept in attributes (one warning per key). */
  | { code: "unknown_key"; key: string }
  /** Headers read as a catalog column under another name (synonyms, `--map`). */
  | { code: "columns_renamed"; columns: { from: string; to: string }[] }
  | { code: "latin1" }
  /** UTF-8 with stray bytes: those rows are refused one by one. */
  | { code: "invalid_utf8_rows" };

export type FileWarningCode = FileWarning["code"];
