import type { DatasetGeneration } from '../db/generation.js';
import { sql, type Sql, type SqlParam, type SqlReader } from '../db/sql.js';
import type { CursorValue } from '../lib/cursor.js';
import { keysetWhere, type SortKey, type Where } from '../lib/keyset.js';
import type { ListDelegate } from './list.js';

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

/**
 * How one resource's list rows are read with raw SQL: its table, the columns filters and sorts
 * may name, the joins its representation needs, and how a flat SQL row becomes the nested row
 * the repository maps to the API shape (the same shape Prisma's `include` would return).
 */
export type TableSpec<Row> = {
  table: string;
  /** The primary key column (default `id`). */
  key?: string;
  columns: readonly string[];
  dateColumns?: readonly string[];
  booleanColumns?: readonly string[];
  /** Extra select-list items and joins; the table itself is aliased `t`. */
  select?: string;
  joins?: string;
  nest?: (row: Record<string, unknown>) => Row;
};

/** A condition in SQL, for what Prisma's `where` cannot say (a full-text match). */
export const RAW_CONDITION = '$sql';

/** `column IN (subquery)` as a `where` node. */
export function inSubquery(column: string, subquery: Sql): Where {
  return { [RAW_CONDITION]: { ...subquery, text: `t.${quoteIdent(column)} IN (${subquery.text})` } };
}

/** Marks a `where` whose column conditions may not use an index (see `unindexed`). */
const UNINDEXED = '$unindexed';

/**
 * `where` with its column conditions kept off every index on SQLite (a unary `+` on the column),
 * so that a `column IN (subquery)` beside it is the only way into the table: the query is then
 * driven by the subquery's rows, looked up by key. Without it SQLite cannot tell how many ids a
 * full-text subquery yields, and counted a search by reading the whole `status` index and
 * probing the matches (18 ms at 100k claims for a word in 1% of them, 5 ms for a word in none).
 * `+` also drops the column's type affinity, so a compared value must already have the column's
 * type (`'1'` no longer equals an integer 1): every filter's does, since the query schemas coerce
 * numbers and `param` binds dates and booleans as they are stored. PostgreSQL plans from its own
 * estimates and gets `where` as is.
 */
export function unindexed(where: Where): Where {
  return { [UNINDEXED]: where };
}

/**
 * The delegate of a full-text search: on SQLite its counts and facets read the matches and look
 * each record up by key, whatever else is filtered (see unindexed). Their cost follows the number
 * of matches; read from an index of every record, it followed the table (100k claims: a word in
 * 1% of them 18 ms a total, 1.8 ms this way; a word in none 5 ms, 0.02 ms; in a third, the same).
 */
