-- Full-text search over claims and trade figures: the PostgreSQL counterpart of the SQLite FTS5
-- migration (prisma/migrations/20261123000100_full_text_search), kept out of schema.prisma for
-- the same reason. Same tables, keyed by record id and maintained by triggers, so the read layer
-- asks the same question on both engines: which ids match.
--
-- Matching must equal SQLite's unicode61 tokenizer with remove_diacritics 2 and
-- src/lib/search.ts: words are runs of letters and digits after NFKC, accents and case folded,
-- each query word a prefix, all ANDed. PostgreSQL's own parser cannot give that: in a C-locale
-- database (byte-order sorting, like SQLite) it counts every non-ASCII character as a letter,
-- so "l’Ukraine" would be one word. So words are split here, with the ICU root collation making
-- letter classes and lower() Unicode-aware whatever the database's locale, and the 'simple'
-- configuration only indexes the result (no stemming: the text is French and English).
--
-- Each source column gets its own weight in one vector (claims: statement A, quote B,
-- claimant C; trade figures: quote A, caveat B, stated_by C), so a column-restricted search
-- (qFields) is a weight restriction on the same GIN index (see src/db/postgres-search.ts).

CREATE EXTENSION IF NOT EXISTS unaccent;

-- IMMUTABLE although unaccent() is only STABLE (its dictionary could be edited): declaring it
-- lets the planner fold a query's terms to a constant once. The dictionary ships with the
-- extension and this schema never changes it.
CREATE FUNCTION "allies_search_words"(input TEXT) RETURNS TEXT[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT COALESCE(array_agg(w), '{}')
    FROM regexp_split_to_table(
        lower(unaccent('unaccent'::regdictionary, normalize(input, NFKC)) COLLATE "und-x-icu"),
        '[^[:alnum:]]+'
    ) AS w
    WHERE w <> ''
$$;

CREATE FUNCTION "allies_search_vector"(input TEXT, weight "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('simple', array_to_string("allies_search_words"(COALESCE(input, '')), ' ')), weight)
$$;

-- One query word as a prefix match on the given weights (e.g. 'AB'). Words come back from
-- allies_search_words as letters and digits only, so quoting them cannot produce tsquery syntax
-- whatever the user typed. A word that folds to several (rare: "12,5" is split by the caller)
-- must match all of them.
CREATE FUNCTION "allies_search_term"(word TEXT, weights TEXT) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT string_agg(quote_literal(w) || ':*' || weights, ' & ')::tsquery
    FROM unnest("allies_search_words"(word)) AS w
$$;

CREATE TABLE "claim_fts" (
    "claim_id" TEXT NOT NULL PRIMARY KEY,
    "search" tsvector NOT NULL
);
CREATE INDEX "claim_fts_search_idx" ON "claim_fts" USING GIN ("search");

CREATE FUNCTION "claim_fts_sync"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "claim_fts" WHERE "claim_id" = OLD."id";
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD."id" <> NEW."id" THEN
        DELETE FROM "claim_fts" WHERE "claim_id" = OLD."id";
    END IF;
    INSERT INTO "claim_fts" ("claim_id", "search")
    VALUES (
        NEW."id",
        "allies_search_vector"(NEW."statement", 'A')
            || "allies_search_vector"(NEW."quote", 'B')
            || "allies_search_vector"(NEW."claimantName", 'C')
    )
    ON CONFLICT ("claim_id") DO UPDATE SET "search" = EXCLUDED."search";
    RETURN NULL;
END
$$;

CREATE TRIGGER "claim_fts_after_insert" AFTER INSERT ON "Claim"
    FOR EACH ROW EXECUTE FUNCTION "claim_fts_sync"();
CREATE TRIGGER "claim_fts_after_update" AFTER UPDATE OF "id", "statement", "quote", "claimantName" ON "Claim"
    FOR EACH ROW EXECUTE FUNCTION "claim_fts_sync"();
CREATE TRIGGER "claim_fts_after_delete" AFTER DELETE ON "Claim"
    FOR EACH ROW EXECUTE FUNCTION "claim_fts_sync"();

CREATE TABLE "trade_figure_fts" (
    "trade_figure_id" TEXT NOT NULL PRIMARY KEY,
    "search" tsvector NOT NULL
);
CREATE INDEX "trade_figure_fts_search_idx" ON "trade_figure_fts" USING GIN ("search");

CREATE FUNCTION "trade_figure_fts_sync"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "trade_figure_fts" WHERE "trade_figure_id" = OLD."id";
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD."id" <> NEW."id" THEN
        DELETE FROM "trade_figure_fts" WHERE "trade_figure_id" = OLD."id";
    END IF;
    INSERT INTO "trade_figure_fts" ("trade_figure_id", "search")
    VALUES (
        NEW."id",
        "allies_search_vector"(NEW."quote", 'A')
            || "allies_search_vector"(NEW."caveat", 'B')
            || "allies_search_vector"(NEW."statedByName", 'C')
    )
    ON CONFLICT ("trade_figure_id") DO UPDATE SET "search" = EXCLUDED."search";
    RETURN NULL;
END
$$;

CREATE TRIGGER "trade_figure_fts_after_insert" AFTER INSERT ON "TradeFigure"
    FOR EACH ROW EXECUTE FUNCTION "trade_figure_fts_sync"();
CREATE TRIGGER "trade_figure_fts_after_update" AFTER UPDATE OF "id", "quote", "caveat", "statedByName" ON "TradeFigure"
    FOR EACH ROW EXECUTE FUNCTION "trade_figure_fts_sync"();
CREATE TRIGGER "trade_figure_fts_after_delete" AFTER DELETE ON "TradeFigure"
    FOR EACH ROW EXECUTE FUNCTION "trade_figure_fts_sync"();
