-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "log" JSONB NOT NULL DEFAULT '[]';
