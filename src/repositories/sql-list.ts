import { and, columnsOf, eq, gt, isNotNull, isNull, lt, or, quoteIdent, type Columns } from '../db/conditions.js';
import type { DatasetGeneration } from '../db/generation.js';
import { sql, type Sql, type SqlParam, type SqlReader } from '../db/sql.js';
import type { CursorValue } from '../lib/cursor.js';
import type { SortKey, SortOrder } from '../lib/keyset.js';

/** What raw list reads need: the connection, and the generation that totals are cached under. */
export type Reads = { reader: SqlReader; generation: DatasetGeneration };

/** Distinct filters whose totals are kept per generation. */
const MAX_TOTALS = 2000;
/** Hydrated rows kept per generation (a few MB at most). */
const MAX_ROWS = 5000;

/**
 * A map valid for one dataset generation and at most `max` entries: `forGeneration` empties it
 * when the generation moved (or is unknown) or when `adding` more entries would pass the bound.
 */
class GenerationMap<V> extends Map<string, V> {
  private generation: number | null = null;

  constructor(private readonly max: number) {
    super();
  }

  forGeneration(current: number | null, adding = 1): this {
    if (current !== this.generation || current === null || this.size + adding > this.max) {
      this.clear();
      this.generation = current;
    }
    return this;
  }

  /** Still the map of `current`: nothing was committed since it was read. */
  isFor(current: number | null): boolean {
    return current !== null && this.generation === current;
  }
}

/** A to-one relation read by a join, nested as Prisma's `include: { [as]: { select: { [key], [label] } } }` returns it. */
export type Reference = { as: string; table: string; column: string; key: string; label: string; optional?: boolean };

/** COUNTRY_REF and SOURCE_REF as Prisma reads them, for `include` (writes return what they wrote). */
export const COUNTRY_SELECT = { select: { code: true, name: true } } as const;
export const SOURCE_SELECT = { select: { id: true, title: true } } as const;

/** The country a row names by `countryCode`, as `country: { code, name }` (CountryRef). */
export const COUNTRY_REF: Reference = { as: 'country', table: 'Country', column: 'countryCode', key: 'code', label: 'name' };
/** The source a row names by `sourceId`, as `source: { id, title }` (SourceRef). */
export const SOURCE_REF: Reference = { as: 'source', table: 'Source', column: 'sourceId', key: 'id', label: 'title' };

/** Related rows counted per row (active ones only where they can be retracted), nested as Prisma's `_count`. */
export type RelationCount = { as: string; table: string; column: string; activeOnly: boolean };

/**
 * One column of a child table, in order, nested as Prisma's `include: { [as]: { select: { [value] },
 * orderBy: { [orderBy]: 'asc' } } }` returns it (a claim's topics). Read in the row's own
 * statement (string_agg with ORDER BY is the same on PostgreSQL and on SQLite 3.44 and later),
 * so its values must not contain a comma.
 */
export type ValueList = { as: string; table: string; column: string; value: string; orderBy: string };

/**
 * How one resource's list rows are read with raw SQL: its table, the columns conditions and sorts
 * may name (`C`), and the relations its representation needs, which make a flat SQL row into the
 * nested row the repository maps to the API shape (the same shape Prisma's `include` returns).
 */
export type TableSpec<C extends string> = {
  table: string;
  /** The primary key column (default `id`). */
  key?: C;
  columns: readonly C[];
  /** DateTime columns besides createdAt and updatedAt, which every table has. */
  dateColumns?: readonly string[];
  booleanColumns?: readonly string[];
  references?: readonly Reference[];
  counts?: readonly RelationCount[];
  lists?: readonly ValueList[];
  /** Facets not counted by the table's own column: a query of `k, n` rows for the rows `where` matches. */
  facetQueries?: Partial<Record<C, (where: Sql) => Sql>>;
  /** A one-to-many relation read for the rows fetched, set on each row as `name` (in query order). */
  children?: { name: string; parentKey: string; query: (keys: string[]) => Sql };
};

