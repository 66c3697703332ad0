/* Generated from openapi.yaml by `npm run openapi:generate`; do not edit. */
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Home page: the dataset for readers, or the API index as JSON
         * @description HTML for browsers, with the schema.org Dataset of `GET /v1` (JSON-LD) embedded for dataset search engines: the source and its licence, the four backers with their stance and claim counts, a search box, links to the API, `/docs` and the downloads. `Accept: application/json` gives the API index (the same body as `GET /v1`, `Content-Location: /v1`).
         */
        get: operations["getHomePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pages’ stylesheet, script or icon
         * @description The one stylesheet, the one small script (progressive enhancement: copy buttons, absolute links) and the icon the pages use. Pages link them with `v=` set to their content version, which browsers may keep for a year.
         */
        get: operations["getPageAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse and search claims: filters with counts, a table, exports
         * @description The page of `GET /v1/claims`, with the same filters, search, sort and cursors. A form that works without JavaScript (a ticked box per value, repeated parameters joined as a comma list, empty fields ignored), the number of claims beside each value, the results as a table, and links to this list as JSON, CSV and NDJSON with the equivalent `curl` line.
         */
        get: operations["getClaimsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A claim’s page: the quote in its paragraph, who says it, how sure, history, citation
         * @description The page of `GET /v1/claims/{id}`: the English statement, the French quote highlighted inside its paragraph (with a link to the passage in the full source), claimant and type, verification in words with the article’s own sentence about it when there is one, the date note, the status (a retraction and its reason), the latest 20 revisions with their total and a link to the whole history (`GET /v1/claims/{id}/revisions`), and a citation ready to paste.
         */
        get: operations["getClaimPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/countries/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A country’s page: stance, people, claims by topic, trade figures
         * @description The page of `GET /v1/countries/{code}`: its stance, its leaders and the people cited about it, its claims grouped by topic with verification labels in words, and its trade figures with their caveats. Each topic shows its number of claims and the first 5, and links to the claims page filtered by the country and the topic; at most 50 leaders, 50 other cited people and 50 trade figures are listed, with their totals.
         */
        get: operations["getCountryPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up
         * @description Answers 200 while the process runs, without touching the database; for container health checks. Never rate-limited.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every problem type the API answers with
         * @description The `type` of every error document is one of these. HTML for browsers (`Accept: text/html`), JSON otherwise.
         */
        get: operations["listProblemTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What one problem type means and what to do about it
         * @description Where a problem document’s `type` leads: its title, status, what happened and what to do. HTML for browsers (`Accept: text/html`), JSON otherwise.
         */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: database reachable, migrations applied, dataset seeded
         * @description 200 when the database answers, every bundled migration is applied, the dataset is seeded and the database file has not failed its integrity check (SQLite’s check of every page runs once the service listens, beside it: seconds at a million claims); 503 with the failing checks otherwise. The answer is at most a second old (the checks read the database), and, like /health, never rate-limited.
         */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A source’s full text, every claim’s and figure’s passage highlighted
         * @description The page of `GET /v1/sources/{id}`: its metadata and the full text, with the passage every active claim and trade figure rests on highlighted (at most the first 100 claims and 100 figures, by the lists' order, with links to all of them), coloured by verification and linking to its record, and the data-quality notes beside the paragraphs they are about. `claim=` or `figure=` marks one record’s passage (the claim pages link here that way).
         */
        get: operations["getSourcePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trade figures as charts that do not mislead, and as a table
         * @description The page of `GET /v1/trade-figures`, with the same filters, sort and cursors (a page of `limit` figures, how many of how many, and links to the next and previous pages): server-rendered SVG charts of the page’s figures, one per unit and kind with its own scale (dollar amounts and percentage changes never share an axis), a warning and numbered caveats where the bars of a chart cover different periods, ratios left undrawn, and every figure of the page in a table with its period, who stated it, its quote and its caveat.
         */
        get: operations["getTradeFiguresPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dataset metadata: what it is, its licence, sources, counts and version
         * @description The entry point: title, description, licence, the sources the data comes from, counts of active records, the dataset version (it moves with every change) and links to every collection. `Accept: application/ld+json` gives a schema.org Dataset (licence, creator, countries covered, a DataDownload per file of `/v1/downloads` with its SHA-256) for dataset search engines.
         */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Feed of every change to the dataset, in commit order
         * @description For mirrors and frontends syncing incrementally: start without `since` (the seed’s creations come first), then poll with `since=<meta.nextCursor>`. Each entry names the record, its new version, the action, the curator key name, the reason and a field-level diff. `Accept: application/atom+xml` (or `/v1/changes.atom`): Atom (RFC 4287) for feed readers: the latest `limit` changes, newest first, each entry linking to the record’s page and its revisions.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed as Atom, to subscribe to in a feed reader
         * @description Atom (RFC 4287) for feed readers: the latest `limit` changes, newest first, each entry linking to the record’s page and its revisions.
         */
        get: operations["getChangesAtom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List, filter, search and export claims
         * @description Filters combine with AND; comma lists within a filter with OR. `q` searches statement, quote and claimant, accent-insensitively. Pages are keyset cursors, forward and back (`meta.nextCursor` and `meta.prevCursor`; `links` and the `Link` header give `first`, `prev` and `next`). `format=csv|ndjson` (or Accept) exports every matching row; `Accept: application/ld+json` gives schema.org ClaimReview.
         */
        get: operations["listClaims"];
        put?: never;
        /**
         * Add a claim
         * @description Curators only (`Authorization: Bearer <key>`). The server finds `quote` in the source text and records its offsets: 422 if it is not verbatim there, or occurs several times and no `quoteOffsetHint` picks one. Send `Idempotency-Key` to make retries safe: the same key replays the first result.
         */
        post: operations["createClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One claim with its quote, claimant and verification
         * @description `Accept: application/ld+json` gives a schema.org ClaimReview.
         */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        /**
         * Retract a claim, with a reason
         * @description Curators only. Nothing is deleted: the claim stays readable with `status: retracted` and the reason, and leaves default lists (see `status=retracted` or `status=all`). Requires `If-Match`.
         */
        delete: operations["retractClaim"];
        options?: never;
        head?: never;
        /**
         * Correct a claim
         * @description Curators only. Requires `If-Match` with the ETag of the version being changed (428 without it, 412 if it changed since). Send only the fields to change, plus a `reason`.
         */
        patch: operations["updateClaim"];
        trace?: never;
    };
    "/v1/claims/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The evidence a claim rests on, checkable against the original
         * @description The quote and its offsets, the paragraph around it, the source’s metadata and the SHA-256 of the source text, so anyone can fetch the text and check the record. `Accept: application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"` gives a W3C Web Annotation: the source text as target, selected by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (code points), the claim as body.
         */
        get: operations["getClaimEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of a claim: who changed what, when and why
         * @description Oldest first. `actor` is the name of the curator key (never the key); `changes` is a field-level diff.
         */
        get: operations["listClaimRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List countries
         * @description Russia’s four backers in the source, plus Russia and Ukraine, with counts of active claims, trade figures and leaders.
         */
        get: operations["listCountries"];
        put?: never;
        /**
         * Add a country
         * @description Curators only (`Authorization: Bearer <key>`). The ISO 3166-1 alpha-2 code is the record’s key; 409 if it (or the alpha-3 code) exists. Send `Idempotency-Key` to make retries safe: the same key replays the first result.
         */
        post: operations["createCountry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/countries/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One country, optionally with its claims, trade figures and leaders
         * @description The code is case-insensitive in and upper-case out. `include=claims,tradeFigures,leaders` embeds active related records in the same response, at most `includeLimit` of each (default 20, at most 100): the first page of the country’s own list, whose total and links (the full list, and the page after the embedded records) are in `included`.
         */
        get: operations["getCountry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a country
         * @description Curators only. Requires `If-Match` with the ETag of the version being changed (428 without it, 412 if it changed since). Send only the fields to change, plus a `reason`.
         */
        patch: operations["updateCountry"];
        trace?: never;
    };
    "/v1/countries/{code}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Claims about one country
         * @description Same filters, search, sort, facets, pages and formats as `GET /v1/claims`, limited to this country.
         */
        get: operations["listCountryClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/countries/{code}/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leaders and cited people tied to this country
         * @description Same filters, sort, pages and formats as `GET /v1/leaders`, limited to people the source ties to this country.
         */
        get: operations["listCountryLeaders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/countries/{code}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of a country: who changed what, when and why
         * @description Oldest first. `actor` is the name of the curator key (never the key); `changes` is a field-level diff.
         */
        get: operations["listCountryRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/countries/{code}/trade-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trade figures this country reports
         * @description Figures whose reporter is this country; same filters and formats as `GET /v1/trade-figures`.
         */
        get: operations["listCountryTradeFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/downloads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole dataset as files: Data Package, zip, CSV, NDJSON, SQLite
         * @description Every file is built from one dataset version (`version`), retracted records included (their `status` says so); the same version always gives the same bytes, whose SHA-256 is listed. `datapackage.json` is a Frictionless Tabular Data Package: a Table Schema per CSV with types, keys and the vocabulary’s values; the zip holds it with the CSVs. The SQLite file is the database itself, without the curators’ records.
         */
        get: operations["listDownloads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/downloads/allies-api.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Data Package in one zip: datapackage.json and every CSV
         * @description Saved as `allies-api-v<version>.zip`; its SHA-256 is in `GET /v1/downloads`.
         */
        get: operations["getDataPackageZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/downloads/data/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One resource of the Data Package as CSV
         * @description RFC 4180, UTF-8, CRLF, a header row; the columns its Table Schema in `datapackage.json` describes.
         */
        get: operations["getDownloadCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/downloads/datapackage.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Frictionless Data Package descriptor, with a Table Schema per resource
         * @description Resource paths (`data/claims.csv`) are relative to this URL, so Frictionless tools, pandas or R can load the package from here or from the zip.
         */
        get: operations["getDataPackage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/downloads/ndjson/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One resource as NDJSON: every record as the API serves it, one per line
         * @description The JSON of the resource’s list items, retracted records included, in the list’s default order.
         */
        get: operations["getDownloadNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/downloads/sqlite/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dataset as one SQLite database file, for Datasette, sqlite3, R or pandas
         * @description A consistent copy (SQLite’s online backup; on PostgreSQL, the same schema filled from the database) of the version named in the path, without the curators’ idempotency records or the migration table. Saved as `allies-api-v<version>.db` and cached for good; only the current version is kept: another one answers 404 naming it (`GET /v1/downloads` links the current file).
         */
        get: operations["getSqliteSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List leaders and cited people
         * @description People in power (kind=leader) and other named people the sources cite as claimants (kind=cited_person).
         */
        get: operations["listLeaders"];
        put?: never;
        /**
         * Add a leader or cited person
         * @description Curators only (`Authorization: Bearer <key>`). The server finds `quote` (where the source names the person) in the source text and records its offsets (422 if it is not verbatim there). Send `Idempotency-Key` to make retries safe: the same key replays the first result.
         */
        post: operations["createLeader"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leaders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One leader or cited person
         * @description With the passage of the source that names the person, its offsets, and their status as of the (undated) source.
         */
        get: operations["getLeader"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a leader or cited person
         * @description Curators only. Requires `If-Match` with the ETag of the version being changed (428 without it, 412 if it changed since). Send only the fields to change, plus a `reason`.
         */
        patch: operations["updateLeader"];
        trace?: never;
    };
    "/v1/leaders/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of a leader or cited person: who changed what, when and why
         * @description Oldest first. `actor` is the name of the curator key (never the key); `changes` is a field-level diff.
         */
        get: operations["listLeaderRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description Documents the dataset is extracted from, with metadata, data-quality notes and the SHA-256 of their text.
         */
        get: operations["listSources"];
        put?: never;
        /**
         * Add a source
         * @description Curators only (`Authorization: Bearer <key>`). Send the full text that quotes will be checked against; it is stored with its SHA-256 and cannot be changed afterwards (PATCH edits metadata only). Leave unknown url, publisher or date null. Send `Idempotency-Key` to make retries safe: the same key replays the first result.
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One source with its metadata and data-quality notes
         * @description Metadata (unknown URL, publisher or date are null, never guessed), what the text implies about its date, how the stored text was derived, the SHA-256 of the text and data-quality notes anchored to passages.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a source
         * @description Curators only. Requires `If-Match` with the ETag of the version being changed (428 without it, 412 if it changed since). Send only the fields to change, plus a `reason`.
         */
        patch: operations["updateSource"];
        trace?: never;
    };
    "/v1/sources/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of a source: who changed what, when and why
         * @description Oldest first. `actor` is the name of the curator key (never the key); `changes` is a field-level diff.
         */
        get: operations["listSourceRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The full source text that quote offsets point into
         * @description UTF-8 plain text. Offsets in claims and figures count Unicode code points into exactly this text; `X-Content-SHA256` is its SHA-256.
         */
        get: operations["getSourceText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/trade-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List, filter, search and export trade figures
         * @description Ranges use bracketed names: `value[gte]`, `value[lte]`, `period[from]`, `period[to]`. Values are in base units of `unit` (USD as dollars).
         */
        get: operations["listTradeFigures"];
        put?: never;
        /**
         * Add a trade figure
         * @description Curators only (`Authorization: Bearer <key>`). Values in base units (USD as dollars). The server finds `quote` in the source text and records its offsets (422 if it is not verbatim there). Send `Idempotency-Key` to make retries safe: the same key replays the first result.
         */
        post: operations["createTradeFigure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/trade-figures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One trade figure with its quote, period and caveat
         * @description With who stated it, the verbatim quote and offsets, the period in the source’s own words, and any caveat about its arithmetic.
         */
        get: operations["getTradeFigure"];
        put?: never;
        post?: never;
        /**
         * Retract a trade figure, with a reason
         * @description Curators only. Nothing is deleted: the trade figure stays readable with `status: retracted` and the reason, and leaves default lists (see `status=retracted` or `status=all`). Requires `If-Match`.
         */
        delete: operations["retractTradeFigure"];
        options?: never;
        head?: never;
        /**
         * Correct a trade figure
         * @description Curators only. Requires `If-Match` with the ETag of the version being changed (428 without it, 412 if it changed since). Send only the fields to change, plus a `reason`.
         */
        patch: operations["updateTradeFigure"];
        trace?: never;
    };
    "/v1/trade-figures/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The evidence a trade figure rests on, checkable against the original
         * @description The quote and its offsets, the paragraph around it, the source’s metadata and the SHA-256 of the source text, so anyone can fetch the text and check the record. `Accept: application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"` gives a W3C Web Annotation: the source text as target, selected by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (code points), the figure in words (what, between whom, the period as the source words it, how much, stated by whom) as body.
         */
        get: operations["getTradeFigureEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/trade-figures/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of a trade figure: who changed what, when and why
         * @description Oldest first. `actor` is the name of the curator key (never the key); `changes` is a field-level diff.
         */
        get: operations["listTradeFigureRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Who made a claim or stated a figure: a named person or a described actor */
        Actor: {
            /** @description Set when the actor is a person in /v1/leaders */
            leaderId: string | null;
            name: string;
            /** @enum {string} */
            type: "government_official" | "state_media" | "opposition_media" | "independent_media" | "expert" | "journalist" | "organisation" | "other";
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": 1,
         *           "resourceType": "source",
         *           "resourceId": "putin-allies-four-countries",
         *           "version": 1,
         *           "action": "create",
         *           "actor": "seed",
         *           "reason": "Extracted from the source by the seed loader",
         *           "changes": {
         *             "id": {
         *               "from": null,
         *               "to": "putin-allies-four-countries"
         *             },
         *             "kind": {
         *               "from": null,
         *               "to": "news_article"
         *             },
         *             "title": {
         *               "from": null,
         *               "to": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *             },
         *             "author": {
         *               "from": null,
         *               "to": "Jessie Neal"
         *             },
         *             "publisher": {
         *               "from": null,
         *               "to": null
         *             },
         *             "language": {
         *               "from": null,
         *               "to": "fr"
         *             },
         *             "url": {
         *               "from": null,
         *               "to": null
         *             },
         *             "publishedAt": {
         *               "from": null,
         *               "to": null
         *             },
         *             "dateNote": {
         *               "from": null,
         *               "to": "Not dated. The text refers to the invasion as under way “depuis février”, to a statement made “en juin”, and to 2021 as a past year, so it was written in June or later of a year after 2021; the year itself is not stated."
         *             },
         *             "retrievedAt": {
         *               "from": null,
         *               "to": "2026-11-23T00:00:00.000Z"
         *             },
         *             "textNote": {
         *               "from": null,
         *               "to": "Scraped page minus site chrome: the breadcrumb line before the title, the “À NE PAS MANQUER” promotion heading between the China and Iran sections, and the “Related Articles” block and cookie banner after the last paragraph. The name lines (« Les alliés de Poutine : … ») are kept because they are part of the article as published; that they are photo captions is an inference from the layout."
         *             }
         *           },
         *           "datasetVersion": 1,
         *           "createdAt": "2026-11-23T00:00:00.000Z"
         *         },
         *         {
         *           "id": 2,
         *           "resourceType": "country",
         *           "resourceId": "BY",
         *           "version": 1,
         *           "action": "create",
         *           "actor": "seed",
         *           "reason": "Extracted from the source by the seed loader",
         *           "changes": {
         *             "code": {
         *               "from": null,
         *               "to": "BY"
         *             },
         *             "alpha3": {
         *               "from": null,
         *               "to": "BLR"
         *             },
         *             "name": {
         *               "from": null,
         *               "to": "Belarus"
         *             },
         *             "nameSource": {
         *               "from": null,
         *               "to": "Biélorussie"
         *             },
         *             "role": {
         *               "from": null,
         *               "to": "ally_of_russia"
         *             },
         *             "stance": {
         *               "from": null,
         *               "to": "Has backed Putin’s regime since the invasion of Ukraine began in February (year not stated) and served mainly as a “springboard” for Russian troops."
         *             },
         *             "basis": {
         *               "from": null,
         *               "to": {
         *                 "code": {
         *                   "sourceId": null,
         *                   "quote": null,
         *                   "reference": "iso_3166_1",
         *                   "claimIds": [],
         *                   "note": "Alpha-2 code per ISO 3166-1 (i18n-iso-countries 7.14.0).",
         *                   "kind": "reference"
         *                 },
         *                 "alpha3": {
         *                   "sourceId": null,
         *                   "quote": null,
         *                   "reference": "iso_3166_1",
         *                   "claimIds": [],
         *                   "note": "Alpha-3 code per ISO 3166-1 (i18n-iso-countries 7.14.0).",
         *                   "kind": "reference"
         *                 },
         *                 "name": {
         *                   "sourceId": null,
         *                   "quote": null,
         *                   "reference": "iso_3166_1",
         *                   "claimIds": [],
         *                   "note": "English short name per ISO 3166-1 (i18n-iso-countries 7.14.0).",
         *                   "kind": "reference"
         *                 },
         *                 "nameSource": {
         *                   "sourceId": "putin-allies-four-countries",
         *                   "quote": {
         *                     "text": "Biélorussie",
         *                     "start": 609,
         *                     "end": 620
         *                   },
         *                   "reference": null,
         *                   "claimIds": [],
         *                   "note": "The section heading; the body writes « Le Belarus » (see note belarus-two-names).",
         *                   "kind": "source"
         *                 },
         *                 "role": {
         *                   "sourceId": "putin-allies-four-countries",
         *                   "quote": {
         *                     "text": "Le Belarus, dirigé par l’autoproclamé “dernier dictateur” d’Europe, Alexandre Loukachenko, soutient le régime de Poutine",
         *                     "start": 622,
         *                     "end": 742
         *                   },
         *                   "reference": null,
         *                   "claimIds": [],
         *                   "note": null,
         *                   "kind": "source"
         *                 },
         *                 "stance": {
         *                   "sourceId": null,
         *                   "quote": null,
         *                   "reference": null,
         *                   "claimIds": [
         *                     "by-supports-putin-since-invasion",
         *                     "by-springboard-for-russian-troops"
         *                   ],
         *                   "note": null,
         *                   "kind": "summary"
         *                 }
         *               }
         *             }
         *           },
         *           "datasetVersion": 1,
         *           "createdAt": "2026-11-23T00:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "limit": 2,
         *         "nextCursor": "2",
         *         "hasMore": true
         *       },
         *       "links": {
         *         "self": "/v1/changes?limit=2",
         *         "next": "/v1/changes?since=2&limit=2"
         *       }
         *     }
         */
        ChangeFeed: {
            data: components["schemas"]["Revision"][];
            links: {
                next: string;
                self: string;
            };
            meta: {
                hasMore: boolean;
                limit: number;
                /** @description Pass as `since` to continue; stays put when there is nothing new */
                nextCursor: string;
            };
        };
        /**
         * @example {
         *       "id": "kp-offered-100000-soldiers",
         *       "country": {
         *         "code": "KP",
         *         "name": "North Korea"
         *       },
         *       "claimant": {
         *         "name": "Russian state media (unnamed)",
         *         "type": "state_media",
         *         "leaderId": null
         *       },
         *       "statement": "Russian state media recently reported that North Korea offered Putin 100,000 soldiers for Russia’s war effort.",
         *       "quote": "Les médias d’Etat russes ont récemment rapporté que le pays a offert à Poutine 100.000 soldats pour aider l’effort de guerre de la Russie.",
         *       "quoteStart": 2815,
         *       "quoteEnd": 2953,
         *       "source": {
         *         "id": "putin-allies-four-countries",
         *         "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *       },
         *       "topic": "troops",
         *       "topics": [
         *         "troops"
         *       ],
         *       "verification": "reported",
         *       "verificationNote": "A report by state media of one side of the war, relayed by the article; no outlet is named and nothing says it was confirmed.",
         *       "verificationQuote": null,
         *       "claimedAt": null,
         *       "dateNote": "“récemment” (recently); no date is given.",
         *       "status": "active",
         *       "retractionReason": null,
         *       "version": 1,
         *       "createdAt": "2026-11-23T00:00:00.000Z",
         *       "updatedAt": "2026-11-23T00:00:00.000Z"
         *     }
         */
        Claim: {
            claimant: components["schemas"]["Actor"];
            /** @description When the claim was made: an ISO 8601 date, possibly partial, only when the source states it; never the period the claim is about (its trade figures carry that) */
            claimedAt: string | null;
            /** @description The country the claim is about */
            country: components["schemas"]["CountryRef"];
            createdAt: string;
            /** @description What the source says about time, including its vagueness */
            dateNote: string;
            id: string;
            /** @description Verbatim excerpt of the source the claim rests on */
            quote: string;
            quoteEnd: number;
            /** @description Code point offset of the quote in the source text */
            quoteStart: number;
            retractionReason: string | null;
            source: components["schemas"]["SourceRef"];
            /** @description English summary written by the curators */
            statement: string;
            /** @enum {string} */
            status: "active" | "retracted";
            /**
             * @description The primary topic: the first of `topics` (kept for sorting and for older clients)
             * @enum {string}
             */
            topic: "military" | "troops" | "economic" | "trade" | "diplomatic" | "rhetorical" | "ideological" | "technology" | "labour" | "unspecified" | "other";
            /** @description Every topic the quoted sentence holds (e.g. troops and economic), the primary one first; `topic=` matches any */
            topics: ("military" | "troops" | "economic" | "trade" | "diplomatic" | "rhetorical" | "ideological" | "technology" | "labour" | "unspecified" | "other")[];
            updatedAt: string;
            /**
             * @description How far the source stands behind the claim: verified, reported (attributed), asserted (the source’s own voice), unverified (the source says so), disputed
             * @enum {string}
             */
            verification: "verified" | "reported" | "asserted" | "unverified" | "disputed";
            verificationNote: string;
            /** @description The passage of the source about verification, if any */
            verificationQuote: components["schemas"]["TextSpan"] | null;
            version: number;
        };
        /**
         * @example {
         *       "countryCode": "KP",
         *       "sourceId": "putin-allies-four-countries",
         *       "claimant": {
         *         "name": "Igor Korotchenko",
         *         "type": "expert",
         *         "leaderId": "igor-korotchenko"
         *       },
         *       "statement": "North Korea is called a pariah nation by the report Korotchenko cited.",
         *       "quote": "la nation paria",
         *       "topics": [
         *         "rhetorical"
         *       ],
         *       "verification": "reported",
         *       "verificationNote": "Attributed; nothing says it was confirmed.",
         *       "dateNote": "No date is given."
         *     }
         */
        ClaimCreateInput: {
            claimant: {
                /** @description A person in /v1/leaders, when the claimant is one */
                leaderId?: string | null;
                name: string;
                /** @enum {string} */
                type: "government_official" | "state_media" | "opposition_media" | "independent_media" | "expert" | "journalist" | "organisation" | "other";
            };
            claimedAt?: string | null;
            /** @description Country the claim is about */
            countryCode: string;
            dateNote: string;
            /** @description Verbatim excerpt; the server finds it in the source and records its offsets */
            quote: string;
            /** @description Code point offset choosing among several occurrences of the quote; the server still checks it */
            quoteOffsetHint?: number;
            /** @description The source the quote is taken from */
            sourceId: string;
            statement: string;
            /**
             * @description The primary topic. Alone it is kept first and the claim’s other topics after it; with `topics` it must be its first
             * @enum {string}
             */
            topic?: "military" | "troops" | "economic" | "trade" | "diplomatic" | "rhetorical" | "ideological" | "technology" | "labour" | "unspecified" | "other";
            /** @description Every topic the quoted sentence holds, the primary one first */
            topics?: ("military" | "troops" | "economic" | "trade" | "diplomatic" | "rhetorical" | "ideological" | "technology" | "labour" | "unspecified" | "other")[];
            /** @enum {string} */
            verification: "verified" | "reported" | "asserted" | "unverified" | "disputed";
            verificationNote: string;
            /** @description Code point offset choosing among several occurrences of the quote; the server still checks it */
            verificationOffsetHint?: number;
            verificationQuote?: string | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "kp-builders-to-repair-war-damage",
         *           "country": {
         *             "code": "KP",
         *             "name": "North Korea"
         *           },
         *           "claimant": {
         *             "name": "Igor Korotchenko",
         *             "type": "expert",
         *             "leaderId": "igor-korotchenko"
         *           },
         *           "statement": "Korotchenko added that a selection of builders would arrive alongside “these volunteers” to help repair war damage alongside their Russian counterparts.",
         *           "quote": "Korotchenko a ajouté qu’une sélection de constructeurs arriverait aux côtés de ces volontaires pour aider à réparer les dommages de guerre aux côtés de leurs homologues russes.",
         *           "quoteStart": 3143,
         *           "quoteEnd": 3319,
         *           "source": {
         *             "id": "putin-allies-four-countries",
         *             "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *           },
         *           "topic": "labour",
         *           "topics": [
         *             "labour"
         *           ],
         *           "verification": "reported",
         *           "verificationNote": "Attributed to the same expert; nothing says it was confirmed. The builders’ nationality is implied by the section, not stated, and « ces volontaires » were never introduced (see note volunteers-not-introduced).",
         *           "verificationQuote": null,
         *           "claimedAt": null,
         *           "dateNote": "No date is given.",
         *           "status": "active",
         *           "retractionReason": null,
         *           "version": 1,
         *           "createdAt": "2026-11-23T00:00:00.000Z",
         *           "updatedAt": "2026-11-23T00:00:00.000Z"
         *         },
         *         {
         *           "id": "kp-ideologically-aligned",
         *           "country": {
         *             "code": "KP",
         *             "name": "North Korea"
         *           },
         *           "claimant": {
         *             "name": "The article (Jessie Neal)",
         *             "type": "journalist",
         *             "leaderId": null
         *           },
         *           "statement": "North Korea is ideologically aligned with Russia as another adversary of the West.",
         *           "quote": "La Corée du Nord est idéologiquement alignée avec la Russie en tant qu’autre adversaire de l’Occident.",
         *           "quoteStart": 2711,
         *           "quoteEnd": 2813,
         *           "source": {
         *             "id": "putin-allies-four-countries",
         *             "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *           },
         *           "topic": "ideological",
         *           "topics": [
         *             "ideological"
         *           ],
         *           "verification": "asserted",
         *           "verificationNote": "Stated in the article’s own voice.",
         *           "verificationQuote": null,
         *           "claimedAt": null,
         *           "dateNote": "The article carries no date, so relative times in it cannot be anchored to a year.",
         *           "status": "active",
         *           "retractionReason": null,
         *           "version": 1,
         *           "createdAt": "2026-11-23T00:00:00.000Z",
         *           "updatedAt": "2026-11-23T00:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "total": 4,
         *         "limit": 2,
         *         "nextCursor": "eyJrIjpbIktQIiwia3AtaWRlb2xvZ2ljYWxseS1hbGlnbmVkIl0sInEiOiIxUG9kX0Vod2djRGo0ZDJyIn0.bCAuy1jBOOOyra0WwNxdTR",
         *         "prevCursor": null,
         *         "facets": {
         *           "verification": {
         *             "asserted": 1,
         *             "reported": 3
         *           }
         *         }
         *       },
         *       "links": {
         *         "self": "/v1/countries/KP/claims?facet=verification&limit=2",
         *         "first": "/v1/countries/KP/claims?facet=verification&limit=2",
         *         "prev": null,
         *         "next": "/v1/countries/KP/claims?cursor=eyJrIjpbIktQIiwia3AtaWRlb2xvZ2ljYWxseS1hbGlnbmVkIl0sInEiOiIxUG9kX0Vod2djRGo0ZDJyIn0.bCAuy1jBOOOyra0WwNxdTR&facet=verification&limit=2"
         *       }
         *     }
         */
        ClaimList: {
            data: components["schemas"]["Claim"][];
            links: components["schemas"]["ListLinks"];
            meta: components["schemas"]["ListMeta"];
        };
        /**
         * @example {
         *       "verification": "unverified",
         *       "verificationNote": "Corrected after review.",
         *       "reason": "Wrong verification label"
         *     }
         */
        ClaimPatchInput: {
            claimant?: {
                /** @description A person in /v1/leaders, when the claimant is one */
                leaderId?: string | null;
                name: string;
                /** @enum {string} */
                type: "government_official" | "state_media" | "opposition_media" | "independent_media" | "expert" | "journalist" | "organisation" | "other";
            };
            claimedAt?: string | null;
            /** @description Country the claim is about */
            countryCode?: string;
            dateNote?: string;
            /** @description Verbatim excerpt; the server finds it in the source and records its offsets */
            quote?: string;
            /** @description Code point offset choosing among several occurrences of the quote; the server still checks it */
            quoteOffsetHint?: number;
            /** @description Why the record is changed */
            reason: string;
            /** @description The source the quote is taken from */
            sourceId?: string;
            statement?: string;
            /**
             * @description The primary topic. Alone it is kept first and the claim’s other topics after it; with `topics` it must be its first
             * @enum {string}
             */
            topic?: "military" | "troops" | "economic" | "trade" | "diplomatic" | "rhetorical" | "ideological" | "technology" | "labour" | "unspecified" | "other";
            /** @description Every topic the quoted sentence holds, the primary one first */
            topics?: ("military" | "troops" | "economic" | "trade" | "diplomatic" | "rhetorical" | "ideological" | "technology" | "labour" | "unspecified" | "other")[];
            /** @enum {string} */
            verification?: "verified" | "reported" | "asserted" | "unverified" | "disputed";
            verificationNote?: string;
            /** @description Code point offset choosing among several occurrences of the quote; the server still checks it */
            verificationOffsetHint?: number;
            verificationQuote?: string | null;
        };
        /**
         * @example {
         *       "data": {
         *         "id": "kp-offered-100000-soldiers",
         *         "country": {
         *           "code": "KP",
         *           "name": "North Korea"
         *         },
         *         "claimant": {
         *           "name": "Russian state media (unnamed)",
         *           "type": "state_media",
         *           "leaderId": null
         *         },
         *         "statement": "Russian state media recently reported that North Korea offered Putin 100,000 soldiers for Russia’s war effort.",
         *         "quote": "Les médias d’Etat russes ont récemment rapporté que le pays a offert à Poutine 100.000 soldats pour aider l’effort de guerre de la Russie.",
         *         "quoteStart": 2815,
         *         "quoteEnd": 2953,
         *         "source": {
         *           "id": "putin-allies-four-countries",
         *           "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *         },
         *         "topic": "troops",
         *         "topics": [
         *           "troops"
         *         ],
         *         "verification": "reported",
         *         "verificationNote": "A report by state media of one side of the war, relayed by the article; no outlet is named and nothing says it was confirmed.",
         *         "verificationQuote": null,
         *         "claimedAt": null,
         *         "dateNote": "“récemment” (recently); no date is given.",
         *         "status": "active",
         *         "retractionReason": null,
         *         "version": 1,
         *         "createdAt": "2026-11-23T00:00:00.000Z",
         *         "updatedAt": "2026-11-23T00:00:00.000Z"
         *       }
         *     }
         */
        ClaimResponse: {
            data: components["schemas"]["Claim"];
        };
        /**
         * @example {
         *       "code": "BY",
         *       "alpha3": "BLR",
         *       "name": "Belarus",
         *       "nameSource": "Biélorussie",
         *       "role": "ally_of_russia",
         *       "stance": "Has backed Putin’s regime since the invasion of Ukraine began in February (year not stated) and served mainly as a “springboard” for Russian troops.",
         *       "basis": {
         *         "code": {
         *           "kind": "reference",
         *           "sourceId": null,
         *           "quote": null,
         *           "reference": "iso_3166_1",
         *           "claimIds": [],
         *           "note": "Alpha-2 code per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *         },
         *         "alpha3": {
         *           "kind": "reference",
         *           "sourceId": null,
         *           "quote": null,
         *           "reference": "iso_3166_1",
         *           "claimIds": [],
         *           "note": "Alpha-3 code per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *         },
         *         "name": {
         *           "kind": "reference",
         *           "sourceId": null,
         *           "quote": null,
         *           "reference": "iso_3166_1",
         *           "claimIds": [],
         *           "note": "English short name per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *         },
         *         "nameSource": {
         *           "kind": "source",
         *           "sourceId": "putin-allies-four-countries",
         *           "quote": {
         *             "text": "Biélorussie",
         *             "start": 609,
         *             "end": 620
         *           },
         *           "reference": null,
         *           "claimIds": [],
         *           "note": "The section heading; the body writes « Le Belarus » (see note belarus-two-names)."
         *         },
         *         "role": {
         *           "kind": "source",
         *           "sourceId": "putin-allies-four-countries",
         *           "quote": {
         *             "text": "Le Belarus, dirigé par l’autoproclamé “dernier dictateur” d’Europe, Alexandre Loukachenko, soutient le régime de Poutine",
         *             "start": 622,
         *             "end": 742
         *           },
         *           "reference": null,
         *           "claimIds": [],
         *           "note": null
         *         },
         *         "stance": {
         *           "kind": "summary",
         *           "sourceId": null,
         *           "quote": null,
         *           "reference": null,
         *           "claimIds": [
         *             "by-supports-putin-since-invasion",
         *             "by-springboard-for-russian-troops"
         *           ],
         *           "note": null
         *         }
         *       },
         *       "counts": {
         *         "claims": 5,
         *         "tradeFigures": 0,
         *         "leaders": 1
         *       },
         *       "version": 1,
         *       "updatedAt": "2026-11-23T00:00:00.000Z"
         *     }
         */
        Country: {
            /** @description ISO 3166-1 alpha-3 */
            alpha3: string;
            /** @description Where each field comes from: the source (with its span) or a reference */
            basis: components["schemas"]["CountryBasis"];
            /** @description ISO 3166-1 alpha-2 */
            code: string;
            counts: {
                claims: number;
                leaders: number;
                tradeFigures: number;
            };
            /** @description English short name per ISO 3166-1 (i18n-iso-countries), not the source */
            name: string;
            /** @description Name as written in the source */
            nameSource: string;
            /**
             * @description Role relative to the war, as the source presents it
             * @enum {string}
             */
            role: "ally_of_russia" | "aggressor" | "invaded" | "other";
            /** @description One-line English summary of its stance: a summary of the claims `basis.stance.claimIds` lists */
            stance: string;
            updatedAt: string;
            version: number;
        };
        /**
         * @description The basis of each field of the country: code, alpha3 and name from ISO 3166-1, nameSource and role from the source, stance a summary of the country’s claims
         * @example {
         *       "code": {
         *         "kind": "reference",
         *         "sourceId": null,
         *         "quote": null,
         *         "reference": "iso_3166_1",
         *         "claimIds": [],
         *         "note": "Alpha-2 code per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *       },
         *       "alpha3": {
         *         "kind": "reference",
         *         "sourceId": null,
         *         "quote": null,
         *         "reference": "iso_3166_1",
         *         "claimIds": [],
         *         "note": "Alpha-3 code per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *       },
         *       "name": {
         *         "kind": "reference",
         *         "sourceId": null,
         *         "quote": null,
         *         "reference": "iso_3166_1",
         *         "claimIds": [],
         *         "note": "English short name per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *       },
         *       "nameSource": {
         *         "kind": "source",
         *         "sourceId": "putin-allies-four-countries",
         *         "quote": {
         *           "text": "Corée du Nord",
         *           "start": 2696,
         *           "end": 2709
         *         },
         *         "reference": null,
         *         "claimIds": [],
         *         "note": "The section heading."
         *       },
         *       "role": {
         *         "kind": "source",
         *         "sourceId": "putin-allies-four-countries",
         *         "quote": {
         *           "text": "La Corée du Nord est idéologiquement alignée avec la Russie",
         *           "start": 2711,
         *           "end": 2770
         *         },
         *         "reference": null,
         *         "claimIds": [],
         *         "note": "The last of the four countries the headline says « soutiennent encore la Russie »."
         *       },
         *       "stance": {
         *         "kind": "summary",
         *         "sourceId": null,
         *         "quote": null,
         *         "reference": null,
         *         "claimIds": [
         *           "kp-ideologically-aligned",
         *           "kp-offered-100000-soldiers",
         *           "kp-builders-to-repair-war-damage"
         *         ],
         *         "note": null
         *       }
         *     }
         */
        CountryBasis: {
            alpha3: components["schemas"]["FieldBasis"];
            code: components["schemas"]["FieldBasis"];
            name: components["schemas"]["FieldBasis"];
            nameSource: components["schemas"]["FieldBasis"];
            role: components["schemas"]["FieldBasis"];
            stance: components["schemas"]["FieldBasis"];
        };
        /** @description The basis of each field written. A field written without one is served as not_recorded; a field changed by a PATCH without a new basis loses its old one. */
        CountryBasisWriteInput: {
            nameSource?: components["schemas"]["FieldBasisWriteInput"];
            role?: components["schemas"]["FieldBasisWriteInput"];
            stance?: components["schemas"]["FieldBasisWriteInput"];
        };
        CountryCreateInput: {
            /** @description Optional: taken from ISO 3166-1; if sent, it must be the code’s alpha-3 */
            alpha3?: string;
            /** @description The basis of nameSource, role and stance (a stance: kind summary, listing claims about the country) */
            basis?: components["schemas"]["CountryBasisWriteInput"];
            code: string;
            /** @description Optional: taken from ISO 3166-1; if sent, it must be one of the code’s English names */
            name?: string;
            nameSource: string;
            /** @enum {string} */
            role: "ally_of_russia" | "aggressor" | "invaded" | "other";
            stance: string;
        };
        /**
         * @example {
         *       "code": "KP",
         *       "alpha3": "PRK",
         *       "name": "North Korea",
         *       "nameSource": "Corée du Nord",
         *       "role": "ally_of_russia",
         *       "stance": "Ideologically aligned with Russia as another adversary of the West; Russian state media report it offered Putin 100,000 soldiers, and defence expert Igor Korotchenko said a selection of builders would come to help repair war damage.",
         *       "basis": {
         *         "code": {
         *           "kind": "reference",
         *           "sourceId": null,
         *           "quote": null,
         *           "reference": "iso_3166_1",
         *           "claimIds": [],
         *           "note": "Alpha-2 code per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *         },
         *         "alpha3": {
         *           "kind": "reference",
         *           "sourceId": null,
         *           "quote": null,
         *           "reference": "iso_3166_1",
         *           "claimIds": [],
         *           "note": "Alpha-3 code per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *         },
         *         "name": {
         *           "kind": "reference",
         *           "sourceId": null,
         *           "quote": null,
         *           "reference": "iso_3166_1",
         *           "claimIds": [],
         *           "note": "English short name per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *         },
         *         "nameSource": {
         *           "kind": "source",
         *           "sourceId": "putin-allies-four-countries",
         *           "quote": {
         *             "text": "Corée du Nord",
         *             "start": 2696,
         *             "end": 2709
         *           },
         *           "reference": null,
         *           "claimIds": [],
         *           "note": "The section heading."
         *         },
         *         "role": {
         *           "kind": "source",
         *           "sourceId": "putin-allies-four-countries",
         *           "quote": {
         *             "text": "La Corée du Nord est idéologiquement alignée avec la Russie",
         *             "start": 2711,
         *             "end": 2770
         *           },
         *           "reference": null,
         *           "claimIds": [],
         *           "note": "The last of the four countries the headline says « soutiennent encore la Russie »."
         *         },
         *         "stance": {
         *           "kind": "summary",
         *           "sourceId": null,
         *           "quote": null,
         *           "reference": null,
         *           "claimIds": [
         *             "kp-ideologically-aligned",
         *             "kp-offered-100000-soldiers",
         *             "kp-builders-to-repair-war-damage"
         *           ],
         *           "note": null
         *         }
         *       },
         *       "counts": {
         *         "claims": 4,
         *         "tradeFigures": 0,
         *         "leaders": 1
         *       },
         *       "version": 1,
         *       "updatedAt": "2026-11-23T00:00:00.000Z",
         *       "leaders": [
         *         {
         *           "id": "kim-jong-un",
         *           "name": "Kim Jong Un",
         *           "nameSource": "Kim Jong Un",
         *           "role": "head_of_state",
         *           "title": "Not stated: the article names him only in a name line, with no title",
         *           "kind": "leader",
         *           "country": {
         *             "code": "KP",
         *             "name": "North Korea"
         *           },
         *           "affiliation": null,
         *           "inOffice": "Not stated by the article.",
         *           "quote": "Les alliés de Poutine : Kim Jong Un",
         *           "quoteStart": 1914,
         *           "quoteEnd": 1949,
         *           "source": {
         *             "id": "putin-allies-four-countries",
         *             "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *           },
         *           "basis": {
         *             "name": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Kim Jong Un",
         *                 "start": 1938,
         *                 "end": 1949
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": "In a name line (« Les alliés de Poutine : … ») read as a photo caption from the layout: a short line naming a person before a section; the scraped text does not say it is a caption."
         *             },
         *             "nameSource": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Kim Jong Un",
         *                 "start": 1938,
         *                 "end": 1949
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "role": {
         *               "kind": "reference",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": "curator_knowledge",
         *               "claimIds": [],
         *               "note": "He leads North Korea as its head of state; the article names no office."
         *             },
         *             "title": {
         *               "kind": "not_stated",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": null,
         *               "claimIds": [],
         *               "note": "His name appears only in the line « Les alliés de Poutine : Kim Jong Un »."
         *             },
         *             "kind": {
         *               "kind": "reference",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": "curator_knowledge",
         *               "claimIds": [],
         *               "note": "He is in power in North Korea; the article says only that he is among « Les alliés de Poutine »."
         *             },
         *             "country": {
         *               "kind": "reference",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": "curator_knowledge",
         *               "claimIds": [],
         *               "note": "He leads North Korea. The article never ties him to a country: his name appears only in the line « Les alliés de Poutine : Kim Jong Un », placed above the Iran section (see note caption-kim-jong-un-above-iran)."
         *             },
         *             "affiliation": {
         *               "kind": "not_stated",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "inOffice": {
         *               "kind": "not_stated",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             }
         *           },
         *           "version": 1,
         *           "updatedAt": "2026-11-23T00:00:00.000Z"
         *         }
         *       ],
         *       "included": {
         *         "leaders": {
         *           "total": 1,
         *           "limit": 20,
         *           "list": "/v1/countries/KP/leaders",
         *           "next": null
         *         }
         *       }
         *     }
         */
        CountryDetail: {
            /** @description ISO 3166-1 alpha-3 */
            alpha3: string;
            /** @description Where each field comes from: the source (with its span) or a reference */
            basis: components["schemas"]["CountryBasis"];
            /** @description include=claims: its first includeLimit active claims, by id */
            claims?: components["schemas"]["Claim"][];
            /** @description ISO 3166-1 alpha-2 */
            code: string;
            counts: {
                claims: number;
                leaders: number;
                tradeFigures: number;
            };
            /** @description For each list embedded by include=: its total, the limit applied and links to the full list */
            included?: {
                claims?: components["schemas"]["EmbeddedList"];
                leaders?: components["schemas"]["EmbeddedList"];
                tradeFigures?: components["schemas"]["EmbeddedList"];
            };
            /** @description include=leaders: the first includeLimit people tied to it, by id */
            leaders?: components["schemas"]["Leader"][];
            /** @description English short name per ISO 3166-1 (i18n-iso-countries), not the source */
            name: string;
            /** @description Name as written in the source */
            nameSource: string;
            /**
             * @description Role relative to the war, as the source presents it
             * @enum {string}
             */
            role: "ally_of_russia" | "aggressor" | "invaded" | "other";
            /** @description One-line English summary of its stance: a summary of the claims `basis.stance.claimIds` lists */
            stance: string;
            /** @description include=tradeFigures: the first includeLimit active figures it reports, by id */
            tradeFigures?: components["schemas"]["TradeFigure"][];
            updatedAt: string;
            version: number;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "code": "BY",
         *           "alpha3": "BLR",
         *           "name": "Belarus",
         *           "nameSource": "Biélorussie",
         *           "role": "ally_of_russia",
         *           "stance": "Has backed Putin’s regime since the invasion of Ukraine began in February (year not stated) and served mainly as a “springboard” for Russian troops.",
         *           "basis": {
         *             "code": {
         *               "kind": "reference",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": "iso_3166_1",
         *               "claimIds": [],
         *               "note": "Alpha-2 code per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *             },
         *             "alpha3": {
         *               "kind": "reference",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": "iso_3166_1",
         *               "claimIds": [],
         *               "note": "Alpha-3 code per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *             },
         *             "name": {
         *               "kind": "reference",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": "iso_3166_1",
         *               "claimIds": [],
         *               "note": "English short name per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *             },
         *             "nameSource": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Biélorussie",
         *                 "start": 609,
         *                 "end": 620
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": "The section heading; the body writes « Le Belarus » (see note belarus-two-names)."
         *             },
         *             "role": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Le Belarus, dirigé par l’autoproclamé “dernier dictateur” d’Europe, Alexandre Loukachenko, soutient le régime de Poutine",
         *                 "start": 622,
         *                 "end": 742
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "stance": {
         *               "kind": "summary",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": null,
         *               "claimIds": [
         *                 "by-supports-putin-since-invasion",
         *                 "by-springboard-for-russian-troops"
         *               ],
         *               "note": null
         *             }
         *           },
         *           "counts": {
         *             "claims": 5,
         *             "tradeFigures": 0,
         *             "leaders": 1
         *           },
         *           "version": 1,
         *           "updatedAt": "2026-11-23T00:00:00.000Z"
         *         },
         *         {
         *           "code": "CN",
         *           "alpha3": "CHN",
         *           "name": "China",
         *           "nameSource": "Chine",
         *           "role": "ally_of_russia",
         *           "stance": "Officially neutral, with no explicit support for Russia since February, but bound to it by trade pacts that have outlasted Western sanctions; Chinese officials have given rhetorical support.",
         *           "basis": {
         *             "code": {
         *               "kind": "reference",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": "iso_3166_1",
         *               "claimIds": [],
         *               "note": "Alpha-2 code per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *             },
         *             "alpha3": {
         *               "kind": "reference",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": "iso_3166_1",
         *               "claimIds": [],
         *               "note": "Alpha-3 code per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *             },
         *             "name": {
         *               "kind": "reference",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": "iso_3166_1",
         *               "claimIds": [],
         *               "note": "English short name per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *             },
         *             "nameSource": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Chine",
         *                 "start": 1229,
         *                 "end": 1234
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": "The section heading."
         *             },
         *             "role": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Les quatre pays clés qui soutiennent encore la Russie",
         *                 "start": 24,
         *                 "end": 77
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": "China is one of the four countries the article lists under this headline, although its own section says « neutralité officielle » and « n’a pas offert de soutien explicite » (see note headline-vs-china-neutrality)."
         *             },
         *             "stance": {
         *               "kind": "summary",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": null,
         *               "claimIds": [
         *                 "cn-official-neutrality",
         *                 "cn-trade-pacts-despite-sanctions",
         *                 "cn-officials-rhetorical-support"
         *               ],
         *               "note": null
         *             }
         *           },
         *           "counts": {
         *             "claims": 5,
         *             "tradeFigures": 2,
         *             "leaders": 1
         *           },
         *           "version": 1,
         *           "updatedAt": "2026-11-23T00:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "total": 4,
         *         "limit": 2,
         *         "nextCursor": "eyJrIjpbIkNOIl0sInEiOiI1ck1mTjU0WEdmVFdIdnloIn0.zV5MJfFgktb3p9bkL_dKxG",
         *         "prevCursor": null
         *       },
         *       "links": {
         *         "self": "/v1/countries?limit=2&role=ally_of_russia",
         *         "first": "/v1/countries?limit=2&role=ally_of_russia",
         *         "prev": null,
         *         "next": "/v1/countries?cursor=eyJrIjpbIkNOIl0sInEiOiI1ck1mTjU0WEdmVFdIdnloIn0.zV5MJfFgktb3p9bkL_dKxG&limit=2&role=ally_of_russia"
         *       }
         *     }
         */
        CountryList: {
            data: components["schemas"]["Country"][];
            links: components["schemas"]["ListLinks"];
            meta: components["schemas"]["ListMeta"];
        };
        /** @description code and alpha3 come from ISO 3166-1 and cannot be changed; name only to another of its English names */
        CountryPatchInput: {
            /** @description The basis of nameSource, role and stance (a stance: kind summary, listing claims about the country) */
            basis?: components["schemas"]["CountryBasisWriteInput"];
            /** @description Another of ISO 3166-1’s English names for the code (e.g. its official one) */
            name?: string;
            nameSource?: string;
            /** @description Why the record is changed */
            reason: string;
            /** @enum {string} */
            role?: "ally_of_russia" | "aggressor" | "invaded" | "other";
            stance?: string;
        };
        CountryRef: {
            code: string;
            name: string;
        };
        /**
         * @example {
         *       "data": {
         *         "code": "KP",
         *         "alpha3": "PRK",
         *         "name": "North Korea",
         *         "nameSource": "Corée du Nord",
         *         "role": "ally_of_russia",
         *         "stance": "Ideologically aligned with Russia as another adversary of the West; Russian state media report it offered Putin 100,000 soldiers, and defence expert Igor Korotchenko said a selection of builders would come to help repair war damage.",
         *         "basis": {
         *           "code": {
         *             "kind": "reference",
         *             "sourceId": null,
         *             "quote": null,
         *             "reference": "iso_3166_1",
         *             "claimIds": [],
         *             "note": "Alpha-2 code per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *           },
         *           "alpha3": {
         *             "kind": "reference",
         *             "sourceId": null,
         *             "quote": null,
         *             "reference": "iso_3166_1",
         *             "claimIds": [],
         *             "note": "Alpha-3 code per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *           },
         *           "name": {
         *             "kind": "reference",
         *             "sourceId": null,
         *             "quote": null,
         *             "reference": "iso_3166_1",
         *             "claimIds": [],
         *             "note": "English short name per ISO 3166-1 (i18n-iso-countries 7.14.0)."
         *           },
         *           "nameSource": {
         *             "kind": "source",
         *             "sourceId": "putin-allies-four-countries",
         *             "quote": {
         *               "text": "Corée du Nord",
         *               "start": 2696,
         *               "end": 2709
         *             },
         *             "reference": null,
         *             "claimIds": [],
         *             "note": "The section heading."
         *           },
         *           "role": {
         *             "kind": "source",
         *             "sourceId": "putin-allies-four-countries",
         *             "quote": {
         *               "text": "La Corée du Nord est idéologiquement alignée avec la Russie",
         *               "start": 2711,
         *               "end": 2770
         *             },
         *             "reference": null,
         *             "claimIds": [],
         *             "note": "The last of the four countries the headline says « soutiennent encore la Russie »."
         *           },
         *           "stance": {
         *             "kind": "summary",
         *             "sourceId": null,
         *             "quote": null,
         *             "reference": null,
         *             "claimIds": [
         *               "kp-ideologically-aligned",
         *               "kp-offered-100000-soldiers",
         *               "kp-builders-to-repair-war-damage"
         *             ],
         *             "note": null
         *           }
         *         },
         *         "counts": {
         *           "claims": 4,
         *           "tradeFigures": 0,
         *           "leaders": 1
         *         },
         *         "version": 1,
         *         "updatedAt": "2026-11-23T00:00:00.000Z",
         *         "leaders": [
         *           {
         *             "id": "kim-jong-un",
         *             "name": "Kim Jong Un",
         *             "nameSource": "Kim Jong Un",
         *             "role": "head_of_state",
         *             "title": "Not stated: the article names him only in a name line, with no title",
         *             "kind": "leader",
         *             "country": {
         *               "code": "KP",
         *               "name": "North Korea"
         *             },
         *             "affiliation": null,
         *             "inOffice": "Not stated by the article.",
         *             "quote": "Les alliés de Poutine : Kim Jong Un",
         *             "quoteStart": 1914,
         *             "quoteEnd": 1949,
         *             "source": {
         *               "id": "putin-allies-four-countries",
         *               "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *             },
         *             "basis": {
         *               "name": {
         *                 "kind": "source",
         *                 "sourceId": "putin-allies-four-countries",
         *                 "quote": {
         *                   "text": "Kim Jong Un",
         *                   "start": 1938,
         *                   "end": 1949
         *                 },
         *                 "reference": null,
         *                 "claimIds": [],
         *                 "note": "In a name line (« Les alliés de Poutine : … ») read as a photo caption from the layout: a short line naming a person before a section; the scraped text does not say it is a caption."
         *               },
         *               "nameSource": {
         *                 "kind": "source",
         *                 "sourceId": "putin-allies-four-countries",
         *                 "quote": {
         *                   "text": "Kim Jong Un",
         *                   "start": 1938,
         *                   "end": 1949
         *                 },
         *                 "reference": null,
         *                 "claimIds": [],
         *                 "note": null
         *               },
         *               "role": {
         *                 "kind": "reference",
         *                 "sourceId": null,
         *                 "quote": null,
         *                 "reference": "curator_knowledge",
         *                 "claimIds": [],
         *                 "note": "He leads North Korea as its head of state; the article names no office."
         *               },
         *               "title": {
         *                 "kind": "not_stated",
         *                 "sourceId": null,
         *                 "quote": null,
         *                 "reference": null,
         *                 "claimIds": [],
         *                 "note": "His name appears only in the line « Les alliés de Poutine : Kim Jong Un »."
         *               },
         *               "kind": {
         *                 "kind": "reference",
         *                 "sourceId": null,
         *                 "quote": null,
         *                 "reference": "curator_knowledge",
         *                 "claimIds": [],
         *                 "note": "He is in power in North Korea; the article says only that he is among « Les alliés de Poutine »."
         *               },
         *               "country": {
         *                 "kind": "reference",
         *                 "sourceId": null,
         *                 "quote": null,
         *                 "reference": "curator_knowledge",
         *                 "claimIds": [],
         *                 "note": "He leads North Korea. The article never ties him to a country: his name appears only in the line « Les alliés de Poutine : Kim Jong Un », placed above the Iran section (see note caption-kim-jong-un-above-iran)."
         *               },
         *               "affiliation": {
         *                 "kind": "not_stated",
         *                 "sourceId": null,
         *                 "quote": null,
         *                 "reference": null,
         *                 "claimIds": [],
         *                 "note": null
         *               },
         *               "inOffice": {
         *                 "kind": "not_stated",
         *                 "sourceId": null,
         *                 "quote": null,
         *                 "reference": null,
         *                 "claimIds": [],
         *                 "note": null
         *               }
         *             },
         *             "version": 1,
         *             "updatedAt": "2026-11-23T00:00:00.000Z"
         *           }
         *         ],
         *         "included": {
         *           "leaders": {
         *             "total": 1,
         *             "limit": 20,
         *             "list": "/v1/countries/KP/leaders",
         *             "next": null
         *           }
         *         }
         *       }
         *     }
         */
        CountryResponse: {
            data: components["schemas"]["CountryDetail"];
        };
        CountryWriteResponse: {
            data: components["schemas"]["Country"];
        };
        /**
         * @description Frictionless Data Package descriptor (tabular-data-package profile) with a Table Schema per resource
         * @example {
         *       "profile": "tabular-data-package",
         *       "name": "allies-api",
         *       "title": "allies-api: who backs Russia’s war, and on what evidence",
         *       "description": "Structured, source-traceable data on the four countries the source article says still back Russia\nas it invades Ukraine (Belarus, China, Iran, North Korea): countries, leaders, claims and trade figures.\n\nEvery claim and figure carries the verbatim French quote it rests on, its Unicode code point offsets\ninto the stored source text, who made it and how far the source stands behind it. The seed loader\nrefuses any quote that is not verbatim at its offsets. Where the source is vague (no date,\n“récemment”, unnamed “opposition media”), the record says exactly that.",
         *       "version": "1",
         *       "created": "2026-11-23T00:00:00.000Z",
         *       "keywords": [
         *         "russia",
         *         "ukraine",
         *         "war",
         *         "belarus",
         *         "china",
         *         "iran",
         *         "north-korea",
         *         "claims",
         *         "trade",
         *         "fact-checking"
         *       ],
         *       "licenses": [
         *         {
         *           "name": "CC0-1.0",
         *           "path": "https://creativecommons.org/publicdomain/zero/1.0/",
         *           "title": "Code: MIT. Data: CC0-1.0; the verbatim quotes are short excerpts of the cited sources, kept for verification, and remain their authors’."
         *         }
         *       ],
         *       "sources": [
         *         {
         *           "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *         }
         *       ],
         *       "resources": [
         *         {
         *           "name": "sources",
         *           "path": "data/sources.csv",
         *           "profile": "tabular-data-resource",
         *           "title": "Sources",
         *           "description": "The documents the facts are extracted from, with their full text and its SHA-256.",
         *           "format": "csv",
         *           "mediatype": "text/csv",
         *           "encoding": "utf-8",
         *           "bytes": 7631,
         *           "hash": "sha256:c7ff7e2ad411320ae5fff208aee482db2f481651519b91fae23bab5be7e0d032",
         *           "dialect": {
         *             "delimiter": ",",
         *             "lineTerminator": "\r\n",
         *             "quoteChar": "\"",
         *             "doubleQuote": true,
         *             "header": true
         *           },
         *           "schema": {
         *             "fields": [
         *               {
         *                 "name": "id",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "news_article",
         *                     "official_statement",
         *                     "media_report",
         *                     "dataset",
         *                     "other"
         *                   ]
         *                 }
         *               },
         *               {
         *                 "name": "title",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "author",
         *                 "type": "string"
         *               },
         *               {
         *                 "name": "publisher",
         *                 "type": "string",
         *                 "description": "Null when unknown"
         *               },
         *               {
         *                 "name": "language",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "BCP 47"
         *               },
         *               {
         *                 "name": "url",
         *                 "type": "string",
         *                 "format": "uri",
         *                 "description": "Null when unknown; never guessed"
         *               },
         *               {
         *                 "name": "publishedAt",
         *                 "type": "datetime",
         *                 "format": "any",
         *                 "description": "ISO 8601 in UTC, with milliseconds"
         *               },
         *               {
         *                 "name": "dateNote",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "What the text implies about its date"
         *               },
         *               {
         *                 "name": "retrievedAt",
         *                 "type": "datetime",
         *                 "format": "any",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "ISO 8601 in UTC, with milliseconds"
         *               },
         *               {
         *                 "name": "textSha256",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "textLength",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "Length of the text in Unicode code points"
         *               },
         *               {
         *                 "name": "textNote",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "How the stored text was derived from what was retrieved"
         *               },
         *               {
         *                 "name": "textUrl",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "notes",
         *                 "type": "string",
         *                 "description": "A list. Items separated by \"; \", each a JSON object; empty when there are none"
         *               },
         *               {
         *                 "name": "counts.claims",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "counts.tradeFigures",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "version",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "updatedAt",
         *                 "type": "datetime",
         *                 "format": "any",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "ISO 8601 in UTC, with milliseconds"
         *               }
         *             ],
         *             "primaryKey": "id",
         *             "missingValues": [
         *               ""
         *             ]
         *           }
         *         },
         *         {
         *           "name": "countries",
         *           "path": "data/countries.csv",
         *           "profile": "tabular-data-resource",
         *           "title": "Countries",
         *           "description": "The countries the source discusses, their role and stance, and where each field comes from.",
         *           "format": "csv",
         *           "mediatype": "text/csv",
         *           "encoding": "utf-8",
         *           "bytes": 6341,
         *           "hash": "sha256:10b3513d496163248540ec686763e78cfe1a15af5678b475c17f792c03e055ba",
         *           "dialect": {
         *             "delimiter": ",",
         *             "lineTerminator": "\r\n",
         *             "quoteChar": "\"",
         *             "doubleQuote": true,
         *             "header": true
         *           },
         *           "schema": {
         *             "fields": [
         *               {
         *                 "name": "code",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "ISO 3166-1 alpha-2"
         *               },
         *               {
         *                 "name": "alpha3",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "ISO 3166-1 alpha-3"
         *               },
         *               {
         *                 "name": "name",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "English short name per ISO 3166-1 (i18n-iso-countries), not the source"
         *               },
         *               {
         *                 "name": "nameSource",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "Name as written in the source"
         *               },
         *               {
         *                 "name": "role",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "ally_of_russia",
         *                     "aggressor",
         *                     "invaded",
         *                     "other"
         *                   ]
         *                 },
         *                 "description": "Role relative to the war, as the source presents it"
         *               },
         *               {
         *                 "name": "stance",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "One-line English summary of its stance: a summary of the claims `basis.stance.claimIds` lists"
         *               },
         *               {
         *                 "name": "basis.code.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.code.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.code.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.code.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.code.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.code.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.code.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.code.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "basis.alpha3.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.alpha3.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.alpha3.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.alpha3.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.alpha3.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.alpha3.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.alpha3.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.alpha3.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "basis.name.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.name.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.name.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.name.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.name.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.name.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.name.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.name.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "basis.nameSource.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.nameSource.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.nameSource.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.nameSource.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.nameSource.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.nameSource.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.nameSource.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.nameSource.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "basis.role.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.role.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.role.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.role.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.role.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.role.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.role.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.role.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "basis.stance.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.stance.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.stance.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.stance.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.stance.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.stance.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.stance.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.stance.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "counts.claims",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "counts.tradeFigures",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "counts.leaders",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "version",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "updatedAt",
         *                 "type": "datetime",
         *                 "format": "any",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "ISO 8601 in UTC, with milliseconds"
         *               }
         *             ],
         *             "primaryKey": "code",
         *             "foreignKeys": [
         *               {
         *                 "fields": "basis.code.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.alpha3.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.name.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.nameSource.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.role.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.stance.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               }
         *             ],
         *             "missingValues": [
         *               ""
         *             ]
         *           }
         *         },
         *         {
         *           "name": "leaders",
         *           "path": "data/leaders.csv",
         *           "profile": "tabular-data-resource",
         *           "title": "People",
         *           "description": "People in power and the other named persons the source cites.",
         *           "format": "csv",
         *           "mediatype": "text/csv",
         *           "encoding": "utf-8",
         *           "bytes": 10729,
         *           "hash": "sha256:449105d757d494e2fcef49fa77116803ca0e5037f2381cf3f8f46c8ada3f6126",
         *           "dialect": {
         *             "delimiter": ",",
         *             "lineTerminator": "\r\n",
         *             "quoteChar": "\"",
         *             "doubleQuote": true,
         *             "header": true
         *           },
         *           "schema": {
         *             "fields": [
         *               {
         *                 "name": "id",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "name",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "English name (basis.name says whether the source gives it)"
         *               },
         *               {
         *                 "name": "nameSource",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "Name as written in the source"
         *               },
         *               {
         *                 "name": "role",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "head_of_state, party_leader, minister, expert, ...; basis.role says where it comes from"
         *               },
         *               {
         *                 "name": "title",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "Title as the source gives it, or a note that it gives none"
         *               },
         *               {
         *                 "name": "kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "leader",
         *                     "cited_person"
         *                   ]
         *                 },
         *                 "description": "leader: in power; cited_person: named as a claimant"
         *               },
         *               {
         *                 "name": "country.code",
         *                 "type": "string",
         *                 "description": "Null unless the source ties the person to a country or a reference gives it: basis.country says which (kind source or reference)"
         *               },
         *               {
         *                 "name": "country.name",
         *                 "type": "string",
         *                 "description": "Null unless the source ties the person to a country or a reference gives it: basis.country says which (kind source or reference)"
         *               },
         *               {
         *                 "name": "affiliation",
         *                 "type": "string"
         *               },
         *               {
         *                 "name": "inOffice",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "Status as of the (undated) source"
         *               },
         *               {
         *                 "name": "quote",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "Where the source names the person"
         *               },
         *               {
         *                 "name": "quoteStart",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "quoteEnd",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "source.id",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "source.title",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "basis.name.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.name.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.name.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.name.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.name.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.name.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.name.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.name.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "basis.nameSource.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.nameSource.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.nameSource.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.nameSource.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.nameSource.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.nameSource.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.nameSource.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.nameSource.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "basis.role.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.role.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.role.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.role.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.role.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.role.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.role.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.role.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "basis.title.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.title.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.title.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.title.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.title.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.title.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.title.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.title.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "basis.kind.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.kind.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.kind.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.kind.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.kind.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.kind.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.kind.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.kind.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "basis.country.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.country.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.country.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.country.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.country.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.country.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.country.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.country.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "basis.affiliation.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.affiliation.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.affiliation.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.affiliation.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.affiliation.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.affiliation.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.affiliation.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.affiliation.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "basis.inOffice.kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "source",
         *                     "reference",
         *                     "summary",
         *                     "not_stated",
         *                     "not_recorded"
         *                   ]
         *                 },
         *                 "description": "source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis"
         *               },
         *               {
         *                 "name": "basis.inOffice.sourceId",
         *                 "type": "string",
         *                 "description": "kind source: the source that states the value"
         *               },
         *               {
         *                 "name": "basis.inOffice.quote.text",
         *                 "type": "string",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.inOffice.quote.start",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.inOffice.quote.end",
         *                 "type": "integer",
         *                 "description": "kind source: where the source states it, verbatim, with code point offsets"
         *               },
         *               {
         *                 "name": "basis.inOffice.reference",
         *                 "type": "string",
         *                 "constraints": {
         *                   "enum": [
         *                     "iso_3166_1",
         *                     "curator_knowledge"
         *                   ]
         *                 },
         *                 "description": "kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what)"
         *               },
         *               {
         *                 "name": "basis.inOffice.claimIds",
         *                 "type": "string",
         *                 "description": "kind summary: the claims the value summarises (empty otherwise). Items separated by \"; \", each a value; empty when there are none"
         *               },
         *               {
         *                 "name": "basis.inOffice.note",
         *                 "type": "string",
         *                 "description": "What the basis does not show by itself: an inference, a vagueness, a package version"
         *               },
         *               {
         *                 "name": "version",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "updatedAt",
         *                 "type": "datetime",
         *                 "format": "any",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "ISO 8601 in UTC, with milliseconds"
         *               }
         *             ],
         *             "primaryKey": "id",
         *             "foreignKeys": [
         *               {
         *                 "fields": "country.code",
         *                 "reference": {
         *                   "resource": "countries",
         *                   "fields": "code"
         *                 }
         *               },
         *               {
         *                 "fields": "source.id",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.name.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.nameSource.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.role.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.title.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.kind.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.country.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.affiliation.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "basis.inOffice.sourceId",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               }
         *             ],
         *             "missingValues": [
         *               ""
         *             ]
         *           }
         *         },
         *         {
         *           "name": "claims",
         *           "path": "data/claims.csv",
         *           "profile": "tabular-data-resource",
         *           "title": "Claims",
         *           "description": "Who said what about a country’s support for Russia, the verbatim quote with its code point offsets, and how far the source stands behind it.",
         *           "format": "csv",
         *           "mediatype": "text/csv",
         *           "encoding": "utf-8",
         *           "bytes": 17424,
         *           "hash": "sha256:def624c1ea7fb975dcedd40b5d2c2e1cf6f1b5b6c9e050e8cf64cc5093412113",
         *           "dialect": {
         *             "delimiter": ",",
         *             "lineTerminator": "\r\n",
         *             "quoteChar": "\"",
         *             "doubleQuote": true,
         *             "header": true
         *           },
         *           "schema": {
         *             "fields": [
         *               {
         *                 "name": "id",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "country.code",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "The country the claim is about"
         *               },
         *               {
         *                 "name": "country.name",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "The country the claim is about"
         *               },
         *               {
         *                 "name": "claimant.name",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "Who made a claim or stated a figure: a named person or a described actor"
         *               },
         *               {
         *                 "name": "claimant.type",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "government_official",
         *                     "state_media",
         *                     "opposition_media",
         *                     "independent_media",
         *                     "expert",
         *                     "journalist",
         *                     "organisation",
         *                     "other"
         *                   ]
         *                 },
         *                 "description": "Who made a claim or stated a figure: a named person or a described actor"
         *               },
         *               {
         *                 "name": "claimant.leaderId",
         *                 "type": "string",
         *                 "description": "Set when the actor is a person in /v1/leaders"
         *               },
         *               {
         *                 "name": "statement",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "English summary written by the curators"
         *               },
         *               {
         *                 "name": "quote",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "Verbatim excerpt of the source the claim rests on"
         *               },
         *               {
         *                 "name": "quoteStart",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "Code point offset of the quote in the source text"
         *               },
         *               {
         *                 "name": "quoteEnd",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "source.id",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "source.title",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "topic",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "military",
         *                     "troops",
         *                     "economic",
         *                     "trade",
         *                     "diplomatic",
         *                     "rhetorical",
         *                     "ideological",
         *                     "technology",
         *                     "labour",
         *                     "unspecified",
         *                     "other"
         *                   ]
         *                 },
         *                 "description": "The primary topic: the first of `topics` (kept for sorting and for older clients)"
         *               },
         *               {
         *                 "name": "topics",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "pattern": "(?:military|troops|economic|trade|diplomatic|rhetorical|ideological|technology|labour|unspecified|other)(?:; (?:military|troops|economic|trade|diplomatic|rhetorical|ideological|technology|labour|unspecified|other))*"
         *                 },
         *                 "description": "Every topic the quoted sentence holds (e.g. troops and economic), the primary one first; `topic=` matches any. Values separated by \"; \", each one of: military, troops, economic, trade, diplomatic, rhetorical, ideological, technology, labour, unspecified, other"
         *               },
         *               {
         *                 "name": "verification",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "verified",
         *                     "reported",
         *                     "asserted",
         *                     "unverified",
         *                     "disputed"
         *                   ]
         *                 },
         *                 "description": "How far the source stands behind the claim: verified, reported (attributed), asserted (the source’s own voice), unverified (the source says so), disputed"
         *               },
         *               {
         *                 "name": "verificationNote",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "verificationQuote.text",
         *                 "type": "string",
         *                 "description": "The passage of the source about verification, if any"
         *               },
         *               {
         *                 "name": "verificationQuote.start",
         *                 "type": "integer",
         *                 "description": "The passage of the source about verification, if any"
         *               },
         *               {
         *                 "name": "verificationQuote.end",
         *                 "type": "integer",
         *                 "description": "The passage of the source about verification, if any"
         *               },
         *               {
         *                 "name": "claimedAt",
         *                 "type": "string",
         *                 "description": "When the claim was made: an ISO 8601 date, possibly partial, only when the source states it; never the period the claim is about (its trade figures carry that)"
         *               },
         *               {
         *                 "name": "dateNote",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "What the source says about time, including its vagueness"
         *               },
         *               {
         *                 "name": "status",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "active",
         *                     "retracted"
         *                   ]
         *                 }
         *               },
         *               {
         *                 "name": "retractionReason",
         *                 "type": "string"
         *               },
         *               {
         *                 "name": "version",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "createdAt",
         *                 "type": "datetime",
         *                 "format": "any",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "ISO 8601 in UTC, with milliseconds"
         *               },
         *               {
         *                 "name": "updatedAt",
         *                 "type": "datetime",
         *                 "format": "any",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "ISO 8601 in UTC, with milliseconds"
         *               }
         *             ],
         *             "primaryKey": "id",
         *             "foreignKeys": [
         *               {
         *                 "fields": "country.code",
         *                 "reference": {
         *                   "resource": "countries",
         *                   "fields": "code"
         *                 }
         *               },
         *               {
         *                 "fields": "claimant.leaderId",
         *                 "reference": {
         *                   "resource": "leaders",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "source.id",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               }
         *             ],
         *             "missingValues": [
         *               ""
         *             ]
         *           }
         *         },
         *         {
         *           "name": "trade-figures",
         *           "path": "data/trade-figures.csv",
         *           "profile": "tabular-data-resource",
         *           "title": "Trade figures",
         *           "description": "Trade figures the source states, in base units, with the quote they come from and any caveat.",
         *           "format": "csv",
         *           "mediatype": "text/csv",
         *           "encoding": "utf-8",
         *           "bytes": 3503,
         *           "hash": "sha256:a9ce17925f74e426032a2890a1a0ac8d7394f9db3e5ed63dc3df91374d49a18a",
         *           "dialect": {
         *             "delimiter": ",",
         *             "lineTerminator": "\r\n",
         *             "quoteChar": "\"",
         *             "doubleQuote": true,
         *             "header": true
         *           },
         *           "schema": {
         *             "fields": [
         *               {
         *                 "name": "id",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "reporter.code",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "The country whose trade is measured"
         *               },
         *               {
         *                 "name": "reporter.name",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "The country whose trade is measured"
         *               },
         *               {
         *                 "name": "partner.code",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "partner.name",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "indicator",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "total_trade",
         *                     "bilateral_trade",
         *                     "oil_imports",
         *                     "exports",
         *                     "imports",
         *                     "other"
         *                   ]
         *                 },
         *                 "description": "bilateral_trade: all trade between reporter and partner; total_trade: the reporter’s trade with the whole world; oil_imports, exports, imports: the reporter’s, from or to the partner"
         *               },
         *               {
         *                 "name": "value",
         *                 "type": "number",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "In base units: USD as dollars (40000000000, not 40), percent as 12 for 12%"
         *               },
         *               {
         *                 "name": "unit",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "USD",
         *                     "percent",
         *                     "ratio"
         *                   ]
         *                 }
         *               },
         *               {
         *                 "name": "kind",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "level",
         *                     "change",
         *                     "ratio"
         *                   ]
         *                 },
         *                 "description": "level: an amount; change: a rise or fall; ratio: a multiple"
         *               },
         *               {
         *                 "name": "approximate",
         *                 "type": "boolean",
         *                 "trueValues": [
         *                   "true"
         *                 ],
         *                 "falseValues": [
         *                   "false"
         *                 ],
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "The source hedges the number (e.g. “environ”)"
         *               },
         *               {
         *                 "name": "period.start",
         *                 "type": "string",
         *                 "description": "ISO date, only when the source fixes it"
         *               },
         *               {
         *                 "name": "period.end",
         *                 "type": "string"
         *               },
         *               {
         *                 "name": "period.label",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "The source’s own wording of the period"
         *               },
         *               {
         *                 "name": "statedBy.name",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "Who gives the figure; type other and no leaderId when the source leaves it unclear"
         *               },
         *               {
         *                 "name": "statedBy.type",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "government_official",
         *                     "state_media",
         *                     "opposition_media",
         *                     "independent_media",
         *                     "expert",
         *                     "journalist",
         *                     "organisation",
         *                     "other"
         *                   ]
         *                 },
         *                 "description": "Who gives the figure; type other and no leaderId when the source leaves it unclear"
         *               },
         *               {
         *                 "name": "statedBy.leaderId",
         *                 "type": "string",
         *                 "description": "Set when the actor is a person in /v1/leaders"
         *               },
         *               {
         *                 "name": "quote",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "quoteStart",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "quoteEnd",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "source.id",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "source.title",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "caveat",
         *                 "type": "string",
         *                 "description": "Where the source’s arithmetic or comparison is questionable"
         *               },
         *               {
         *                 "name": "status",
         *                 "type": "string",
         *                 "constraints": {
         *                   "required": true,
         *                   "enum": [
         *                     "active",
         *                     "retracted"
         *                   ]
         *                 }
         *               },
         *               {
         *                 "name": "retractionReason",
         *                 "type": "string"
         *               },
         *               {
         *                 "name": "version",
         *                 "type": "integer",
         *                 "constraints": {
         *                   "required": true
         *                 }
         *               },
         *               {
         *                 "name": "createdAt",
         *                 "type": "datetime",
         *                 "format": "any",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "ISO 8601 in UTC, with milliseconds"
         *               },
         *               {
         *                 "name": "updatedAt",
         *                 "type": "datetime",
         *                 "format": "any",
         *                 "constraints": {
         *                   "required": true
         *                 },
         *                 "description": "ISO 8601 in UTC, with milliseconds"
         *               }
         *             ],
         *             "primaryKey": "id",
         *             "foreignKeys": [
         *               {
         *                 "fields": "reporter.code",
         *                 "reference": {
         *                   "resource": "countries",
         *                   "fields": "code"
         *                 }
         *               },
         *               {
         *                 "fields": "partner.code",
         *                 "reference": {
         *                   "resource": "countries",
         *                   "fields": "code"
         *                 }
         *               },
         *               {
         *                 "fields": "statedBy.leaderId",
         *                 "reference": {
         *                   "resource": "leaders",
         *                   "fields": "id"
         *                 }
         *               },
         *               {
         *                 "fields": "source.id",
         *                 "reference": {
         *                   "resource": "sources",
         *                   "fields": "id"
         *                 }
         *               }
         *             ],
         *             "missingValues": [
         *               ""
         *             ]
         *           }
         *         }
         *       ]
         *     }
         */
        DataPackage: {
            created: string;
            licenses: ({
                name: string;
                path: string;
            } & {
                [key: string]: unknown;
            })[];
            name: string;
            /** @constant */
            profile: "tabular-data-package";
            resources: ({
                /** @description sha256:<hex> of the CSV */
                hash: string;
                /** @enum {string} */
                name: "sources" | "countries" | "leaders" | "claims" | "trade-figures";
                /** @description Relative to the descriptor, here and inside the zip */
                path: string;
                schema: {
                    fields: ({
                        constraints?: {
                            enum?: string[];
                            pattern?: string;
                            required?: boolean;
                        } & {
                            [key: string]: unknown;
                        };
                        description?: string;
                        format?: string;
                        name: string;
                        /** @enum {string} */
                        type: "string" | "integer" | "number" | "boolean" | "datetime";
                    } & {
                        [key: string]: unknown;
                    })[];
                    foreignKeys?: ({
                        fields: string;
                        reference: {
                            fields: string;
                            resource: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    })[];
                    primaryKey: string;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            title: string;
            /** @description The dataset version */
            version: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "title": "allies-api: who backs Russia’s war, and on what evidence",
         *       "description": "Structured, source-traceable data on the four countries the source article says still back Russia\nas it invades Ukraine (Belarus, China, Iran, North Korea): countries, leaders, claims and trade figures.\n\nEvery claim and figure carries the verbatim French quote it rests on, its Unicode code point offsets\ninto the stored source text, who made it and how far the source stands behind it. The seed loader\nrefuses any quote that is not verbatim at its offsets. Where the source is vague (no date,\n“récemment”, unnamed “opposition media”), the record says exactly that.",
         *       "license": {
         *         "code": "MIT",
         *         "data": "CC0-1.0",
         *         "spdx": "MIT AND CC0-1.0",
         *         "statement": "Code: MIT. Data: CC0-1.0; the verbatim quotes are short excerpts of the cited sources, kept for verification, and remain their authors’.",
         *         "urls": {
         *           "code": "https://spdx.org/licenses/MIT.html",
         *           "data": "https://creativecommons.org/publicdomain/zero/1.0/"
         *         }
         *       },
         *       "version": 1,
         *       "apiVersion": "0.1.0",
         *       "lastUpdated": "2026-11-23T00:00:00.000Z",
         *       "counts": {
         *         "countries": 6,
         *         "leaders": 7,
         *         "claims": 22,
         *         "tradeFigures": 5,
         *         "sources": 1
         *       },
         *       "sources": [
         *         {
         *           "id": "putin-allies-four-countries",
         *           "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine",
         *           "url": "/v1/sources/putin-allies-four-countries"
         *         }
         *       ],
         *       "links": {
         *         "countries": "/v1/countries",
         *         "leaders": "/v1/leaders",
         *         "claims": "/v1/claims",
         *         "tradeFigures": "/v1/trade-figures",
         *         "sources": "/v1/sources",
         *         "downloads": "/v1/downloads",
         *         "openapi": "/openapi.json",
         *         "docs": "/docs"
         *       }
         *     }
         */
        Dataset: {
            apiVersion: string;
            counts: {
                claims: number;
                countries: number;
                leaders: number;
                sources: number;
                tradeFigures: number;
            };
            description: string;
            lastUpdated: string;
            license: components["schemas"]["License"];
            links: {
                [key: string]: string;
            };
            sources: {
                id: string;
                title: string;
                url: string;
            }[];
            title: string;
            /** @description Dataset version; moves with every change to the data */
            version: number;
        };
        /**
         * @example {
         *       "url": "/v1/downloads/datapackage.json",
         *       "filename": "allies-api-v1-datapackage.json",
         *       "format": "datapackage",
         *       "mediaType": "application/json; charset=utf-8",
         *       "resource": null,
         *       "bytes": 66776,
         *       "sha256": "67b296073597f8a92722d1ccabecb23d61d65b6a5aa40860c35e6b4cb93a29e9"
         *     }
         */
        DownloadFile: {
            bytes: number;
            /** @description The name it is saved as: carries the dataset version */
            filename: string;
            /**
             * @description datapackage: the Frictionless descriptor; zip: descriptor and CSVs in one file; csv, ndjson: one resource; sqlite: the whole database
             * @enum {string}
             */
            format: "datapackage" | "zip" | "csv" | "ndjson" | "sqlite";
            mediaType: string;
            /** @description The resource a CSV or NDJSON file holds; null for the others */
            resource: ("sources" | "countries" | "leaders" | "claims" | "trade-figures") | null;
            /** @description SHA-256 of the file’s bytes, hex: the same dataset version always gives the same bytes */
            sha256: string;
            /** @description Where to fetch it (absolute when PUBLIC_BASE_URL is set) */
            url: string;
        };
        /**
         * @example {
         *       "version": 1,
         *       "updatedAt": "2026-11-23T00:00:00.000Z",
         *       "files": [
         *         {
         *           "url": "/v1/downloads/datapackage.json",
         *           "filename": "allies-api-v1-datapackage.json",
         *           "format": "datapackage",
         *           "mediaType": "application/json; charset=utf-8",
         *           "resource": null,
         *           "bytes": 66776,
         *           "sha256": "67b296073597f8a92722d1ccabecb23d61d65b6a5aa40860c35e6b4cb93a29e9"
         *         },
         *         {
         *           "url": "/v1/downloads/allies-api.zip",
         *           "filename": "allies-api-v1.zip",
         *           "format": "zip",
         *           "mediaType": "application/zip",
         *           "resource": null,
         *           "bytes": 19064,
         *           "sha256": "d9c46300c14735e9a1dd3a316eadf52615c9210254ef435d7efb8ea4fc1aa5a8"
         *         },
         *         {
         *           "url": "/v1/downloads/data/sources.csv",
         *           "filename": "allies-api-v1-sources.csv",
         *           "format": "csv",
         *           "mediaType": "text/csv; charset=utf-8",
         *           "resource": "sources",
         *           "bytes": 7631,
         *           "sha256": "c7ff7e2ad411320ae5fff208aee482db2f481651519b91fae23bab5be7e0d032"
         *         },
         *         {
         *           "url": "/v1/downloads/data/countries.csv",
         *           "filename": "allies-api-v1-countries.csv",
         *           "format": "csv",
         *           "mediaType": "text/csv; charset=utf-8",
         *           "resource": "countries",
         *           "bytes": 6341,
         *           "sha256": "10b3513d496163248540ec686763e78cfe1a15af5678b475c17f792c03e055ba"
         *         },
         *         {
         *           "url": "/v1/downloads/data/leaders.csv",
         *           "filename": "allies-api-v1-leaders.csv",
         *           "format": "csv",
         *           "mediaType": "text/csv; charset=utf-8",
         *           "resource": "leaders",
         *           "bytes": 10729,
         *           "sha256": "449105d757d494e2fcef49fa77116803ca0e5037f2381cf3f8f46c8ada3f6126"
         *         },
         *         {
         *           "url": "/v1/downloads/data/claims.csv",
         *           "filename": "allies-api-v1-claims.csv",
         *           "format": "csv",
         *           "mediaType": "text/csv; charset=utf-8",
         *           "resource": "claims",
         *           "bytes": 17424,
         *           "sha256": "def624c1ea7fb975dcedd40b5d2c2e1cf6f1b5b6c9e050e8cf64cc5093412113"
         *         },
         *         {
         *           "url": "/v1/downloads/data/trade-figures.csv",
         *           "filename": "allies-api-v1-trade-figures.csv",
         *           "format": "csv",
         *           "mediaType": "text/csv; charset=utf-8",
         *           "resource": "trade-figures",
         *           "bytes": 3503,
         *           "sha256": "a9ce17925f74e426032a2890a1a0ac8d7394f9db3e5ed63dc3df91374d49a18a"
         *         },
         *         {
         *           "url": "/v1/downloads/ndjson/sources.ndjson",
         *           "filename": "allies-api-v1-sources.ndjson",
         *           "format": "ndjson",
         *           "mediaType": "application/x-ndjson; charset=utf-8",
         *           "resource": "sources",
         *           "bytes": 7398,
         *           "sha256": "064e6250f943cfd8da39a99b79e4a480fa0d2b32f9296c8b7da0a5ca13d83f74"
         *         },
         *         {
         *           "url": "/v1/downloads/ndjson/countries.ndjson",
         *           "filename": "allies-api-v1-countries.ndjson",
         *           "format": "ndjson",
         *           "mediaType": "application/x-ndjson; charset=utf-8",
         *           "resource": "countries",
         *           "bytes": 9279,
         *           "sha256": "6a1a038d820e3504212647e2ef455473cd01326fb33946b9af3d01978f6697ad"
         *         },
         *         {
         *           "url": "/v1/downloads/ndjson/leaders.ndjson",
         *           "filename": "allies-api-v1-leaders.ndjson",
         *           "format": "ndjson",
         *           "mediaType": "application/x-ndjson; charset=utf-8",
         *           "resource": "leaders",
         *           "bytes": 16187,
         *           "sha256": "7fd56d55aaf69e529e17ad2fbf427c9a73ed4527b68328a2acc38b1738b72137"
         *         },
         *         {
         *           "url": "/v1/downloads/ndjson/claims.ndjson",
         *           "filename": "allies-api-v1-claims.ndjson",
         *           "format": "ndjson",
         *           "mediaType": "application/x-ndjson; charset=utf-8",
         *           "resource": "claims",
         *           "bytes": 24619,
         *           "sha256": "dd2dc905a83142ef16a969267d8aebb5e7df895a078c89c135a288ea8ebbcd7d"
         *         },
         *         {
         *           "url": "/v1/downloads/ndjson/trade-figures.ndjson",
         *           "filename": "allies-api-v1-trade-figures.ndjson",
         *           "format": "ndjson",
         *           "mediaType": "application/x-ndjson; charset=utf-8",
         *           "resource": "trade-figures",
         *           "bytes": 4979,
         *           "sha256": "0cab8762088ddf2a74b27ce81c70fa578fe891c713f964fe107e71622333383f"
         *         },
         *         {
         *           "url": "/v1/downloads/sqlite/1",
         *           "filename": "allies-api-v1.db",
         *           "format": "sqlite",
         *           "mediaType": "application/vnd.sqlite3",
         *           "resource": null,
         *           "bytes": 454656,
         *           "sha256": "61ac9f13ba34105c225d2d6b337cb19ae81e73205c8dee8a1c45e4a7b8d5aed5"
         *         }
         *       ]
         *     }
         */
        DownloadList: {
            files: components["schemas"]["DownloadFile"][];
            /** @description When that version was made */
            updatedAt: string;
            /** @description The dataset version every file was built from */
            version: number;
        };
        /** @description An embedded list is bounded (includeLimit): how many there are in all, and where the rest is. */
        EmbeddedList: {
            /** @description At most this many are embedded: includeLimit */
            limit: number;
            /** @description The full list; the embedded records are its first page of `limit` records */
            list: string;
            /** @description The page of the full list right after the embedded records, null when every record is embedded */
            next: string | null;
            /** @description How many records the full list has (its meta.total) */
            total: number;
        };
        /**
         * @example {
         *       "claimId": "by-troops-in-action-opposition-media",
         *       "quote": {
         *         "text": "les médias de l’opposition ont affirmé que des troupes biélorusses étaient également entrées en action",
         *         "start": 869,
         *         "end": 971
         *       },
         *       "paragraph": {
         *         "text": "Le pays a principalement servi de “tremplin” aux troupes russes, mais les médias de l’opposition ont affirmé que des troupes biélorusses étaient également entrées en action.",
         *         "start": 799,
         *         "end": 972
         *       },
         *       "source": {
         *         "id": "putin-allies-four-countries",
         *         "kind": "news_article",
         *         "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine",
         *         "author": "Jessie Neal",
         *         "publisher": null,
         *         "language": "fr",
         *         "url": null,
         *         "publishedAt": null,
         *         "dateNote": "Not dated. The text refers to the invasion as under way “depuis février”, to a statement made “en juin”, and to 2021 as a past year, so it was written in June or later of a year after 2021; the year itself is not stated.",
         *         "retrievedAt": "2026-11-23T00:00:00.000Z",
         *         "textSha256": "368555f4f22c6e72b65d3b6b929ee6243f23c60b5cacb5832150d82a577c3734",
         *         "textUrl": "/v1/sources/putin-allies-four-countries/text"
         *       },
         *       "offsetUnit": "unicode_code_point",
         *       "matches": true,
         *       "verificationQuote": {
         *         "text": "D’autres médias n’ont cependant pas vérifié ces affirmations de manière indépendante.",
         *         "start": 974,
         *         "end": 1059
         *       }
         *     }
         */
        Evidence: {
            claimId: string;
            /** @description Whether the quote is verbatim at its offsets in the stored source text right now */
            matches: boolean;
            /** @constant */
            offsetUnit: "unicode_code_point";
            /** @description The paragraph of the source text that contains the quote */
            paragraph: components["schemas"]["TextSpan"];
            quote: components["schemas"]["TextSpan"];
            source: components["schemas"]["EvidenceSource"];
            verificationQuote: components["schemas"]["TextSpan"] | null;
        };
        /**
         * @example {
         *       "data": {
         *         "claimId": "by-troops-in-action-opposition-media",
         *         "quote": {
         *           "text": "les médias de l’opposition ont affirmé que des troupes biélorusses étaient également entrées en action",
         *           "start": 869,
         *           "end": 971
         *         },
         *         "paragraph": {
         *           "text": "Le pays a principalement servi de “tremplin” aux troupes russes, mais les médias de l’opposition ont affirmé que des troupes biélorusses étaient également entrées en action.",
         *           "start": 799,
         *           "end": 972
         *         },
         *         "source": {
         *           "id": "putin-allies-four-countries",
         *           "kind": "news_article",
         *           "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine",
         *           "author": "Jessie Neal",
         *           "publisher": null,
         *           "language": "fr",
         *           "url": null,
         *           "publishedAt": null,
         *           "dateNote": "Not dated. The text refers to the invasion as under way “depuis février”, to a statement made “en juin”, and to 2021 as a past year, so it was written in June or later of a year after 2021; the year itself is not stated.",
         *           "retrievedAt": "2026-11-23T00:00:00.000Z",
         *           "textSha256": "368555f4f22c6e72b65d3b6b929ee6243f23c60b5cacb5832150d82a577c3734",
         *           "textUrl": "/v1/sources/putin-allies-four-countries/text"
         *         },
         *         "offsetUnit": "unicode_code_point",
         *         "matches": true,
         *         "verificationQuote": {
         *           "text": "D’autres médias n’ont cependant pas vérifié ces affirmations de manière indépendante.",
         *           "start": 974,
         *           "end": 1059
         *         }
         *       }
         *     }
         */
        EvidenceResponse: {
            data: components["schemas"]["Evidence"];
        };
        /**
         * @example {
         *       "id": "putin-allies-four-countries",
         *       "kind": "news_article",
         *       "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine",
         *       "author": "Jessie Neal",
         *       "publisher": null,
         *       "language": "fr",
         *       "url": null,
         *       "publishedAt": null,
         *       "dateNote": "Not dated. The text refers to the invasion as under way “depuis février”, to a statement made “en juin”, and to 2021 as a past year, so it was written in June or later of a year after 2021; the year itself is not stated.",
         *       "retrievedAt": "2026-11-23T00:00:00.000Z",
         *       "textSha256": "368555f4f22c6e72b65d3b6b929ee6243f23c60b5cacb5832150d82a577c3734",
         *       "textUrl": "/v1/sources/putin-allies-four-countries/text"
         *     }
         */
        EvidenceSource: {
            author: string | null;
            dateNote: string;
            id: string;
            kind: string;
            language: string;
            publishedAt: string | null;
            publisher: string | null;
            retrievedAt: string;
            /** @description SHA-256 (hex) of the UTF-8 source text served at textUrl */
            textSha256: string;
            textUrl: string;
            title: string;
            url: string | null;
        };
        /**
         * @description Whether a field comes from the source (and where) or from reference knowledge (and which)
         * @example {
         *       "kind": "reference",
         *       "sourceId": null,
         *       "quote": null,
         *       "reference": "curator_knowledge",
         *       "claimIds": [],
         *       "note": "He leads North Korea. The article never ties him to a country: his name appears only in the line « Les alliés de Poutine : Kim Jong Un », placed above the Iran section (see note caption-kim-jong-un-above-iran)."
         *     }
         */
        FieldBasis: {
            /** @description kind summary: the claims the value summarises (empty otherwise) */
            claimIds: string[];
            /**
             * @description source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis
             * @enum {string}
             */
            kind: "source" | "reference" | "summary" | "not_stated" | "not_recorded";
            /** @description What the basis does not show by itself: an inference, a vagueness, a package version */
            note: string | null;
            /** @description kind source: where the source states it, verbatim, with code point offsets */
            quote: components["schemas"]["TextSpan"] | null;
            /** @description kind reference: iso_3166_1: ISO 3166-1 codes and short names as packaged by i18n-iso-countries (the note names the version); curator_knowledge: the curators’ general knowledge, checked against no named document (the note says what) */
            reference: ("iso_3166_1" | "curator_knowledge") | null;
            /** @description kind source: the source that states the value */
            sourceId: string | null;
        };
        /**
         * @description The basis of a field, as written: source: the source states the value at `quote` (rendered in English where the source is French); reference: not in the source, from `reference`; summary: the curators’ summary of the claims in `claimIds`; not_stated: the source does not give it; not_recorded: written without a basis
         * @example {
         *       "kind": "source",
         *       "sourceId": "putin-allies-four-countries",
         *       "quote": "Le ministre iranien du pétrole",
         *       "note": "Ties him to Iran."
         *     }
         */
        FieldBasisWriteInput: {
            /** @constant */
            kind: "source";
            note?: string | null;
            /** @description Verbatim excerpt stating the value; the server records its offsets */
            quote: string;
            /** @description Code point offset choosing among several occurrences of the quote; the server still checks it */
            quoteOffsetHint?: number;
            sourceId: string;
        } | {
            /** @constant */
            kind: "reference";
            /** @description What the reference says, and which edition */
            note: string;
            /** @enum {string} */
            reference: "iso_3166_1" | "curator_knowledge";
        } | {
            claimIds: string[];
            /** @constant */
            kind: "summary";
            note?: string | null;
        } | {
            /** @constant */
            kind: "not_stated";
            note?: string | null;
        };
        /**
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @constant */
            status: "ok";
        };
        /**
         * @example {
         *       "id": "javad-owji",
         *       "name": "Javad Owji",
         *       "nameSource": "Javad Owji",
         *       "role": "minister",
         *       "title": "Iran’s oil minister",
         *       "kind": "cited_person",
         *       "country": {
         *         "code": "IR",
         *         "name": "Iran"
         *       },
         *       "affiliation": "Iranian government",
         *       "inOffice": "Oil minister when he spoke “en juin” (June; year not stated).",
         *       "quote": "Le ministre iranien du pétrole, Javad Owji",
         *       "quoteStart": 2227,
         *       "quoteEnd": 2269,
         *       "source": {
         *         "id": "putin-allies-four-countries",
         *         "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *       },
         *       "basis": {
         *         "name": {
         *           "kind": "source",
         *           "sourceId": "putin-allies-four-countries",
         *           "quote": {
         *             "text": "Javad Owji",
         *             "start": 2259,
         *             "end": 2269
         *           },
         *           "reference": null,
         *           "claimIds": [],
         *           "note": null
         *         },
         *         "nameSource": {
         *           "kind": "source",
         *           "sourceId": "putin-allies-four-countries",
         *           "quote": {
         *             "text": "Javad Owji",
         *             "start": 2259,
         *             "end": 2269
         *           },
         *           "reference": null,
         *           "claimIds": [],
         *           "note": null
         *         },
         *         "role": {
         *           "kind": "source",
         *           "sourceId": "putin-allies-four-countries",
         *           "quote": {
         *             "text": "Le ministre iranien du pétrole",
         *             "start": 2227,
         *             "end": 2257
         *           },
         *           "reference": null,
         *           "claimIds": [],
         *           "note": null
         *         },
         *         "title": {
         *           "kind": "source",
         *           "sourceId": "putin-allies-four-countries",
         *           "quote": {
         *             "text": "Le ministre iranien du pétrole",
         *             "start": 2227,
         *             "end": 2257
         *           },
         *           "reference": null,
         *           "claimIds": [],
         *           "note": null
         *         },
         *         "kind": {
         *           "kind": "source",
         *           "sourceId": "putin-allies-four-countries",
         *           "quote": {
         *             "text": "a déclaré en juin",
         *             "start": 2271,
         *             "end": 2288
         *           },
         *           "reference": null,
         *           "claimIds": [],
         *           "note": "Cited for what he said."
         *         },
         *         "country": {
         *           "kind": "source",
         *           "sourceId": "putin-allies-four-countries",
         *           "quote": {
         *             "text": "Le ministre iranien du pétrole",
         *             "start": 2227,
         *             "end": 2257
         *           },
         *           "reference": null,
         *           "claimIds": [],
         *           "note": null
         *         },
         *         "affiliation": {
         *           "kind": "source",
         *           "sourceId": "putin-allies-four-countries",
         *           "quote": {
         *             "text": "Le ministre iranien du pétrole",
         *             "start": 2227,
         *             "end": 2257
         *           },
         *           "reference": null,
         *           "claimIds": [],
         *           "note": "“Iranian government” renders « ministre iranien »."
         *         },
         *         "inOffice": {
         *           "kind": "source",
         *           "sourceId": "putin-allies-four-countries",
         *           "quote": {
         *             "text": "a déclaré en juin",
         *             "start": 2271,
         *             "end": 2288
         *           },
         *           "reference": null,
         *           "claimIds": [],
         *           "note": "The year is not stated."
         *         }
         *       },
         *       "version": 1,
         *       "updatedAt": "2026-11-23T00:00:00.000Z"
         *     }
         */
        Leader: {
            affiliation: string | null;
            /** @description Where each field comes from: the source (with its span) or a reference */
            basis: components["schemas"]["LeaderBasis"];
            /** @description Null unless the source ties the person to a country or a reference gives it: basis.country says which (kind source or reference) */
            country: components["schemas"]["CountryRef"] | null;
            id: string;
            /** @description Status as of the (undated) source */
            inOffice: string;
            /**
             * @description leader: in power; cited_person: named as a claimant
             * @enum {string}
             */
            kind: "leader" | "cited_person";
            /** @description English name (basis.name says whether the source gives it) */
            name: string;
            /** @description Name as written in the source */
            nameSource: string;
            /** @description Where the source names the person */
            quote: string;
            quoteEnd: number;
            quoteStart: number;
            /** @description head_of_state, party_leader, minister, expert, ...; basis.role says where it comes from */
            role: string;
            source: components["schemas"]["SourceRef"];
            /** @description Title as the source gives it, or a note that it gives none */
            title: string;
            updatedAt: string;
            version: number;
        };
        /**
         * @description The basis of each field of the person: what the source says (and where) and what comes from reference knowledge
         * @example {
         *       "name": {
         *         "kind": "source",
         *         "sourceId": "putin-allies-four-countries",
         *         "quote": {
         *           "text": "Kim Jong Un",
         *           "start": 1938,
         *           "end": 1949
         *         },
         *         "reference": null,
         *         "claimIds": [],
         *         "note": "In a name line (« Les alliés de Poutine : … ») read as a photo caption from the layout: a short line naming a person before a section; the scraped text does not say it is a caption."
         *       },
         *       "nameSource": {
         *         "kind": "source",
         *         "sourceId": "putin-allies-four-countries",
         *         "quote": {
         *           "text": "Kim Jong Un",
         *           "start": 1938,
         *           "end": 1949
         *         },
         *         "reference": null,
         *         "claimIds": [],
         *         "note": null
         *       },
         *       "role": {
         *         "kind": "reference",
         *         "sourceId": null,
         *         "quote": null,
         *         "reference": "curator_knowledge",
         *         "claimIds": [],
         *         "note": "He leads North Korea as its head of state; the article names no office."
         *       },
         *       "title": {
         *         "kind": "not_stated",
         *         "sourceId": null,
         *         "quote": null,
         *         "reference": null,
         *         "claimIds": [],
         *         "note": "His name appears only in the line « Les alliés de Poutine : Kim Jong Un »."
         *       },
         *       "kind": {
         *         "kind": "reference",
         *         "sourceId": null,
         *         "quote": null,
         *         "reference": "curator_knowledge",
         *         "claimIds": [],
         *         "note": "He is in power in North Korea; the article says only that he is among « Les alliés de Poutine »."
         *       },
         *       "country": {
         *         "kind": "reference",
         *         "sourceId": null,
         *         "quote": null,
         *         "reference": "curator_knowledge",
         *         "claimIds": [],
         *         "note": "He leads North Korea. The article never ties him to a country: his name appears only in the line « Les alliés de Poutine : Kim Jong Un », placed above the Iran section (see note caption-kim-jong-un-above-iran)."
         *       },
         *       "affiliation": {
         *         "kind": "not_stated",
         *         "sourceId": null,
         *         "quote": null,
         *         "reference": null,
         *         "claimIds": [],
         *         "note": null
         *       },
         *       "inOffice": {
         *         "kind": "not_stated",
         *         "sourceId": null,
         *         "quote": null,
         *         "reference": null,
         *         "claimIds": [],
         *         "note": null
         *       }
         *     }
         */
        LeaderBasis: {
            affiliation: components["schemas"]["FieldBasis"];
            country: components["schemas"]["FieldBasis"];
            inOffice: components["schemas"]["FieldBasis"];
            kind: components["schemas"]["FieldBasis"];
            name: components["schemas"]["FieldBasis"];
            nameSource: components["schemas"]["FieldBasis"];
            role: components["schemas"]["FieldBasis"];
            title: components["schemas"]["FieldBasis"];
        };
        /** @description The basis of each field written. A field written without one is served as not_recorded; a field changed by a PATCH without a new basis loses its old one. */
        LeaderBasisWriteInput: {
            affiliation?: components["schemas"]["FieldBasisWriteInput"];
            country?: components["schemas"]["FieldBasisWriteInput"];
            inOffice?: components["schemas"]["FieldBasisWriteInput"];
            kind?: components["schemas"]["FieldBasisWriteInput"];
            name?: components["schemas"]["FieldBasisWriteInput"];
            nameSource?: components["schemas"]["FieldBasisWriteInput"];
            role?: components["schemas"]["FieldBasisWriteInput"];
            title?: components["schemas"]["FieldBasisWriteInput"];
        };
        LeaderCreateInput: {
            affiliation?: string | null;
            /** @description The basis of each field; a countryCode needs basis.country of kind source or reference */
            basis?: components["schemas"]["LeaderBasisWriteInput"];
            countryCode?: string | null;
            inOffice: string;
            /** @enum {string} */
            kind: "leader" | "cited_person";
            name: string;
            /** @description Name as written in the source */
            nameSource: string;
            /** @description Where the source names the person */
            quote: string;
            /** @description Code point offset choosing among several occurrences of the quote; the server still checks it */
            quoteOffsetHint?: number;
            role: string;
            sourceId: string;
            title: string;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "igor-korotchenko",
         *           "name": "Igor Korotchenko",
         *           "nameSource": "Igor Korotchenko",
         *           "role": "expert",
         *           "title": "Defence expert of the Russian channel Channel One",
         *           "kind": "cited_person",
         *           "country": null,
         *           "affiliation": "Channel One (“la chaîne russe Channel One”)",
         *           "inOffice": "Not applicable (holds no office); his own nationality is not stated, only that the channel is Russian.",
         *           "quote": "Igor Korotchenko, expert en défense de la chaîne russe Channel One",
         *           "quoteStart": 2955,
         *           "quoteEnd": 3021,
         *           "source": {
         *             "id": "putin-allies-four-countries",
         *             "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *           },
         *           "basis": {
         *             "name": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Igor Korotchenko",
         *                 "start": 2955,
         *                 "end": 2971
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "nameSource": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Igor Korotchenko",
         *                 "start": 2955,
         *                 "end": 2971
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "role": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "expert en défense",
         *                 "start": 2973,
         *                 "end": 2990
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "title": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Igor Korotchenko, expert en défense de la chaîne russe Channel One",
         *                 "start": 2955,
         *                 "end": 3021
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "kind": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Igor Korotchenko, expert en défense de la chaîne russe Channel One",
         *                 "start": 2955,
         *                 "end": 3021
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": "Cited for what he said."
         *             },
         *             "country": {
         *               "kind": "not_stated",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": null,
         *               "claimIds": [],
         *               "note": "The article says only that his channel is Russian (« la chaîne russe Channel One »)."
         *             },
         *             "affiliation": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "la chaîne russe Channel One",
         *                 "start": 2994,
         *                 "end": 3021
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "inOffice": {
         *               "kind": "not_stated",
         *               "sourceId": null,
         *               "quote": null,
         *               "reference": null,
         *               "claimIds": [],
         *               "note": "He is described as an expert, not as holding an office."
         *             }
         *           },
         *           "version": 1,
         *           "updatedAt": "2026-11-23T00:00:00.000Z"
         *         },
         *         {
         *           "id": "javad-owji",
         *           "name": "Javad Owji",
         *           "nameSource": "Javad Owji",
         *           "role": "minister",
         *           "title": "Iran’s oil minister",
         *           "kind": "cited_person",
         *           "country": {
         *             "code": "IR",
         *             "name": "Iran"
         *           },
         *           "affiliation": "Iranian government",
         *           "inOffice": "Oil minister when he spoke “en juin” (June; year not stated).",
         *           "quote": "Le ministre iranien du pétrole, Javad Owji",
         *           "quoteStart": 2227,
         *           "quoteEnd": 2269,
         *           "source": {
         *             "id": "putin-allies-four-countries",
         *             "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *           },
         *           "basis": {
         *             "name": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Javad Owji",
         *                 "start": 2259,
         *                 "end": 2269
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "nameSource": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Javad Owji",
         *                 "start": 2259,
         *                 "end": 2269
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "role": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Le ministre iranien du pétrole",
         *                 "start": 2227,
         *                 "end": 2257
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "title": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Le ministre iranien du pétrole",
         *                 "start": 2227,
         *                 "end": 2257
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "kind": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "a déclaré en juin",
         *                 "start": 2271,
         *                 "end": 2288
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": "Cited for what he said."
         *             },
         *             "country": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Le ministre iranien du pétrole",
         *                 "start": 2227,
         *                 "end": 2257
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": null
         *             },
         *             "affiliation": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "Le ministre iranien du pétrole",
         *                 "start": 2227,
         *                 "end": 2257
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": "“Iranian government” renders « ministre iranien »."
         *             },
         *             "inOffice": {
         *               "kind": "source",
         *               "sourceId": "putin-allies-four-countries",
         *               "quote": {
         *                 "text": "a déclaré en juin",
         *                 "start": 2271,
         *                 "end": 2288
         *               },
         *               "reference": null,
         *               "claimIds": [],
         *               "note": "The year is not stated."
         *             }
         *           },
         *           "version": 1,
         *           "updatedAt": "2026-11-23T00:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "total": 2,
         *         "limit": 20,
         *         "nextCursor": null,
         *         "prevCursor": null
         *       },
         *       "links": {
         *         "self": "/v1/leaders?kind=cited_person",
         *         "first": "/v1/leaders?kind=cited_person",
         *         "prev": null,
         *         "next": null
         *       }
         *     }
         */
        LeaderList: {
            data: components["schemas"]["Leader"][];
            links: components["schemas"]["ListLinks"];
            meta: components["schemas"]["ListMeta"];
        };
        LeaderPatchInput: {
            affiliation?: string | null;
            /** @description The basis of each field; a countryCode needs basis.country of kind source or reference */
            basis?: components["schemas"]["LeaderBasisWriteInput"];
            countryCode?: string | null;
            inOffice?: string;
            /** @enum {string} */
            kind?: "leader" | "cited_person";
            name?: string;
            /** @description Name as written in the source */
            nameSource?: string;
            /** @description Where the source names the person */
            quote?: string;
            /** @description Code point offset choosing among several occurrences of the quote; the server still checks it */
            quoteOffsetHint?: number;
            /** @description Why the record is changed */
            reason: string;
            role?: string;
            sourceId?: string;
            title?: string;
        };
        /**
         * @example {
         *       "data": {
         *         "id": "javad-owji",
         *         "name": "Javad Owji",
         *         "nameSource": "Javad Owji",
         *         "role": "minister",
         *         "title": "Iran’s oil minister",
         *         "kind": "cited_person",
         *         "country": {
         *           "code": "IR",
         *           "name": "Iran"
         *         },
         *         "affiliation": "Iranian government",
         *         "inOffice": "Oil minister when he spoke “en juin” (June; year not stated).",
         *         "quote": "Le ministre iranien du pétrole, Javad Owji",
         *         "quoteStart": 2227,
         *         "quoteEnd": 2269,
         *         "source": {
         *           "id": "putin-allies-four-countries",
         *           "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *         },
         *         "basis": {
         *           "name": {
         *             "kind": "source",
         *             "sourceId": "putin-allies-four-countries",
         *             "quote": {
         *               "text": "Javad Owji",
         *               "start": 2259,
         *               "end": 2269
         *             },
         *             "reference": null,
         *             "claimIds": [],
         *             "note": null
         *           },
         *           "nameSource": {
         *             "kind": "source",
         *             "sourceId": "putin-allies-four-countries",
         *             "quote": {
         *               "text": "Javad Owji",
         *               "start": 2259,
         *               "end": 2269
         *             },
         *             "reference": null,
         *             "claimIds": [],
         *             "note": null
         *           },
         *           "role": {
         *             "kind": "source",
         *             "sourceId": "putin-allies-four-countries",
         *             "quote": {
         *               "text": "Le ministre iranien du pétrole",
         *               "start": 2227,
         *               "end": 2257
         *             },
         *             "reference": null,
         *             "claimIds": [],
         *             "note": null
         *           },
         *           "title": {
         *             "kind": "source",
         *             "sourceId": "putin-allies-four-countries",
         *             "quote": {
         *               "text": "Le ministre iranien du pétrole",
         *               "start": 2227,
         *               "end": 2257
         *             },
         *             "reference": null,
         *             "claimIds": [],
         *             "note": null
         *           },
         *           "kind": {
         *             "kind": "source",
         *             "sourceId": "putin-allies-four-countries",
         *             "quote": {
         *               "text": "a déclaré en juin",
         *               "start": 2271,
         *               "end": 2288
         *             },
         *             "reference": null,
         *             "claimIds": [],
         *             "note": "Cited for what he said."
         *           },
         *           "country": {
         *             "kind": "source",
         *             "sourceId": "putin-allies-four-countries",
         *             "quote": {
         *               "text": "Le ministre iranien du pétrole",
         *               "start": 2227,
         *               "end": 2257
         *             },
         *             "reference": null,
         *             "claimIds": [],
         *             "note": null
         *           },
         *           "affiliation": {
         *             "kind": "source",
         *             "sourceId": "putin-allies-four-countries",
         *             "quote": {
         *               "text": "Le ministre iranien du pétrole",
         *               "start": 2227,
         *               "end": 2257
         *             },
         *             "reference": null,
         *             "claimIds": [],
         *             "note": "“Iranian government” renders « ministre iranien »."
         *           },
         *           "inOffice": {
         *             "kind": "source",
         *             "sourceId": "putin-allies-four-countries",
         *             "quote": {
         *               "text": "a déclaré en juin",
         *               "start": 2271,
         *               "end": 2288
         *             },
         *             "reference": null,
         *             "claimIds": [],
         *             "note": "The year is not stated."
         *           }
         *         },
         *         "version": 1,
         *         "updatedAt": "2026-11-23T00:00:00.000Z"
         *       }
         *     }
         */
        LeaderResponse: {
            data: components["schemas"]["Leader"];
        };
        License: {
            /** @description SPDX identifier of the code’s licence */
            code: string;
            /** @description SPDX identifier of the data’s licence */
            data: string;
            /** @description SPDX expression for the whole (the same as the OpenAPI document’s info.license) */
            spdx: string;
            /** @description The split in plain words, as info.license.name and the README state it */
            statement: string;
            urls: {
                code: string;
                data: string;
            };
        };
        /** @description The same links as the Link header (RFC 8288: rel="first", "prev", "next"). Pages are keyset cursors: records inserted or removed elsewhere never shift the page a cursor leads to. */
        ListLinks: {
            /** @description The first page: this query without its cursor */
            first: string;
            /** @description The next page (cursor meta.nextCursor), null on the last page */
            next: string | null;
            /** @description The previous page (cursor meta.prevCursor), null on the first page */
            prev: string | null;
            /** @description This page: the request’s path and query */
            self: string;
        };
        ListMeta: {
            /** @description Counts per value of each requested facet, for the current filters */
            facets?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            limit: number;
            /** @description Opaque cursor for the next page, null on the last page */
            nextCursor: string | null;
            /** @description Opaque cursor for the previous page (pass it as `cursor` too), null on the first page */
            prevCursor: string | null;
            /** @description With q: for each item of data, in its order, the passage around what the search matched */
            snippets?: (components["schemas"]["SearchSnippet"] | null)[];
            /** @description Exact number of records matching the filters */
            total: number;
        };
        /**
         * @description RFC 9457 problem details, served as application/problem+json
         * @example {
         *       "type": "/problems/not-found",
         *       "title": "Not Found",
         *       "status": 404,
         *       "detail": "Country \"ZZ\" was not found.",
         *       "instance": "/v1/countries/ZZ"
         *     }
         */
        Problem: {
            detail: string;
            /** @description One entry per bad parameter, header or body field (400) or per failed check (422) */
            errors?: {
                /** @description What is accepted there, in plain words */
                accepted?: string;
                /** @description The accepted values, when they are a list */
                allowed?: string[];
                /** @description What is wrong with it, in plain words */
                detail: string;
                /** @description The request header at fault */
                header?: string;
                /** @description The query or path parameter at fault */
                parameter?: string;
                /** @description JSON pointer to the body field at fault */
                pointer?: string;
                /** @description What was sent there, as text (JSON for body values), cut after 120 characters; absent when nothing was sent */
                received?: string;
            }[];
            /** @description The request path and query that caused the problem */
            instance: string;
            status: number;
            title: string;
            /**
             * @description Identifies the problem type; a relative URI whose page (HTML, or JSON with Accept: application/json) documents it
             * @enum {string}
             */
            type: "/problems/invalid-request" | "/problems/unauthorized" | "/problems/forbidden" | "/problems/not-found" | "/problems/method-not-allowed" | "/problems/not-acceptable" | "/problems/request-timeout" | "/problems/conflict" | "/problems/precondition-failed" | "/problems/content-too-large" | "/problems/unsupported-media-type" | "/problems/unprocessable-content" | "/problems/precondition-required" | "/problems/too-many-requests" | "/problems/request-header-fields-too-large" | "/problems/internal-error" | "/problems/service-unavailable" | "/problems/client-error" | "/problems/server-error";
        };
        /**
         * @example {
         *       "type": "/problems/not-found",
         *       "slug": "not-found",
         *       "status": 404,
         *       "title": "Not Found",
         *       "description": "No record has this id or code, or no route matches this path.",
         *       "action": "Check the id against the list (for example GET /v1/claims) and the path against the API documentation."
         *     }
         */
        ProblemType: {
            /** @description What the client can do about it */
            action: string;
            /** @description What happened */
            description: string;
            slug: string;
            /** @description The HTTP status it is sent with; null for the generic client and server error types */
            status: number | null;
            /** @description The `title` every problem of this type carries */
            title: string;
            /**
             * @description The URI problem documents carry in `type`: this page
             * @enum {string}
             */
            type: "/problems/invalid-request" | "/problems/unauthorized" | "/problems/forbidden" | "/problems/not-found" | "/problems/method-not-allowed" | "/problems/not-acceptable" | "/problems/request-timeout" | "/problems/conflict" | "/problems/precondition-failed" | "/problems/content-too-large" | "/problems/unsupported-media-type" | "/problems/unprocessable-content" | "/problems/precondition-required" | "/problems/too-many-requests" | "/problems/request-header-fields-too-large" | "/problems/internal-error" | "/problems/service-unavailable" | "/problems/client-error" | "/problems/server-error";
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "type": "/problems/invalid-request",
         *           "slug": "invalid-request",
         *           "status": 400,
         *           "title": "Bad Request",
         *           "description": "A parameter, header or body field is not valid, or the request is not well-formed HTTP. `detail` says which one, what was received and what is accepted; `errors` lists each one with `parameter`, `header` or `pointer` (a JSON pointer into the body), `received` and `accepted`.",
         *           "action": "Correct the named parameters and send the request again; the API documentation lists every accepted value."
         *         },
         *         {
         *           "type": "/problems/unauthorized",
         *           "slug": "unauthorized",
         *           "status": 401,
         *           "title": "Unauthorized",
         *           "description": "A write was sent without a valid curator key. Reads need no key.",
         *           "action": "Send the key as `Authorization: Bearer <key>`; keys are given to curators by whoever runs the API (API_KEYS)."
         *         },
         *         {
         *           "type": "/problems/forbidden",
         *           "slug": "forbidden",
         *           "status": 403,
         *           "title": "Forbidden",
         *           "description": "A browser asked (a CORS preflight) to send a write from a page whose origin this server does not list in CORS_ORIGINS. Reads are open to every origin.",
         *           "action": "Send writes from a page on an origin the server lists (ask whoever runs the API), or from a server rather than a browser."
         *         },
         *         {
         *           "type": "/problems/not-found",
         *           "slug": "not-found",
         *           "status": 404,
         *           "title": "Not Found",
         *           "description": "No record has this id or code, or no route matches this path.",
         *           "action": "Check the id against the list (for example GET /v1/claims) and the path against the API documentation."
         *         },
         *         {
         *           "type": "/problems/method-not-allowed",
         *           "slug": "method-not-allowed",
         *           "status": 405,
         *           "title": "Method Not Allowed",
         *           "description": "The path exists, but not with this method.",
         *           "action": "Use one of the methods in the `Allow` header."
         *         },
         *         {
         *           "type": "/problems/not-acceptable",
         *           "slug": "not-acceptable",
         *           "status": 406,
         *           "title": "Not Acceptable",
         *           "description": "None of the media types in `Accept` (or the `format` parameter) can be served for this resource.",
         *           "action": "Ask for one of the media types `detail` lists, or leave `Accept` out to get JSON."
         *         },
         *         {
         *           "type": "/problems/request-timeout",
         *           "slug": "request-timeout",
         *           "status": 408,
         *           "title": "Request Timeout",
         *           "description": "The request (its headers or its body) did not arrive in time, and the connection was closed.",
         *           "action": "Send the whole request promptly; retrying is safe for reads, and for writes with an Idempotency-Key."
         *         },
         *         {
         *           "type": "/problems/conflict",
         *           "slug": "conflict",
         *           "status": 409,
         *           "title": "Conflict",
         *           "description": "The write conflicts with the current state: the record already exists, or is already retracted.",
         *           "action": "GET the record to see its current state; nothing was written."
         *         },
         *         {
         *           "type": "/problems/precondition-failed",
         *           "slug": "precondition-failed",
         *           "status": 412,
         *           "title": "Precondition Failed",
         *           "description": "The `If-Match` header names a version of the record that is no longer current: someone changed it since you read it.",
         *           "action": "GET the record again, reapply your change to it and send it with the new ETag."
         *         },
         *         {
         *           "type": "/problems/content-too-large",
         *           "slug": "content-too-large",
         *           "status": 413,
         *           "title": "Content Too Large",
         *           "description": "The request body is larger than this server accepts (BODY_LIMIT_BYTES).",
         *           "action": "Send a smaller body; long source texts can be shortened to the part the facts rest on."
         *         },
         *         {
         *           "type": "/problems/unsupported-media-type",
         *           "slug": "unsupported-media-type",
         *           "status": 415,
         *           "title": "Unsupported Media Type",
         *           "description": "The request body is not `application/json` in UTF-8.",
         *           "action": "Send the body as JSON with `Content-Type: application/json`."
         *         },
         *         {
         *           "type": "/problems/unprocessable-content",
         *           "slug": "unprocessable-content",
         *           "status": 422,
         *           "title": "Unprocessable Content",
         *           "description": "The body is well-formed but cannot be accepted: a quote is not verbatim in its source, a reference names no record, or an Idempotency-Key is reused with another body.",
         *           "action": "Read `detail` and `errors`: copy the quote exactly from GET /v1/sources/{id}/text, or use an existing id, or a new key."
         *         },
         *         {
         *           "type": "/problems/precondition-required",
         *           "slug": "precondition-required",
         *           "status": 428,
         *           "title": "Precondition Required",
         *           "description": "A change to a record must say which version it changes, so that two curators cannot overwrite each other.",
         *           "action": "GET the record and send its ETag in `If-Match`."
         *         },
         *         {
         *           "type": "/problems/too-many-requests",
         *           "slug": "too-many-requests",
         *           "status": 429,
         *           "title": "Too Many Requests",
         *           "description": "This client sent more requests than the rate limit allows in its window, or failed to authenticate too often.",
         *           "action": "Wait the number of seconds in `Retry-After`, then retry."
         *         },
         *         {
         *           "type": "/problems/request-header-fields-too-large",
         *           "slug": "request-header-fields-too-large",
         *           "status": 431,
         *           "title": "Request Header Fields Too Large",
         *           "description": "The request headers are larger than this server accepts, and the connection was closed.",
         *           "action": "Send fewer or shorter headers (cookies are a frequent cause)."
         *         },
         *         {
         *           "type": "/problems/internal-error",
         *           "slug": "internal-error",
         *           "status": 500,
         *           "title": "Internal Server Error",
         *           "description": "Something failed that should not have. The details are logged under the request id, never sent.",
         *           "action": "Retry later; if it persists, report the `X-Request-Id` of the response to whoever runs the API."
         *         },
         *         {
         *           "type": "/problems/service-unavailable",
         *           "slug": "service-unavailable",
         *           "status": 503,
         *           "title": "Service Unavailable",
         *           "description": "The server is overloaded, its database is busy or out of space, or it is not ready yet. Nothing was written.",
         *           "action": "Retry after the number of seconds in `Retry-After`."
         *         },
         *         {
         *           "type": "/problems/client-error",
         *           "slug": "client-error",
         *           "status": null,
         *           "title": "Client Error",
         *           "description": "The request cannot be served as sent; the status code and `detail` say why.",
         *           "action": "Read `detail`, correct the request and send it again."
         *         },
         *         {
         *           "type": "/problems/server-error",
         *           "slug": "server-error",
         *           "status": null,
         *           "title": "Server Error",
         *           "description": "The server could not answer; the status code and `detail` say why.",
         *           "action": "Retry later."
         *         }
         *       ]
         *     }
         */
        ProblemTypeList: {
            data: components["schemas"]["ProblemType"][];
        };
        /**
         * @example {
         *       "data": {
         *         "type": "/problems/not-found",
         *         "slug": "not-found",
         *         "status": 404,
         *         "title": "Not Found",
         *         "description": "No record has this id or code, or no route matches this path.",
         *         "action": "Check the id against the list (for example GET /v1/claims) and the path against the API documentation."
         *       }
         *     }
         */
        ProblemTypeResponse: {
            data: components["schemas"]["ProblemType"];
        };
        /**
         * @example {
         *       "status": "ready",
         *       "checks": {
         *         "database": true,
         *         "migrations": true,
         *         "seed": true,
         *         "integrity": true
         *       }
         *     }
         */
        Ready: {
            checks: {
                /** @description A query succeeded */
                database: boolean;
                /** @description The database file has not failed SQLite's check of every page (PRAGMA quick_check, run once after start; true while it runs, and on PostgreSQL) */
                integrity: boolean;
                /** @description Every migration in the build is applied */
                migrations: boolean;
                /** @description The dataset has been seeded */
                seed: boolean;
            };
            /** @enum {string} */
            status: "ready" | "not_ready";
        };
        Revision: {
            /** @enum {string} */
            action: "create" | "update" | "retract";
            /** @description Name of the curator key (never the key), or "seed" */
            actor: string;
            /** @description Field-level diff */
            changes: {
                [key: string]: {
                    from: unknown;
                    to: unknown;
                };
            };
            createdAt: string;
            datasetVersion: number;
            /** @description Position in the change feed */
            id: number;
            reason: string | null;
            resourceId: string;
            /** @enum {string} */
            resourceType: "source" | "country" | "leader" | "claim" | "trade_figure";
            /** @description Version of the record after this change */
            version: number;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": 33,
         *           "resourceType": "claim",
         *           "resourceId": "kp-offered-100000-soldiers",
         *           "version": 1,
         *           "action": "create",
         *           "actor": "seed",
         *           "reason": "Extracted from the source by the seed loader",
         *           "changes": {
         *             "id": {
         *               "from": null,
         *               "to": "kp-offered-100000-soldiers"
         *             },
         *             "countryCode": {
         *               "from": null,
         *               "to": "KP"
         *             },
         *             "sourceId": {
         *               "from": null,
         *               "to": "putin-allies-four-countries"
         *             },
         *             "statement": {
         *               "from": null,
         *               "to": "Russian state media recently reported that North Korea offered Putin 100,000 soldiers for Russia’s war effort."
         *             },
         *             "quote": {
         *               "from": null,
         *               "to": "Les médias d’Etat russes ont récemment rapporté que le pays a offert à Poutine 100.000 soldats pour aider l’effort de guerre de la Russie."
         *             },
         *             "quoteStart": {
         *               "from": null,
         *               "to": 2815
         *             },
         *             "quoteEnd": {
         *               "from": null,
         *               "to": 2953
         *             },
         *             "verification": {
         *               "from": null,
         *               "to": "reported"
         *             },
         *             "verificationNote": {
         *               "from": null,
         *               "to": "A report by state media of one side of the war, relayed by the article; no outlet is named and nothing says it was confirmed."
         *             },
         *             "verificationQuote": {
         *               "from": null,
         *               "to": null
         *             },
         *             "claimedAt": {
         *               "from": null,
         *               "to": null
         *             },
         *             "dateNote": {
         *               "from": null,
         *               "to": "“récemment” (recently); no date is given."
         *             },
         *             "topic": {
         *               "from": null,
         *               "to": "troops"
         *             },
         *             "topics": {
         *               "from": null,
         *               "to": [
         *                 "troops"
         *               ]
         *             },
         *             "claimantName": {
         *               "from": null,
         *               "to": "Russian state media (unnamed)"
         *             },
         *             "claimantType": {
         *               "from": null,
         *               "to": "state_media"
         *             },
         *             "claimantLeaderId": {
         *               "from": null,
         *               "to": null
         *             },
         *             "verificationStart": {
         *               "from": null,
         *               "to": null
         *             },
         *             "verificationEnd": {
         *               "from": null,
         *               "to": null
         *             }
         *           },
         *           "datasetVersion": 1,
         *           "createdAt": "2026-11-23T00:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        RevisionList: {
            data: components["schemas"]["Revision"][];
        };
        /** @description A passage of a search hit around the words the search matched */
        SearchSnippet: {
            end: number;
            /** @description The searched field the passage is taken from */
            field: string;
            /** @description The matched words, as code point offsets [start, end) into text; empty when the record matched by its country’s or claimant’s names only */
            highlights: {
                end: number;
                start: number;
            }[];
            /** @description Code point offset of the passage in the field */
            start: number;
            /** @description The passage, verbatim */
            text: string;
        };
        /**
         * @example {
         *       "id": "putin-allies-four-countries",
         *       "kind": "news_article",
         *       "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine",
         *       "author": "Jessie Neal",
         *       "publisher": null,
         *       "language": "fr",
         *       "url": null,
         *       "publishedAt": null,
         *       "dateNote": "Not dated. The text refers to the invasion as under way “depuis février”, to a statement made “en juin”, and to 2021 as a past year, so it was written in June or later of a year after 2021; the year itself is not stated.",
         *       "retrievedAt": "2026-11-23T00:00:00.000Z",
         *       "textSha256": "368555f4f22c6e72b65d3b6b929ee6243f23c60b5cacb5832150d82a577c3734",
         *       "textLength": 3320,
         *       "textNote": "Scraped page minus site chrome: the breadcrumb line before the title, the “À NE PAS MANQUER” promotion heading between the China and Iran sections, and the “Related Articles” block and cookie banner after the last paragraph. The name lines (« Les alliés de Poutine : … ») are kept because they are part of the article as published; that they are photo captions is an inference from the layout.",
         *       "textUrl": "/v1/sources/putin-allies-four-countries/text",
         *       "notes": [
         *         {
         *           "id": "headline-vs-china-neutrality",
         *           "category": "internal_consistency",
         *           "note": "The headline counts China among « Les quatre pays clés qui soutiennent encore la Russie », while the China section says it has kept « une position de neutralité officielle » and « n’a pas offert de soutien explicite à la Russie depuis février ».",
         *           "quote": {
         *             "text": "Les quatre pays clés qui soutiennent encore la Russie",
         *             "start": 24,
         *             "end": 77
         *           }
         *         },
         *         {
         *           "id": "eastern-nations-vs-china",
         *           "category": "internal_consistency",
         *           "note": "The introduction has « les nations orientales et occidentales » distancing themselves from Putin’s regime, yet the article then lists China among Russia’s backers. That China is an Eastern nation is the curators’ reading; the article does not say which nations it counts as Eastern.",
         *           "quote": {
         *             "text": "les nations orientales et occidentales prenant leurs distances avec le régime de Poutine",
         *             "start": 220,
         *             "end": 308
         *           }
         *         },
         *         {
         *           "id": "relative-dates",
         *           "category": "dating",
         *           "note": "Times are relative to an unstated publication date: “depuis février”, “en juin”, “au cours des 18 derniers mois”, “récemment”.",
         *           "quote": {
         *             "text": "Mais Poutine a reçu un soutien pour son invasion depuis février",
         *             "start": 311,
         *             "end": 374
         *           }
         *         },
         *         {
         *           "id": "neighbours-vs-iran",
         *           "category": "internal_consistency",
         *           "note": "The support is said to come « presque entièrement de la part de ses voisins », but one of the four countries, Iran, shares no land border with Russia (curators’ knowledge, not the article: the two face each other across the Caspian Sea). The article does not say what it counts as a neighbour.",
         *           "quote": {
         *             "text": "presque entièrement de la part de ses voisins",
         *             "start": 376,
         *             "end": 421
         *           }
         *         },
         *         {
         *           "id": "troops-not-on-ground-vs-troop-claims",
         *           "category": "internal_consistency",
         *           "note": "The introduction says the allies’ troops « ne soient pas apparues sur le terrain », while the Belarus section reports an opposition-media claim, which it says was not independently verified, that Belarusian troops « étaient également entrées en action »: only that claim conflicts with the introduction. The report that North Korea « a offert à Poutine 100.000 soldats » is of an offer and does not say the soldiers appeared on the ground.",
         *           "quote": {
         *             "text": "Bien que leurs troupes ne soient pas apparues sur le terrain",
         *             "start": 424,
         *             "end": 484
         *           }
         *         },
         *         {
         *           "id": "caption-lukashenko-spelling",
         *           "category": "naming",
         *           "note": "The name line above the Belarus section (a name line (« Les alliés de Poutine : … ») read as a photo caption from the layout: a short line naming a person before a section; the scraped text does not say it is a caption) spells the name in English (“Alexander Lukashenko”) while the body uses the French spelling (“Alexandre Loukachenko”) and, later, the English surname “Lukashenko”.",
         *           "quote": {
         *             "text": "Alliés de Poutine : Alexander Lukashenko",
         *             "start": 567,
         *             "end": 607
         *           }
         *         },
         *         {
         *           "id": "belarus-two-names",
         *           "category": "naming",
         *           "note": "Belarus is « Biélorussie » in the section heading and « Le Belarus » in the body. The country record keeps the heading’s form as its nameSource; both are the article’s.",
         *           "quote": {
         *             "text": "Biélorussie\n\nLe Belarus",
         *             "start": 609,
         *             "end": 632
         *           }
         *         },
         *         {
         *           "id": "name-lines-read-as-captions",
         *           "category": "layout",
         *           "note": "The three lines « Alliés de Poutine : Alexander Lukashenko », « Les alliés de Poutine : Xi Jinping » and « Les alliés de Poutine : Kim Jong Un » are read as photo captions because of where they sit (a short line naming a person before each section heading, except North Korea’s). That is an inference from the layout: the scraped text does not mark them as captions.",
         *           "quote": {
         *             "text": "Les alliés de Poutine : Xi Jinping",
         *             "start": 1193,
         *             "end": 1227
         *           }
         *         },
         *         {
         *           "id": "caption-kim-jong-un-above-iran",
         *           "category": "layout",
         *           "note": "The only mention of Kim Jong Un is a name line (« Les alliés de Poutine : … ») read as a photo caption from the layout: a short line naming a person before a section; the scraped text does not say it is a caption. It sits directly above the Iran section, not above the North Korea section, which has no such line. The article never ties Kim Jong Un to a country; his person record takes his country from the curators’ knowledge and says so.",
         *           "quote": {
         *             "text": "Les alliés de Poutine : Kim Jong Un\n\nIran",
         *             "start": 1914,
         *             "end": 1955
         *           }
         *         },
         *         {
         *           "id": "owji-18-months-vs-2021",
         *           "category": "arithmetic",
         *           "note": "An 18-month trade total (40 billion dollars) is compared with a single calendar year (4 billion dollars in 2021) and called ten times larger. The periods differ: annualised, 40 billion over 18 months is about 26.7 billion a year, about 6.7 times 4 billion, not 10 times.",
         *           "quote": {
         *             "text": "avait atteint 40 milliards de dollars au cours des 18 derniers mois, soit dix fois plus que les 4 milliards de dollars de 2021",
         *             "start": 2329,
         *             "end": 2455
         *           }
         *         },
         *         {
         *           "id": "owji-periods-may-overlap",
         *           "category": "arithmetic",
         *           "note": "The 18 months end at a statement made « en juin » of a year the article does not give. If that June is the one right after 2021, the 18 months (from about December of the year before 2021) include all of 2021, so the 40 billion total would contain the 4 billion it is compared with; if it is a later June, they overlap 2021 by at most its last month. The article states neither.",
         *           "quote": {
         *             "text": "au cours des 18 derniers mois",
         *             "start": 2367,
         *             "end": 2396
         *           }
         *         },
         *         {
         *           "id": "owji-comparison-attribution",
         *           "category": "attribution",
         *           "note": "The sentence reports what Javad Owji « a déclaré » and then adds « soit dix fois plus que les 4 milliards de dollars de 2021 »: it does not make clear whether that comparison, and the 2021 figure in it, are Owji’s or the article’s. The two figures taken from the clause name both as possible authors.",
         *           "quote": {
         *             "text": "soit dix fois plus que les 4 milliards de dollars de 2021",
         *             "start": 2398,
         *             "end": 2455
         *           }
         *         },
         *         {
         *           "id": "volunteers-not-introduced",
         *           "category": "internal_consistency",
         *           "note": "« ces volontaires » refers back to volunteers the article never introduces; the nearest antecedent is the « personnes » invited to « venir et de prendre part au conflit » in the sentence before.",
         *           "quote": {
         *             "text": "ces volontaires",
         *             "start": 3222,
         *             "end": 3237
         *           }
         *         }
         *       ],
         *       "counts": {
         *         "claims": 22,
         *         "tradeFigures": 5
         *       },
         *       "version": 1,
         *       "updatedAt": "2026-11-23T00:00:00.000Z"
         *     }
         */
        Source: {
            author: string | null;
            counts: {
                claims: number;
                tradeFigures: number;
            };
            /** @description What the text implies about its date */
            dateNote: string;
            id: string;
            /** @enum {string} */
            kind: "news_article" | "official_statement" | "media_report" | "dataset" | "other";
            /** @description BCP 47 */
            language: string;
            notes: components["schemas"]["SourceNote"][];
            publishedAt: string | null;
            /** @description Null when unknown */
            publisher: string | null;
            retrievedAt: string;
            /** @description Length of the text in Unicode code points */
            textLength: number;
            /** @description How the stored text was derived from what was retrieved */
            textNote: string;
            textSha256: string;
            textUrl: string;
            title: string;
            updatedAt: string;
            /** @description Null when unknown; never guessed */
            url: string | null;
            version: number;
        };
        /**
         * @example {
         *       "kind": "official_statement",
         *       "title": "Statement on bilateral trade",
         *       "author": null,
         *       "publisher": null,
         *       "language": "en",
         *       "url": null,
         *       "publishedAt": null,
         *       "dateNote": "Undated.",
         *       "retrievedAt": "2026-11-23T00:00:00.000Z",
         *       "text": "Bilateral trade reached 40 billion dollars over the last 18 months.",
         *       "textNote": "Full text as published."
         *     }
         */
        SourceCreateInput: {
            author?: string | null;
            /** @description What the text implies about its date, including vagueness */
            dateNote: string;
            /** @enum {string} */
            kind: "news_article" | "official_statement" | "media_report" | "dataset" | "other";
            language: string;
            publishedAt?: string | null;
            /** @description Leave null when unknown */
            publisher?: string | null;
            /** Format: date-time */
            retrievedAt: string;
            /** @description The full text quotes will be checked against; it cannot be changed afterwards */
            text: string;
            /** @description How the text was derived from what was retrieved */
            textNote: string;
            title: string;
            /** @description An http or https URL; leave null when unknown, never guess */
            url?: string | null;
        };
        SourceList: {
            data: components["schemas"]["Source"][];
            links: components["schemas"]["ListLinks"];
            meta: components["schemas"]["ListMeta"];
        };
        /**
         * @description A data-quality observation anchored to a passage of the source
         * @example {
         *       "id": "headline-vs-china-neutrality",
         *       "category": "internal_consistency",
         *       "note": "The headline counts China among « Les quatre pays clés qui soutiennent encore la Russie », while the China section says it has kept « une position de neutralité officielle » and « n’a pas offert de soutien explicite à la Russie depuis février ».",
         *       "quote": {
         *         "text": "Les quatre pays clés qui soutiennent encore la Russie",
         *         "start": 24,
         *         "end": 77
         *       }
         *     }
         */
        SourceNote: {
            category: string;
            id: string;
            note: string;
            quote: components["schemas"]["TextSpan"];
        };
        /** @description Metadata only: the text is immutable, since offsets point into it */
        SourcePatchInput: {
            author?: string | null;
            /** @description What the text implies about its date, including vagueness */
            dateNote?: string;
            /** @enum {string} */
            kind?: "news_article" | "official_statement" | "media_report" | "dataset" | "other";
            language?: string;
            publishedAt?: string | null;
            /** @description Leave null when unknown */
            publisher?: string | null;
            /** @description Why the record is changed */
            reason: string;
            /** Format: date-time */
            retrievedAt?: string;
            /** @description How the text was derived from what was retrieved */
            textNote?: string;
            title?: string;
            /** @description An http or https URL; leave null when unknown, never guess */
            url?: string | null;
        };
        SourceRef: {
            id: string;
            title: string;
        };
        /**
         * @example {
         *       "data": {
         *         "id": "putin-allies-four-countries",
         *         "kind": "news_article",
         *         "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine",
         *         "author": "Jessie Neal",
         *         "publisher": null,
         *         "language": "fr",
         *         "url": null,
         *         "publishedAt": null,
         *         "dateNote": "Not dated. The text refers to the invasion as under way “depuis février”, to a statement made “en juin”, and to 2021 as a past year, so it was written in June or later of a year after 2021; the year itself is not stated.",
         *         "retrievedAt": "2026-11-23T00:00:00.000Z",
         *         "textSha256": "368555f4f22c6e72b65d3b6b929ee6243f23c60b5cacb5832150d82a577c3734",
         *         "textLength": 3320,
         *         "textNote": "Scraped page minus site chrome: the breadcrumb line before the title, the “À NE PAS MANQUER” promotion heading between the China and Iran sections, and the “Related Articles” block and cookie banner after the last paragraph. The name lines (« Les alliés de Poutine : … ») are kept because they are part of the article as published; that they are photo captions is an inference from the layout.",
         *         "textUrl": "/v1/sources/putin-allies-four-countries/text",
         *         "notes": [
         *           {
         *             "id": "headline-vs-china-neutrality",
         *             "category": "internal_consistency",
         *             "note": "The headline counts China among « Les quatre pays clés qui soutiennent encore la Russie », while the China section says it has kept « une position de neutralité officielle » and « n’a pas offert de soutien explicite à la Russie depuis février ».",
         *             "quote": {
         *               "text": "Les quatre pays clés qui soutiennent encore la Russie",
         *               "start": 24,
         *               "end": 77
         *             }
         *           },
         *           {
         *             "id": "eastern-nations-vs-china",
         *             "category": "internal_consistency",
         *             "note": "The introduction has « les nations orientales et occidentales » distancing themselves from Putin’s regime, yet the article then lists China among Russia’s backers. That China is an Eastern nation is the curators’ reading; the article does not say which nations it counts as Eastern.",
         *             "quote": {
         *               "text": "les nations orientales et occidentales prenant leurs distances avec le régime de Poutine",
         *               "start": 220,
         *               "end": 308
         *             }
         *           },
         *           {
         *             "id": "relative-dates",
         *             "category": "dating",
         *             "note": "Times are relative to an unstated publication date: “depuis février”, “en juin”, “au cours des 18 derniers mois”, “récemment”.",
         *             "quote": {
         *               "text": "Mais Poutine a reçu un soutien pour son invasion depuis février",
         *               "start": 311,
         *               "end": 374
         *             }
         *           },
         *           {
         *             "id": "neighbours-vs-iran",
         *             "category": "internal_consistency",
         *             "note": "The support is said to come « presque entièrement de la part de ses voisins », but one of the four countries, Iran, shares no land border with Russia (curators’ knowledge, not the article: the two face each other across the Caspian Sea). The article does not say what it counts as a neighbour.",
         *             "quote": {
         *               "text": "presque entièrement de la part de ses voisins",
         *               "start": 376,
         *               "end": 421
         *             }
         *           },
         *           {
         *             "id": "troops-not-on-ground-vs-troop-claims",
         *             "category": "internal_consistency",
         *             "note": "The introduction says the allies’ troops « ne soient pas apparues sur le terrain », while the Belarus section reports an opposition-media claim, which it says was not independently verified, that Belarusian troops « étaient également entrées en action »: only that claim conflicts with the introduction. The report that North Korea « a offert à Poutine 100.000 soldats » is of an offer and does not say the soldiers appeared on the ground.",
         *             "quote": {
         *               "text": "Bien que leurs troupes ne soient pas apparues sur le terrain",
         *               "start": 424,
         *               "end": 484
         *             }
         *           },
         *           {
         *             "id": "caption-lukashenko-spelling",
         *             "category": "naming",
         *             "note": "The name line above the Belarus section (a name line (« Les alliés de Poutine : … ») read as a photo caption from the layout: a short line naming a person before a section; the scraped text does not say it is a caption) spells the name in English (“Alexander Lukashenko”) while the body uses the French spelling (“Alexandre Loukachenko”) and, later, the English surname “Lukashenko”.",
         *             "quote": {
         *               "text": "Alliés de Poutine : Alexander Lukashenko",
         *               "start": 567,
         *               "end": 607
         *             }
         *           },
         *           {
         *             "id": "belarus-two-names",
         *             "category": "naming",
         *             "note": "Belarus is « Biélorussie » in the section heading and « Le Belarus » in the body. The country record keeps the heading’s form as its nameSource; both are the article’s.",
         *             "quote": {
         *               "text": "Biélorussie\n\nLe Belarus",
         *               "start": 609,
         *               "end": 632
         *             }
         *           },
         *           {
         *             "id": "name-lines-read-as-captions",
         *             "category": "layout",
         *             "note": "The three lines « Alliés de Poutine : Alexander Lukashenko », « Les alliés de Poutine : Xi Jinping » and « Les alliés de Poutine : Kim Jong Un » are read as photo captions because of where they sit (a short line naming a person before each section heading, except North Korea’s). That is an inference from the layout: the scraped text does not mark them as captions.",
         *             "quote": {
         *               "text": "Les alliés de Poutine : Xi Jinping",
         *               "start": 1193,
         *               "end": 1227
         *             }
         *           },
         *           {
         *             "id": "caption-kim-jong-un-above-iran",
         *             "category": "layout",
         *             "note": "The only mention of Kim Jong Un is a name line (« Les alliés de Poutine : … ») read as a photo caption from the layout: a short line naming a person before a section; the scraped text does not say it is a caption. It sits directly above the Iran section, not above the North Korea section, which has no such line. The article never ties Kim Jong Un to a country; his person record takes his country from the curators’ knowledge and says so.",
         *             "quote": {
         *               "text": "Les alliés de Poutine : Kim Jong Un\n\nIran",
         *               "start": 1914,
         *               "end": 1955
         *             }
         *           },
         *           {
         *             "id": "owji-18-months-vs-2021",
         *             "category": "arithmetic",
         *             "note": "An 18-month trade total (40 billion dollars) is compared with a single calendar year (4 billion dollars in 2021) and called ten times larger. The periods differ: annualised, 40 billion over 18 months is about 26.7 billion a year, about 6.7 times 4 billion, not 10 times.",
         *             "quote": {
         *               "text": "avait atteint 40 milliards de dollars au cours des 18 derniers mois, soit dix fois plus que les 4 milliards de dollars de 2021",
         *               "start": 2329,
         *               "end": 2455
         *             }
         *           },
         *           {
         *             "id": "owji-periods-may-overlap",
         *             "category": "arithmetic",
         *             "note": "The 18 months end at a statement made « en juin » of a year the article does not give. If that June is the one right after 2021, the 18 months (from about December of the year before 2021) include all of 2021, so the 40 billion total would contain the 4 billion it is compared with; if it is a later June, they overlap 2021 by at most its last month. The article states neither.",
         *             "quote": {
         *               "text": "au cours des 18 derniers mois",
         *               "start": 2367,
         *               "end": 2396
         *             }
         *           },
         *           {
         *             "id": "owji-comparison-attribution",
         *             "category": "attribution",
         *             "note": "The sentence reports what Javad Owji « a déclaré » and then adds « soit dix fois plus que les 4 milliards de dollars de 2021 »: it does not make clear whether that comparison, and the 2021 figure in it, are Owji’s or the article’s. The two figures taken from the clause name both as possible authors.",
         *             "quote": {
         *               "text": "soit dix fois plus que les 4 milliards de dollars de 2021",
         *               "start": 2398,
         *               "end": 2455
         *             }
         *           },
         *           {
         *             "id": "volunteers-not-introduced",
         *             "category": "internal_consistency",
         *             "note": "« ces volontaires » refers back to volunteers the article never introduces; the nearest antecedent is the « personnes » invited to « venir et de prendre part au conflit » in the sentence before.",
         *             "quote": {
         *               "text": "ces volontaires",
         *               "start": 3222,
         *               "end": 3237
         *             }
         *           }
         *         ],
         *         "counts": {
         *           "claims": 22,
         *           "tradeFigures": 5
         *         },
         *         "version": 1,
         *         "updatedAt": "2026-11-23T00:00:00.000Z"
         *       }
         *     }
         */
        SourceResponse: {
            data: components["schemas"]["Source"];
        };
        /** @description Verbatim excerpt with Unicode code point offsets [start, end) into the source text */
        TextSpan: {
            end: number;
            start: number;
            text: string;
        };
        /**
         * @example {
         *       "id": "ir-ru-bilateral-trade-18-months",
         *       "reporter": {
         *         "code": "IR",
         *         "name": "Iran"
         *       },
         *       "partner": {
         *         "code": "RU",
         *         "name": "Russia"
         *       },
         *       "indicator": "bilateral_trade",
         *       "value": 40000000000,
         *       "unit": "USD",
         *       "kind": "level",
         *       "approximate": false,
         *       "period": {
         *         "start": null,
         *         "end": null,
         *         "label": "au cours des 18 derniers mois (the 18 months before a statement made in June; year not stated)"
         *       },
         *       "statedBy": {
         *         "name": "Javad Owji",
         *         "type": "government_official",
         *         "leaderId": "javad-owji"
         *       },
         *       "quote": "le commerce bilatéral russo-iranien avait atteint 40 milliards de dollars au cours des 18 derniers mois",
         *       "quoteStart": 2293,
         *       "quoteEnd": 2396,
         *       "source": {
         *         "id": "putin-allies-four-countries",
         *         "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *       },
         *       "caveat": "An 18-month total; the article compares it with a single calendar year (2021), which the 18 months may include (see note owji-periods-may-overlap).",
         *       "status": "active",
         *       "retractionReason": null,
         *       "version": 1,
         *       "createdAt": "2026-11-23T00:00:00.000Z",
         *       "updatedAt": "2026-11-23T00:00:00.000Z"
         *     }
         */
        TradeFigure: {
            /** @description The source hedges the number (e.g. “environ”) */
            approximate: boolean;
            /** @description Where the source’s arithmetic or comparison is questionable */
            caveat: string | null;
            createdAt: string;
            id: string;
            /**
             * @description bilateral_trade: all trade between reporter and partner; total_trade: the reporter’s trade with the whole world; oil_imports, exports, imports: the reporter’s, from or to the partner
             * @enum {string}
             */
            indicator: "total_trade" | "bilateral_trade" | "oil_imports" | "exports" | "imports" | "other";
            /**
             * @description level: an amount; change: a rise or fall; ratio: a multiple
             * @enum {string}
             */
            kind: "level" | "change" | "ratio";
            partner: components["schemas"]["CountryRef"];
            period: {
                end: string | null;
                /** @description The source’s own wording of the period */
                label: string;
                /** @description ISO date, only when the source fixes it */
                start: string | null;
            };
            quote: string;
            quoteEnd: number;
            quoteStart: number;
            /** @description The country whose trade is measured */
            reporter: components["schemas"]["CountryRef"];
            retractionReason: string | null;
            source: components["schemas"]["SourceRef"];
            /** @description Who gives the figure; type other and no leaderId when the source leaves it unclear */
            statedBy: components["schemas"]["Actor"];
            /** @enum {string} */
            status: "active" | "retracted";
            /** @enum {string} */
            unit: "USD" | "percent" | "ratio";
            updatedAt: string;
            /** @description In base units: USD as dollars (40000000000, not 40), percent as 12 for 12% */
            value: number;
            version: number;
        };
        /**
         * @example {
         *       "reporterCode": "IR",
         *       "partnerCode": "RU",
         *       "indicator": "bilateral_trade",
         *       "value": 40000000000,
         *       "unit": "USD",
         *       "kind": "level",
         *       "periodLabel": "au cours des 18 derniers mois",
         *       "statedBy": {
         *         "name": "Javad Owji",
         *         "type": "government_official",
         *         "leaderId": "javad-owji"
         *       },
         *       "sourceId": "putin-allies-four-countries",
         *       "quote": "40 milliards de dollars",
         *       "caveat": "An 18-month total."
         *     }
         */
        TradeFigureCreateInput: {
            approximate?: boolean;
            caveat?: string | null;
            /** @enum {string} */
            indicator: "total_trade" | "bilateral_trade" | "oil_imports" | "exports" | "imports" | "other";
            /** @enum {string} */
            kind: "level" | "change" | "ratio";
            partnerCode: string;
            periodEnd?: string | null;
            /** @description The source’s own wording of the period */
            periodLabel: string;
            periodStart?: string | null;
            quote: string;
            /** @description Code point offset choosing among several occurrences of the quote; the server still checks it */
            quoteOffsetHint?: number;
            reporterCode: string;
            sourceId: string;
            statedBy: {
                leaderId?: string | null;
                name: string;
                /** @enum {string} */
                type: "government_official" | "state_media" | "opposition_media" | "independent_media" | "expert" | "journalist" | "organisation" | "other";
            };
            /** @enum {string} */
            unit: "USD" | "percent" | "ratio";
            /** @description In base units of `unit`: USD as dollars */
            value: number;
        };
        /**
         * @example {
         *       "tradeFigureId": "ir-ru-bilateral-trade-18-months",
         *       "quote": {
         *         "text": "le commerce bilatéral russo-iranien avait atteint 40 milliards de dollars au cours des 18 derniers mois",
         *         "start": 2293,
         *         "end": 2396
         *       },
         *       "paragraph": {
         *         "text": "Le ministre iranien du pétrole, Javad Owji, a déclaré en juin que le commerce bilatéral russo-iranien avait atteint 40 milliards de dollars au cours des 18 derniers mois, soit dix fois plus que les 4 milliards de dollars de 2021.",
         *         "start": 2227,
         *         "end": 2456
         *       },
         *       "source": {
         *         "id": "putin-allies-four-countries",
         *         "kind": "news_article",
         *         "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine",
         *         "author": "Jessie Neal",
         *         "publisher": null,
         *         "language": "fr",
         *         "url": null,
         *         "publishedAt": null,
         *         "dateNote": "Not dated. The text refers to the invasion as under way “depuis février”, to a statement made “en juin”, and to 2021 as a past year, so it was written in June or later of a year after 2021; the year itself is not stated.",
         *         "retrievedAt": "2026-11-23T00:00:00.000Z",
         *         "textSha256": "368555f4f22c6e72b65d3b6b929ee6243f23c60b5cacb5832150d82a577c3734",
         *         "textUrl": "/v1/sources/putin-allies-four-countries/text"
         *       },
         *       "offsetUnit": "unicode_code_point",
         *       "matches": true
         *     }
         */
        TradeFigureEvidence: {
            /** @description Whether the quote is verbatim at its offsets in the stored source text right now */
            matches: boolean;
            /** @constant */
            offsetUnit: "unicode_code_point";
            /** @description The paragraph of the source text that contains the quote */
            paragraph: components["schemas"]["TextSpan"];
            quote: components["schemas"]["TextSpan"];
            source: components["schemas"]["EvidenceSource"];
            tradeFigureId: string;
        };
        /**
         * @example {
         *       "data": {
         *         "tradeFigureId": "ir-ru-bilateral-trade-18-months",
         *         "quote": {
         *           "text": "le commerce bilatéral russo-iranien avait atteint 40 milliards de dollars au cours des 18 derniers mois",
         *           "start": 2293,
         *           "end": 2396
         *         },
         *         "paragraph": {
         *           "text": "Le ministre iranien du pétrole, Javad Owji, a déclaré en juin que le commerce bilatéral russo-iranien avait atteint 40 milliards de dollars au cours des 18 derniers mois, soit dix fois plus que les 4 milliards de dollars de 2021.",
         *           "start": 2227,
         *           "end": 2456
         *         },
         *         "source": {
         *           "id": "putin-allies-four-countries",
         *           "kind": "news_article",
         *           "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine",
         *           "author": "Jessie Neal",
         *           "publisher": null,
         *           "language": "fr",
         *           "url": null,
         *           "publishedAt": null,
         *           "dateNote": "Not dated. The text refers to the invasion as under way “depuis février”, to a statement made “en juin”, and to 2021 as a past year, so it was written in June or later of a year after 2021; the year itself is not stated.",
         *           "retrievedAt": "2026-11-23T00:00:00.000Z",
         *           "textSha256": "368555f4f22c6e72b65d3b6b929ee6243f23c60b5cacb5832150d82a577c3734",
         *           "textUrl": "/v1/sources/putin-allies-four-countries/text"
         *         },
         *         "offsetUnit": "unicode_code_point",
         *         "matches": true
         *       }
         *     }
         */
        TradeFigureEvidenceResponse: {
            data: components["schemas"]["TradeFigureEvidence"];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "ir-ru-bilateral-trade-18-months",
         *           "reporter": {
         *             "code": "IR",
         *             "name": "Iran"
         *           },
         *           "partner": {
         *             "code": "RU",
         *             "name": "Russia"
         *           },
         *           "indicator": "bilateral_trade",
         *           "value": 40000000000,
         *           "unit": "USD",
         *           "kind": "level",
         *           "approximate": false,
         *           "period": {
         *             "start": null,
         *             "end": null,
         *             "label": "au cours des 18 derniers mois (the 18 months before a statement made in June; year not stated)"
         *           },
         *           "statedBy": {
         *             "name": "Javad Owji",
         *             "type": "government_official",
         *             "leaderId": "javad-owji"
         *           },
         *           "quote": "le commerce bilatéral russo-iranien avait atteint 40 milliards de dollars au cours des 18 derniers mois",
         *           "quoteStart": 2293,
         *           "quoteEnd": 2396,
         *           "source": {
         *             "id": "putin-allies-four-countries",
         *             "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *           },
         *           "caveat": "An 18-month total; the article compares it with a single calendar year (2021), which the 18 months may include (see note owji-periods-may-overlap).",
         *           "status": "active",
         *           "retractionReason": null,
         *           "version": 1,
         *           "createdAt": "2026-11-23T00:00:00.000Z",
         *           "updatedAt": "2026-11-23T00:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "total": 1,
         *         "limit": 2,
         *         "nextCursor": null,
         *         "prevCursor": null
         *       },
         *       "links": {
         *         "self": "/v1/trade-figures?limit=2&statedBy=javad-owji",
         *         "first": "/v1/trade-figures?limit=2&statedBy=javad-owji",
         *         "prev": null,
         *         "next": null
         *       }
         *     }
         */
        TradeFigureList: {
            data: components["schemas"]["TradeFigure"][];
            links: components["schemas"]["ListLinks"];
            meta: components["schemas"]["ListMeta"];
        };
        TradeFigurePatchInput: {
            approximate?: boolean;
            caveat?: string | null;
            /** @enum {string} */
            indicator?: "total_trade" | "bilateral_trade" | "oil_imports" | "exports" | "imports" | "other";
            /** @enum {string} */
            kind?: "level" | "change" | "ratio";
            partnerCode?: string;
            periodEnd?: string | null;
            /** @description The source’s own wording of the period */
            periodLabel?: string;
            periodStart?: string | null;
            quote?: string;
            /** @description Code point offset choosing among several occurrences of the quote; the server still checks it */
            quoteOffsetHint?: number;
            /** @description Why the record is changed */
            reason: string;
            reporterCode?: string;
            sourceId?: string;
            statedBy?: {
                leaderId?: string | null;
                name: string;
                /** @enum {string} */
                type: "government_official" | "state_media" | "opposition_media" | "independent_media" | "expert" | "journalist" | "organisation" | "other";
            };
            /** @enum {string} */
            unit?: "USD" | "percent" | "ratio";
            /** @description In base units of `unit`: USD as dollars */
            value?: number;
        };
        /**
         * @example {
         *       "data": {
         *         "id": "ir-ru-bilateral-trade-18-months",
         *         "reporter": {
         *           "code": "IR",
         *           "name": "Iran"
         *         },
         *         "partner": {
         *           "code": "RU",
         *           "name": "Russia"
         *         },
         *         "indicator": "bilateral_trade",
         *         "value": 40000000000,
         *         "unit": "USD",
         *         "kind": "level",
         *         "approximate": false,
         *         "period": {
         *           "start": null,
         *           "end": null,
         *           "label": "au cours des 18 derniers mois (the 18 months before a statement made in June; year not stated)"
         *         },
         *         "statedBy": {
         *           "name": "Javad Owji",
         *           "type": "government_official",
         *           "leaderId": "javad-owji"
         *         },
         *         "quote": "le commerce bilatéral russo-iranien avait atteint 40 milliards de dollars au cours des 18 derniers mois",
         *         "quoteStart": 2293,
         *         "quoteEnd": 2396,
         *         "source": {
         *           "id": "putin-allies-four-countries",
         *           "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *         },
         *         "caveat": "An 18-month total; the article compares it with a single calendar year (2021), which the 18 months may include (see note owji-periods-may-overlap).",
         *         "status": "active",
         *         "retractionReason": null,
         *         "version": 1,
         *         "createdAt": "2026-11-23T00:00:00.000Z",
         *         "updatedAt": "2026-11-23T00:00:00.000Z"
         *       }
         *     }
         */
        TradeFigureResponse: {
            data: components["schemas"]["TradeFigure"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHomePage: {
        parameters: {
            query?: {
                /** @description Interface language. Without it, Accept-Language decides (English when it names neither); links keep it. */
                lang?: "en" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                    "text/html": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPageAsset: {
        parameters: {
            query?: {
                /** @description Content version the pages link with; when it is current the file may be kept for a year */
                v?: string;
            };
            header?: never;
            path: {
                /** @description The stylesheet, the script or the icon the pages use */
                file: "explorer.css" | "explorer.js" | "favicon.svg";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                    "text/css": string;
                    "text/javascript": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimsPage: {
        parameters: {
            query?: {
                /** @description CSV only: true starts the file with a UTF-8 byte order mark, so Excel on Windows reads é, ’ and “ right (default false) */
                bom?: "true" | "false";
                /** @description Comma list of leader ids (people who made the claim) */
                claimant?: string;
                /** @description Comma list of: government_official, state_media, opposition_media, independent_media, expert, journalist, organisation, other */
                claimantType?: string;
                /** @description Only claims dated on or after this (claims without a stated date are excluded) */
                "claimedAt[from]"?: string;
                "claimedAt[to]"?: string;
                /** @description Comma list of ISO alpha-2 codes, e.g. BY,KP */
                country?: string;
                /** @description Opaque cursor from meta.nextCursor (the next page) or meta.prevCursor (the previous one), for the same query */
                cursor?: string;
                /** @description Interface language. Without it, Accept-Language decides (English when it names neither); links keep it. */
                lang?: "en" | "fr";
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Full-text search, accent-insensitive, words matched as prefixes; plain words only. Also finds a claim by the English and French names of its country (ISO 3166-1, i18n-iso-countries) and its claimant’s recorded name; a word of a person’s name also matches its other recorded spelling (Loukachenko finds Lukashenko, and back), and a person’s full name matches a mention by the name’s later words (Vladimir Putin finds Poutine); a number matches however its thousands are separated (100000, 100 000, 100,000, 100.000). Sorted by relevance unless sort says otherwise */
                q?: string;
                /** @description Restrict q to: statement, quote, claimant (country and claimant names are then not searched) */
                qFields?: string;
                /** @description Comma list of fields, "-" for descending: id, country, topic, verification, claimantType, claimedAt, createdAt, updatedAt (default country,id); records equal in every field given are ordered by id, in the direction of the last field; or relevance, alone, with q: best matches first (bm25 on SQLite, ts_rank on PostgreSQL), then id; the default when q is given */
                sort?: string;
                /** @description Comma list of source ids */
                source?: string;
                /** @description Retracted claims are hidden unless asked for */
                status?: "active" | "retracted" | "all";
                /** @description Claims with any of these among their topics; comma list of: military, troops, economic, trade, diplomatic, rhetorical, ideological, technology, labour, unspecified, other */
                topic?: string;
                /** @description Comma list of: verified, reported, asserted, unverified, disputed */
                verification?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimPage: {
        parameters: {
            query?: {
                /** @description Interface language. Without it, Accept-Language decides (English when it names neither); links keep it. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                /** @description Claim id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountryPage: {
        parameters: {
            query?: {
                /** @description Interface language. Without it, Accept-Language decides (English when it names neither); links keep it. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-2 code, any case (e.g. kp) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProblemTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemTypeList"];
                    "text/html": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The last segment of a problem `type`, e.g. not-found */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemTypeResponse"];
                    "text/html": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ready"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Ready"];
                };
            };
        };
    };
    getSourcePage: {
        parameters: {
            query?: {
                /** @description A claim whose passage the page highlights and says it came for */
                claim?: string;
                /** @description A trade figure whose passage the page highlights */
                figure?: string;
                /** @description Interface language. Without it, Accept-Language decides (English when it names neither); links keep it. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                /** @description Source id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTradeFiguresPage: {
        parameters: {
            query?: {
                /** @description CSV only: true starts the file with a UTF-8 byte order mark, so Excel on Windows reads é, ’ and “ right (default false) */
                bom?: "true" | "false";
                /** @description Figures where any of these countries is reporter or partner */
                country?: string;
                /** @description Opaque cursor from meta.nextCursor (the next page) or meta.prevCursor (the previous one), for the same query */
                cursor?: string;
                /** @description Comma list of: total_trade, bilateral_trade, oil_imports, exports, imports, other */
                indicator?: string;
                /** @description Comma list of: level, change, ratio */
                kind?: string;
                /** @description Interface language. Without it, Accept-Language decides (English when it names neither); links keep it. */
                lang?: "en" | "fr";
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Comma list of partner country codes */
                partner?: string;
                /** @description Figures whose period starts on or after this date */
                "period[from]"?: string;
                /** @description Figures whose period ends on or before this date (the whole period if partial) */
                "period[to]"?: string;
                /** @description Full-text search over quote, caveat and who stated it; a word of a person’s name also matches its other recorded spelling, and a person’s full name a mention by its later words; a number matches however its thousands are separated. Sorted by relevance unless sort says otherwise */
                q?: string;
                /** @description Comma list of reporter country codes */
                reporter?: string;
                /** @description Comma list of id, reporter, partner, indicator, value, unit, periodStart, createdAt, "-" for descending (default reporter,id); records equal in every field given are ordered by id, in the direction of the last field; or relevance, alone, with q: best matches first, then id; the default when q is given */
                sort?: string;
                /** @description Comma list of source ids */
                source?: string;
                /** @description Comma list of leader ids who stated the figure */
                statedBy?: string;
                /** @description Comma list of: government_official, state_media, opposition_media, independent_media, expert, journalist, organisation, other */
                statedByType?: string;
                status?: "active" | "retracted" | "all";
                /** @description Comma list of: USD, percent, ratio */
                unit?: string;
                /** @description Value at least this (in the figure’s unit) */
                "value[gte]"?: number;
                /** @description Value at most this */
                "value[lte]"?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                    "application/ld+json": Record<string, never>;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                limit?: number;
                /** @description A change id from meta.nextCursor (changes after it) or an ISO 8601 timestamp (changes at or after it); omit to start from the beginning */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                    "application/json": components["schemas"]["ChangeFeed"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChangesAtom: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query?: {
                /** @description CSV only: true starts the file with a UTF-8 byte order mark, so Excel on Windows reads é, ’ and “ right (default false) */
                bom?: "true" | "false";
                /** @description Comma list of leader ids (people who made the claim) */
                claimant?: string;
                /** @description Comma list of: government_official, state_media, opposition_media, independent_media, expert, journalist, organisation, other */
                claimantType?: string;
                /** @description Only claims dated on or after this (claims without a stated date are excluded) */
                "claimedAt[from]"?: string;
                "claimedAt[to]"?: string;
                /** @description Comma list of ISO alpha-2 codes, e.g. BY,KP */
                country?: string;
                /** @description Opaque cursor from meta.nextCursor (the next page) or meta.prevCursor (the previous one), for the same query */
                cursor?: string;
                /** @description Count matches per value of: country, topic, verification, claimantType, source, status (topic counts every topic of a claim, so its counts can add up to more than the total) */
                facet?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Full-text search, accent-insensitive, words matched as prefixes; plain words only. Also finds a claim by the English and French names of its country (ISO 3166-1, i18n-iso-countries) and its claimant’s recorded name; a word of a person’s name also matches its other recorded spelling (Loukachenko finds Lukashenko, and back), and a person’s full name matches a mention by the name’s later words (Vladimir Putin finds Poutine); a number matches however its thousands are separated (100000, 100 000, 100,000, 100.000). Sorted by relevance unless sort says otherwise */
                q?: string;
                /** @description Restrict q to: statement, quote, claimant (country and claimant names are then not searched) */
                qFields?: string;
                /** @description Comma list of fields, "-" for descending: id, country, topic, verification, claimantType, claimedAt, createdAt, updatedAt (default country,id); records equal in every field given are ordered by id, in the direction of the last field; or relevance, alone, with q: best matches first (bm25 on SQLite, ts_rank on PostgreSQL), then id; the default when q is given */
                sort?: string;
                /** @description Comma list of source ids */
                source?: string;
                /** @description Retracted claims are hidden unless asked for */
                status?: "active" | "retracted" | "all";
                /** @description Claims with any of these among their topics; comma list of: military, troops, economic, trade, diplomatic, rhetorical, ideological, technology, labour, unspecified, other */
                topic?: string;
                /** @description Comma list of: verified, reported, asserted, unverified, disputed */
                verification?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description rel="next" link to the next page, when there is one */
                    Link?: string;
                    /** @description Number of records matching the filters */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimList"];
                    "application/ld+json": Record<string, never>;
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a POST safe to retry: the same key replays the first result */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimCreateInput"];
            };
        };
        responses: {
            /** @description Created; Location names the new record */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong curator key (see WWW-Authenticate) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (already exists, already retracted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but not acceptable: quote not verbatim in its source, unknown reference, reused Idempotency-Key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Claim id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                    "application/ld+json": Record<string, never>;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retractClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; 428 without it) */
                "if-match"?: string;
            };
            path: {
                /** @description Claim id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the record is changed or retracted */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong curator key (see WWW-Authenticate) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (already exists, already retracted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; 428 without it) */
                "if-match"?: string;
            };
            path: {
                /** @description Claim id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimPatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong curator key (see WWW-Authenticate) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (already exists, already retracted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but not acceptable: quote not verbatim in its source, unknown reference, reused Idempotency-Key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Claim id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"];
                    "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"": Record<string, never>;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaimRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Claim id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCountries: {
        parameters: {
            query?: {
                /** @description CSV only: true starts the file with a UTF-8 byte order mark, so Excel on Windows reads é, ’ and “ right (default false) */
                bom?: "true" | "false";
                /** @description Comma list of ISO alpha-2 codes */
                code?: string;
                /** @description Opaque cursor from meta.nextCursor (the next page) or meta.prevCursor (the previous one), for the same query */
                cursor?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Comma list of: ally_of_russia, aggressor, invaded, other */
                role?: string;
                /** @description Comma list of code, name, role, "-" for descending (default code); records equal in every field given are ordered by id, in the direction of the last field */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description rel="next" link to the next page, when there is one */
                    Link?: string;
                    /** @description Number of records matching the filters */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCountry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a POST safe to retry: the same key replays the first result */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CountryCreateInput"];
            };
        };
        responses: {
            /** @description Created; Location names the new record */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryWriteResponse"];
                };
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong curator key (see WWW-Authenticate) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (already exists, already retracted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but not acceptable: quote not verbatim in its source, unknown reference, reused Idempotency-Key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountry: {
        parameters: {
            query?: {
                /** @description Embed related records (active ones): claims, tradeFigures, leaders */
                include?: string;
                /** @description At most this many records of each embedded list, 1 to 100 (default 20, as a list page); `included` gives each list’s total and links to the rest */
                includeLimit?: number;
            };
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-2 code, any case (e.g. kp) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryResponse"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCountry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; 428 without it) */
                "if-match"?: string;
            };
            path: {
                /** @description ISO 3166-1 alpha-2 code, any case (e.g. kp) */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CountryPatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryWriteResponse"];
                };
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong curator key (see WWW-Authenticate) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (already exists, already retracted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but not acceptable: quote not verbatim in its source, unknown reference, reused Idempotency-Key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCountryClaims: {
        parameters: {
            query?: {
                /** @description CSV only: true starts the file with a UTF-8 byte order mark, so Excel on Windows reads é, ’ and “ right (default false) */
                bom?: "true" | "false";
                /** @description Comma list of leader ids (people who made the claim) */
                claimant?: string;
                /** @description Comma list of: government_official, state_media, opposition_media, independent_media, expert, journalist, organisation, other */
                claimantType?: string;
                /** @description Only claims dated on or after this (claims without a stated date are excluded) */
                "claimedAt[from]"?: string;
                "claimedAt[to]"?: string;
                /** @description Opaque cursor from meta.nextCursor (the next page) or meta.prevCursor (the previous one), for the same query */
                cursor?: string;
                /** @description Count matches per value of: country, topic, verification, claimantType, source, status (topic counts every topic of a claim, so its counts can add up to more than the total) */
                facet?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Full-text search, accent-insensitive, words matched as prefixes; plain words only. Also finds a claim by the English and French names of its country (ISO 3166-1, i18n-iso-countries) and its claimant’s recorded name; a word of a person’s name also matches its other recorded spelling (Loukachenko finds Lukashenko, and back), and a person’s full name matches a mention by the name’s later words (Vladimir Putin finds Poutine); a number matches however its thousands are separated (100000, 100 000, 100,000, 100.000). Sorted by relevance unless sort says otherwise */
                q?: string;
                /** @description Restrict q to: statement, quote, claimant (country and claimant names are then not searched) */
                qFields?: string;
                /** @description Comma list of fields, "-" for descending: id, country, topic, verification, claimantType, claimedAt, createdAt, updatedAt (default country,id); records equal in every field given are ordered by id, in the direction of the last field; or relevance, alone, with q: best matches first (bm25 on SQLite, ts_rank on PostgreSQL), then id; the default when q is given */
                sort?: string;
                /** @description Comma list of source ids */
                source?: string;
                /** @description Retracted claims are hidden unless asked for */
                status?: "active" | "retracted" | "all";
                /** @description Claims with any of these among their topics; comma list of: military, troops, economic, trade, diplomatic, rhetorical, ideological, technology, labour, unspecified, other */
                topic?: string;
                /** @description Comma list of: verified, reported, asserted, unverified, disputed */
                verification?: string;
            };
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-2 code, any case (e.g. kp) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description rel="next" link to the next page, when there is one */
                    Link?: string;
                    /** @description Number of records matching the filters */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimList"];
                    "application/ld+json": Record<string, never>;
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCountryLeaders: {
        parameters: {
            query?: {
                /** @description CSV only: true starts the file with a UTF-8 byte order mark, so Excel on Windows reads é, ’ and “ right (default false) */
                bom?: "true" | "false";
                /** @description Opaque cursor from meta.nextCursor (the next page) or meta.prevCursor (the previous one), for the same query */
                cursor?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Comma list of: leader, cited_person */
                kind?: string;
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Comma list of roles */
                role?: string;
                /** @description Comma list of id, name, country, kind, "-" for descending (default id); records equal in every field given are ordered by id, in the direction of the last field */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-2 code, any case (e.g. kp) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description rel="next" link to the next page, when there is one */
                    Link?: string;
                    /** @description Number of records matching the filters */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCountryRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-2 code, any case (e.g. kp) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCountryTradeFigures: {
        parameters: {
            query?: {
                /** @description CSV only: true starts the file with a UTF-8 byte order mark, so Excel on Windows reads é, ’ and “ right (default false) */
                bom?: "true" | "false";
                /** @description Opaque cursor from meta.nextCursor (the next page) or meta.prevCursor (the previous one), for the same query */
                cursor?: string;
                /** @description Count matches per value of: reporter, partner, indicator, unit, kind, statedByType */
                facet?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Comma list of: total_trade, bilateral_trade, oil_imports, exports, imports, other */
                indicator?: string;
                /** @description Comma list of: level, change, ratio */
                kind?: string;
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Comma list of partner country codes */
                partner?: string;
                /** @description Figures whose period starts on or after this date */
                "period[from]"?: string;
                /** @description Figures whose period ends on or before this date (the whole period if partial) */
                "period[to]"?: string;
                /** @description Full-text search over quote, caveat and who stated it; a word of a person’s name also matches its other recorded spelling, and a person’s full name a mention by its later words; a number matches however its thousands are separated. Sorted by relevance unless sort says otherwise */
                q?: string;
                /** @description Comma list of id, reporter, partner, indicator, value, unit, periodStart, createdAt, "-" for descending (default reporter,id); records equal in every field given are ordered by id, in the direction of the last field; or relevance, alone, with q: best matches first, then id; the default when q is given */
                sort?: string;
                /** @description Comma list of source ids */
                source?: string;
                /** @description Comma list of leader ids who stated the figure */
                statedBy?: string;
                /** @description Comma list of: government_official, state_media, opposition_media, independent_media, expert, journalist, organisation, other */
                statedByType?: string;
                status?: "active" | "retracted" | "all";
                /** @description Comma list of: USD, percent, ratio */
                unit?: string;
                /** @description Value at least this (in the figure’s unit) */
                "value[gte]"?: number;
                /** @description Value at most this */
                "value[lte]"?: number;
            };
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-2 code, any case (e.g. kp) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description rel="next" link to the next page, when there is one */
                    Link?: string;
                    /** @description Number of records matching the filters */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeFigureList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDownloads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadList"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDataPackageZip: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDownloadCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A resource’s CSV file */
                file: "sources.csv" | "countries.csv" | "leaders.csv" | "claims.csv" | "trade-figures.csv";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description rel="next" link to the next page, when there is one */
                    Link?: string;
                    /** @description Number of records matching the filters */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDataPackage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataPackage"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDownloadNdjson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A resource’s NDJSON file */
                file: "sources.ndjson" | "countries.ndjson" | "leaders.ndjson" | "claims.ndjson" | "trade-figures.ndjson";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSqliteSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Dataset version */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.sqlite3": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLeaders: {
        parameters: {
            query?: {
                /** @description CSV only: true starts the file with a UTF-8 byte order mark, so Excel on Windows reads é, ’ and “ right (default false) */
                bom?: "true" | "false";
                /** @description Comma list of ISO alpha-2 codes */
                country?: string;
                /** @description Opaque cursor from meta.nextCursor (the next page) or meta.prevCursor (the previous one), for the same query */
                cursor?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Comma list of: leader, cited_person */
                kind?: string;
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Comma list of roles */
                role?: string;
                /** @description Comma list of id, name, country, kind, "-" for descending (default id); records equal in every field given are ordered by id, in the direction of the last field */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description rel="next" link to the next page, when there is one */
                    Link?: string;
                    /** @description Number of records matching the filters */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLeader: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a POST safe to retry: the same key replays the first result */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaderCreateInput"];
            };
        };
        responses: {
            /** @description Created; Location names the new record */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderResponse"];
                };
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong curator key (see WWW-Authenticate) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (already exists, already retracted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but not acceptable: quote not verbatim in its source, unknown reference, reused Idempotency-Key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLeader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Leader id, e.g. javad-owji */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderResponse"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLeader: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; 428 without it) */
                "if-match"?: string;
            };
            path: {
                /** @description Leader id, e.g. javad-owji */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaderPatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderResponse"];
                };
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong curator key (see WWW-Authenticate) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (already exists, already retracted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but not acceptable: quote not verbatim in its source, unknown reference, reused Idempotency-Key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLeaderRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Leader id, e.g. javad-owji */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description CSV only: true starts the file with a UTF-8 byte order mark, so Excel on Windows reads é, ’ and “ right (default false) */
                bom?: "true" | "false";
                /** @description Opaque cursor from meta.nextCursor (the next page) or meta.prevCursor (the previous one), for the same query */
                cursor?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Comma list of: news_article, official_statement, media_report, dataset, other */
                kind?: string;
                /** @description Comma list of language codes */
                language?: string;
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Comma list of id, title, retrievedAt, "-" for descending (default id); records equal in every field given are ordered by id, in the direction of the last field */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description rel="next" link to the next page, when there is one */
                    Link?: string;
                    /** @description Number of records matching the filters */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a POST safe to retry: the same key replays the first result */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceCreateInput"];
            };
        };
        responses: {
            /** @description Created; Location names the new record */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceResponse"];
                };
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong curator key (see WWW-Authenticate) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (already exists, already retracted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but not acceptable: quote not verbatim in its source, unknown reference, reused Idempotency-Key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Source id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceResponse"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; 428 without it) */
                "if-match"?: string;
            };
            path: {
                /** @description Source id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourcePatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceResponse"];
                };
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong curator key (see WWW-Authenticate) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (already exists, already retracted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but not acceptable: quote not verbatim in its source, unknown reference, reused Idempotency-Key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSourceRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Source id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSourceText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Source id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTradeFigures: {
        parameters: {
            query?: {
                /** @description CSV only: true starts the file with a UTF-8 byte order mark, so Excel on Windows reads é, ’ and “ right (default false) */
                bom?: "true" | "false";
                /** @description Figures where any of these countries is reporter or partner */
                country?: string;
                /** @description Opaque cursor from meta.nextCursor (the next page) or meta.prevCursor (the previous one), for the same query */
                cursor?: string;
                /** @description Count matches per value of: reporter, partner, indicator, unit, kind, statedByType */
                facet?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Comma list of: total_trade, bilateral_trade, oil_imports, exports, imports, other */
                indicator?: string;
                /** @description Comma list of: level, change, ratio */
                kind?: string;
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Comma list of partner country codes */
                partner?: string;
                /** @description Figures whose period starts on or after this date */
                "period[from]"?: string;
                /** @description Figures whose period ends on or before this date (the whole period if partial) */
                "period[to]"?: string;
                /** @description Full-text search over quote, caveat and who stated it; a word of a person’s name also matches its other recorded spelling, and a person’s full name a mention by its later words; a number matches however its thousands are separated. Sorted by relevance unless sort says otherwise */
                q?: string;
                /** @description Comma list of reporter country codes */
                reporter?: string;
                /** @description Comma list of id, reporter, partner, indicator, value, unit, periodStart, createdAt, "-" for descending (default reporter,id); records equal in every field given are ordered by id, in the direction of the last field; or relevance, alone, with q: best matches first, then id; the default when q is given */
                sort?: string;
                /** @description Comma list of source ids */
                source?: string;
                /** @description Comma list of leader ids who stated the figure */
                statedBy?: string;
                /** @description Comma list of: government_official, state_media, opposition_media, independent_media, expert, journalist, organisation, other */
                statedByType?: string;
                status?: "active" | "retracted" | "all";
                /** @description Comma list of: USD, percent, ratio */
                unit?: string;
                /** @description Value at least this (in the figure’s unit) */
                "value[gte]"?: number;
                /** @description Value at most this */
                "value[lte]"?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    /** @description rel="next" link to the next page, when there is one */
                    Link?: string;
                    /** @description Number of records matching the filters */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeFigureList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTradeFigure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a POST safe to retry: the same key replays the first result */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TradeFigureCreateInput"];
            };
        };
        responses: {
            /** @description Created; Location names the new record */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeFigureResponse"];
                };
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong curator key (see WWW-Authenticate) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (already exists, already retracted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but not acceptable: quote not verbatim in its source, unknown reference, reused Idempotency-Key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTradeFigure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trade figure id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeFigureResponse"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retractTradeFigure: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; 428 without it) */
                "if-match"?: string;
            };
            path: {
                /** @description Trade figure id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the record is changed or retracted */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeFigureResponse"];
                };
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong curator key (see WWW-Authenticate) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (already exists, already retracted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTradeFigure: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; 428 without it) */
                "if-match"?: string;
            };
            path: {
                /** @description Trade figure id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TradeFigurePatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeFigureResponse"];
                };
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong curator key (see WWW-Authenticate) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (already exists, already retracted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but not acceptable: quote not verbatim in its source, unknown reference, reused Idempotency-Key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTradeFigureEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trade figure id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeFigureEvidenceResponse"];
                    "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"": Record<string, never>;
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTradeFigureRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trade figure id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in If-None-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            /** @description Not Modified: the representation still matches the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameter or body; `errors` names each offending parameter or JSON pointer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept (or `format`) can be served */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; details are logged, never sent */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
