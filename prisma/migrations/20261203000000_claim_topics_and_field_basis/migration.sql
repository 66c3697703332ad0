-- Every topic a claim's sentence holds (Claim.topic stays as the primary one, for sorting), and
-- a basis for each field of a country and of a person. Written by hand from the schema diff:
-- ADD COLUMN instead of Prisma's table rebuild keeps the tables' other objects untouched.

-- CreateTable
CREATE TABLE "ClaimTopic" (
    "claimId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("claimId", "topic"),
    CONSTRAINT "ClaimTopic_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClaimTopic_topic_claimId_idx" ON "ClaimTopic"("topic", "claimId");

-- Claims stored before this migration have one topic: their primary one.
INSERT INTO "ClaimTopic" ("claimId", "topic", "position") SELECT "id", "topic", 0 FROM "Claim";

-- Rows stored before this migration have no basis yet: "{}", served as not_recorded.
ALTER TABLE "Country" ADD COLUMN "basis" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "Leader" ADD COLUMN "basis" TEXT NOT NULL DEFAULT '{}';
