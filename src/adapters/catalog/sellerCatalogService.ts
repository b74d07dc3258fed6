// The SellerCatalog port: an uploaded file (bytes already in memory, within MAX_UPLOAD_BYTES) is
// checked, written to a private temporary file for the same reader `npm run seed` uses, imported
// into the seller's own catalog by the core, and its report stored. The temporary file is removed
// whatever happens.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SeedDeps } from "../../core/catalog/seedCatalog.js";
import { importOwnCatalog, MAX_STORED_PROBLEMS, MAX_STORED_WARNINGS } from "../../core/catalog/sellerUpload.js";
import { checkUpload, displayFileName } from "../../core/catalog/uploadCheck.js";
import type { CatalogImportReport, CatalogImportStore, SellerCatalog } from "../../ports/sellerCatalog.js";
import type { Clock } from "../../ports/clock.js";
import { CatalogFileError, openCatalog, type CatalogReader } from "./readCatalog.js";

export interface SellerCatalogDeps {
  seed: SeedDeps;
  imports: CatalogImportStore;
  clock: Clock;
  /** After products changed: lets search see them at once rather than at its next freshness check. */
  onChanged?: () => Promise<void>;
}

export function createSellerCatalog(d: SellerCatalogDeps): SellerCatalog {
  return {
    async upload({ sellerId, platform, userId, fileName, bytes }) {
      const name = displayFileName(fileName);
      const check = checkUpload(name, bytes);
      if (!check.ok) {
        const { ok: _ok, ...refusal } = check;
        return { kind: "refused", ...refusal };
      }
      const seller = await d.imports.seller(sellerId);
      if (!seller) return { kind: "unknown_seller" };
      const dir = await mkdtemp(path.join(tmpdir(), "caravan-upload-"));
      try {
        // The reader picks the format by extension: the temporary name carries the checked one only.
        const file = path.join(dir, `upload.${check.extension}`);
        await writeFile(file, bytes, { mode: 0o600 });
        const base = { fileName: name, sheet: null, read: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, problems: [], problemsTotal: 0, fileWarnings: [], warnings: [], warningsTotal: 0, error: null, errorIssue: null, partial: false };
        let report: CatalogImportReport;
        let opened: CatalogReader | null = null;
        try {
          const reader = await openCatalog(file, { seller: seller.name, sellerCountry: seller.country ?? undefined });
          opened = reader;
          const { report: r, problems, warnings } = await importOwnCatalog(d.seed, seller, async () => reader.rows);
          report = {
            ...base, sheet: reader.sheet ?? null, read: r.read, created: r.created, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected,
            problems: problems.slice(0, MAX_STORED_PROBLEMS), problemsTotal: problems.length,
            fileWarnings: reader.warnings, warnings: warnings.slice(0, MAX_STORED_WARNINGS), warningsTotal: warnings.length, createdAt: d.clock.now(),
          };
        } catch (e) {
          if (!(e instanceof CatalogFileError)) throw e;
          // A spreadsheet that breaks off midway may already have written its first batches.
          report = { ...base, fileWarnings: opened?.warnings ?? [], error: e.message, errorIssue: e.issue, partial: opened !== null, createdAt: d.clock.now() };
        }
        if (report.created + report.updated > 0 || report.partial) await d.onChanged?.();
        await d.imports.save(seller.id, { platform, userId }, report);
        return { kind: "imported", report };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async status(sellerId) {
      const [products, last] = await Promise.all([d.imports.productCount(sellerId), d.imports.last(sellerId)]);
      return { products, last };
    },
  };
}
