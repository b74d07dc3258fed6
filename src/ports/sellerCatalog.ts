// A seller's self-service catalog, for the channels (Discord's /catalog, the playground desk): upload
// a file into the seller's own catalog and read back the counts and the last import's report. The
// channel passes the seller id from the caller's link; the file never chooses the seller.
import type { Platform } from "../core/deals/types.js";
import type { UploadProblem } from "../core/catalog/sellerUpload.js";
import type { UploadRefusal } from "../core/catalog/uploadCheck.js";
import type { FileIssue } from "../core/catalog/fileIssues.js";
import type { FileWarning } from "../core/catalog/fileWarnings.js";

export interface CatalogImportReport {
  fileName: string;
  /** The sheet read, for spreadsheets: problems are shown as FILE:SHEET:ROW. */
  sheet: string | null;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** The first problems (at most MAX_STORED_PROBLEMS), by line. */
  problems: UploadProblem[];
  /** Every problem, including those not kept. */
  problemsTotal: number;
  /** Notes about the whole file (unknown columns kept in attributes, skipped title rows…): it was imported. */
  fileWarnings: FileWarning[];
  /** Imported rows with something to fix (guessed or dropped values), the first MAX_STORED_WARNINGS, by line. */
  warnings: UploadProblem[];
  /** Every row with a warning, including those not kept. */
  warningsTotal: number;
  /** A problem with the whole file (unreadable, missing required columns), in the CLI's English: nothing was imported… */
  error: string | null;
  /** …the same problem as data, to word it in the seller's language (null for reports stored before it was kept). */
  errorIssue: FileIssue | null;
  /** …unless it broke off midway: the rows before it may have been imported. */
  partial: boolean;
  createdAt: Date;
}

export type UploadOutcome =
  | { kind: "imported"; report: CatalogImportReport }
  /** The file was refused before reading (type, content, size): nothing stored. */
  | ({ kind: "refused" } & UploadRefusal)
  | { kind: "unknown_seller" };

export interface SellerCatalogStatus {
  products: number;
  last: CatalogImportReport | null;
}

export interface SellerCatalog {
  /** Checks, imports and records one uploaded file for `sellerId` (who uploaded it: platform + userId). */
  upload(input: { sellerId: string; platform: Platform; userId: string; fileName: string; bytes: Uint8Array }): Promise<UploadOutcome>;
  /** The seller's product count and last import's report. */
  status(sellerId: string): Promise<SellerCatalogStatus>;
}

/** Where imports are kept (Prisma's CatalogImport), and the seller facts an import needs. */
export interface CatalogImportStore {
  seller(sellerId: string): Promise<{ id: string; name: string; country: string | null } | null>;
  save(sellerId: string, by: { platform: Platform; userId: string }, report: CatalogImportReport): Promise<void>;
  last(sellerId: string): Promise<CatalogImportReport | null>;
  productCount(sellerId: string): Promise<number>;
}
