-- AlterTable
ALTER TABLE "CatalogImport" ADD COLUMN     "errorIssue" JSONB;
