-- AlterTable
ALTER TABLE "SourcingRequest" ADD COLUMN     "watchCheckedAt" TIMESTAMP(3),
ADD COLUMN     "watchUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "SourcingRequest_watchUntil_idx" ON "SourcingRequest"("watchUntil");
