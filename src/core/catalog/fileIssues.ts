// What is wrong with a whole catalog file (nothing, or nothing more, can be read from it), as data:
// a code and its parameters, like row issues (rowIssues.ts). The admin CLI words them in English
// with its own remedies (`--map`, `--seller`); the seller channels word them in the seller's
// language with what a seller can do from a chat: rename a header in their sheet, save it again.

export type FileIssue =
  | { code: "file_not_found" }
  | { code: "not_a_file" }
  | { code: "empty_file" }
  /** .ods, .xls, .numbers: read by name, never parsed. */
  | { code: "format_not_read" }
  | { code: "too_many_columns"; columns: number; max: number }
  /** `first`: the first non-blank row's cells, joined (what the reader saw instead of a header). */
  | { code: "no_header"; rows: number; first: string }
  | { code: "woo_needs_seller" }
  /** Two headers mean the same catalog column. */
  | { code: "duplicate_column"; first: string; second: string; column: string }
  /** `columns`: the required catalog columns not found; `header`: the header row's cells, folded. */
  | { code: "missing_columns"; columns: string[]; header: string[]; needsSeller: boolean }
  | { code: "header_too_long"; chars: number; max: number }
  /** `detail`: the parser's own (English) message. */
  | { code: "header_unreadable"; detail: string }
  | { code: "xlsx_unreadable"; detail: string }
  | { code: "no_sheet_named"; sheet: string; sheets: string[] }
  | { code: "no_sheet" }
  | { code: "json_not_array" }
  | { code: "json_text_after_array"; line: number }
  | { code: "json_not_closed" };

export type FileIssueCode = FileIssue["code"];
