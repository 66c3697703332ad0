import { columnsOf, type Columns } from '../../db/conditions.js';
import type { DatasetGeneration } from '../../db/generation.js';
import type { Sql, SqlReader } from '../../db/sql.js';
import type { CursorValue } from '../../lib/cursor.js';
import type { SortOrder } from '../../lib/keyset.js';
import { GenerationMap } from './generation-map.js';
import { keysetCondition } from './keyset-condition.js';
import { recordReads } from './records.js';
import type { TableSpec } from './table-spec.js';

/**
 * What raw list reads need: the connection, the generation that totals are cached under, and
 * where a search's long reads go (its totals and page ids: a reader off the event loop, see
 * createSqliteThreadReader; `reader` when not given).
 */
export type Reads = { reader: SqlReader; generation: DatasetGeneration; searchReader?: SqlReader | undefined };

/** Distinct filters whose totals are kept per generation (and as many facet counts). */
const MAX_TOTALS = 2000;
/**
 * Hydrated rows kept per generation: about 15 MB of heap when full of claims. A fifth of it saves
 * ~16 MB of peak RSS at 100k claims but triples the latency of searches for different words under
 * load (the map is emptied when full, so a working set past it misses on every page).
 */
const MAX_ROWS = 5000;
/** A search's page ids kept per generation, by query (at most a page's worth of ids each, 128 for a best-matches read), in any order. */
const MAX_RANKED_PAGES = 500;

/** A page's rows, and their ranks when it was read by a ranking. */
export type Page<Row> = { rows: Row[]; ranks: number[] | undefined };

/**
 * A search's matches with their rank (`SELECT id, rank`, lower ranks first), and, where the
 * engine can read them without ranking every match against the table, the `k` best alone
 * (`best`: the same ids and ranks, at most `k` rows, ties at the k-th rank broken in any way).
 */
export type Ranking = Sql & { best?: ((k: number) => Sql) | undefined };

/** A row of a page's id query: the id, its rank in a relevance order, and what bestPage reads beside them. */
type IdRow = { id: string; rank?: number | string; n?: number | bigint | string; last?: number | string };

/** The fewest best matches a first page by rank is read from (see ListTable.bestPage). */
const MIN_BEST = 128;

/** How ListTable.page reads a page. */
export type PageOptions = {
  /**
   * A search's matches with their rank (`SELECT id, rank`), joined as `m`, which a relevance order
   * sorts by; the rows' ranks come back beside them.
   */
  ranking?: Sql | undefined;
  /**
   * `where` holds a full-text match. The ids of such a page, or of a ranked one, are read as a
   * search's total is: once per generation, on the search reader.
   */
  search?: boolean | undefined;
  /**
   * A batch of an export: its rows are taken from the row cache when there, and never added to
   * it. An export passes every row it matches once, so it would only push out the rows that
   * pages share (a 100k-claim download emptied the cache twenty times over).
   */
  exported?: boolean | undefined;
};

/** The list reads of one table (see sqlTable). */
export type ListTable<Row, C extends string> = {
  /** Its columns, for conditions. */
  column: Columns<C>;
  /**
   * The same columns kept off every index on SQLite (a unary `+`), so that a `column IN
   * (subquery)` beside them is the only way into the table: the query is then driven by the
   * subquery's rows, looked up by key. Without it SQLite cannot tell how many ids a full-text
   * subquery yields, and counted a search by reading the whole `status` index and probing the
   * matches (18 ms at 100k claims for a word in 1% of them, 5 ms for a word in none). `+` also
   * drops the column's type affinity, so a compared value must already have the column's type
   * (`'1'` no longer equals an integer 1): every filter's does, since the query schemas coerce
   * numbers. PostgreSQL plans from its own estimates: there these are the plain columns.
   */
  unindexedColumn: Columns<C>;
  /**
   * The first `take` rows matching `where`, in `order` (see PageOptions).
   */
  page(where: Sql, order: SortOrder<C>, take: number, options?: PageOptions): Promise<Page<Row>>;
  /**
   * The first `take` rows of `page(where, order, take, { ranking })` in a relevance order, read from
   * the K best matches only (`best`, K a few times `take`): the ranking of every match, joined to
   * the table and sorted, follows the number of matches (100k claims, a word in 6% of them:
   * 8–15 ms), the K best cost the full-text index's own pass over them. Null when those rows
   * cannot be shown to be the page's: then the caller reads `page`. They are when the matches
   * were fewer than K (all of them were ranked), or when `take` rows were left after `where`
   * and the last ranks strictly before the K-th best match: every match left out ranks at or
   * after the K-th, so after every row kept. A tie at the K-th rank, or too few rows left after
   * `where`, proves nothing. Null at once, nothing read, when `total` (the matches `where`
   * keeps) is at most K: the full query then ranks about as many rows as the K best would be
   * (at seed size it was the cheaper by 20–30 µs), or `where` keeps few of many matches, too
   * few to be among the K best.
   */
  bestPage(where: Sql, order: SortOrder<C>, take: number, best: (k: number) => Sql, total: number): Promise<Page<Row> | null>;
  /** The rows matching `where`, counted once per generation; `search`: where holds a full-text match (read as a search's). */
  count(where: Sql, search?: boolean): Promise<number>;
  /**
   * What `query` (`SELECT COUNT(*) AS n`, read elsewhere than the table: a search's total from the
   * full-text tables, see ListQuery.total) counts, kept per generation as `count` is, read as a search's.
   */
  total(query: Sql): Promise<number>;
  /** Rows matching `where` per value of `column` (null counted as "null"), counted once per generation: do not change it. */
  facet(column: C, where: Sql): Promise<Readonly<Record<string, number>>>;
  /** Rows after a cursor position in `order`: strictly, or from the row at that position when `inclusive`. */
  after(order: SortOrder<C>, values: readonly CursorValue[], inclusive?: boolean): Sql;
};

