import { sql } from '../db/sql.js';
import type { Tx } from '../db/write-tx.js';
import { parseBasis, type FieldBasisValue } from '../domain/basis.js';
import { hydrateColumns, readRecord, type RecordSpec } from './sql-list/index.js';
import { insertRow, updateRow } from './write-sql.js';

/**
 * What a versioned resource's writes do with its own row, the same for every resource (see
 * VersionedResource in versioned.ts): read its stored columns by key, read the record back as
 * the API serves it, INSERT a new one (version 1, and active where it can be retracted) and
 * UPDATE one. `spec` names the table, its key and its column types; `toOut` is the API shape.
 */
export function recordRow<Row, Out>(spec: RecordSpec, toOut: (row: Row) => Out, { retractable = false } = {}) {
  const table = spec.table;
  const key: string = spec.key ?? 'id';
  /** The stored columns, DateTime and Boolean columns as Prisma reads them; null when there is none. */
  async function columns<Columns>(tx: Tx, id: string): Promise<Columns | null> {
    const row = await tx.get<Record<string, unknown>>(sql(`SELECT * FROM "${table}" WHERE "${key}" = ?`, [id]));
    if (row === undefined) return null;
    hydrateColumns(spec, row);
    return row as Columns;
  }
  return {
    columns,
    /** The stored columns with their basis (a JSON column) parsed, every one of `fields` present. */
    async columnsWithBasis<Columns extends { basis: string }, F extends string>(
      tx: Tx,
      id: string,
      fields: readonly F[],
    ): Promise<(Omit<Columns, 'basis'> & { basis: Record<F, FieldBasisValue> }) | null> {
      const row = await columns<Columns>(tx, id);
      return row === null ? null : { ...row, basis: parseBasis(row.basis, fields) };
    },
    /** The record as the API returns it, read in the write's transaction. */
    async read(tx: Tx, id: string): Promise<Out | null> {
      const row = await readRecord<Row>(tx, spec, id);
      return row === undefined ? null : toOut(row);
    },
    insert: (tx: Tx, id: string, data: Record<string, unknown>, at: Date) =>
      insertRow(tx, table, {
        [key]: id,
        ...data,
        ...(retractable ? { status: 'active' } : {}),
        version: 1,
        createdAt: at,
        updatedAt: at,
      }),
    save: (tx: Tx, id: string, data: Record<string, unknown>, at: Date) =>
      updateRow(tx, table, key, id, { ...data, updatedAt: at }),
  };
}
