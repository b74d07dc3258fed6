-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "turns" JSONB NOT NULL DEFAULT '[]';
