// What is wrong with one catalog row (a reason it is rejected) or worth saying about it (a warning),
// as data: a code and its parameters. The core and the file readers only produce these; each
// audience words them — the admin CLI in English (adapters/catalog/issueText.ts), the seller
// channels in the seller's language (locales/catalogIssues.ts) — and a stored report keeps them as
// data, so `/catalog status` can word them later in whatever language the seller reads.
// `column` is always the file's own column name (or the catalog column it was read as): an
// identifier, shown as is in every language.

export type RowIssue =
  // ---- reasons (the row is rejected) ----
  | { code: "required_empty"; column: string }
  | { code: "too_long"; column: string; max: number }
  | { code: "not_a_number"; column: string }
  | { code: "negative"; column: string }
  | { code: "too_large"; column: string; max: number }
  | { code: "not_whole"; column: string }
  | { code: "moq_zero" }
  | { code: "price_min_above_max"; min: number; max: number }
  | { code: "unknown_unit"; value: string }
  | { code: "bad_currency"; value: string }
  | { code: "price_without_currency" }
  | { code: "bad_country"; column: string; value: string }
  | { code: "bad_ships_to"; value: string }
  | { code: "duplicate_sku"; sku: string; seller: string; firstLine: number }
  /** A seller's own upload: the row names another seller (sellerUpload.ts). */
  | { code: "other_seller"; named: string; seller: string }
  // ---- reasons found by the file readers, before validation ----
  | { code: "field_count"; fields: number; expected: number }
  | { code: "invalid_utf8"; column: string }
  | { code: "item_too_long"; chars: number; max: number }
  | { code: "item_not_json" }
  | { code: "item_not_object" }
  | { code: "item_too_many_keys"; keys: number; max: number }
  | { code: "row_too_long"; max: number }
  /** `detail` is the CSV parser's own (English) message: where and what it choked on. */
  | { code: "csv_syntax"; detail: string }
  | { code: "shopify_no_handle" }
  | { code: "shopify_orphan_handle"; handle: string }
  | { code: "woo_orphan_variation"; parent: string }
  // ---- warnings (the row is imported) ----
  | { code: "control_chars_removed"; column: string; count: number }
  | { code: "description_truncated"; from: number; to: number }
  | { code: "attributes_not_json" }
  | { code: "extra_columns_dropped"; count: number; max: number }
  | { code: "moq_without_unit" }
  | { code: "formula_text"; column: string }
  /** The title or description names a certificate the certifications column lacks (statedCertifications.ts). */
  | { code: "certification_only_in_text"; certification: string }
  /** A reason stored by an older version as a sentence: shown as it was written. */
  | { code: "text"; text: string };

export type RowIssueCode = RowIssue["code"];
