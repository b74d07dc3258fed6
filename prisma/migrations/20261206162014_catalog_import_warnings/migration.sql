-- AlterTable
ALTER TABLE "CatalogImport" ADD COLUMN     "fileWarnings" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "warnings" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "warningsTotal" INTEGER NOT NULL DEFAULT 0;
