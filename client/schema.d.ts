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
         * @description HTML for browsers: the source and its licence, the four backers with their stance and claim counts, a search box, links to the API, `/docs` and the downloads. `Accept: application/json` gives the API index (the same body as `GET /v1`, `Content-Location: /v1`).
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
         * @description The page of `GET /v1/claims/{id}`: the English statement, the French quote highlighted inside its paragraph (with a link to the passage in the full source), claimant and type, verification in words with the article’s own sentence about it when there is one, the date note, the status (a retraction and its reason), the revision history and a citation ready to paste.
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
         * @description The page of `GET /v1/countries/{code}`: its stance, its leaders and the people cited about it, its claims grouped by topic with verification labels in words, and its trade figures with their caveats.
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
         * @description Answers 200 while the process runs, without touching the database; for container health checks.
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
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: database reachable, migrations applied, dataset seeded
         * @description 200 when the database answers, every bundled migration is applied and the dataset is seeded; 503 with the failing checks otherwise.
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
         * @description The page of `GET /v1/sources/{id}`: its metadata and the full text, with the passage every active claim and trade figure rests on highlighted, coloured by verification and linking to its record, and the data-quality notes beside the paragraphs they are about. `claim=` or `figure=` marks one record’s passage (the claim pages link here that way).
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
         * @description The page of `GET /v1/trade-figures` (same filters): server-rendered SVG charts, one per unit and kind with its own scale (dollar amounts and percentage changes never share an axis), a warning and numbered caveats where the bars of a chart cover different periods, ratios left undrawn, and every figure in a table with its period, who stated it, its quote and its caveat.
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
         * @description The entry point: title, description, licence, the sources the data comes from, counts of active records, the dataset version (it moves with every change) and links to every collection.
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
         * @description For mirrors and frontends syncing incrementally: start without `since` (the seed’s creations come first), then poll with `since=<meta.nextCursor>`. Each entry names the record, its new version, the action, the curator key name, the reason and a field-level diff.
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
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List, filter, search and export claims
         * @description Filters combine with AND; comma lists within a filter with OR. `q` searches statement, quote and claimant, accent-insensitively. Pages are keyset cursors (`meta.nextCursor`, `Link: rel="next"`). `format=csv|ndjson` (or Accept) exports every matching row; `Accept: application/ld+json` gives schema.org ClaimReview.
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
         * @description The quote and its offsets, the paragraph around it, the source’s metadata and the SHA-256 of the source text, so anyone can fetch the text and check the record.
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
         * @description The code is case-insensitive in and upper-case out. `include=claims,tradeFigures,leaders` embeds active related records in the same response.
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
         *               "to": "Scraped page minus site chrome: the breadcrumb line before the title, the “À NE PAS MANQUER” promotion heading between the China and Iran sections, and the “Related Articles” block and cookie banner after the last paragraph. Photo captions are kept because they are part of the article as published."
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
         *               "to": "Has backed Putin’s regime since the invasion began and served mainly as a springboard for Russian troops."
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
            /** @description ISO 8601 date, possibly partial, only when the source states it */
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
            /** @enum {string} */
            topic: "military" | "troops" | "economic" | "trade" | "diplomatic" | "rhetorical" | "ideological" | "technology" | "labour" | "other";
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
         *       "topic": "rhetorical",
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
            /** @enum {string} */
            topic: "military" | "troops" | "economic" | "trade" | "diplomatic" | "rhetorical" | "ideological" | "technology" | "labour" | "other";
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
         *           "statement": "Korotchenko added that a selection of North Korean builders would come with the volunteers to help repair war damage alongside Russian counterparts.",
         *           "quote": "Korotchenko a ajouté qu’une sélection de constructeurs arriverait aux côtés de ces volontaires pour aider à réparer les dommages de guerre aux côtés de leurs homologues russes.",
         *           "quoteStart": 3143,
         *           "quoteEnd": 3319,
         *           "source": {
         *             "id": "putin-allies-four-countries",
         *             "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *           },
         *           "topic": "labour",
         *           "verification": "reported",
         *           "verificationNote": "Attributed to the same expert; nothing says it was confirmed.",
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
         *         "nextCursor": "eyJrIjpbIktQIiwia3AtaWRlb2xvZ2ljYWxseS1hbGlnbmVkIl0sInEiOiJ1RFJLSHNzMnoyMW52dnJ1In0.xEioZjPM4-A_aq88lA0vJ9",
         *         "facets": {
         *           "verification": {
         *             "asserted": 1,
         *             "reported": 3
         *           }
         *         }
         *       },
         *       "links": {
         *         "self": "/v1/countries/KP/claims?limit=2&facet=verification",
         *         "next": "/v1/countries/KP/claims?limit=2&facet=verification&cursor=eyJrIjpbIktQIiwia3AtaWRlb2xvZ2ljYWxseS1hbGlnbmVkIl0sInEiOiJ1RFJLSHNzMnoyMW52dnJ1In0.xEioZjPM4-A_aq88lA0vJ9"
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
            /** @enum {string} */
            topic?: "military" | "troops" | "economic" | "trade" | "diplomatic" | "rhetorical" | "ideological" | "technology" | "labour" | "other";
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
         *       "stance": "Has backed Putin’s regime since the invasion began and served mainly as a springboard for Russian troops.",
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
            /** @description ISO 3166-1 alpha-2 */
            code: string;
            counts: {
                claims: number;
                leaders: number;
                tradeFigures: number;
            };
            /** @description English name */
            name: string;
            /** @description Name as written in the source */
            nameSource: string;
            /**
             * @description Role relative to the war
             * @enum {string}
             */
            role: "ally_of_russia" | "aggressor" | "invaded" | "other";
            /** @description One-line English summary of its stance, per the source */
            stance: string;
            updatedAt: string;
            version: number;
        };
        CountryCreateInput: {
            alpha3: string;
            code: string;
            name: string;
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
         *       "stance": "Ideologically aligned with Russia; Russian state media report it offered soldiers and builders for the war effort.",
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
         *           "title": "Not stated: named only in a photo caption, with no title",
         *           "kind": "leader",
         *           "country": {
         *             "code": "KP",
         *             "name": "North Korea"
         *           },
         *           "affiliation": null,
         *           "inOffice": "Not stated by the article; linked to North Korea here only because the article lists him among Putin’s allies, in a caption placed above the Iran section.",
         *           "quote": "Les alliés de Poutine : Kim Jong Un",
         *           "quoteStart": 1914,
         *           "quoteEnd": 1949,
         *           "source": {
         *             "id": "putin-allies-four-countries",
         *             "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *           },
         *           "version": 1,
         *           "updatedAt": "2026-11-23T00:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        CountryDetail: {
            /** @description ISO 3166-1 alpha-3 */
            alpha3: string;
            claims?: components["schemas"]["Claim"][];
            /** @description ISO 3166-1 alpha-2 */
            code: string;
            counts: {
                claims: number;
                leaders: number;
                tradeFigures: number;
            };
            leaders?: components["schemas"]["Leader"][];
            /** @description English name */
            name: string;
            /** @description Name as written in the source */
            nameSource: string;
            /**
             * @description Role relative to the war
             * @enum {string}
             */
            role: "ally_of_russia" | "aggressor" | "invaded" | "other";
            /** @description One-line English summary of its stance, per the source */
            stance: string;
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
         *           "stance": "Has backed Putin’s regime since the invasion began and served mainly as a springboard for Russian troops.",
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
         *           "stance": "Officially neutral and no explicit support, but trade ties with Russia continue and officials give rhetorical support.",
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
         *         "nextCursor": "eyJrIjpbIkNOIl0sInEiOiJXb083Nml5NWNKTkdVX2MwIn0.eFTveKeBjWO12u0KU2QU1I"
         *       },
         *       "links": {
         *         "self": "/v1/countries?role=ally_of_russia&limit=2",
         *         "next": "/v1/countries?role=ally_of_russia&limit=2&cursor=eyJrIjpbIkNOIl0sInEiOiJXb083Nml5NWNKTkdVX2MwIn0.eFTveKeBjWO12u0KU2QU1I"
         *       }
         *     }
         */
        CountryList: {
            data: components["schemas"]["Country"][];
            links: components["schemas"]["ListLinks"];
            meta: components["schemas"]["ListMeta"];
        };
        CountryPatchInput: {
            alpha3?: string;
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
         *         "stance": "Ideologically aligned with Russia; Russian state media report it offered soldiers and builders for the war effort.",
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
         *             "title": "Not stated: named only in a photo caption, with no title",
         *             "kind": "leader",
         *             "country": {
         *               "code": "KP",
         *               "name": "North Korea"
         *             },
         *             "affiliation": null,
         *             "inOffice": "Not stated by the article; linked to North Korea here only because the article lists him among Putin’s allies, in a caption placed above the Iran section.",
         *             "quote": "Les alliés de Poutine : Kim Jong Un",
         *             "quoteStart": 1914,
         *             "quoteEnd": 1949,
         *             "source": {
         *               "id": "putin-allies-four-countries",
         *               "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *             },
         *             "version": 1,
         *             "updatedAt": "2026-11-23T00:00:00.000Z"
         *           }
         *         ]
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
         * @example {
         *       "title": "allies-api: who backs Russia’s war, and on what evidence",
         *       "description": "Structured, source-traceable data on the four countries the source article says still back Russia\nas it invades Ukraine (Belarus, China, Iran, North Korea): countries, leaders, claims and trade figures.\n\nEvery claim and figure carries the verbatim French quote it rests on, its Unicode code point offsets\ninto the stored source text, who made it and how far the source stands behind it. The seed loader\nrefuses any quote that is not verbatim at its offsets. Where the source is vague (no date,\n“récemment”, unnamed “opposition media”), the record says exactly that.",
         *       "license": {
         *         "code": "MIT",
         *         "data": "Structured data released under CC0-1.0; quotes are short excerpts of the cited sources, kept for verification, and remain their authors’"
         *       },
         *       "version": 1,
         *       "apiVersion": "0.1.0",
         *       "lastUpdated": "2026-11-23T00:00:00.000Z",
         *       "counts": {
         *         "countries": 6,
         *         "leaders": 7,
         *         "claims": 21,
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
            license: {
                code: string;
                data: string;
            };
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
         *       "verificationQuote": {
         *         "text": "D’autres médias n’ont cependant pas vérifié ces affirmations de manière indépendante.",
         *         "start": 974,
         *         "end": 1059
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
        Evidence: {
            claimId: string;
            /** @description Whether the quote is verbatim at its offsets in the stored source text right now */
            matches: boolean;
            /** @constant */
            offsetUnit: "unicode_code_point";
            /** @description The paragraph of the source text that contains the quote */
            paragraph: components["schemas"]["TextSpan"];
            quote: components["schemas"]["TextSpan"];
            source: {
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
         *         "verificationQuote": {
         *           "text": "D’autres médias n’ont cependant pas vérifié ces affirmations de manière indépendante.",
         *           "start": 974,
         *           "end": 1059
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
        EvidenceResponse: {
            data: components["schemas"]["Evidence"];
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
         *       "version": 1,
         *       "updatedAt": "2026-11-23T00:00:00.000Z"
         *     }
         */
        Leader: {
            affiliation: string | null;
            /** @description Null when the source does not tie the person to a country */
            country: components["schemas"]["CountryRef"] | null;
            id: string;
            /** @description Status as of the (undated) source */
            inOffice: string;
            /**
             * @description leader: in power; cited_person: named as a claimant
             * @enum {string}
             */
            kind: "leader" | "cited_person";
            /** @description English name */
            name: string;
            /** @description Name as written in the source */
            nameSource: string;
            /** @description Where the source names the person */
            quote: string;
            quoteEnd: number;
            quoteStart: number;
            /** @description head_of_state, party_leader, minister, expert, ... */
            role: string;
            source: components["schemas"]["SourceRef"];
            /** @description Title as the source gives it, or a note that it gives none */
            title: string;
            updatedAt: string;
            version: number;
        };
        LeaderCreateInput: {
            affiliation?: string | null;
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
         *           "version": 1,
         *           "updatedAt": "2026-11-23T00:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "total": 2,
         *         "limit": 20,
         *         "nextCursor": null
         *       },
         *       "links": {
         *         "self": "/v1/leaders?kind=cited_person",
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
         *         "version": 1,
         *         "updatedAt": "2026-11-23T00:00:00.000Z"
         *       }
         *     }
         */
        LeaderResponse: {
            data: components["schemas"]["Leader"];
        };
        ListLinks: {
            next: string | null;
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
            errors?: {
                detail: string;
                header?: string;
                parameter?: string;
                pointer?: string;
            }[];
            /** @description The request path and query that caused the problem */
            instance: string;
            status: number;
            title: string;
            /** @description URI reference identifying the problem type */
            type: string;
        };
        /**
         * @example {
         *       "status": "ready",
         *       "checks": {
         *         "database": true,
         *         "migrations": true,
         *         "seed": true
         *       }
         *     }
         */
        Ready: {
            checks: {
                /** @description A query succeeded */
                database: boolean;
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
         *             "claimant": {
         *               "from": null,
         *               "to": {
         *                 "name": "Russian state media (unnamed)",
         *                 "type": "state_media",
         *                 "leaderId": null
         *               }
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
         *             "topic": {
         *               "from": null,
         *               "to": "troops"
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
         *       "textNote": "Scraped page minus site chrome: the breadcrumb line before the title, the “À NE PAS MANQUER” promotion heading between the China and Iran sections, and the “Related Articles” block and cookie banner after the last paragraph. Photo captions are kept because they are part of the article as published.",
         *       "textUrl": "/v1/sources/putin-allies-four-countries/text",
         *       "notes": [
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
         *           "id": "troops-not-on-ground-vs-troop-claims",
         *           "category": "internal_consistency",
         *           "note": "The introduction says the allies’ troops have not appeared on the ground, while later sections report an (unverified) claim that Belarusian troops entered combat and a report that North Korea offered 100,000 soldiers.",
         *           "quote": {
         *             "text": "Bien que leurs troupes ne soient pas apparues sur le terrain",
         *             "start": 424,
         *             "end": 484
         *           }
         *         },
         *         {
         *           "id": "caption-lukashenko-spelling",
         *           "category": "naming",
         *           "note": "The caption spells the name in English (“Alexander Lukashenko”) while the body uses the French spelling (“Alexandre Loukachenko”) and, later, the English surname “Lukashenko”.",
         *           "quote": {
         *             "text": "Alliés de Poutine : Alexander Lukashenko",
         *             "start": 567,
         *             "end": 607
         *           }
         *         },
         *         {
         *           "id": "caption-kim-jong-un-above-iran",
         *           "category": "layout",
         *           "note": "The photo caption naming Kim Jong Un sits directly above the Iran section, not above the North Korea section; the North Korea section has no caption.",
         *           "quote": {
         *             "text": "Les alliés de Poutine : Kim Jong Un\n\nIran",
         *             "start": 1914,
         *             "end": 1955
         *           }
         *         },
         *         {
         *           "id": "owji-18-months-vs-2021",
         *           "category": "arithmetic",
         *           "note": "An 18-month trade total (40 billion dollars) is compared with a single calendar year (4 billion dollars in 2021) and called ten times larger; the periods differ, so the ratio overstates growth on a like-for-like basis.",
         *           "quote": {
         *             "text": "avait atteint 40 milliards de dollars au cours des 18 derniers mois, soit dix fois plus que les 4 milliards de dollars de 2021",
         *             "start": 2329,
         *             "end": 2455
         *           }
         *         }
         *       ],
         *       "counts": {
         *         "claims": 21,
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
            /** @description Leave null when unknown; never guess */
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
         *       "id": "relative-dates",
         *       "category": "dating",
         *       "note": "Times are relative to an unstated publication date: “depuis février”, “en juin”, “au cours des 18 derniers mois”, “récemment”.",
         *       "quote": {
         *         "text": "Mais Poutine a reçu un soutien pour son invasion depuis février",
         *         "start": 311,
         *         "end": 374
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
            /** @description Leave null when unknown; never guess */
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
         *         "textNote": "Scraped page minus site chrome: the breadcrumb line before the title, the “À NE PAS MANQUER” promotion heading between the China and Iran sections, and the “Related Articles” block and cookie banner after the last paragraph. Photo captions are kept because they are part of the article as published.",
         *         "textUrl": "/v1/sources/putin-allies-four-countries/text",
         *         "notes": [
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
         *             "id": "troops-not-on-ground-vs-troop-claims",
         *             "category": "internal_consistency",
         *             "note": "The introduction says the allies’ troops have not appeared on the ground, while later sections report an (unverified) claim that Belarusian troops entered combat and a report that North Korea offered 100,000 soldiers.",
         *             "quote": {
         *               "text": "Bien que leurs troupes ne soient pas apparues sur le terrain",
         *               "start": 424,
         *               "end": 484
         *             }
         *           },
         *           {
         *             "id": "caption-lukashenko-spelling",
         *             "category": "naming",
         *             "note": "The caption spells the name in English (“Alexander Lukashenko”) while the body uses the French spelling (“Alexandre Loukachenko”) and, later, the English surname “Lukashenko”.",
         *             "quote": {
         *               "text": "Alliés de Poutine : Alexander Lukashenko",
         *               "start": 567,
         *               "end": 607
         *             }
         *           },
         *           {
         *             "id": "caption-kim-jong-un-above-iran",
         *             "category": "layout",
         *             "note": "The photo caption naming Kim Jong Un sits directly above the Iran section, not above the North Korea section; the North Korea section has no caption.",
         *             "quote": {
         *               "text": "Les alliés de Poutine : Kim Jong Un\n\nIran",
         *               "start": 1914,
         *               "end": 1955
         *             }
         *           },
         *           {
         *             "id": "owji-18-months-vs-2021",
         *             "category": "arithmetic",
         *             "note": "An 18-month trade total (40 billion dollars) is compared with a single calendar year (4 billion dollars in 2021) and called ten times larger; the periods differ, so the ratio overstates growth on a like-for-like basis.",
         *             "quote": {
         *               "text": "avait atteint 40 milliards de dollars au cours des 18 derniers mois, soit dix fois plus que les 4 milliards de dollars de 2021",
         *               "start": 2329,
         *               "end": 2455
         *             }
         *           }
         *         ],
         *         "counts": {
         *           "claims": 21,
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
         *       "caveat": "An 18-month total; the article compares it with a single calendar year (2021).",
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
            /** @enum {string} */
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
         *           "caveat": "An 18-month total; the article compares it with a single calendar year (2021).",
         *           "status": "active",
         *           "retractionReason": null,
         *           "version": 1,
         *           "createdAt": "2026-11-23T00:00:00.000Z",
         *           "updatedAt": "2026-11-23T00:00:00.000Z"
         *         },
         *         {
         *           "id": "ir-ru-bilateral-trade-2021",
         *           "reporter": {
         *             "code": "IR",
         *             "name": "Iran"
         *           },
         *           "partner": {
         *             "code": "RU",
         *             "name": "Russia"
         *           },
         *           "indicator": "bilateral_trade",
         *           "value": 4000000000,
         *           "unit": "USD",
         *           "kind": "level",
         *           "approximate": false,
         *           "period": {
         *             "start": "2021-01-01",
         *             "end": "2021-12-31",
         *             "label": "de 2021"
         *           },
         *           "statedBy": {
         *             "name": "Javad Owji",
         *             "type": "government_official",
         *             "leaderId": "javad-owji"
         *           },
         *           "quote": "les 4 milliards de dollars de 2021",
         *           "quoteStart": 2421,
         *           "quoteEnd": 2455,
         *           "source": {
         *             "id": "putin-allies-four-countries",
         *             "title": "Les alliés de Poutine : Les quatre pays clés qui soutiennent encore la Russie alors qu’elle envahit l’Ukraine"
         *           },
         *           "caveat": null,
         *           "status": "active",
         *           "retractionReason": null,
         *           "version": 1,
         *           "createdAt": "2026-11-23T00:00:00.000Z",
         *           "updatedAt": "2026-11-23T00:00:00.000Z"
         *         }
         *       ],
         *       "meta": {
         *         "total": 3,
         *         "limit": 2,
         *         "nextCursor": "eyJrIjpbIklSIiwiaXItcnUtYmlsYXRlcmFsLXRyYWRlLTIwMjEiXSwicSI6IkZLLTFNNGpKXzlCVC1CSzEifQ.blkQBU5OcFAaznZo4l1BCr"
         *       },
         *       "links": {
         *         "self": "/v1/trade-figures?statedBy=javad-owji&limit=2",
         *         "next": "/v1/trade-figures?statedBy=javad-owji&limit=2&cursor=eyJrIjpbIklSIiwiaXItcnUtYmlsYXRlcmFsLXRyYWRlLTIwMjEiXSwicSI6IkZLLTFNNGpKXzlCVC1CSzEifQ.blkQBU5OcFAaznZo4l1BCr"
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
         *         "caveat": "An 18-month total; the article compares it with a single calendar year (2021).",
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
                /** @description Comma list of leader ids (people who made the claim) */
                claimant?: string;
                /** @description Comma list of: government_official, state_media, opposition_media, independent_media, expert, journalist, organisation, other */
                claimantType?: string;
                /** @description Only claims dated on or after this (claims without a stated date are excluded) */
                "claimedAt[from]"?: string;
                "claimedAt[to]"?: string;
                /** @description Comma list of ISO alpha-2 codes, e.g. BY,KP */
                country?: string;
                /** @description Opaque cursor from meta.nextCursor */
                cursor?: string;
                /** @description Interface language. Without it, Accept-Language decides (English when it names neither); links keep it. */
                lang?: "en" | "fr";
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Full-text search, accent-insensitive, words matched as prefixes; plain words only */
                q?: string;
                /** @description Restrict q to: statement, quote, claimant */
                qFields?: string;
                /** @description Comma list of fields, "-" for descending: id, country, topic, verification, claimantType, claimedAt, createdAt, updatedAt (default country,id) */
                sort?: string;
                /** @description Comma list of source ids */
                source?: string;
                /** @description Retracted claims are hidden unless asked for */
                status?: "active" | "retracted" | "all";
                /** @description Comma list of: military, troops, economic, trade, diplomatic, rhetorical, ideological, technology, labour, other */
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
                /** @description Figures where any of these countries is reporter or partner */
                country?: string;
                /** @description Comma list of: total_trade, bilateral_trade, oil_imports, exports, imports, other */
                indicator?: string;
                /** @description Comma list of: level, change, ratio */
                kind?: string;
                /** @description Interface language. Without it, Accept-Language decides (English when it names neither); links keep it. */
                lang?: "en" | "fr";
                /** @description Comma list of partner country codes */
                partner?: string;
                /** @description Figures whose period starts on or after this date */
                "period[from]"?: string;
                /** @description Figures whose period ends on or before this date (the whole period if partial) */
                "period[to]"?: string;
                /** @description Full-text search over quote, caveat and who stated it */
                q?: string;
                /** @description Comma list of reporter country codes */
                reporter?: string;
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
    listClaims: {
        parameters: {
            query?: {
                /** @description Comma list of leader ids (people who made the claim) */
                claimant?: string;
                /** @description Comma list of: government_official, state_media, opposition_media, independent_media, expert, journalist, organisation, other */
                claimantType?: string;
                /** @description Only claims dated on or after this (claims without a stated date are excluded) */
                "claimedAt[from]"?: string;
                "claimedAt[to]"?: string;
                /** @description Comma list of ISO alpha-2 codes, e.g. BY,KP */
                country?: string;
                /** @description Opaque cursor from meta.nextCursor */
                cursor?: string;
                /** @description Count matches per value of: country, topic, verification, claimantType, source, status */
                facet?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Full-text search, accent-insensitive, words matched as prefixes; plain words only */
                q?: string;
                /** @description Restrict q to: statement, quote, claimant */
                qFields?: string;
                /** @description Comma list of fields, "-" for descending: id, country, topic, verification, claimantType, claimedAt, createdAt, updatedAt (default country,id) */
                sort?: string;
                /** @description Comma list of source ids */
                source?: string;
                /** @description Retracted claims are hidden unless asked for */
                status?: "active" | "retracted" | "all";
                /** @description Comma list of: military, troops, economic, trade, diplomatic, rhetorical, ideological, technology, labour, other */
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
                /** @description Comma list of ISO alpha-2 codes */
                code?: string;
                /** @description Opaque cursor from meta.nextCursor */
                cursor?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Comma list of: ally_of_russia, aggressor, invaded, other */
                role?: string;
                /** @description Comma list of code, name, role, "-" for descending (default code) */
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
                /** @description Comma list of leader ids (people who made the claim) */
                claimant?: string;
                /** @description Comma list of: government_official, state_media, opposition_media, independent_media, expert, journalist, organisation, other */
                claimantType?: string;
                /** @description Only claims dated on or after this (claims without a stated date are excluded) */
                "claimedAt[from]"?: string;
                "claimedAt[to]"?: string;
                /** @description Opaque cursor from meta.nextCursor */
                cursor?: string;
                /** @description Count matches per value of: country, topic, verification, claimantType, source, status */
                facet?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Full-text search, accent-insensitive, words matched as prefixes; plain words only */
                q?: string;
                /** @description Restrict q to: statement, quote, claimant */
                qFields?: string;
                /** @description Comma list of fields, "-" for descending: id, country, topic, verification, claimantType, claimedAt, createdAt, updatedAt (default country,id) */
                sort?: string;
                /** @description Comma list of source ids */
                source?: string;
                /** @description Retracted claims are hidden unless asked for */
                status?: "active" | "retracted" | "all";
                /** @description Comma list of: military, troops, economic, trade, diplomatic, rhetorical, ideological, technology, labour, other */
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
                /** @description Opaque cursor from meta.nextCursor */
                cursor?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Comma list of: leader, cited_person */
                kind?: string;
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Comma list of roles */
                role?: string;
                /** @description Comma list of id, name, country, kind, "-" for descending (default id) */
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
                /** @description Opaque cursor from meta.nextCursor */
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
                /** @description Full-text search over quote, caveat and who stated it */
                q?: string;
                /** @description Comma list of id, reporter, partner, indicator, value, unit, periodStart, createdAt, "-" for descending (default reporter,id) */
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
    listLeaders: {
        parameters: {
            query?: {
                /** @description Comma list of ISO alpha-2 codes */
                country?: string;
                /** @description Opaque cursor from meta.nextCursor */
                cursor?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Comma list of: leader, cited_person */
                kind?: string;
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Comma list of roles */
                role?: string;
                /** @description Comma list of id, name, country, kind, "-" for descending (default id) */
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
                /** @description Opaque cursor from meta.nextCursor */
                cursor?: string;
                /** @description Representation, overriding the Accept header: json, csv or ndjson (all matching rows, streamed) */
                format?: "json" | "csv" | "ndjson";
                /** @description Comma list of: news_article, official_statement, media_report, dataset, other */
                kind?: string;
                /** @description Comma list of language codes */
                language?: string;
                /** @description Page size, 1 to 100 (default 20) */
                limit?: number;
                /** @description Comma list of id, title, retrievedAt, "-" for descending (default id) */
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
                /** @description Figures where any of these countries is reporter or partner */
                country?: string;
                /** @description Opaque cursor from meta.nextCursor */
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
                /** @description Full-text search over quote, caveat and who stated it */
                q?: string;
                /** @description Comma list of reporter country codes */
                reporter?: string;
                /** @description Comma list of id, reporter, partner, indicator, value, unit, periodStart, createdAt, "-" for descending (default reporter,id) */
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
