import { and, type Columns } from '../db/conditions.js';
import type { Sql } from '../db/sql.js';
import { InvalidCursorError, queryFingerprint, type CursorCodec, type CursorPosition, type CursorValue } from '../lib/cursor.js';
import { cursorValues, reverseOrder, type SortOrder } from '../lib/keyset.js';
import type { Snippet } from '../lib/snippet.js';
import type { ListTable, Ranking } from './sql-list/index.js';

/** What a list reads: its conditions and order, the same for a page and for an export. */
export type ListQuery<C extends string> = {
  /** The filters, on the columns given: the table's own, or its unindexed ones for a search's counts. */
  filter: (column: Columns<C>) => Sql;
  /**
   * A full-text search's condition (`t.id IN (matches)`), kept on the key's index. When there is
   * one, totals and facets take the filter on the unindexed columns, so SQLite drives them by the
   * matches, each looked up by key, whatever else is filtered: their cost then follows the number
   * of matches; read from an index of every record, it followed the table (100k claims: a word in
   * 1% of them 18 ms a total, 1.8 ms this way; a word in none 5 ms, 0.02 ms).
   */
  match?: Sql | undefined;
  /**
   * A search's matches with their rank (`SELECT id, rank`), for an order by relevance: pages are
   * read joined to it (which also restricts them to the matches), totals and facets by `match`.
   * A first page is read from its best matches alone when they show it (ListTable.bestPage).
   */
  ranking?: Ranking | undefined;
  /**
   * The total of `filter` and `match` as a query of its own (`SELECT COUNT(*) AS n`), when one
   * reads it without the table: a search whose filters the full-text key rows hold (a claim's
   * status and country) is counted from the full-text tables alone. Facets still count `match`.
   */
  total?: Sql | undefined;
  /**
   * A condition on pages only, given the order the page is read in (`order`, or its reverse for
   * the page before a cursor) and the cursor position it starts from (null for the first).
   */
  pageCondition?: ((order: SortOrder<C>, from: readonly CursorValue[] | null) => Sql | undefined) | undefined;
  /**
   * The same filters written for a page read along the order's index with each row probed (a
   * correlated EXISTS where `filter` has `IN (subquery)`): the walk stops after a page, so it
   * costs about a page divided by the share of rows matching, where `filter` first reads every
   * row of the subquery (100k claims: `country=KP&topic=troops` 0.06 ms against 4.9 ms). Used
   * once the total shows at least FEW_MATCHES rows; below that the walk could pass most of the
   * table, and `filter`, bounded by its subquery, reads the page. Exports always walk.
   */
  orderedFilter?: ((column: Columns<C>) => Sql) | undefined;
  /**
   * For an order that has an index of its own (a claim sort field's, see WALKED_ORDERS): the
   * filters and match of a page read along it, given the unindexed columns, so that SQLite walks
   * that index and checks each row against them (a subquery probed or read once), stopping after
   * a page. Otherwise it read every row a filter or search matched and sorted them all (100k
   * claims: `sort=-claimedAt` 63 ms, `q=troupes&sort=-claimedAt` 10 ms, against 0.02 and 1.7).
   * Used, as orderedFilter is, once the total shows at least FEW_MATCHES rows: below that, the
   * filter's own index reads the few rows, and sorting them costs less than a walk past most of
   * the table. Exports always walk.
   */
  walk?: ((column: Columns<C>) => Sql) | undefined;
  order: SortOrder<C>;
};

/** Below this total a page is read with ListQuery.filter, from this one with orderedFilter or walk. */
export const FEW_MATCHES = 1000;

export type ListRequest<C extends string> = ListQuery<C> & {
  limit: number;
  cursor: string | undefined;
  facets: readonly C[];
  /** Filters in normal form; with the sort they fingerprint the query, so a cursor only works for the same one. */
  filters: unknown;
};

export type ListResult<Row> = {
  rows: Row[];
  total: number;
  /** The page after this one; null on the last page. */
  nextCursor: string | null;
  /** The page before this one (a backward cursor); null on the first page. */
  prevCursor: string | null;
  /** Counts per value of each requested facet, by the facet column. */
  facets: Record<string, Record<string, number>> | undefined;
  /** For a search: each row's passage around its matches, in the rows' order. */
  snippets?: (Snippet | null)[] | undefined;
};

