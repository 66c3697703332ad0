import { InvalidCursorError, queryFingerprint, type CursorCodec, type CursorValue } from '../lib/cursor.js';
import { cursorValues, keysetWhere, orderBy, type SortKey, type Where } from '../lib/keyset.js';

/** The subset of a Prisma model delegate that keyset listing needs. */
export type ListDelegate<Row> = {
  findMany(args: { where: Where; orderBy: Record<string, unknown>[]; take: number; include?: unknown }): Promise<Row[]>;
  count(args: { where: Where }): Promise<number>;
  groupBy(args: { by: string[]; where: Where; _count: { _all: true } }): Promise<unknown>;
  /** Rows after a cursor position, when the delegate has a better condition than the general one. */
  keysetWhere?: (keys: SortKey[], values: CursorValue[]) => Where;
};

export type ListRequest = {
  where: Where;
  keys: SortKey[];
  limit: number;
  cursor: string | undefined;
  facets: readonly string[];
  /** Filters in normal form; with the sort they fingerprint the query, so a cursor only works for the same one. */
  filters: unknown;
};

export type ListResult<Row> = {
  rows: Row[];
  total: number;
  nextCursor: string | null;
  facets: Record<string, Record<string, number>> | undefined;
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
 * `map` with its result kept per row object. The SQL delegates hand out the same row object
 * for a record until a commit changes the dataset, so a record is mapped once per dataset
 * state, and the API object it becomes keeps its identity too (the list route serializes each
 * one once, see routes/list-route.ts). Results are frozen: they are shared between requests.
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

export async function listPage<Row extends Record<string, unknown>>(
  delegate: ListDelegate<Row>,
  codec: CursorCodec,
  request: ListRequest,
  include?: unknown,
): Promise<ListResult<Row>> {
  const fingerprint = queryFingerprint([request.filters, request.keys.map((k) => [k.name, k.direction])]);
  const after: CursorValue[] | null =
    request.cursor === undefined ? null : codec.decode(request.cursor, fingerprint, request.keys.length);
  const afterCursor = delegate.keysetWhere ?? keysetWhere;
  const pageWhere = after === null ? request.where : { AND: [request.where, afterCursor(request.keys, after)] };
  const [rows, total, facets] = await Promise.all([
    delegate.findMany({
      where: pageWhere,
      orderBy: orderBy(request.keys),
      take: request.limit + 1,
      ...(include === undefined ? {} : { include }),
    }),
    delegate.count({ where: request.where }),
    facetCounts(delegate, request.where, request.facets),
  ]);
  const hasMore = rows.length > request.limit;
  const page = hasMore ? rows.slice(0, request.limit) : rows;
  const last = page[page.length - 1];
  const nextCursor = hasMore && last !== undefined ? codec.encode(cursorValues(last, request.keys), fingerprint) : null;
  return { rows: page, total, nextCursor, facets };
}

/** Every row matching, in order, fetched a page at a time so exports stream in bounded memory. */
export async function* listAll<Row extends Record<string, unknown>>(
  delegate: ListDelegate<Row>,
  where: Where,
  keys: SortKey[],
  include?: unknown,
  batch = 500,
): AsyncGenerator<Row> {
  let after: CursorValue[] | null = null;
  const afterCursor = delegate.keysetWhere ?? keysetWhere;
  for (;;) {
    const rows: Row[] = await delegate.findMany({
      where: after === null ? where : { AND: [where, afterCursor(keys, after)] },
      orderBy: orderBy(keys),
      take: batch,
      ...(include === undefined ? {} : { include }),
    });
    yield* rows;
    const last = rows[rows.length - 1];
    if (rows.length < batch || last === undefined) return;
    after = cursorValues(last, keys);
  }
}

async function facetCounts<Row>(
  delegate: ListDelegate<Row>,
  where: Where,
  columns: readonly string[],
): Promise<Record<string, Record<string, number>> | undefined> {
  if (columns.length === 0) return undefined;
  const entries = await Promise.all(
    columns.map(async (column) => {
      const groups = (await delegate.groupBy({ by: [column], where, _count: { _all: true } })) as Array<
        Record<string, unknown> & { _count: { _all: number } }
      >;
      const counts: Record<string, number> = {};
      for (const g of groups) counts[String(g[column] ?? 'null')] = g._count._all;
      return [column, counts] as const;
    }),
  );
  return Object.fromEntries(entries);
}
