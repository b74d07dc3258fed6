-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('telegram', 'discord', 'playground');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('draft', 'ready', 'matched', 'introduced', 'closed', 'cancelled');

-- CreateEnum
CREATE TYPE "IntroductionStatus" AS ENUM ('proposed', 'delivered', 'viewed', 'quoted', 'accepted', 'declined_by_buyer', 'declined_by_seller', 'expired');

-- CreateEnum
CREATE TYPE "QuoteStatus" AS ENUM ('active', 'superseded', 'accepted', 'declined', 'expired');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('buyer', 'seller', 'system');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'delivered', 'dead');

-- CreateTable
CREATE TABLE "Buyer" (
    "id" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "externalId" TEXT NOT NULL,
    "username" TEXT,
    "name" TEXT,
    "company" TEXT,
    "companyType" TEXT,
    "country" CHAR(2),
    "language" TEXT NOT NULL DEFAULT 'en',
    "contact" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "flaggedNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Buyer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Seller" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" CHAR(2),
    "description" TEXT,
    "certifications" TEXT[],
    "exportMarkets" TEXT[],
    "contact" TEXT,
    "claimCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Seller_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SellerMember" (
    "id" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "externalId" TEXT NOT NULL,
    "displayName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SellerMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "moq" DECIMAL(18,4),
    "unit" TEXT,
    "priceMin" DECIMAL(18,4),
    "priceMax" DECIMAL(18,4),
    "currency" CHAR(3),
    "leadTimeDays" INTEGER,
    "certifications" TEXT[],
    "originCountry" CHAR(2),
    "shipsTo" TEXT[],
    "contentHash" TEXT NOT NULL,
    "embeddedHash" TEXT,
    "embeddingModel" TEXT,
    "embeddingDims" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VectorEntry" (
    "namespace" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "values" BYTEA NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VectorEntry_pkey" PRIMARY KEY ("namespace","id")
);

-- CreateTable
CREATE TABLE "SourcingRequest" (
    "id" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "product" TEXT,
    "quantityValue" DECIMAL(18,4),
    "quantityUnit" TEXT,
    "targetPriceAmount" DECIMAL(18,4),
    "targetPriceCurrency" CHAR(3),
    "targetPricePer" TEXT,
    "incoterm" TEXT,
    "destinationCountry" CHAR(2),
    "destinationPlace" TEXT,
    "deadline" DATE,
    "certifications" TEXT[],
    "certificationsRequired" BOOLEAN NOT NULL DEFAULT false,
    "language" TEXT NOT NULL DEFAULT 'en',
    "missing" TEXT[],
    "splitOrder" BOOLEAN NOT NULL DEFAULT false,
    "status" "RequestStatus" NOT NULL DEFAULT 'draft',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourcingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Match" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "productId" TEXT,
    "sellerId" TEXT NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "rank" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,
    "sku" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Match_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Introduction" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "matchId" TEXT,
    "status" "IntroductionStatus" NOT NULL DEFAULT 'proposed',
    "declineReason" TEXT,
    "declineNote" TEXT,
    "discordThreadId" TEXT,
    "discordCardId" TEXT,
    "buyerSharesContact" BOOLEAN NOT NULL DEFAULT false,
    "sellerSharesContact" BOOLEAN NOT NULL DEFAULT false,
    "contactsSharedAt" TIMESTAMP(3),
    "spamReportedAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "viewedAt" TIMESTAMP(3),
    "firstQuoteAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Introduction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "introductionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "unitPrice" DECIMAL(18,4) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "unit" TEXT NOT NULL,
    "moq" DECIMAL(18,4),
    "moqUnit" TEXT,
    "leadTimeDays" INTEGER,
    "incoterm" TEXT,
    "incotermPlace" TEXT,
    "validUntil" DATE,
    "samplesAvailable" BOOLEAN,
    "sampleCost" DECIMAL(18,4),
    "paymentTerms" TEXT,
    "notes" TEXT,
    "status" "QuoteStatus" NOT NULL DEFAULT 'active',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThreadMessage" (
    "id" TEXT NOT NULL,
    "introductionId" TEXT NOT NULL,
    "authorSide" "Side" NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'text',
    "text" TEXT NOT NULL,
    "telegramMessageId" TEXT,
    "discordMessageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThreadMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "deliveryKey" TEXT NOT NULL,
    "threadKey" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "result" JSONB,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessedUpdate" (
    "id" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "updateId" TEXT NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "chatId" TEXT NOT NULL,
    "state" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Buyer_platform_externalId_key" ON "Buyer"("platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Seller_name_key" ON "Seller"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Seller_claimCode_key" ON "Seller"("claimCode");

-- CreateIndex
CREATE INDEX "SellerMember_sellerId_idx" ON "SellerMember"("sellerId");

-- CreateIndex
CREATE UNIQUE INDEX "SellerMember_platform_externalId_key" ON "SellerMember"("platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Product_sellerId_sku_key" ON "Product"("sellerId", "sku");

-- CreateIndex
CREATE INDEX "SourcingRequest_buyerId_createdAt_idx" ON "SourcingRequest"("buyerId", "createdAt");

-- CreateIndex
CREATE INDEX "SourcingRequest_status_idx" ON "SourcingRequest"("status");

-- CreateIndex
CREATE INDEX "Match_sellerId_idx" ON "Match"("sellerId");

-- CreateIndex
CREATE UNIQUE INDEX "Match_requestId_round_rank_key" ON "Match"("requestId", "round", "rank");

-- CreateIndex
CREATE INDEX "Introduction_sellerId_status_idx" ON "Introduction"("sellerId", "status");

-- CreateIndex
CREATE INDEX "Introduction_status_createdAt_idx" ON "Introduction"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Introduction_requestId_sellerId_key" ON "Introduction"("requestId", "sellerId");

-- CreateIndex
CREATE INDEX "Quote_status_validUntil_idx" ON "Quote"("status", "validUntil");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_introductionId_version_key" ON "Quote"("introductionId", "version");

-- CreateIndex
CREATE INDEX "ThreadMessage_introductionId_createdAt_idx" ON "ThreadMessage"("introductionId", "createdAt");

-- CreateIndex
CREATE INDEX "ThreadMessage_telegramMessageId_idx" ON "ThreadMessage"("telegramMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_deliveryKey_key" ON "OutboxMessage"("deliveryKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_threadKey_createdAt_idx" ON "OutboxMessage"("threadKey", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessedUpdate_platform_updateId_key" ON "ProcessedUpdate"("platform", "updateId");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_platform_chatId_key" ON "Conversation"("platform", "chatId");

-- AddForeignKey
ALTER TABLE "SellerMember" ADD CONSTRAINT "SellerMember_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourcingRequest" ADD CONSTRAINT "SourcingRequest_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "Buyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SourcingRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SourcingRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_introductionId_fkey" FOREIGN KEY ("introductionId") REFERENCES "Introduction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThreadMessage" ADD CONSTRAINT "ThreadMessage_introductionId_fkey" FOREIGN KEY ("introductionId") REFERENCES "Introduction"("id") ON DELETE CASCADE ON UPDATE CASCADE;