export { InvalidCursorError };

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * `map` with its result kept per row object.
 *
 * The identity rule the list path rests on: a row object handed out by a ListTable (sqlTable's
 * row cache) stands for its record in one dataset generation and is never changed; a commit that
 * changes the dataset makes the table hand out new objects. So a record is mapped once per
 * dataset state here, and the API object it becomes keeps its identity too: the list route keys
 * each row's serialized JSON on that object (routes/list-route.ts). Results are frozen, since
 * they are shared between requests.
 */
export function mapOncePerRow<Row extends object, Out>(map: (row: Row) => Out): (row: Row) => Out {
  const results = new WeakMap<Row, Out>();
  return (row) => {
    let out = results.get(row);
    if (out === undefined) {
      out = deepFreeze(map(row));
      results.set(row, out);
    }
    return out;
  };
}

/** The condition of one page of `query` read in `order`: its filters and match, after the cursor position. */
function pageWhere<Row, C extends string>(
  table: ListTable<Row, C>,
  query: ListQuery<C>,
  order: SortOrder<C>,
  from: CursorPosition | null,
  total?: number,
): Sql {
  const many = total === undefined || total >= FEW_MATCHES;
  // The cursor's position stays on the indexed columns: it is where the walk starts.
  const after = from === null ? undefined : table.after(order, from.values, from.inclusive);
  const pageOnly = query.pageCondition?.(order, from?.values ?? null);
  if (many && query.walk !== undefined && query.ranking === undefined) {
    return and(query.walk(table.unindexedColumn), after, pageOnly);
  }
  const filter = many && query.orderedFilter !== undefined ? query.orderedFilter : query.filter;
  return and(filter(table.column), query.ranking === undefined ? query.match : undefined, after, pageOnly);
}

/** What a cursor is bound to: the filters in normal form and the order; a cursor of another query is refused. */
function cursorFingerprint<C extends string>(filters: unknown, order: SortOrder<C>): string {
  return queryFingerprint([filters, order.fingerprint]);
}

/**
 * One page, its total, facets and the cursors of the pages after and before it. The page before a
 * position is the rows after it in the reverse order (reverseOrder), read with the same keyset
 * seek, so walking back costs what walking forward does, and turned back into the list's order.
 */
export async function listPage<Row extends Record<string, unknown>, C extends string>(
  table: ListTable<Row, C>,
  codec: CursorCodec,
  request: ListRequest<C>,
): Promise<ListResult<Row>> {
  const fingerprint = cursorFingerprint(request.filters, request.order);
  const { keys } = request.order;
  const from = request.cursor === undefined ? null : codec.decode(request.cursor, fingerprint, keys.length);
  const backward = from?.backward === true;
  const order = backward ? reverseOrder(request.order) : request.order;
  const counted =
    request.match === undefined ? request.filter(table.column) : and(request.filter(table.unindexedColumn), request.match);
  // The total first (per generation it is counted once): it picks the page's plan, and a list
  // matching nothing reads no page at all.
  const total =
    request.total === undefined ? await table.count(counted, request.match !== undefined) : await table.total(request.total);
  const readPage = async () => {
    if (total === 0) return { rows: [] as Row[], ranks: request.ranking === undefined ? undefined : [] };
    const where = pageWhere(table, request, order, from, total);
    const take = request.limit + 1;
    // Only a first page: after a cursor, the best matches are mostly the pages before it.
    const best = from === null ? request.ranking?.best : undefined;
    return (
      (best === undefined ? null : await table.bestPage(where, order, take, best, total)) ??
      table.page(where, order, take, { ranking: request.ranking, search: request.match !== undefined })
    );
  };
  const [{ rows, ranks }, facets] = await Promise.all([readPage(), facetCounts(table, counted, request.facets)]);
  // A search by relevance: each row's rank, which its cursor records (taken before any reverse).
  const rankOf = ranks === undefined ? undefined : new Map(rows.map((row, i) => [row, ranks[i]]));
  // Whether there is a page beyond this one, in the direction it was read.
  const beyond = rows.length > request.limit;
  const page = beyond ? rows.slice(0, request.limit) : rows;
  if (backward) page.reverse();
  const after = (row: Row) => codec.encode(cursorValues(row, keys, rankOf?.get(row)), fingerprint);
  const before = (row: Row) => codec.encode(cursorValues(row, keys, rankOf?.get(row)), fingerprint, true);
  const first = page[0];
  const last = page[page.length - 1];
  // The way back from an empty page is its own position, turned around (see CursorPosition).
  const turned = (position: CursorPosition) =>
    codec.encode([...position.values], fingerprint, !position.backward, !position.inclusive);
  let nextCursor: string | null;
  let prevCursor: string | null;
  if (from === null) {
    nextCursor = beyond && last !== undefined ? after(last) : null;
    prevCursor = null;
  } else if (backward) {
    // Going back there is always a page after: the one the cursor came from.
    nextCursor = last === undefined ? turned(from) : after(last);
    prevCursor = beyond && first !== undefined ? before(first) : null;
  } else {
    nextCursor = beyond && last !== undefined ? after(last) : null;
    prevCursor = first === undefined ? turned(from) : before(first);
  }
  return { rows: page, total, nextCursor, prevCursor, facets };
}

