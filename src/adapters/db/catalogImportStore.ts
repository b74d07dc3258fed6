// CatalogImportStore on Prisma: one row per self-service upload, the last one read back for
// /catalog status. Problems are stored capped (MAX_STORED_PROBLEMS) with their full count.
import { z } from "zod";
import { Prisma } from "../../generated/prisma/client.js";
import type { CatalogImportStore } from "../../ports/sellerCatalog.js";
import { MAX_STORED_PROBLEMS, MAX_STORED_WARNINGS, type UploadProblem } from "../../core/catalog/sellerUpload.js";
import type { RowIssue } from "../../core/catalog/rowIssues.js";
import type { FileIssue } from "../../core/catalog/fileIssues.js";
import type { FileWarning } from "../../core/catalog/fileWarnings.js";
import type { Database } from "./database.js";

// The stored JSON is read back through a schema: a row written by an older version cannot break /catalog.
// Issues are kept as written ({code, …params}); a code this version does not know is worded by
// the channel's fallback. Older rows hold an English sentence (and otherSeller for a foreign row).
const issueSchema = z.looseObject({ code: z.string() });
const problemSchema = z.union([
  z.object({ line: z.number(), issues: z.array(issueSchema) }).transform((p): UploadProblem => ({ line: p.line, issues: p.issues as RowIssue[] })),
  z.object({ line: z.number(), reason: z.string(), otherSeller: z.string().optional() }).transform(
    (p): UploadProblem => ({ line: p.line, issues: [p.otherSeller !== undefined ? { code: "other_seller", named: p.otherSeller, seller: "" } : { code: "text", text: p.reason }] }),
  ),
]);
const problemsSchema = z.array(problemSchema).catch([]);
const fileIssueSchema = issueSchema.nullable().catch(null);
// Rows stored before warnings were kept have the column's default, [].
const fileWarningsSchema = z.array(issueSchema).catch([]);
const rowsJson = (rows: UploadProblem[], max: number) => rows.slice(0, max).map((x) => ({ line: x.line, issues: x.issues.map((i) => ({ ...i })) }));

export function createCatalogImportStore(db: Database): CatalogImportStore {
  const p = db.prisma;
  return {
    async seller(sellerId) {
      const s = await p.seller.findUnique({ where: { id: sellerId }, select: { id: true, name: true, country: true } });
      return s ? { ...s, country: s.country?.trim() || null } : null;
    },
    async save(sellerId, by, r) {
      await p.catalogImport.create({
        data: {
          sellerId, platform: by.platform, userId: by.userId, fileName: r.fileName, sheet: r.sheet, read: r.read, created: r.created, updated: r.updated,
          unchanged: r.unchanged, rejected: r.rejected, problems: rowsJson(r.problems, MAX_STORED_PROBLEMS),
          problemsTotal: r.problemsTotal, fileWarnings: r.fileWarnings.map((w) => ({ ...w })), warnings: rowsJson(r.warnings, MAX_STORED_WARNINGS), warningsTotal: r.warningsTotal, error: r.error, errorIssue: r.errorIssue ? { ...r.errorIssue } : Prisma.DbNull, partial: r.partial, createdAt: r.createdAt,
        },
      });
    },
    async last(sellerId) {
      const r = await p.catalogImport.findFirst({ where: { sellerId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
      if (!r) return null;
      return {
        fileName: r.fileName, sheet: r.sheet, read: r.read, created: r.created, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected,
        problems: problemsSchema.parse(r.problems), problemsTotal: r.problemsTotal,
        fileWarnings: fileWarningsSchema.parse(r.fileWarnings) as FileWarning[], warnings: problemsSchema.parse(r.warnings), warningsTotal: r.warningsTotal, error: r.error,
        errorIssue: fileIssueSchema.parse(r.errorIssue) as FileIssue | null, partial: r.partial, createdAt: r.createdAt,
      };
    },
    productCount: (sellerId) => p.product.count({ where: { sellerId } }),
  };
}