/**
 * The LIMIT of a page query, written into the SQL: SQLite's planner reads a bound LIMIT's value,
 * so binding a new one recompiles the statement on its next run, which was over half of a
 * list's database time. Rounded up to a power of two (the extra ids are dropped) so that a few
 * statement texts serve every page size.
 */
function limitLiteral(take: number): number {
  if (!Number.isSafeInteger(take) || take < 1) throw new RangeError(`invalid page size ${take}`);
  return 2 ** Math.ceil(Math.log2(take));
}

/**
 * The keyset list reads of one table in raw SQL. Totals are counted once per filter and dataset
 * generation: an exact COUNT grows with the rows matched, and paging through one filter would
 * otherwise pay it on every page.
 */
export function sqlTable<Row, C extends string>(
  { reader, generation, searchReader = reader }: Reads,
  spec: TableSpec<C>,
): ListTable<Row, C> {
  const totals = new GenerationMap<Promise<number>>(MAX_TOTALS);
  const rankedPages = new GenerationMap<Promise<IdRow[]>>(MAX_RANKED_PAGES);
  // A facet groups every match, as a total counts them: at 100k claims a country's facet was
  // 20 ms a request, so it is counted once per generation as totals are. The counts are shared by
  // every response of the generation and never changed.
  const facetCounts = new GenerationMap<Promise<Readonly<Record<string, number>>>>(MAX_TOTALS);

  /**
   * `read`'s answer, read once per generation: kept under `key` in `map` while it is read, so that
   * requests asking meanwhile wait for the same answer instead of reading it again (on
   * PostgreSQL, fifty connections asking for one search would otherwise each count its
   * matches), and kept after only if nothing committed meanwhile, since it may predate that commit.
   */
  function once<T>(map: GenerationMap<Promise<T>>, query: Sql, read: () => Promise<T>): Promise<T> {
    const key = `${query.text}\u0000${JSON.stringify(query.params)}`;
    const before = generation.now();
    const known = map.forGeneration(before).get(key);
    if (known !== undefined) return known;
    const reading = read();
    if (before === null) return reading;
    map.set(key, reading);
    const forget = () => {
      if (map.get(key) === reading) map.delete(key);
    };
    reading.then(() => {
      if (!map.isFor(before) || generation.now(true) !== before) forget();
    }, forget);
    return reading;
  }
  const rowCache = new GenerationMap<Row>(MAX_ROWS);
  const column = columnsOf(spec.columns);
  const { table, keyColumn, key, hydrate, attachChildren, byKeys } = recordReads<Row>(reader, spec);

  /**
   * The page whose ids `idQuery` reads (at most `take` of them), or null when `exact` says those
   * ids are not the page's. The rows themselves come from a cache of hydrated rows for this
   * generation, and the ones missing from one query by id. Turning columns into objects was most
   * of a list's database time, and pages overlap. A cached row object stands for its record in
   * this generation only and is never changed: see mapOncePerRow in list.ts, which relies on it.
   */
  async function readPage(
    idQuery: Sql,
    take: number,
    ranked: boolean,
    exact: (found: IdRow[]) => boolean,
    search = ranked,
    exported = false,
  ): Promise<Page<Row> | null> {
    // A search's ids are read once per generation: ranking every match (at 1M claims, a word in
    // 6% of them, 30-50 ms), or, in another order, reading every match once to check the rows
    // walked against (100k claims: 1 ms for a word in 6%, 20 ms for one in most claims). Other
    // pages are index seeks, cheaper than keeping them.
    // An export's batches are read once each: kept, they would push out the pages searches share.
    const readIds = !search
      ? async () => reader.all<IdRow>(idQuery)
      : exported
        ? async () => searchReader.all<IdRow>(idQuery)
        : () => once(rankedPages, idQuery, async () => searchReader.all<IdRow>(idQuery));
    // The ids and the missing rows are two reads; a commit between them is detected and the
    // page read again, so a page never mixes two states of the dataset.
    for (let attempt = 0; ; attempt += 1) {
      const current = generation.now(attempt > 0);
      const all = await readIds();
      if (!exact(all)) return null;
      const found = all.slice(0, take);
      const ids = found.map((r) => r.id);
      const ranks = ranked ? found.map((r) => Number(r.rank)) : undefined;
      rowCache.forGeneration(current, exported ? 0 : ids.length);
      const missing = ids.filter((id) => !rowCache.has(id));
      if (missing.length === 0) return { rows: ids.map((id) => rowCache.get(id) as Row), ranks };
      const fetched = new Map<string, Row>();
      const rows = await reader.all<Record<string, unknown>>(byKeys(missing));
      await attachChildren(rows, missing);
      for (const raw of rows) fetched.set(raw[keyColumn] as string, hydrate(raw));
      const unchanged = current !== null && generation.now(true) === current;
      if (!unchanged && attempt < 2) continue;
      if (unchanged && !exported && rowCache.isFor(current)) for (const [id, row] of fetched) rowCache.set(id, row);
      // A record deleted between the two reads is left out, with its rank.
      const read = ids.map((id) => rowCache.get(id) ?? fetched.get(id));
      const kept = read.flatMap((row, i) => (row === undefined ? [] : [i]));
      return { rows: kept.map((i) => read[i] as Row), ranks: ranks && kept.map((i) => ranks[i] as number) };
    }
  }

  function total(query: Sql, on = searchReader): Promise<number> {
    return once(totals, query, async () => {
      const rows = await on.all<{ n: number | bigint | string }>(query);
      return Number(rows[0]?.n ?? 0);
    });
  }

  return {
    column,
    unindexedColumn: reader.dialect === 'sqlite' ? columnsOf(spec.columns, '+') : column,
    /** The page's ids come from the filtered, ordered query, its rows as readPage says. */
    page(where, order, take, { ranking, search = false, exported = false } = {}) {
      const idQuery =
        ranking === undefined
          ? {
              text: `SELECT ${key} AS id FROM ${table} WHERE ${where.text} ORDER BY ${order.orderBy} LIMIT ${limitLiteral(take)}`,
              params: where.params,
            }
          : {
              text: `SELECT ${key} AS id, m."rank" AS rank FROM ${table} JOIN (${ranking.text}) m ON m."id" = ${key} WHERE ${where.text} ORDER BY ${order.orderBy} LIMIT ${limitLiteral(take)}`,
              params: [...ranking.params, ...where.params],
            };
      const ranked = ranking !== undefined;
      return readPage(idQuery, take, ranked, () => true, ranked || search, exported) as Promise<Page<Row>>;
    },
    async bestPage(where, order, take, best, total) {
      const k = limitLiteral(Math.max(MIN_BEST, 4 * take));
      if (total <= k) return null;
      const ranked = best(k);
      // The K best once (MATERIALIZED), each looked up in the table by key (CROSS JOIN keeps
      // SQLite from reading the table first by another index and probing the K); how many there
      // were and the K-th rank come with every row.
      const idQuery = {
        text: `WITH b AS MATERIALIZED (${ranked.text}) SELECT ${key} AS id, m."rank" AS rank, (SELECT COUNT(*) FROM b) AS n, (SELECT MAX("rank") FROM b) AS last FROM b m CROSS JOIN ${table} WHERE ${key} = m."id" AND ${where.text} ORDER BY ${order.orderBy} LIMIT ${limitLiteral(take)}`,
        params: [...ranked.params, ...where.params],
      };
      return readPage(idQuery, take, true, (found) => {
        const first = found[0];
        if (first === undefined) return false;
        if (Number(first.n) < k) return true;
        const kept = found[take - 1];
        return kept !== undefined && Number(kept.rank) < Number(first.last);
      });
    },
    after: (order, values, inclusive = false) => keysetCondition(order.keys, values, column, reader, inclusive),
    count(where, search = false) {
      const query = { text: `SELECT COUNT(*) AS n FROM ${table} WHERE ${where.text}`, params: where.params };
      return total(query, search ? searchReader : reader);
    },
    total: (query) => total(query),
    facet(name, where) {
      const ref = column(name);
      const custom = spec.facetQueries?.[name];
      const query =
        custom === undefined
          ? { text: `SELECT ${ref} AS k, COUNT(*) AS n FROM ${table} WHERE ${where.text} GROUP BY ${ref}`, params: where.params }
          : custom(where);
      return once(facetCounts, query, async () => {
        const rows = await reader.all<{ k: unknown; n: number | bigint | string }>(query);
        const counts: Record<string, number> = {};
        for (const row of rows) counts[String(row.k ?? 'null')] = Number(row.n);
        return counts;
      });
    },
  };
}
