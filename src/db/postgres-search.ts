import { NO_SPELLINGS, searchTerms, type Spellings } from '../lib/search.js';

/**
 * Full-text search on PostgreSQL: the query side of the PostgreSQL full-text search migration
 * (prisma/postgresql/migrations/20261125000100_full_text_search), as ftsMatchExpression in
 * src/lib/search.ts is for SQLite's FTS5.
 *
 * User input becomes words exactly as on SQLite (searchTerms in src/lib/search.ts); each word (and each other spelling of a
 * name word, and a number's phrase) is one bound parameter that the
 * database folds (accents, case) and turns into a prefix match with allies_search_term(), so
 * input never reaches tsquery syntax: quotes, `&|!():*` and backslashes are not letters and
 * never survive the split, and what does is passed as a value, not as SQL or query text.
 */

/** Weight of each searchable column in the table's one tsvector (see the migration). */
const TARGETS = {
  // D: the names of the claim's country and claimant (the search names migration), never a qFields choice.
  claim: { table: 'claim_fts', idColumn: 'claim_id', weights: { statement: 'A', quote: 'B', claimant: 'C' }, always: 'D' },
  tradeFigure: {
    table: 'trade_figure_fts',
    idColumn: 'trade_figure_id',
    weights: { quote: 'A', caveat: 'B', statedBy: 'C' },
    always: '',
  },
} as const;

export type SearchTarget = keyof typeof TARGETS;

/** Columns a search can be restricted to, per target (the API's qFields). */
export const POSTGRES_SEARCH_FIELDS: { [T in SearchTarget]: readonly (keyof (typeof TARGETS)[T]['weights'])[] } = {
  claim: ['statement', 'quote', 'claimant'],
  tradeFigure: ['quote', 'caveat', 'statedBy'],
};

export type PostgresSearch = {
  /** `SELECT <id column> AS "id" FROM <fts table> WHERE <where>`: the matching record ids. */
  sql: string;
  /** The match condition alone, on the fts table's columns (for a JOIN instead of `IN`). */
  where: string;
  /** The tsquery the condition matches "search" with (for ts_rank). */
  query: string;
  table: string;
  idColumn: string;
  /** One per word, other spelling and number phrase, bound as $firstParam, $firstParam + 1, ... */
  params: string[];
};

/**
 * The SQL selecting ids of `target` records whose text matches every word of `input` as a
 * prefix, accent- and case-insensitively, in any of `fields` (all searchable columns when
 * empty or absent; unknown names are ignored, as on SQLite). Null when `input` has no word:
 * nothing matches. Placeholders start at `$firstParam` so the fragment can sit inside a larger
 * query.
 */
export function postgresSearch(
  target: SearchTarget,
  input: string,
  fields: readonly string[] = [],
  firstParam = 1,
  spellings: Spellings = NO_SPELLINGS,
): PostgresSearch | null {
  const terms = searchTerms(input, spellings);
  if (terms.length === 0) return null;
  const { table, idColumn, weights, always } = TARGETS[target];
  const byField = weights as Record<string, string>;
  const chosen = fields.map((f) => byField[f]).filter((w): w is string => w !== undefined);
  const letters = [...new Set(chosen.length > 0 ? chosen : [...Object.values(byField), ...always])].sort().join('');
  // Letters come from TARGETS only; checked anyway, since they are spliced into the SQL.
  if (!/^[A-D]{1,4}$/.test(letters)) throw new Error(`invalid search weights ${letters}`);
  const params: string[] = [];
  const bind = (value: string) => `$${firstParam + params.push(value) - 1}`;
  const parts = terms.map((t) => {
    if (t.kind === 'word') {
      const words = [t.word, ...t.alternates].map((w) => `"allies_search_term"(${bind(w)}, '${letters}')`);
      return words.length === 1 ? (words[0] as string) : `(${words.join(' || ')})`;
    }
    // Digits only (searchTerms) and checked letters: the phrase cannot carry tsquery syntax.
    const phrase = t.groups.map((g) => `'${g}':${letters}`).join(' <-> ');
    return `("allies_search_term"(${bind(t.digits)}, '${letters}') || ${bind(phrase)}::tsquery)`;
  });
  const query = `(${parts.join(' && ')})`;
  const where = `"search" @@ ${query}`;
  return {
    sql: `SELECT "${idColumn}" AS "id" FROM "${table}" WHERE ${where}`,
    where,
    query,
    table,
    idColumn,
    params,
  };
}
