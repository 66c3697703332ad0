import { postgresSearch } from '../db/postgres-search.js';
import type { Sql, SqlParam, SqlReader } from '../db/sql.js';
import type { Ranking } from './sql-list/index.js';
import { ftsMatchExpression, NO_SPELLINGS, type Spellings } from '../lib/search.js';

/**
 * Each FTS5 row's rowid is its record's key in `<table>_key`, which holds the record id (see the
 * full-text search key migration).
 */
const SQLITE: Record<
  'claim' | 'tradeFigure',
  { table: string; idColumn: string; columns: Record<string, string>; bm25Weights: string }
> = {
  claim: {
    table: 'claim_fts',
    idColumn: 'claim_id',
    columns: { statement: 'statement', quote: 'quote', claimant: 'claimant' },
    // statement, quote, claimant, names: a claim whose own text has the words ranks above one
    // found only by the names of its country or claimant.
    bm25Weights: '2.0, 2.0, 1.0, 0.5',
  },
  tradeFigure: { table: 'trade_figure_fts', idColumn: 'trade_figure_id', columns: {}, bm25Weights: '2.0, 1.0, 1.0' },
};

/**
 * The ids of records whose text matches every word of `q` as a prefix, accent-insensitively, in
 * `fields` (all when empty), with each engine's own full-text index: FTS5 on SQLite, tsvector
 * and GIN on PostgreSQL. Null when `q` has no word (nothing matches). The input is only ever a
 * bound value, never search syntax.
 */
export function searchIds(
  reader: SqlReader,
  target: 'claim' | 'tradeFigure',
  q: string,
  fields: readonly string[] = [],
  spellings: Spellings = NO_SPELLINGS,
): Sql | null {
  if (reader.dialect === 'postgresql') {
    const search = postgresSearch(target, q, fields, 1, spellings);
    // Its placeholders are $1..$n in order; the read layer writes `?` for either engine.
    return search === null ? null : { text: search.sql.replace(/\$\d+/g, '?'), params: search.params };
  }
  const spec = SQLITE[target];
  const columns = fields.map((f) => spec.columns[f]).filter((c): c is string => c !== undefined);
  const match = ftsMatchExpression(q, columns, spellings);
  if (match === null) return null;
  // Only the matches' rowids are read from FTS5 (reading a column of the FTS table costs a lookup
  // statement of FTS5's own per match); the ids come from the key table's primary key.
  return {
    text: `SELECT k."${spec.idColumn}" FROM "${spec.table}" f JOIN "${spec.table}_key" k ON k."key" = f."rowid" WHERE f."${spec.table}" MATCH ?`,
    params: [match],
  };
}

/** What a claim's full-text key row holds beside its id: its status and country (see the search key status migration). */
export type ClaimKeyFilter = { status?: string | undefined; countries?: readonly string[] | undefined };

/**
 * `SELECT COUNT(*) AS n` of the claims matching `q` (as searchIds) that have `status` and one of
 * `countries` (either left out: any), read from the full-text index and its key rows alone, which
 * the triggers keep holding both: the total of the same filters counted in "Claim", without
 * looking each match up there for its status (at 1M claims, a word in 6% of them: 50 ms).
 */
