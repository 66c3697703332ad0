-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publisher" TEXT,
    "language" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" DATETIME,
    "dateNote" TEXT NOT NULL,
    "retrievedAt" DATETIME NOT NULL,
    "text" TEXT NOT NULL,
    "textSha256" TEXT NOT NULL,
    "textNote" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SourceNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    CONSTRAINT "SourceNote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "alpha3" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameSource" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Leader" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Leader_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Leader_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_claimantLeaderId_fkey" FOREIGN KEY ("claimantLeaderId") REFERENCES "Leader" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TradeFigure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reporterCode" TEXT NOT NULL,
    "partnerCode" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "value" REAL NOT NULL,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TradeFigure_reporterCode_fkey" FOREIGN KEY ("reporterCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TradeFigure_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TradeFigure_statedByLeaderId_fkey" FOREIGN KEY ("statedByLeaderId") REFERENCES "Leader" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "TradeFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DatasetState" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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

