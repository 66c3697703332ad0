-- The PostgreSQL counterpart of prisma/migrations/20261206000000_search_name_spellings: a
-- claim's search names also hold its country's and its claimant's names as the source spells
-- them ("nameSource"), only what the data records.

CREATE OR REPLACE VIEW "claim_search_names" AS
SELECT c."id" AS "claim_id",
       COALESCE(n."names", '') || ' | ' || COALESCE(co."name", '') || ' | ' || COALESCE(co."nameSource", '')
           || ' | ' || COALESCE(l."name", '') || ' | ' || COALESCE(l."nameSource", '') AS "names"
FROM "Claim" c
LEFT JOIN "search_country_name" n ON n."code" = c."countryCode"
LEFT JOIN "Country" co ON co."code" = c."countryCode"
LEFT JOIN "Leader" l ON l."id" = c."claimantLeaderId";

-- A change of either name of a country or person reaches every claim about or by them.
CREATE OR REPLACE FUNCTION "claim_fts_names_sync"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD."name" IS NOT DISTINCT FROM NEW."name" AND OLD."nameSource" IS NOT DISTINCT FROM NEW."nameSource" THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'Country' THEN
        UPDATE "claim_fts" f SET "search" = "claim_fts_vector"(f."claim_id")
        FROM "Claim" c WHERE c."id" = f."claim_id" AND c."countryCode" = NEW."code";
    ELSE
        UPDATE "claim_fts" f SET "search" = "claim_fts_vector"(f."claim_id")
        FROM "Claim" c WHERE c."id" = f."claim_id" AND c."claimantLeaderId" = NEW."id";
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER "claim_fts_after_country_name_update" ON "Country";
CREATE TRIGGER "claim_fts_after_country_name_update" AFTER UPDATE OF "name", "nameSource" ON "Country"
    FOR EACH ROW EXECUTE FUNCTION "claim_fts_names_sync"();
DROP TRIGGER "claim_fts_after_leader_name_update" ON "Leader";
CREATE TRIGGER "claim_fts_after_leader_name_update" AFTER UPDATE OF "name", "nameSource" ON "Leader"
    FOR EACH ROW EXECUTE FUNCTION "claim_fts_names_sync"();

UPDATE "claim_fts" SET "search" = "claim_fts_vector"("claim_id");
