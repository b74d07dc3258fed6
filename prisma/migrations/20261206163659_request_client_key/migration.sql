-- AlterTable
ALTER TABLE "SourcingRequest" ADD COLUMN     "clientKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "SourcingRequest_buyerId_clientKey_key" ON "SourcingRequest"("buyerId", "clientKey");
