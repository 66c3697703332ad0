-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publisher" TEXT,
    "language" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" TIMESTAMP(3),
    "dateNote" TEXT NOT NULL,
    "retrievedAt" TIMESTAMP(3) NOT NULL,
    "text" TEXT NOT NULL,
    "textSha256" TEXT NOT NULL,
    "textNote" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceNote" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,

    CONSTRAINT "SourceNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "alpha3" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameSource" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Leader" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameSource" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "countryCode" TEXT,
    "affiliation" TEXT,
    "inOffice" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Leader_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "claimantName" TEXT NOT NULL,
    "claimantType" TEXT NOT NULL,
    "claimantLeaderId" TEXT,
    "statement" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "sourceId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "verification" TEXT NOT NULL,
    "verificationNote" TEXT NOT NULL,
    "verificationQuote" TEXT,
    "verificationStart" INTEGER,
    "verificationEnd" INTEGER,
    "claimedAt" TEXT,
    "dateNote" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "retractionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TradeFigure" (
    "id" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "partnerCode" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "periodLabel" TEXT NOT NULL,
    "statedByName" TEXT NOT NULL,
    "statedByType" TEXT NOT NULL,
    "statedByLeaderId" TEXT,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "sourceId" TEXT NOT NULL,
    "caveat" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "retractionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TradeFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatasetState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "reason" TEXT,
    "changes" TEXT NOT NULL,
    "datasetVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "actor" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("actor","key")
);

-- CreateIndex
CREATE INDEX "SourceNote_sourceId_idx" ON "SourceNote"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Country_alpha3_key" ON "Country"("alpha3");

-- CreateIndex
CREATE INDEX "Leader_countryCode_idx" ON "Leader"("countryCode");

-- CreateIndex
CREATE INDEX "Claim_countryCode_id_idx" ON "Claim"("countryCode", "id");

-- CreateIndex
CREATE INDEX "Claim_topic_idx" ON "Claim"("topic");

-- CreateIndex
CREATE INDEX "Claim_verification_idx" ON "Claim"("verification");

-- CreateIndex
CREATE INDEX "Claim_claimantType_idx" ON "Claim"("claimantType");

-- CreateIndex
CREATE INDEX "Claim_claimantLeaderId_idx" ON "Claim"("claimantLeaderId");

-- CreateIndex
CREATE INDEX "Claim_sourceId_idx" ON "Claim"("sourceId");

-- CreateIndex
CREATE INDEX "Claim_status_idx" ON "Claim"("status");

-- CreateIndex
CREATE INDEX "TradeFigure_reporterCode_id_idx" ON "TradeFigure"("reporterCode", "id");

-- CreateIndex
CREATE INDEX "TradeFigure_partnerCode_idx" ON "TradeFigure"("partnerCode");

-- CreateIndex
CREATE INDEX "TradeFigure_indicator_idx" ON "TradeFigure"("indicator");

-- CreateIndex
CREATE INDEX "TradeFigure_unit_idx" ON "TradeFigure"("unit");

-- CreateIndex
CREATE INDEX "TradeFigure_statedByLeaderId_idx" ON "TradeFigure"("statedByLeaderId");

-- CreateIndex
CREATE INDEX "TradeFigure_sourceId_idx" ON "TradeFigure"("sourceId");

-- CreateIndex
CREATE INDEX "TradeFigure_status_idx" ON "TradeFigure"("status");

-- CreateIndex
CREATE INDEX "Revision_resourceType_resourceId_version_idx" ON "Revision"("resourceType", "resourceId", "version");

-- AddForeignKey
ALTER TABLE "SourceNote" ADD CONSTRAINT "SourceNote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Leader" ADD CONSTRAINT "Leader_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Leader" ADD CONSTRAINT "Leader_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimantLeaderId_fkey" FOREIGN KEY ("claimantLeaderId") REFERENCES "Leader"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_reporterCode_fkey" FOREIGN KEY ("reporterCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_statedByLeaderId_fkey" FOREIGN KEY ("statedByLeaderId") REFERENCES "Leader"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


