-- CreateEnum
CREATE TYPE "UpdateStatus" AS ENUM ('processing', 'done');

-- AlterTable
ALTER TABLE "ProcessedUpdate" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "owner" TEXT,
ADD COLUMN     "payload" JSONB,
ADD COLUMN     "status" "UpdateStatus" NOT NULL DEFAULT 'done';

-- CreateIndex
CREATE INDEX "ProcessedUpdate_platform_status_leaseUntil_idx" ON "ProcessedUpdate"("platform", "status", "leaseUntil");
