import { postgresSearch } from '../db/postgres-search.js';
import type { Sql, SqlReader } from '../db/sql.js';
import { ftsMatchExpression } from '../lib/search.js';

/** Each FTS5 table declares the record id as its first column (see the full-text search migration). */
const SQLITE: Record<'claim' | 'tradeFigure', { table: string; columns: Record<string, string> }> = {
  claim: { table: 'claim_fts', columns: { statement: 'statement', quote: 'quote', claimant: 'claimant' } },
  tradeFigure: { table: 'trade_figure_fts', columns: {} },
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
  // The ids are read from FTS5's content table (`<table>_content`, the first declared column being
  // `c0`) joined on the matches' rowids, not through the FTS table: FTS5 answers each id of a
  // match with a lookup statement of its own, which at a thousand matches was most of a search.
  return {
    text: `SELECT c."c0" FROM "${spec.table}" f JOIN "${spec.table}_content" c ON c."id" = f."rowid" WHERE f."${spec.table}" MATCH ?`,
    params: [match],
  };
}
