-- AlterTable
ALTER TABLE "SellerMember" ADD COLUMN     "language" TEXT,
ADD COLUMN     "languageChosen" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "languageSeenAt" TIMESTAMP(3);