export function matchDrivenCounts<Row>(delegate: ListDelegate<Row>): ListDelegate<Row> {
  return {
    ...delegate,
    count: (args) => delegate.count({ ...args, where: unindexed(args.where) }),
    groupBy: (args) => delegate.groupBy({ ...args, where: unindexed(args.where) }),
  };
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

const COMPARISONS: Record<string, string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

/**
 * Translates the subset of Prisma's `where` the repositories and keyset pagination build
 * (AND, OR, equality, null, in, not null, range) into SQL, with the same meaning (an empty OR
 * matches nothing, an empty IN matches nothing). Anything else is a programming error.
 */
export function whereSql(where: Where, reader: SqlReader, columns: ReadonlySet<string>, columnPrefix = ''): Sql {
  const params: SqlParam[] = [];
  return { text: whereText(where, reader, columns, columnPrefix, params), params };
}

function sqlParam(value: unknown, reader: SqlReader): SqlParam {
  if (value instanceof Date) return reader.dateParam(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number' || value === null) return value;
  throw new TypeError(`unsupported SQL parameter ${typeof value}`);
}

/** whereSql's text, its parameters appended to `params` in order (one array for the whole tree). */
function whereText(
  where: Where,
  reader: SqlReader,
  columns: ReadonlySet<string>,
  columnPrefix: string,
  params: SqlParam[],
): string {
  let text = '';
  const add = (part: string) => {
    text = text === '' ? part : `${text} AND ${part}`;
  };
  for (const key in where) {
    if (!Object.hasOwn(where, key)) continue;
    const condition = where[key];
    if (key === 'AND' || key === 'OR') {
      const children = condition as Where[];
      if (children.length === 0) {
        add(key === 'AND' ? '1 = 1' : '1 = 0');
        continue;
      }
      let joined = '';
      for (let i = 0; i < children.length; i += 1) {
        const child = whereText(children[i] as Where, reader, columns, columnPrefix, params);
        joined = i === 0 ? child : `${joined} ${key} ${child}`;
      }
      add(`(${joined})`);
      continue;
    }
    if (key === RAW_CONDITION) {
      const raw = condition as Sql;
      for (const param of raw.params) params.push(param);
      add(raw.text);
      continue;
    }
    if (key === UNINDEXED) {
      add(`(${whereText(condition as Where, reader, columns, reader.dialect === 'sqlite' ? '+' : columnPrefix, params)})`);
      continue;
    }
    if (!columns.has(key)) throw new Error(`column ${key} is not listable`);
    const column = `${columnPrefix}t.${quoteIdent(key)}`;
    if (condition === null) {
      add(`${column} IS NULL`);
    } else if (typeof condition !== 'object' || condition instanceof Date) {
      params.push(sqlParam(condition, reader));
      add(`${column} = ?`);
    } else {
      const ops = condition as Record<string, unknown>;
      for (const op in ops) {
        if (!Object.hasOwn(ops, op)) continue;
        const value = ops[op];
        if (op === 'in') {
          const list = value as unknown[];
          if (list.length === 0) {
            add('1 = 0');
            continue;
          }
          let placeholders = '?';
          params.push(sqlParam(list[0], reader));
          for (let i = 1; i < list.length; i += 1) {
            placeholders += ', ?';
            params.push(sqlParam(list[i], reader));
          }
          add(`${column} IN (${placeholders})`);
        } else if (op === 'not' && value === null) {
          add(`${column} IS NOT NULL`);
        } else if (op === 'equals') {
          if (value === null) add(`${column} IS NULL`);
          else {
            params.push(sqlParam(value, reader));
            add(`${column} = ?`);
          }
        } else if (COMPARISONS[op] !== undefined) {
          params.push(sqlParam(value, reader));
          add(`${column} ${COMPARISONS[op]} ?`);
        } else {
          throw new Error(`unsupported where operator ${op}`);
        }
      }
    }
  }
  return text === '' ? '1 = 1' : text;
}

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

function orderSql(orderBy: Record<string, unknown>[], columns: ReadonlySet<string>): string {
  return orderBy
    .map((entry) => {
      const [column, spec] = Object.entries(entry)[0] ?? [];
      if (column === undefined || !columns.has(column)) throw new Error(`column ${String(column)} is not sortable`);
      const { sort, nulls } =
        typeof spec === 'string' ? { sort: spec, nulls: undefined } : (spec as { sort: string; nulls?: 'first' | 'last' });
      const direction = sort === 'desc' ? 'DESC' : 'ASC';
      return `t.${quoteIdent(column)} ${direction}${nulls === undefined ? '' : nulls === 'first' ? ' NULLS FIRST' : ' NULLS LAST'}`;
    })
    .join(', ');
}

/**
 * Rows after a cursor position. When every key is non-null and sorted the same way, one
 * row-value comparison `(a, b) > (?, ?)`, which both SQLite and PostgreSQL answer with an index
 * seek, so a deep cursor costs what the first page does; otherwise the general expansion.
 */
function keysetCondition(keys: SortKey[], values: CursorValue[], reader: SqlReader): Where {
  const direction = keys[0]?.direction;
  if (keys.some((k) => k.nullable || k.direction !== direction) || values.some((v) => v === null)) {
    return keysetWhere(keys, values);
  }
  const columns = keys.map((k) => `t.${quoteIdent(k.column)}`).join(', ');
  const params = keys.map((k, i) => {
    const value = values[i] as string | number;
    if (k.type === 'date') return reader.dateParam(new Date(String(value)));
    return k.type === 'number' ? Number(value) : String(value);
  });
  const placeholders = params.map(() => '?').join(', ');
  return { [RAW_CONDITION]: sql(`(${columns}) ${direction === 'desc' ? '<' : '>'} (${placeholders})`, params) };
}

/**
 * The keyset list operations of a Prisma delegate (findMany, count, groupBy), in raw SQL.
 * Totals are counted once per filter and dataset generation: an exact COUNT grows with the
 * rows matched, and paging through one filter would otherwise pay it on every page.
 */
export function sqlListDelegate<Row>({ reader, generation }: Reads, spec: TableSpec<Row>): ListDelegate<Row> {
  const totals = new GenerationMap<number>(MAX_TOTALS);
  const rowCache = new GenerationMap<Row>(MAX_ROWS);
  const columns = new Set(spec.columns);
  const table = `${quoteIdent(spec.table)} t`;
  const keyColumn = spec.key ?? 'id';
  const key = `t.${quoteIdent(keyColumn)}`;
  const dates = spec.dateColumns ?? [];
  const booleans = spec.booleanColumns ?? [];
  const select = `t.*${spec.select === undefined ? '' : `, ${spec.select}`}`;
  // keyset.orderBy hands out one array per sort, so its ORDER BY is written once.
  const orders = new WeakMap<Record<string, unknown>[], string>();
  const orderText = (orderBy: Record<string, unknown>[]): string => {
    let text = orders.get(orderBy);
    if (text === undefined) {
      text = orderSql(orderBy, columns);
      orders.set(orderBy, text);
    }
    return text;
  };
  const joins = spec.joins === undefined ? '' : ` ${spec.joins}`;
  const hydrate = (raw: Record<string, unknown>): Row => {
    for (const column of dates) {
      const value = raw[column];
      if (value !== null && value !== undefined && !(value instanceof Date)) raw[column] = new Date(value as string);
    }
    for (const column of booleans) {
      const value = raw[column];
      if (typeof value === 'number' || typeof value === 'bigint') raw[column] = Number(value) !== 0;
    }
    return spec.nest === undefined ? (raw as Row) : spec.nest(raw);
  };
  return {
    /**
     * The page's ids come from the filtered, ordered query; the rows themselves from a cache of
     * hydrated rows for this generation, and the ones missing from one query by id. Turning
     * columns into objects was most of a list's database time, and pages overlap.
     */
    async findMany({ where, orderBy, take }) {
      const condition = whereSql(where, reader, columns);
      const idQuery = {
        text: `SELECT ${key} AS id FROM ${table} WHERE ${condition.text} ORDER BY ${orderText(orderBy)} LIMIT ${limitLiteral(take)}`,
        params: condition.params,
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
        for (const raw of rows) fetched.set(raw[keyColumn] as string, hydrate(raw));
        const unchanged = current !== null && generation.now(true) === current;
        if (!unchanged && attempt < 2) continue;
        if (unchanged && rowCache.isFor(current)) for (const [id, row] of fetched) rowCache.set(id, row);
        return ids.map((id) => rowCache.get(id) ?? fetched.get(id)).filter((row): row is Row => row !== undefined);
      }
    },
    keysetWhere: (keys, values) => keysetCondition(keys, values, reader),
    async count({ where }) {
      const condition = whereSql(where, reader, columns);
      const key = `${condition.text}\u0000${JSON.stringify(condition.params)}`;
      const before = generation.now();
      const cached = totals.forGeneration(before).get(key);
      if (cached !== undefined) return cached;
      const rows = await reader.all<{ n: number | bigint | string }>({
        text: `SELECT COUNT(*) AS n FROM ${table} WHERE ${condition.text}`,
        params: condition.params,
      });
      const total = Number(rows[0]?.n ?? 0);
      // Kept only if nothing committed meanwhile: the count may predate that commit.
      if (totals.isFor(before) && generation.now(true) === before) totals.set(key, total);
      return total;
    },
    async groupBy({ by, where }) {
      const column = by[0];
      if (by.length !== 1 || column === undefined || !columns.has(column)) throw new Error(`cannot group by ${by.join(',')}`);
      const condition = whereSql(where, reader, columns);
      const rows = await reader.all<{ k: unknown; n: number | bigint | string }>({
        text: `SELECT t.${quoteIdent(column)} AS k, COUNT(*) AS n FROM ${table} WHERE ${condition.text} GROUP BY t.${quoteIdent(column)}`,
        params: condition.params,
      });
      return rows.map((r) => ({ [column]: r.k, _count: { _all: Number(r.n) } }));
    },
  };
}
