import { and, eq, gt, isNotNull, isNull, lt, or, type ColumnRef, type Columns } from '../../db/conditions.js';
import { sql, type Sql, type SqlParam, type SqlReader } from '../../db/sql.js';
import type { CursorValue } from '../../lib/cursor.js';
import type { SortKey } from '../../lib/keyset.js';

function cursorParam(key: SortKey, value: CursorValue, reader: SqlReader): SqlParam {
  if (value === null) return null;
  if (key.type === 'date') return reader.dateParam(new Date(String(value)));
  return key.type === 'number' ? Number(value) : String(value);
}

/** A sort key's SQL: its column, or the expression of a key that is none (a search's rank). */
function keyRef<C extends string>(key: SortKey<C>, column: Columns<C>): ColumnRef {
  return key.ref === undefined ? column(key.column) : (key.ref as ColumnRef);
}

/**
 * Rows after a cursor position (and, `inclusive`, the row at it). When every key is non-null and
 * sorted the same way, one row-value comparison `(a, b) > (?, ?)`, which both SQLite and
 * PostgreSQL answer with an index seek, so a deep cursor costs what the first page does;
 * otherwise the general expansion (a > x) OR (a = x AND b > y) OR ..., where null sorts first
 * ascending and last descending. A reversed order (the page before a cursor) is an order too.
 */
export function keysetCondition<C extends string>(
  keys: readonly SortKey<C>[],
  values: readonly CursorValue[],
  column: Columns<C>,
  reader: SqlReader,
  inclusive: boolean,
): Sql {
  const params = keys.map((k, i) => cursorParam(k, values[i] ?? null, reader));
  const direction = keys[0]?.direction;
  if (keys.every((k) => !k.nullable && k.direction === direction) && params.every((v) => v !== null)) {
    const columns = keys.map((k) => keyRef(k, column)).join(', ');
    const operator = `${direction === 'desc' ? '<' : '>'}${inclusive ? '=' : ''}`;
    return sql(`(${columns}) ${operator} (${params.map(() => '?').join(', ')})`, params);
  }
  const branches: Sql[] = [];
  keys.forEach((key, i) => {
    const ref = keyRef(key, column);
    const value = params[i] ?? null;
    let after: Sql | undefined;
    if (key.direction === 'asc') after = value === null ? isNotNull(ref) : gt(ref, value);
    else if (value !== null) after = key.nullable ? or(lt(ref, value), isNull(ref)) : lt(ref, value);
    if (after === undefined) return;
    const equal = keys.slice(0, i).map((prev, j) => eq(keyRef(prev, column), params[j] ?? null));
    branches.push(and(...equal, after));
  });
  if (inclusive) branches.push(and(...keys.map((key, i) => eq(keyRef(key, column), params[i] ?? null))));
  return or(...branches);
}
