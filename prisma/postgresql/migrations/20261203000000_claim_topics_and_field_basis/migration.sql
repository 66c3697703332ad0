-- Every topic a claim's sentence holds (Claim.topic stays as the primary one, for sorting), and
-- a basis for each field of a country and of a person ("{}" on existing rows: not_recorded).

-- AlterTable
ALTER TABLE "Country" ADD COLUMN     "basis" TEXT NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Leader" ADD COLUMN     "basis" TEXT NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "ClaimTopic" (
    "claimId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ClaimTopic_pkey" PRIMARY KEY ("claimId","topic")
);

-- CreateIndex
CREATE INDEX "ClaimTopic_topic_claimId_idx" ON "ClaimTopic"("topic", "claimId");

-- AddForeignKey
ALTER TABLE "ClaimTopic" ADD CONSTRAINT "ClaimTopic_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Claims stored before this migration have one topic: their primary one.
INSERT INTO "ClaimTopic" ("claimId", "topic", "position") SELECT "id", "topic", 0 FROM "Claim";