/** Every row matching, in order, fetched a page at a time so exports stream in bounded memory. */
export async function* listAll<Row extends Record<string, unknown>, C extends string>(
  table: ListTable<Row, C>,
  query: ListQuery<C>,
  batch = 500,
): AsyncGenerator<Row> {
  let after: CursorPosition | null = null;
  for (;;) {
    const { rows, ranks } = await table.page(pageWhere(table, query, query.order, after), query.order, batch, {
      ranking: query.ranking,
      exported: true,
    });
    yield* rows;
    const last = rows[rows.length - 1];
    if (rows.length < batch || last === undefined) return;
    after = { values: cursorValues(last, query.order.keys, ranks?.[rows.length - 1]), backward: false, inclusive: false };
  }
}

async function facetCounts<Row, C extends string>(
  table: ListTable<Row, C>,
  where: Sql,
  columns: readonly C[],
): Promise<Record<string, Record<string, number>> | undefined> {
  if (columns.length === 0) return undefined;
  const entries = await Promise.all(columns.map(async (column) => [column, await table.facet(column, where)] as const));
  return Object.fromEntries(entries);
}

/** Facet counts under their API names, from counts by column (`facets` from listPage). */
function renameFacets<F extends string>(
  facets: Record<string, Record<string, number>> | undefined,
  names: readonly F[],
  columns: Readonly<Record<F, string>>,
): Record<string, Record<string, number>> | undefined {
  if (facets === undefined) return undefined;
  return Object.fromEntries(names.map((name) => [name, facets[columns[name]] ?? {}]));
}

/** A list's query parameters as the schemas parse them: paging, format, sort and facets, and the filters. */
export type ListParameters<F extends string> = {
  limit: number;
  cursor?: string | undefined;
  format?: unknown;
  sort?: string | undefined;
  facet?: readonly F[] | undefined;
};

/** The filters of a list query: what is left of it without paging, format, sort and facets. */
export type Filters<Q> = Omit<Q, 'limit' | 'cursor' | 'format' | 'sort' | 'facet'>;

/** How one resource's list query parameters become a ListQuery (see listMethods). */
export type ListDefinition<F, C extends string, Out = unknown> = {
  /**
   * Reads what the synchronous builders below need for this dataset generation (a search's
   * name spellings), before a list or an export builds its query.
   */
  prepare?: (filters: F) => Promise<unknown> | undefined;
  order: (sort: string | undefined, filters: F) => SortOrder<C>;
  filter: (filters: F) => ListQuery<C>['filter'];
  match?: (filters: F) => Sql | undefined;
  /** For a search, the passage of a listed record around its matches (undefined when not searching). */
  snippet?: (filters: F, out: Out) => Snippet | null | undefined;
  /**
   * What `snippet` reads besides the filters and the record (a search's name spellings), by
   * identity: a passage kept under another is made again. A record object outlives the request
   * that read it, and one read just after a commit may meet spellings not yet refreshed.
   */
  snippetBasis?: () => unknown;
  /** A search's ranking (see ListQuery.ranking), for the orders that sort by it. */
  ranking?: (filters: F, order: SortOrder<C>) => Ranking | undefined;
  /** A search's total read without the table, when the filters allow it (see ListQuery.total). */
  total?: (filters: F) => Sql | undefined;
  pageCondition?: (filters: F) => ListQuery<C>['pageCondition'];
  orderedFilter?: (filters: F) => ListQuery<C>['orderedFilter'];
  walk?: (filters: F, order: SortOrder<C>) => ListQuery<C>['walk'];
};

