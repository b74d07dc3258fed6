// A catalog import's report in the seller's language, as lines every channel lays out its own way
// (Discord clips them to one message, the playground lists them). `esc` makes user text safe for
// the channel's markup (Discord markdown; identity for the playground, which renders text nodes).
// Row reasons and the file's problem are stored as codes and worded here in the seller's language
// (catalogIssues.ts), not as the English sentences `npm run seed` prints. Warnings (rows that landed
// with something to fix, notes about the whole file) follow the rejected rows, worded the same way.
import type { CatalogImportReport } from "../ports/sellerCatalog.js";
import { MAX_UPLOAD_BYTES, type UploadRefusal } from "../core/catalog/uploadCheck.js";
import type { RowIssue } from "../core/catalog/rowIssues.js";
import { t } from "./index.js";
import { fileIssueMessage, fileWarningMessage, rowIssueMessage } from "./catalogIssues.js";

export interface CatalogReportText {
  /** Title, counts (or the file's problem). */
  head: string[];
  /** The heading of the rejected rows, when there are any. */
  rejectedTitle: string | null;
  /** One line per rejected row kept: `FILE:LINE — reason` (FILE:SHEET:ROW for spreadsheets). */
  problems: string[];
  /** Rejected rows not kept with the report (beyond the stored cap). */
  notKept: number;
  /** The heading of the warnings, when there are any. */
  warningsTitle: string | null;
  /** The file's notes (`FILE — note`), then one line per imported row with warnings (`FILE:LINE — note; note`). */
  warnings: string[];
  /** Rows with warnings not kept with the report. */
  warningsNotKept: number;
}

export const uploadLimitMb = (): number => MAX_UPLOAD_BYTES / (1024 * 1024);
export const megabytes = (bytes: number): string => (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toString();
const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function catalogReportText(lang: string, r: CatalogImportReport, seller: string, esc: (s: string) => string = (s) => s): CatalogReportText {
  const head = [t(lang, "catalog-report-title", { file: esc(r.fileName), date: when(r.createdAt) })];
  if (r.error) {
    // A report stored before file problems were kept as data has only the English sentence.
    const reason = r.errorIssue ? fileIssueMessage(lang, r.errorIssue, esc) : esc(r.error);
    const line = r.partial ? t(lang, "catalog-report-file-broke-off", { reason }) : t(lang, "catalog-report-file-error", { reason });
    return { head: [...head, line], rejectedTitle: null, problems: [], notKept: 0, warningsTitle: null, warnings: [], warningsNotKept: 0 };
  }
  head.push(r.read === 0
    ? t(lang, "catalog-report-empty")
    : t(lang, "catalog-report-counts", { read: r.read, created: r.created, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected }));
  const where = (line: number) => esc([r.fileName, ...(r.sheet ? [r.sheet] : []), String(line)].join(":"));
  const rowLine = (p: { line: number; issues: RowIssue[] }) => `${where(p.line)} — ${p.issues.map((i) => rowIssueMessage(lang, i, seller, esc)).join("; ")}`;
  const problems = r.problems.map(rowLine);
  const warnings = [...r.fileWarnings.map((w) => `${esc(r.fileName)} — ${fileWarningMessage(lang, w, esc)}`), ...r.warnings.map(rowLine)];
  return {
    head, rejectedTitle: problems.length ? t(lang, "catalog-report-rejected") : null, problems, notKept: Math.max(0, r.problemsTotal - r.problems.length),
    warningsTitle: warnings.length ? t(lang, "catalog-report-warnings") : null, warnings, warningsNotKept: Math.max(0, r.warningsTotal - r.warnings.length),
  };
}

/** Why a file was refused before reading, and what to send instead. */
export function uploadRefusalText(lang: string, r: UploadRefusal, fileName: string, esc: (s: string) => string = (s) => s): string {
  switch (r.reason) {
    case "too_big":
      return t(lang, "catalog-upload-too-big", { size: megabytes(r.bytes), limit: uploadLimitMb() });
    case "type":
      return t(lang, "catalog-upload-wrong-type", { file: esc(fileName) });
    case "content":
      return t(lang, "catalog-upload-wrong-content", { file: esc(fileName), type: `.${r.extension}` });
    case "empty":
      return t(lang, "catalog-upload-empty");
  }
}
