import { postgresSearch } from '../db/postgres-search.js';
import type { Sql, SqlReader } from '../db/sql.js';
import { ftsMatchExpression } from '../lib/search.js';

/**
 * Each FTS5 row's rowid is its record's key in `<table>_key`, which holds the record id (see the
 * full-text search key migration).
 */
const SQLITE: Record<'claim' | 'tradeFigure', { table: string; idColumn: string; columns: Record<string, string> }> = {
  claim: {
    table: 'claim_fts',
    idColumn: 'claim_id',
    columns: { statement: 'statement', quote: 'quote', claimant: 'claimant' },
  },
  tradeFigure: { table: 'trade_figure_fts', idColumn: 'trade_figure_id', columns: {} },
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
): Sql | null {
  if (reader.dialect === 'postgresql') {
    const search = postgresSearch(target, q, fields);
    // Its placeholders are $1..$n in order; the read layer writes `?` for either engine.
    return search === null ? null : { text: search.sql.replace(/\$\d+/g, '?'), params: search.params };
  }
  const spec = SQLITE[target];
  const columns = fields.map((f) => spec.columns[f]).filter((c): c is string => c !== undefined);
  const match = ftsMatchExpression(q, columns);
  if (match === null) return null;
  // Only the matches' rowids are read from FTS5 (reading a column of the FTS table costs a lookup
  // statement of FTS5's own per match); the ids come from the key table's primary key.
  return {
    text: `SELECT k."${spec.idColumn}" FROM "${spec.table}" f JOIN "${spec.table}_key" k ON k."key" = f."rowid" WHERE f."${spec.table}" MATCH ?`,
    params: [match],
  };
}