/** Searches whose passages are kept per listed record (its filters; see snippetsOf). */
const MAX_SNIPPET_SEARCHES = 16;

type KeptSnippet = { basis: unknown; snippet: Snippet | null | undefined };

/**
 * The passage of each listed record for the filters' search, kept per record object (which stands
 * for one dataset state, see mapOncePerRow), search and basis (ListDefinition.snippetBasis): a
 * page asked again, or a record on several pages of one search, is not scanned again for its
 * matches, and its passage keeps its identity, so its JSON is written once
 * (routes/list-route.ts). Shared between requests: frozen.
 */
const snippetCache = new WeakMap<object, Map<string, KeptSnippet>>();

function snippetsOf<F, Out>(
  rows: readonly Out[],
  filters: F,
  snippet: (filters: F, out: Out) => Snippet | null | undefined,
  basis: unknown,
): (Snippet | null | undefined)[] {
  let key: string | undefined;
  return rows.map((row) => {
    if (typeof row !== 'object' || row === null) return snippet(filters, row);
    key ??= JSON.stringify(filters);
    let kept = snippetCache.get(row);
    if (kept === undefined) snippetCache.set(row, (kept = new Map()));
    const known = kept.get(key);
    if (known !== undefined && known.basis === basis) return known.snippet;
    if (known === undefined && kept.size >= MAX_SNIPPET_SEARCHES) kept.clear();
    const found = deepFreeze(snippet(filters, row));
    kept.set(key, { basis, snippet: found });
    return found;
  });
}

/**
 * A repository's `list` (a page, its total and facets) and `exportAll` (every row, in order),
 * from how its query parameters become a ListQuery and how a row becomes the API's record.
 */
export function listMethods<
  Q extends ListParameters<F>,
  Row extends Record<string, unknown>,
  C extends string,
  Out,
  F extends string = never,
>(
  table: ListTable<Row, C>,
  codec: CursorCodec,
  definition: ListDefinition<Filters<Q>, C, Out>,
  toOut: (row: Row) => Out,
  facetColumns?: Readonly<Record<F, C>>,
) {
  const listQuery = (query: Q) => {
    const { limit, cursor, format: _format, sort, facet, ...filters } = query;
    const order = definition.order(sort, filters);
    return {
      limit,
      cursor,
      facet: facet ?? [],
      // Filters in normal form: with the sort, what a cursor's fingerprint records.
      filters,
      order,
      filter: definition.filter(filters),
      match: definition.match?.(filters),
      ranking: definition.ranking?.(filters, order),
      total: definition.total?.(filters),
      pageCondition: definition.pageCondition?.(filters),
      orderedFilter: definition.orderedFilter?.(filters),
      walk: definition.walk?.(filters, order),
    };
  };
  return {
    async list(query: Q): Promise<ListResult<Out>> {
      await definition.prepare?.(query);
      const { facet, ...request } = listQuery(query);
      const facets = facetColumns === undefined ? [] : facet.map((name) => facetColumns[name]);
      const result = await listPage(table, codec, { ...request, facets });
      const named = facetColumns === undefined ? result.facets : renameFacets(result.facets, facet, facetColumns);
      const rows = result.rows.map(toOut);
      const { limit: _limit, cursor: _cursor, format: _format, sort: _sort, facet: _facet, ...filters } = query;
      const snippets =
        definition.snippet === undefined ? undefined : snippetsOf(rows, filters, definition.snippet, definition.snippetBasis?.());
      const found = snippets?.some((s) => s !== undefined) === true ? snippets.map((s) => s ?? null) : undefined;
      return { ...result, rows, facets: named, ...(found === undefined ? {} : { snippets: found }) };
    },

    async *exportAll(query: Q): AsyncGenerator<Out> {
      await definition.prepare?.(query);
      for await (const row of listAll(table, listQuery(query))) yield toOut(row);
    },

    /**
     * A cursor of `query` whose page starts with the row holding these column values (an
     * inclusive position at its sort key), which `list` takes for the same query. Null in a
     * relevance order, whose positions are search ranks.
     */
    cursorFrom(query: Q, columns: Partial<Record<C, unknown>>): string | null {
      const { filters, order } = listQuery(query);
      if (order.keys.some((key) => key.ref !== undefined)) return null;
      return codec.encode(cursorValues(columns, order.keys), cursorFingerprint(filters, order), false, true);
    },
  };
}
