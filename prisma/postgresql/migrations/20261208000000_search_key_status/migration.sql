-- The PostgreSQL counterpart of prisma/migrations/20261208000000_search_key_status: each claim's
-- full-text row also holds the claim's status and country, kept by the sync trigger, so a search's
-- total under those filters is read from "claim_fts" alone, without looking each match up in "Claim".

ALTER TABLE "claim_fts" ADD COLUMN "status" TEXT NOT NULL DEFAULT '';
ALTER TABLE "claim_fts" ADD COLUMN "country_code" TEXT NOT NULL DEFAULT '';

UPDATE "claim_fts" f SET "status" = c."status", "country_code" = c."countryCode"
FROM "Claim" c WHERE c."id" = f."claim_id";

CREATE OR REPLACE FUNCTION "claim_fts_sync"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "claim_fts" WHERE "claim_id" = OLD."id";
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD."id" <> NEW."id" THEN
        DELETE FROM "claim_fts" WHERE "claim_id" = OLD."id";
    END IF;
    -- A change of status or country alone leaves the vector as it is.
    IF TG_OP = 'UPDATE' AND OLD."id" = NEW."id"
        AND OLD."statement" IS NOT DISTINCT FROM NEW."statement" AND OLD."quote" IS NOT DISTINCT FROM NEW."quote"
        AND OLD."claimantName" IS NOT DISTINCT FROM NEW."claimantName"
        AND OLD."countryCode" IS NOT DISTINCT FROM NEW."countryCode"
        AND OLD."claimantLeaderId" IS NOT DISTINCT FROM NEW."claimantLeaderId" THEN
        UPDATE "claim_fts" SET "status" = NEW."status" WHERE "claim_id" = NEW."id";
        RETURN NULL;
    END IF;
    INSERT INTO "claim_fts" ("claim_id", "search", "status", "country_code")
    VALUES (NEW."id", "claim_fts_vector"(NEW."id"), NEW."status", NEW."countryCode")
    ON CONFLICT ("claim_id") DO UPDATE
        SET "search" = EXCLUDED."search", "status" = EXCLUDED."status", "country_code" = EXCLUDED."country_code";
    RETURN NULL;
END
$$;

DROP TRIGGER "claim_fts_after_update" ON "Claim";
CREATE TRIGGER "claim_fts_after_update"
    AFTER UPDATE OF "id", "statement", "quote", "claimantName", "countryCode", "claimantLeaderId", "status" ON "Claim"
    FOR EACH ROW EXECUTE FUNCTION "claim_fts_sync"();
