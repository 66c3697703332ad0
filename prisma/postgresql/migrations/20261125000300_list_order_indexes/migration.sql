-- DropIndex
DROP INDEX "Claim_status_idx";

-- DropIndex
DROP INDEX "TradeFigure_status_idx";

-- CreateIndex
CREATE INDEX "Claim_status_countryCode_id_idx" ON "Claim"("status", "countryCode", "id");

-- CreateIndex
CREATE INDEX "TradeFigure_status_reporterCode_id_idx" ON "TradeFigure"("status", "reporterCode", "id");