/** The select list and joins of `spec`'s relations, and the step that nests them on a fetched row. */
function relations<C extends string>(spec: TableSpec<C>, key: string) {
  const references = spec.references ?? [];
  const counts = spec.counts ?? [];
  const lists = spec.lists ?? [];
  const listOf = (l: ValueList) => `${l.as}.list`;
  const labelOf = (r: Reference) => `${r.as}.${r.label}`;
  const countOf = (c: RelationCount) => `_count.${c.as}`;
  const select = [
    't.*',
    ...references.map((r, i) => `r${i}.${quoteIdent(r.label)} AS ${quoteIdent(labelOf(r))}`),
    ...counts.map(
      (c) =>
        `(SELECT COUNT(*) FROM ${quoteIdent(c.table)} x WHERE x.${quoteIdent(c.column)} = ${key}${c.activeOnly ? ` AND x."status" = 'active'` : ''}) AS ${quoteIdent(countOf(c))}`,
    ),
    ...lists.map(
      (l) =>
        `(SELECT string_agg(x.${quoteIdent(l.value)}, ',' ORDER BY x.${quoteIdent(l.orderBy)}) FROM ${quoteIdent(l.table)} x WHERE x.${quoteIdent(l.column)} = ${key}) AS ${quoteIdent(listOf(l))}`,
    ),
  ].join(', ');
  const joins = references
    .map(
      (r, i) =>
        ` ${r.optional ? 'LEFT JOIN' : 'JOIN'} ${quoteIdent(r.table)} r${i} ON r${i}.${quoteIdent(r.key)} = t.${quoteIdent(r.column)}`,
    )
    .join('');
  const nest = (row: Record<string, unknown>): void => {
    for (const r of references) {
      const ref = row[r.column];
      row[r.as] = ref === null ? null : { [r.key]: ref, [r.label]: row[labelOf(r)] };
    }
    for (const l of lists) {
      const list = row[listOf(l)];
      row[l.as] = typeof list === 'string' && list !== '' ? list.split(',').map((value) => ({ [l.value]: value })) : [];
    }
    if (counts.length === 0) return;
    // PostgreSQL returns COUNT as a bigint string, hence Number().
    row._count = Object.fromEntries(counts.map((c) => [c.as, Number(row[countOf(c)])]));
  };
  return { select, joins, nest };
}

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
  /** The first `take` rows matching `where`, in `order`. */
  page(where: Sql, order: SortOrder<C>, take: number): Promise<Row[]>;
  count(where: Sql): Promise<number>;
  /** Rows matching `where` per value of `column` (null counted as "null"). */
  facet(column: C, where: Sql): Promise<Record<string, number>>;
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

function cursorParam(key: SortKey, value: CursorValue, reader: SqlReader): SqlParam {
  if (value === null) return null;
  if (key.type === 'date') return reader.dateParam(new Date(String(value)));
  return key.type === 'number' ? Number(value) : String(value);
}

/**
 * Rows after a cursor position (and, `inclusive`, the row at it). When every key is non-null and
 * sorted the same way, one row-value comparison `(a, b) > (?, ?)`, which both SQLite and
 * PostgreSQL answer with an index seek, so a deep cursor costs what the first page does;
 * otherwise the general expansion (a > x) OR (a = x AND b > y) OR ..., where null sorts first
 * ascending and last descending. A reversed order (the page before a cursor) is an order too.
 */
function keysetCondition<C extends string>(
  keys: readonly SortKey<C>[],
  values: readonly CursorValue[],
  column: Columns<C>,
  reader: SqlReader,
  inclusive: boolean,
): Sql {
  const params = keys.map((k, i) => cursorParam(k, values[i] ?? null, reader));
  const direction = keys[0]?.direction;
  if (keys.every((k) => !k.nullable && k.direction === direction) && params.every((v) => v !== null)) {
    const columns = keys.map((k) => column(k.column)).join(', ');
    const operator = `${direction === 'desc' ? '<' : '>'}${inclusive ? '=' : ''}`;
    return sql(`(${columns}) ${operator} (${params.map(() => '?').join(', ')})`, params);
  }
  const branches: Sql[] = [];
  keys.forEach((key, i) => {
    const ref = column(key.column);
    const value = params[i] ?? null;
    let after: Sql | undefined;
    if (key.direction === 'asc') after = value === null ? isNotNull(ref) : gt(ref, value);
    else if (value !== null) after = key.nullable ? or(lt(ref, value), isNull(ref)) : lt(ref, value);
    if (after === undefined) return;
    const equal = keys.slice(0, i).map((prev, j) => eq(column(prev.column), params[j] ?? null));
    branches.push(and(...equal, after));
  });
  if (inclusive) branches.push(and(...keys.map((key, i) => eq(column(key.column), params[i] ?? null))));
  return or(...branches);
}

/**
 * The keyset list reads of one table in raw SQL. Totals are counted once per filter and dataset
 * generation: an exact COUNT grows with the rows matched, and paging through one filter would
 * otherwise pay it on every page.
 */
