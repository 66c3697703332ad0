// The browser entry: Prisma's enums and types without its client, which this process never loads.
import { Prisma } from '../generated/prisma/browser.js';
import { and, columnsOf, eq, gte, inList, inSubquery, lte, NONE, type Columns } from '../db/conditions.js';
import { sql, type Sql } from '../db/sql.js';
import type { CursorCodec, CursorValue } from '../lib/cursor.js';
import { fieldColumns, isRelevanceSort, relevanceOrder, sortFields, sortOrder, type SortOrder } from '../lib/keyset.js';
import type { ClaimListQuery, ClaimOut } from '../schemas/claim.js';
import { CLAIM_FACETS, CLAIM_SORT_FIELDS, type ClaimFacet, type ClaimSortField } from '../schemas/list-fields.js';
import { TOPICS, type Topic } from '../domain/vocabulary.js';
import { listAll, type Filters, type ListQuery } from './list.js';
import { isSearch } from '../lib/search.js';
import { snippet } from '../lib/snippet.js';
import type { NameSpellings } from './name-spellings.js';
import { claimSearchTotal, searchIds, searchRanking, type ClaimKeyFilter } from './search.js';
import { CLAIM_RECORD, CLAIM_WRITES, toClaim, verificationSpan, type ClaimRow } from './claim-record.js';
import { quoteEvidence, readWithSource } from './evidence.js';
import { listedResource } from './resource-list.js';
import type { Reads } from './sql-list/index.js';
import type { WriteDeps } from './versioned.js';

type ClaimColumn = Prisma.ClaimScalarFieldEnum;

/** API field names whose column is named otherwise. */
const RENAMED = { country: 'countryCode', source: 'sourceId' } as const;

const SORT_FIELDS = sortFields<ClaimSortField, ClaimColumn>(CLAIM_SORT_FIELDS, RENAMED, {
  claimedAt: 'string?',
  createdAt: 'date',
  updatedAt: 'date',
});
const FACET_COLUMNS = fieldColumns<ClaimFacet, ClaimColumn>(CLAIM_FACETS, RENAMED);

const CLAIM_TABLE = {
  ...CLAIM_RECORD,
  // A claim counts once for each of its topics, not only for its primary one.
  facetQueries: {
    topic: (where: Sql) => ({
      text: `SELECT ct."topic" AS k, COUNT(*) AS n FROM "Claim" t JOIN "ClaimTopic" ct ON ct."claimId" = t."id" WHERE ${where.text} GROUP BY ct."topic"`,
      params: where.params,
    }),
  },
};
const CLAIMS = listedResource(CLAIM_TABLE, Prisma.ClaimScalarFieldEnum, toClaim, CLAIM_WRITES);

/** The claim's key on its index, whatever columns a filter is given (see ListTable.unindexedColumn). */
const CLAIM_ID = columnsOf(['id'])('id');

type ClaimFilters = Filters<ClaimListQuery>;

/**
 * The first sort keys whose order has an index of its own, (key, id, status, countryCode) (see the
 * sort order indexes migration), or (id, status): a page in one of them, the key then the id in
 * one direction (see parseSort), is read along it once a filter matches many claims (see
 * ListQuery.walk). The default order (country, id) has the filters' own indexes.
 */
const WALKED_ORDERS: ReadonlySet<string> = new Set<ClaimColumn>([
  'claimedAt',
  'createdAt',
  'updatedAt',
  'topic',
  'verification',
  'claimantType',
  'id',
]);

/** Whether `order` is one key of WALKED_ORDERS then the id, both in one direction, or the id alone. */
function walkedOrder(order: SortOrder<ClaimColumn>): boolean {
  const [first, second, ...rest] = order.keys;
  if (first === undefined || first.ref !== undefined || rest.length > 0 || !WALKED_ORDERS.has(first.column)) return false;
  return second === undefined ? first.column === 'id' : second.column === 'id' && second.direction === first.direction;
}

/**
 * The query parameters a search's total can be read under from the full-text key rows (which hold
 * a claim's status and country), `bom` being no filter; any other filter is counted in "Claim".
 * A parameter not named here takes the count through "Claim", so a new filter is never left out.
 */
