-- Full-text search over claims and trade figures. SQLite-only (FTS5), so it lives in a
-- migration rather than in schema.prisma. Rows are keyed by the record id (UNINDEXED)
-- instead of rowid: Prisma tables have implicit rowids that VACUUM may renumber.
-- remove_diacritics 2 folds accents (biélorusses = bielorusses) for French and English.

CREATE VIRTUAL TABLE "claim_fts" USING fts5(
    "claim_id" UNINDEXED,
    "statement",
    "quote",
    "claimant",
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "claim_fts_after_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "claim_fts" ("claim_id", "statement", "quote", "claimant")
    VALUES (NEW."id", NEW."statement", NEW."quote", NEW."claimantName");
END;

CREATE TRIGGER "claim_fts_after_update" AFTER UPDATE OF "statement", "quote", "claimantName" ON "Claim" BEGIN
    DELETE FROM "claim_fts" WHERE "claim_id" = OLD."id";
    INSERT INTO "claim_fts" ("claim_id", "statement", "quote", "claimant")
    VALUES (NEW."id", NEW."statement", NEW."quote", NEW."claimantName");
END;

CREATE TRIGGER "claim_fts_after_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "claim_fts" WHERE "claim_id" = OLD."id";
END;

CREATE VIRTUAL TABLE "trade_figure_fts" USING fts5(
    "trade_figure_id" UNINDEXED,
    "quote",
    "caveat",
    "stated_by",
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "trade_figure_fts_after_insert" AFTER INSERT ON "TradeFigure" BEGIN
    INSERT INTO "trade_figure_fts" ("trade_figure_id", "quote", "caveat", "stated_by")
    VALUES (NEW."id", NEW."quote", COALESCE(NEW."caveat", ''), NEW."statedByName");
END;

CREATE TRIGGER "trade_figure_fts_after_update" AFTER UPDATE OF "quote", "caveat", "statedByName" ON "TradeFigure" BEGIN
    DELETE FROM "trade_figure_fts" WHERE "trade_figure_id" = OLD."id";
    INSERT INTO "trade_figure_fts" ("trade_figure_id", "quote", "caveat", "stated_by")
    VALUES (NEW."id", NEW."quote", COALESCE(NEW."caveat", ''), NEW."statedByName");
END;

CREATE TRIGGER "trade_figure_fts_after_delete" AFTER DELETE ON "TradeFigure" BEGIN
    DELETE FROM "trade_figure_fts" WHERE "trade_figure_id" = OLD."id";
END;
