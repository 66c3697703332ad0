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
  filter: ClaimKeyFilter = {},
): Sql {
  const none = { text: 'SELECT 0 AS n', params: [] };
  if (reader.dialect === 'postgresql') {
    const search = postgresSearch('claim', q, fields, 1, spellings);
    if (search === null) return none;
    const keys = keyConditions(filter, '');
    const where = [search.where.replace(/\$\d+/g, '?'), ...keys.conditions].join(' AND ');
    return { text: `SELECT COUNT(*) AS n FROM "${search.table}" WHERE ${where}`, params: [...search.params, ...keys.params] };
  }
  const spec = SQLITE.claim;
  const columns = fields.map((f) => spec.columns[f]).filter((c): c is string => c !== undefined);
  const match = ftsMatchExpression(q, columns, spellings);
  if (match === null) return none;
  const keys = keyConditions(filter, 'k.');
  const where = [`f."${spec.table}" MATCH ?`, ...keys.conditions].join(' AND ');
  return {
    text: `SELECT COUNT(*) AS n FROM "${spec.table}" f JOIN "${spec.table}_key" k ON k."key" = f."rowid" WHERE ${where}`,
    params: [match, ...keys.params],
  };
}

/** `filter` as conditions on the full-text key row (on `alias`, '' or 'k.'), and their parameters. */
function keyConditions({ status, countries }: ClaimKeyFilter, alias: string): { conditions: string[]; params: SqlParam[] } {
  const conditions: string[] = [];
  const params: SqlParam[] = [];
  if (status !== undefined) {
    conditions.push(`${alias}"status" = ?`);
    params.push(status);
  }
  if (countries !== undefined) {
    conditions.push(countries.length === 0 ? '1 = 0' : `${alias}"country_code" IN (${countries.map(() => '?').join(', ')})`);
    params.push(...countries);
  }
  return { conditions, params };
}

/**
 * The matches of `q` (as searchIds) with their rank, `SELECT id, rank`, lower ranks first
 * (none when q has no word):
 * FTS5's bm25 on SQLite, PostgreSQL's ts_rank negated (as float8, so that a rank read back
 * from a cursor compares equal to the one the database computes again). `best(k)` is the k best
 * of them, ranked and cut by the full-text table alone, before any record is looked up: the
 * same ids and ranks (the same expression), in no particular order.
 *
 * A claim's `filter` (its status and countries, which its full-text key row holds) leaves out
 * the matches it does not keep before they are ranked. Only for a list whose own filters include
 * `filter`'s: a match left out is then one the list leaves out too. With countries, `best(k)` is
 * the k best of the matches kept: a country's claims are a fifth or less of a common word's
 * matches, and the k best of all of them often held too few of that country's to show its first
 * page (1M claims: 25–150 ms for the k best, then 50–240 ms more for every match ranked). With a
 * status alone, which keeps nearly every match, reading each match's key row cost more than the
 * ranking it saved (1M claims: 51 ms against 27 ms), so `best(k)` ranks every match as before.
 */
export function searchRanking(
  reader: SqlReader,
  target: 'claim' | 'tradeFigure',
  q: string,
  fields: readonly string[] = [],
  spellings: Spellings = NO_SPELLINGS,
  filter: ClaimKeyFilter = {},
): Ranking {
  if (target !== 'claim' && (filter.status !== undefined || filter.countries !== undefined))
    throw new Error('only a claim search is filtered on its full-text key row');
  // No word in q: nothing matches (as searchIds), so nothing is ranked.
  const none = { text: `SELECT NULL AS "id", 0 AS "rank" WHERE 1 = 0`, params: [] };
  if (reader.dialect === 'postgresql') {
    const search = postgresSearch(target, q, fields, 1, spellings);
    if (search === null) return none;
    const keys = keyConditions(filter, '');
    const all =
      `SELECT "${search.idColumn}" AS "id", (-ts_rank("search", ${search.query}))::float8 AS "rank" FROM "${search.table}" WHERE ${search.where}`.replace(
        /\$\d+/g,
        '?',
      );
    const kept = [all, ...keys.conditions].join(' AND ');
    const params = [...search.params, ...search.params];
    const keptParams = [...params, ...keys.params];
    // As on SQLite, the best among the kept matches only with countries.
    const best = filter.countries !== undefined ? { text: kept, params: keptParams } : { text: all, params };
    return {
      text: kept,
      params: keptParams,
      best: (k) => ({ text: `${best.text} ORDER BY "rank" LIMIT ${bestLimit(k)}`, params: best.params }),
    };
  }
  const spec = SQLITE[target];
  const columns = fields.map((f) => spec.columns[f]).filter((c): c is string => c !== undefined);
  const match = ftsMatchExpression(q, columns, spellings);
  if (match === null) return none;
  const rank = `bm25("${spec.table}", ${spec.bm25Weights})`;
  const keys = keyConditions(filter, 'k.');
  const where = [`"${spec.table}" MATCH ?`, ...keys.conditions].join(' AND ');
  const params = [match, ...keys.params];
  const kept = `FROM "${spec.table}" JOIN "${spec.table}_key" k ON k."key" = "${spec.table}"."rowid" WHERE ${where}`;
  return {
    text: `SELECT k."${spec.idColumn}" AS "id", ${rank} AS "rank" ${kept}`,
    params,
    best: (k) =>
      filter.countries !== undefined
        ? // Each match's key row read for the filter, and only those it keeps ranked (bm25 is
          // evaluated for the rows the WHERE passes); the LIMIT is written in, as a page's is:
          // see limitLiteral in sql-table.ts.
          {
            text: `SELECT "id", "score" AS "rank" FROM (SELECT k."${spec.idColumn}" AS "id", ${rank} AS "score" ${kept} ORDER BY "score" LIMIT ${bestLimit(k)})`,
            params,
          }
        : // FTS5 ranks every match in one pass and keeps the k best; only those are looked up in
          // the key table. "score", not "rank": FTS5 tables have a hidden column of that name.
          {
            text: `SELECT k."${spec.idColumn}" AS "id", f."score" AS "rank" FROM (SELECT "rowid" AS "key", ${rank} AS "score" FROM "${spec.table}" WHERE "${spec.table}" MATCH ? ORDER BY "score" LIMIT ${bestLimit(k)}) f JOIN "${spec.table}_key" k ON k."key" = f."key"`,
            params: [match],
          },
  };
}

/** k as a LIMIT written into the SQL: checked, since it is spliced in. */
function bestLimit(k: number): number {
  if (!Number.isSafeInteger(k) || k < 1) throw new RangeError(`invalid number of best matches ${k}`);
  return k;
}
