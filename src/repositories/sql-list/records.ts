import { quoteIdent } from '../../db/conditions.js';
import type { SqlReader } from '../../db/sql.js';
import type { RecordSpec, RelationCount, Reference, ValueList } from './table-spec.js';

/** The select list and joins of `spec`'s relations, and the step that nests them on a fetched row. */
function relations(spec: RecordSpec, key: string) {
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

/** The statements and steps that read rows of `spec` by key, related rows nested, on `reader`. */
export function recordReads<Row>(reader: Pick<SqlReader, 'all'>, spec: RecordSpec) {
  const table = `${quoteIdent(spec.table)} t`;
  const keyColumn: string = spec.key ?? 'id';
  const key = `t.${quoteIdent(keyColumn)}`;
  const { select, joins, nest } = relations(spec, key);
  const hydrate = (raw: Record<string, unknown>): Row => {
    hydrateColumns(spec, raw);
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
  const byKeys = (keys: string[]) => ({
    text: `SELECT ${select} FROM ${table}${joins} WHERE ${key} IN (${keys.map(() => '?').join(', ')})`,
    params: keys,
  });
  return { table, keyColumn, key, hydrate, attachChildren, byKeys };
}

/** A row's stored DateTime and Boolean columns as Prisma reads them (Date, boolean). */
export function hydrateColumns(spec: RecordSpec, raw: Record<string, unknown>): void {
  for (const name of ['createdAt', 'updatedAt', ...(spec.dateColumns ?? [])]) {
    const value = raw[name];
    if (value !== null && value !== undefined && !(value instanceof Date)) raw[name] = new Date(value as string);
  }
  for (const name of spec.booleanColumns ?? []) {
    const value = raw[name];
    if (typeof value === 'number' || typeof value === 'bigint') raw[name] = Number(value) !== 0;
  }
}

/** The record of `spec` keyed `key`, related rows nested as the lists read them; undefined when there is none. */
export async function readRecord<Row>(reader: Pick<SqlReader, 'all'>, spec: RecordSpec, key: string): Promise<Row | undefined> {
  const reads = recordReads<Row>(reader, spec);
  const rows = await reader.all<Record<string, unknown>>(reads.byKeys([key]));
  await reads.attachChildren(rows, [key]);
  const row = rows[0];
  return row === undefined ? undefined : reads.hydrate(row);
}