const KEYED_FILTERS: ReadonlySet<string> = new Set<keyof ClaimFilters>(['q', 'qFields', 'status', 'country', 'bom']);

/** The filters a claim's full-text key row holds (status, country), as claimFilter applies them. */
function keyFilterOf({ status, country }: ClaimFilters): ClaimKeyFilter {
  return { status: status === 'all' ? undefined : status, countries: country };
}

/** One topic of a country's claims: how many there are, and the first of them (byTopicForCountry). */
export type TopicClaims = { topic: Topic; total: number; claims: ClaimOut[] };

const listedClaim = CLAIMS.listed;

const claimOrder = (sort: string | undefined, filters?: ClaimFilters) =>
  isRelevanceSort(sort, isSearch(filters?.q)) ? relevanceOrder<ClaimColumn>('id') : sortOrder(sort, SORT_FIELDS, 'country,id');

/**
 * For a search in country-then-id order (the default) on SQLite: a condition naming every country
 * a page may hold, in order. SQLite then looks the matches up in the (status, countryCode, id)
 * index country by country and id by id, which is the page's order, and stops after a page,
 * instead of reading every match's row and sorting them all (a word in 1% of 100k claims is
 * ~1,000 rows a page). It changes no result: a claim's country is a foreign key, and list rows
 * join it. After a cursor only its country and the later ones are named, since each earlier one
 * would cost a lookup per match for nothing. Counts and facets are not given the countries:
 * they would cost a lookup per match and country (see ListQuery.match). No condition for any other order.
 */
function countryOrderedPages(column: Columns<ClaimColumn>): ListQuery<ClaimColumn>['pageCondition'] {
  return (order: SortOrder<ClaimColumn>, after: readonly CursorValue[] | null) => {
    const [country, id] = order.keys;
    if (order.keys.length !== 2 || country?.column !== 'countryCode' || id?.column !== 'id') return undefined;
    // Backward (the page before a cursor) the order is reversed: the cursor's country and the earlier ones.
    const comparison = country.direction === 'asc' ? '>=' : '<=';
    const from = after?.[0];
    const countries =
      typeof from === 'string'
        ? sql(`SELECT "code" FROM "Country" WHERE "code" ${comparison} ?`, [from])
        : sql('SELECT "code" FROM "Country"');
    return inSubquery(column('countryCode'), countries);
  };
}

/**
 * A claim having any of `topics`, not only as its primary one: the ids of claims with them, read
 * from the (topic, claimId) index (`listed`); or, `probed`, a lookup of the row's own topics by
 * the (claimId, topic) key, for a page read along the order's index (see ListQuery.orderedFilter).
 */
function topicCondition(topics: readonly string[], probed: boolean): Sql {
  const values = topics.map(() => '?').join(', ');
  return probed
    ? sql(`EXISTS (SELECT 1 FROM "ClaimTopic" x WHERE x."claimId" = ${CLAIM_ID} AND x."topic" IN (${values}))`, [...topics])
    : inSubquery(CLAIM_ID, sql(`SELECT "claimId" FROM "ClaimTopic" WHERE "topic" IN (${values})`, [...topics]));
}

/** The filters of a claim list on the given columns (the search is ListQuery.match); those left out match every claim. */
function claimFilter(filters: Partial<ClaimFilters> & Pick<ClaimFilters, 'status'>, probed = false) {
  return (column: Columns<ClaimColumn>): Sql =>
    and(
      filters.country && inList(column('countryCode'), filters.country),
      filters.topic && topicCondition(filters.topic, probed),
      filters.verification && inList(column('verification'), filters.verification),
      filters.claimantType && inList(column('claimantType'), filters.claimantType),
      filters.claimant && inList(column('claimantLeaderId'), filters.claimant),
      filters.source && inList(column('sourceId'), filters.source),
      filters.status === 'all' ? undefined : eq(column('status'), filters.status),
      filters['claimedAt[from]'] ? gte(column('claimedAt'), filters['claimedAt[from]']) : undefined,
      // A partial date bound covers its whole period: to=2021 includes 2021-12-31.
      filters['claimedAt[to]'] ? lte(column('claimedAt'), `${filters['claimedAt[to]']}\uffff`) : undefined,
    );
}