export function claimSearchTotal(
  reader: SqlReader,
  q: string,
  fields: readonly string[] = [],
  spellings: Spellings = NO_SPELLINGS,
  { status, countries }: ClaimKeyFilter = {},
): Sql {
  const conditions: string[] = [];
  const params: SqlParam[] = [];
  if (status !== undefined) {
    conditions.push(`"status" = ?`);
    params.push(status);
  }
  if (countries !== undefined) {
    conditions.push(countries.length === 0 ? '1 = 0' : `"country_code" IN (${countries.map(() => '?').join(', ')})`);
    params.push(...countries);
  }
  const none = { text: 'SELECT 0 AS n', params: [] };
  if (reader.dialect === 'postgresql') {
    const search = postgresSearch('claim', q, fields, 1, spellings);
    if (search === null) return none;
    const where = [search.where.replace(/\$\d+/g, '?'), ...conditions].join(' AND ');
    return { text: `SELECT COUNT(*) AS n FROM "${search.table}" WHERE ${where}`, params: [...search.params, ...params] };
  }
  const spec = SQLITE.claim;
  const columns = fields.map((f) => spec.columns[f]).filter((c): c is string => c !== undefined);
  const match = ftsMatchExpression(q, columns, spellings);
  if (match === null) return none;
  const where = [`f."${spec.table}" MATCH ?`, ...conditions.map((c) => `k.${c}`)].join(' AND ');
  return {
    text: `SELECT COUNT(*) AS n FROM "${spec.table}" f JOIN "${spec.table}_key" k ON k."key" = f."rowid" WHERE ${where}`,
    params: [match, ...params],
  };
}

/**
 * The matches of `q` (as searchIds) with their rank, `SELECT id, rank`, lower ranks first
 * (none when q has no word):
 * FTS5's bm25 on SQLite, PostgreSQL's ts_rank negated (as float8, so that a rank read back
 * from a cursor compares equal to the one the database computes again). `best(k)` is the k best
 * of them, ranked and cut by the full-text table alone, before any record is looked up: the
 * same ids and ranks (the same expression), in no particular order.
 */
export function searchRanking(
  reader: SqlReader,
  target: 'claim' | 'tradeFigure',
  q: string,
  fields: readonly string[] = [],
  spellings: Spellings = NO_SPELLINGS,
): Ranking {
  // No word in q: nothing matches (as searchIds), so nothing is ranked.
  const none = { text: `SELECT NULL AS "id", 0 AS "rank" WHERE 1 = 0`, params: [] };
  if (reader.dialect === 'postgresql') {
    const search = postgresSearch(target, q, fields, 1, spellings);
    if (search === null) return none;
    const ranked = `SELECT "${search.idColumn}" AS "id", (-ts_rank("search", ${search.query}))::float8 AS "rank" FROM "${search.table}" WHERE ${search.where}`;
    const params = [...search.params, ...search.params];
    return {
      text: ranked.replace(/\$\d+/g, '?'),
      params,
      best: (k) => ({ text: `${ranked.replace(/\$\d+/g, '?')} ORDER BY "rank" LIMIT ${bestLimit(k)}`, params }),
    };
  }
  const spec = SQLITE[target];
  const columns = fields.map((f) => spec.columns[f]).filter((c): c is string => c !== undefined);
  const match = ftsMatchExpression(q, columns, spellings);
  if (match === null) return none;
  const rank = `bm25("${spec.table}", ${spec.bm25Weights})`;
  return {
    text: `SELECT k."${spec.idColumn}" AS "id", ${rank} AS "rank" FROM "${spec.table}" JOIN "${spec.table}_key" k ON k."key" = "${spec.table}"."rowid" WHERE "${spec.table}" MATCH ?`,
    params: [match],
    // FTS5 ranks every match in one pass and keeps the k best; only those are looked up in the
    // key table (the LIMIT is written in, as a page's is: see limitLiteral in sql-table.ts).
    // "score", not "rank": FTS5 tables have a hidden column of that name.
    best: (k) => ({
      text: `SELECT k."${spec.idColumn}" AS "id", f."score" AS "rank" FROM (SELECT "rowid" AS "key", ${rank} AS "score" FROM "${spec.table}" WHERE "${spec.table}" MATCH ? ORDER BY "score" LIMIT ${bestLimit(k)}) f JOIN "${spec.table}_key" k ON k."key" = f."key"`,
      params: [match],
    }),
  };
}

/** k as a LIMIT written into the SQL: checked, since it is spliced in. */
function bestLimit(k: number): number {
  if (!Number.isSafeInteger(k) || k < 1) throw new RangeError(`invalid number of best matches ${k}`);
  return k;
}
