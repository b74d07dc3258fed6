-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- CreateIndex
CREATE INDEX "OutboxMessage_threadKey_seq_idx" ON "OutboxMessage"("threadKey", "seq");
