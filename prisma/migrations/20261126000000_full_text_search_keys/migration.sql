-- Full-text rows keyed by an integer of their own. The first FTS5 tables carried the record id
-- in an UNINDEXED column, which FTS5 can only scan: every edit of a claim's text and every
-- delete read the whole table to find its row (25 ms per edit at 100k claims, growing with the
-- table). Each record now has a key in `<table>_key` (its INTEGER PRIMARY KEY is stable across
-- VACUUM, unlike the implicit rowid of Prisma's tables), and its FTS5 row has that key as its
-- rowid, so the triggers find it with two index lookups. Searches map matched rowids back to
-- record ids through the same table. Rows are written by these triggers only: an INSERT OR
-- REPLACE into "Claim" (which Prisma never issues) would replace the key and strand the old row.

DROP TRIGGER "claim_fts_after_insert";
DROP TRIGGER "claim_fts_after_update";
DROP TRIGGER "claim_fts_after_delete";
DROP TABLE "claim_fts";

CREATE TABLE "claim_fts_key" (
    "key" INTEGER NOT NULL PRIMARY KEY,
    "claim_id" TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE "claim_fts" USING fts5(
    "statement",
    "quote",
    "claimant",
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO "claim_fts_key" ("claim_id") SELECT "id" FROM "Claim" ORDER BY "id";
INSERT INTO "claim_fts" ("rowid", "statement", "quote", "claimant")
    SELECT k."key", c."statement", c."quote", c."claimantName"
    FROM "Claim" c JOIN "claim_fts_key" k ON k."claim_id" = c."id";

CREATE TRIGGER "claim_fts_after_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "claim_fts_key" ("claim_id") VALUES (NEW."id");
    INSERT INTO "claim_fts" ("rowid", "statement", "quote", "claimant")
    VALUES ((SELECT "key" FROM "claim_fts_key" WHERE "claim_id" = NEW."id"), NEW."statement", NEW."quote", NEW."claimantName");
END;

-- The API never changes an id, but a script may; the key follows it. The text trigger below finds
-- the key under either id, since SQLite does not promise which of the two runs first.
CREATE TRIGGER "claim_fts_after_id_update" AFTER UPDATE OF "id" ON "Claim"
WHEN OLD."id" IS NOT NEW."id" BEGIN
    UPDATE "claim_fts_key" SET "claim_id" = NEW."id" WHERE "claim_id" = OLD."id";
END;

-- Prisma writes every column of a PATCH, so only a change of the indexed text rewrites the row.
CREATE TRIGGER "claim_fts_after_update" AFTER UPDATE OF "statement", "quote", "claimantName" ON "Claim"
WHEN OLD."statement" IS NOT NEW."statement" OR OLD."quote" IS NOT NEW."quote" OR OLD."claimantName" IS NOT NEW."claimantName" BEGIN
    UPDATE "claim_fts" SET "statement" = NEW."statement", "quote" = NEW."quote", "claimant" = NEW."claimantName"
    WHERE "rowid" = (SELECT "key" FROM "claim_fts_key" WHERE "claim_id" IN (OLD."id", NEW."id"));
END;

CREATE TRIGGER "claim_fts_after_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "claim_fts" WHERE "rowid" = (SELECT "key" FROM "claim_fts_key" WHERE "claim_id" = OLD."id");
    DELETE FROM "claim_fts_key" WHERE "claim_id" = OLD."id";
END;

DROP TRIGGER "trade_figure_fts_after_insert";
DROP TRIGGER "trade_figure_fts_after_update";
DROP TRIGGER "trade_figure_fts_after_delete";
DROP TABLE "trade_figure_fts";

CREATE TABLE "trade_figure_fts_key" (
    "key" INTEGER NOT NULL PRIMARY KEY,
    "trade_figure_id" TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE "trade_figure_fts" USING fts5(
    "quote",
    "caveat",
    "stated_by",
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO "trade_figure_fts_key" ("trade_figure_id") SELECT "id" FROM "TradeFigure" ORDER BY "id";
INSERT INTO "trade_figure_fts" ("rowid", "quote", "caveat", "stated_by")
    SELECT k."key", t."quote", COALESCE(t."caveat", ''), t."statedByName"
    FROM "TradeFigure" t JOIN "trade_figure_fts_key" k ON k."trade_figure_id" = t."id";

CREATE TRIGGER "trade_figure_fts_after_insert" AFTER INSERT ON "TradeFigure" BEGIN
    INSERT INTO "trade_figure_fts_key" ("trade_figure_id") VALUES (NEW."id");
    INSERT INTO "trade_figure_fts" ("rowid", "quote", "caveat", "stated_by")
    VALUES (
        (SELECT "key" FROM "trade_figure_fts_key" WHERE "trade_figure_id" = NEW."id"),
        NEW."quote", COALESCE(NEW."caveat", ''), NEW."statedByName"
    );
END;

CREATE TRIGGER "trade_figure_fts_after_id_update" AFTER UPDATE OF "id" ON "TradeFigure"
WHEN OLD."id" IS NOT NEW."id" BEGIN
    UPDATE "trade_figure_fts_key" SET "trade_figure_id" = NEW."id" WHERE "trade_figure_id" = OLD."id";
END;

CREATE TRIGGER "trade_figure_fts_after_update" AFTER UPDATE OF "quote", "caveat", "statedByName" ON "TradeFigure"
WHEN OLD."quote" IS NOT NEW."quote" OR OLD."caveat" IS NOT NEW."caveat" OR OLD."statedByName" IS NOT NEW."statedByName" BEGIN
    UPDATE "trade_figure_fts" SET "quote" = NEW."quote", "caveat" = COALESCE(NEW."caveat", ''), "stated_by" = NEW."statedByName"
    WHERE "rowid" = (SELECT "key" FROM "trade_figure_fts_key" WHERE "trade_figure_id" IN (OLD."id", NEW."id"));
END;

CREATE TRIGGER "trade_figure_fts_after_delete" AFTER DELETE ON "TradeFigure" BEGIN
    DELETE FROM "trade_figure_fts" WHERE "rowid" = (SELECT "key" FROM "trade_figure_fts_key" WHERE "trade_figure_id" = OLD."id");
    DELETE FROM "trade_figure_fts_key" WHERE "trade_figure_id" = OLD."id";
END;