export function sqlTable<Row, C extends string>({ reader, generation }: Reads, spec: TableSpec<C>): ListTable<Row, C> {
  const totals = new GenerationMap<number>(MAX_TOTALS);
  const rowCache = new GenerationMap<Row>(MAX_ROWS);
  const column = columnsOf(spec.columns);
  const table = `${quoteIdent(spec.table)} t`;
  const keyColumn: string = spec.key ?? 'id';
  const key = `t.${quoteIdent(keyColumn)}`;
  const dates = ['createdAt', 'updatedAt', ...(spec.dateColumns ?? [])];
  const booleans = spec.booleanColumns ?? [];
  const { select, joins, nest } = relations(spec, key);
  const hydrate = (raw: Record<string, unknown>): Row => {
    for (const name of dates) {
      const value = raw[name];
      if (value !== null && value !== undefined && !(value instanceof Date)) raw[name] = new Date(value as string);
    }
    for (const name of booleans) {
      const value = raw[name];
      if (typeof value === 'number' || typeof value === 'bigint') raw[name] = Number(value) !== 0;
    }
    nest(raw);
    return raw as Row;
  };
  const attachChildren = async (rows: Record<string, unknown>[], keys: string[]): Promise<void> => {
    const children = spec.children;
    if (children === undefined) return;
    const byParent = new Map<unknown, unknown[]>(rows.map((row) => [row[keyColumn], (row[children.name] = [])]));
    for (const child of await reader.all<Record<string, unknown>>(children.query(keys))) {
      byParent.get(child[children.parentKey])?.push(child);
    }
  };
  return {
    column,
    unindexedColumn: reader.dialect === 'sqlite' ? columnsOf(spec.columns, '+') : column,
    /**
     * The page's ids come from the filtered, ordered query; the rows themselves from a cache of
     * hydrated rows for this generation, and the ones missing from one query by id. Turning
     * columns into objects was most of a list's database time, and pages overlap. A cached row
     * object stands for its record in this generation only and is never changed: see
     * mapOncePerRow in list.ts, which relies on it.
     */
    async page(where, order, take) {
      const idQuery = {
        text: `SELECT ${key} AS id FROM ${table} WHERE ${where.text} ORDER BY ${order.orderBy} LIMIT ${limitLiteral(take)}`,
        params: where.params,
      };
      // The ids and the missing rows are two reads; a commit between them is detected and the
      // page read again, so a page never mixes two states of the dataset.
      for (let attempt = 0; ; attempt += 1) {
        const current = generation.now(attempt > 0);
        const ids = (await reader.all<{ id: string }>(idQuery)).slice(0, take).map((r) => r.id);
        rowCache.forGeneration(current, ids.length);
        const missing = ids.filter((id) => !rowCache.has(id));
        if (missing.length === 0) return ids.map((id) => rowCache.get(id) as Row);
        const fetched = new Map<string, Row>();
        const rows = await reader.all<Record<string, unknown>>({
          text: `SELECT ${select} FROM ${table}${joins} WHERE ${key} IN (${missing.map(() => '?').join(', ')})`,
          params: missing,
        });
        await attachChildren(rows, missing);
        for (const raw of rows) fetched.set(raw[keyColumn] as string, hydrate(raw));
        const unchanged = current !== null && generation.now(true) === current;
        if (!unchanged && attempt < 2) continue;
        if (unchanged && rowCache.isFor(current)) for (const [id, row] of fetched) rowCache.set(id, row);
        return ids.map((id) => rowCache.get(id) ?? fetched.get(id)).filter((row): row is Row => row !== undefined);
      }
    },
    after: (order, values, inclusive = false) => keysetCondition(order.keys, values, column, reader, inclusive),
    async count(where) {
      const cacheKey = `${where.text}\u0000${JSON.stringify(where.params)}`;
      const before = generation.now();
      const cached = totals.forGeneration(before).get(cacheKey);
      if (cached !== undefined) return cached;
      const rows = await reader.all<{ n: number | bigint | string }>({
        text: `SELECT COUNT(*) AS n FROM ${table} WHERE ${where.text}`,
        params: where.params,
      });
      const total = Number(rows[0]?.n ?? 0);
      // Kept only if nothing committed meanwhile: the count may predate that commit.
      if (totals.isFor(before) && generation.now(true) === before) totals.set(cacheKey, total);
      return total;
    },
    async facet(name, where) {
      const ref = column(name);
      const custom = spec.facetQueries?.[name];
      const rows = await reader.all<{ k: unknown; n: number | bigint | string }>(
        custom === undefined
          ? { text: `SELECT ${ref} AS k, COUNT(*) AS n FROM ${table} WHERE ${where.text} GROUP BY ${ref}`, params: where.params }
          : custom(where),
      );
      const counts: Record<string, number> = {};
      for (const row of rows) counts[String(row.k ?? 'null')] = Number(row.n);
      return counts;
    },
  };
}