export function createClaimRepository(reads: Reads, codec: CursorCodec, deps: WriteDeps, spellings: NameSpellings) {
  /** A search's condition (`id IN (matches)`) on the id of `column`; undefined when not searching. */
  const searchMatch = (filters: ClaimFilters, column: Columns<ClaimColumn>): Sql | undefined => {
    if (!isSearch(filters.q)) return undefined;
    const ids = searchIds(reads.reader, 'claim', filters.q, filters.qFields, spellings.current());
    return ids === null ? NONE : inSubquery(column('id'), ids);
  };
  const {
    table,
    list: lists,
    writes,
  } = CLAIMS.open<ClaimListQuery, ClaimFacet>(
    reads,
    codec,
    deps,
    (table) => ({
      prepare: (filters) => (isSearch(filters.q) ? spellings.fresh() : undefined),
      order: claimOrder,
      filter: claimFilter,
      // Only a topic is filtered by a subquery. Walked only within one country: topics follow
      // countries (the seed's labour claims are all North Korean), so a walk through several can
      // pass whole countries before its first match (100k claims: topic=labour 23 ms walked,
      // 12 ms from its ids; country=CN,KP&topic=troops 11 ms walked), while ids within one
      // country follow no topic.
      orderedFilter: (filters) =>
        filters.topic === undefined || filters.country?.length !== 1 ? undefined : claimFilter(filters, true),
      match: (filters) => searchMatch(filters, table.column),
      // The topics probed, the search's matches read once and looked up by a Bloom filter and key.
      walk: (filters, order) =>
        walkedOrder(order) ? (column) => and(claimFilter(filters, true)(column), searchMatch(filters, column)) : undefined,
      snippet: (filters, claim) =>
        isSearch(filters.q)
          ? snippet(
              filters.qFields === undefined
                ? { statement: claim.statement, quote: claim.quote, claimant: claim.claimant.name }
                : Object.fromEntries(filters.qFields.map((f) => [f, f === 'claimant' ? claim.claimant.name : claim[f]])),
              filters.q,
              spellings.current(),
            )
          : undefined,
      snippetBasis: () => spellings.current(),
      ranking: (filters, order) =>
        isSearch(filters.q) && order.keys[0]?.ref !== undefined
          ? searchRanking(reads.reader, 'claim', filters.q, filters.qFields, spellings.current(), keyFilterOf(filters))
          : undefined,
      total: (filters) => {
        const { q, qFields } = filters;
        const other = Object.entries(filters).some(([name, value]) => value !== undefined && !KEYED_FILTERS.has(name));
        if (!isSearch(q) || other) return undefined;
        return claimSearchTotal(reads.reader, q, qFields, spellings.current(), keyFilterOf(filters));
      },
      pageCondition: (filters) =>
        isSearch(filters.q) && reads.reader.dialect === 'sqlite' ? countryOrderedPages(table.column) : undefined,
    }),
    FACET_COLUMNS,
  );
  const withSource = (id: string) => readWithSource<ClaimRow>(reads.reader, CLAIM_RECORD, id);

  return {
    ...lists,

    /** A country's active claims, by id (its `include=claims`). */
    async *activeForCountry(code: string): AsyncGenerator<ClaimOut> {
      const filter = (column: Columns<ClaimColumn>) => and(eq(column('countryCode'), code), eq(column('status'), 'active'));
      for await (const row of listAll(table, { filter, order: claimOrder('id') })) yield listedClaim(row);
    },

    /**
     * A country's active claims under each topic it has any in (a claim under each of its
     * topics), in the vocabulary's order: how many, counted in SQL, and the first `perTopic` of
     * them in the claim list's default order, which is the first page of
     * `GET /v1/claims?country=…&topic=…`. Reads one count per topic and `perTopic` rows a topic,
     * however many claims the country has.
     */
    async byTopicForCountry(code: string, perTopic: number): Promise<TopicClaims[]> {
      const ofCountry = { country: [code], status: 'active' as const };
      const totals = await table.facet('topic', claimFilter(ofCountry)(table.column));
      const order = claimOrder(undefined);
      return Promise.all(
        TOPICS.filter((topic) => (totals[topic] ?? 0) > 0).map(async (topic) => {
          const { rows } = await table.page(claimFilter({ ...ofCountry, topic: [topic] })(table.column), order, perTopic);
          return { topic, total: totals[topic] ?? 0, claims: rows.map(listedClaim) };
        }),
      );
    },

    /** Those of `ids` that are active claims of the country, in the order of `ids`. */
    async activeOfCountry(code: string, ids: readonly string[]): Promise<ClaimOut[]> {
      if (ids.length === 0) return [];
      const where = and(claimFilter({ country: [code], status: 'active' })(table.column), inList(table.column('id'), ids));
      const { rows } = await table.page(where, claimOrder('id'), ids.length);
      const byId = new Map(rows.map((row) => [row.id, listedClaim(row)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /**
     * The people a country's active claims cite who are not the country's own leaders: the first
     * `limit` by leader id, in the order of the first claim citing each, and how many there are.
     * A page lists a bounded number however many people the claims cite.
     */
    async citedLeaders(code: string, limit: number): Promise<{ ids: string[]; total: number }> {
      if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`invalid limit ${limit}`);
      const cited = `FROM "Claim" c JOIN "Leader" l ON l."id" = c."claimantLeaderId"
        WHERE c."countryCode" = ? AND c."status" = 'active' AND (l."countryCode" IS NULL OR l."countryCode" <> ?)`;
      const [rows, counted] = await Promise.all([
        reads.reader.all<{ id: string }>(
          sql(`SELECT c."claimantLeaderId" AS id ${cited} GROUP BY c."claimantLeaderId" ORDER BY MIN(c."id") LIMIT ${limit}`, [
            code,
            code,
          ]),
        ),
        reads.reader.all<{ n: number | bigint | string }>(
          sql(`SELECT COUNT(DISTINCT c."claimantLeaderId") AS n ${cited}`, [code, code]),
        ),
      ]);
      return { ids: rows.map((row) => row.id), total: Number(counted[0]?.n ?? 0) };
    },

    /**
     * How many of a country's active claims each of `leaderIds` made (the claims list filtered by
     * country and claimant), for those who made any. A claim records who made it, not whom it is
     * about, so this is the exact relation; mentions are found by searching the name.
     */
    async countsByClaimant(code: string, leaderIds: readonly string[]): Promise<Record<string, number>> {
      if (leaderIds.length === 0) return {};
      const made = { country: [code], claimant: [...leaderIds], status: 'active' as const };
      return table.facet('claimantLeaderId', claimFilter(made)(table.column));
    },

    /**
     * Read as the list reads it (raw SQL, the row cache per dataset state), as a source is: a
     * claim page reads it on every render, and Prisma's query layer cost far more than the read.
     */
    async findById(id: string): Promise<ClaimOut | null> {
      const row = (await table.page(eq(table.column('id'), id), claimOrder('id'), 1)).rows[0];
      return row === undefined ? null : toClaim(row);
    },

    create: writes.create,
    update: writes.update,
    retract: writes.retract,

    async evidence(id: string) {
      const row = await withSource(id);
      return row === null ? null : claimEvidence(row);
    },

    /** The evidence and the record it belongs to, of one state of the dataset: an annotation's target and body never mix versions. */
    async annotated(id: string) {
      const row = await withSource(id);
      return row === null ? null : { evidence: claimEvidence(row), record: toClaim(row) };
    },
  };
}

function claimEvidence(row: Omit<ClaimRow, 'source'> & Parameters<typeof quoteEvidence>[0]) {
  return { claimId: row.id, ...quoteEvidence(row), verificationQuote: verificationSpan(row) };
}

export type ClaimRepository = ReturnType<typeof createClaimRepository>;
