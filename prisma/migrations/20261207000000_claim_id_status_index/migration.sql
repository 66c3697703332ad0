-- A claim's status from its id without reading its row: a search maps each full-text match to
-- its claim and keeps the active ones, one index lookup each instead of an index and a row.

-- CreateIndex
CREATE INDEX "Claim_id_status_idx" ON "Claim"("id", "status");
