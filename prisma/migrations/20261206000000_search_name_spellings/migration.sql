-- A claim's search names also hold its country's and its claimant's names as the source spells
-- them ("nameSource": « Alexandre Loukachenko » for the recorded « Alexander Lukashenko »), so a
-- reader of the French article finds a claim by the spelling the article uses. Only recorded
-- spellings: nothing is added that the data does not hold.

DROP VIEW "claim_search_names";
CREATE VIEW "claim_search_names" AS
SELECT c."id" AS "claim_id",
       COALESCE(n."names", '') || ' | ' || COALESCE(co."name", '') || ' | ' || COALESCE(co."nameSource", '')
           || ' | ' || COALESCE(l."name", '') || ' | ' || COALESCE(l."nameSource", '') AS "names"
FROM "Claim" c
LEFT JOIN "search_country_name" n ON n."code" = c."countryCode"
LEFT JOIN "Country" co ON co."code" = c."countryCode"
LEFT JOIN "Leader" l ON l."id" = c."claimantLeaderId";

-- A change of either name of a country or person reaches every claim about or by them.
DROP TRIGGER "claim_fts_after_country_name_update";
CREATE TRIGGER "claim_fts_after_country_name_update" AFTER UPDATE OF "name", "nameSource" ON "Country"
WHEN OLD."name" IS NOT NEW."name" OR OLD."nameSource" IS NOT NEW."nameSource" BEGIN
    UPDATE "claim_fts" SET "names" = (
        SELECT s."names" FROM "claim_fts_key" k JOIN "claim_search_names" s ON s."claim_id" = k."claim_id"
        WHERE k."key" = "claim_fts"."rowid"
    )
    WHERE "rowid" IN (SELECT k."key" FROM "claim_fts_key" k JOIN "Claim" c ON c."id" = k."claim_id" WHERE c."countryCode" = NEW."code");
END;

DROP TRIGGER "claim_fts_after_leader_name_update";
CREATE TRIGGER "claim_fts_after_leader_name_update" AFTER UPDATE OF "name", "nameSource" ON "Leader"
WHEN OLD."name" IS NOT NEW."name" OR OLD."nameSource" IS NOT NEW."nameSource" BEGIN
    UPDATE "claim_fts" SET "names" = (
        SELECT s."names" FROM "claim_fts_key" k JOIN "claim_search_names" s ON s."claim_id" = k."claim_id"
        WHERE k."key" = "claim_fts"."rowid"
    )
    WHERE "rowid" IN (SELECT k."key" FROM "claim_fts_key" k JOIN "Claim" c ON c."id" = k."claim_id" WHERE c."claimantLeaderId" = NEW."id");
END;

UPDATE "claim_fts" SET "names" = (
    SELECT s."names" FROM "claim_fts_key" k JOIN "claim_search_names" s ON s."claim_id" = k."claim_id"
    WHERE k."key" = "claim_fts"."rowid"
);
