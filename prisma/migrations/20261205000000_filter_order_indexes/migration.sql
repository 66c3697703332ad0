-- A filter on verification, claimant type, claimant or source, then the default order (status,
-- country, id): one index each, so a page is a seek in order and a total counts an index range.
-- Each replaces the single-column index its first column had (its foreign key lookups included).

-- DropIndex
DROP INDEX "Claim_verification_idx";

-- DropIndex
DROP INDEX "Claim_claimantType_idx";

-- DropIndex
DROP INDEX "Claim_claimantLeaderId_idx";

-- DropIndex
DROP INDEX "Claim_sourceId_idx";

-- CreateIndex
CREATE INDEX "Claim_verification_status_countryCode_id_idx" ON "Claim"("verification", "status", "countryCode", "id");

-- CreateIndex
CREATE INDEX "Claim_claimantType_status_countryCode_id_idx" ON "Claim"("claimantType", "status", "countryCode", "id");

-- CreateIndex
CREATE INDEX "Claim_claimantLeaderId_status_countryCode_id_idx" ON "Claim"("claimantLeaderId", "status", "countryCode", "id");

-- CreateIndex
CREATE INDEX "Claim_sourceId_status_countryCode_id_idx" ON "Claim"("sourceId", "status", "countryCode", "id");

