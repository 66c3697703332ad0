import { sql, type SqlParam } from '../db/sql.js';
import type { Tx } from '../db/write-tx.js';

/** The statements a write's rows are stored with, the same on SQLite and PostgreSQL. */

/** A column value as both drivers bind it: a DateTime as the engine stores it, a Boolean as 1 or 0. */
function bound(tx: Tx, value: unknown): SqlParam {
  if (value instanceof Date) return tx.dateParam(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  throw new TypeError(`cannot store a ${typeof value} in a column`);
}

/** Columns with a value: an absent (undefined) field is left as it is, as Prisma does. */
const present = (row: Record<string, unknown>) => Object.entries(row).filter(([, value]) => value !== undefined);

/** INSERT of one row: its columns as given (values bound, never spliced). */
export async function insertRow(tx: Tx, table: string, row: Record<string, unknown>): Promise<void> {
  const columns = present(row);
  await tx.run(
    sql(
      `INSERT INTO "${table}" (${columns.map(([name]) => `"${name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      columns.map(([, value]) => bound(tx, value)),
    ),
  );
}

/** UPDATE of the row whose `keyColumn` is `key`: the columns given, the others left as they are. */
export async function updateRow(
  tx: Tx,
  table: string,
  keyColumn: string,
  key: string,
  row: Record<string, unknown>,
): Promise<void> {
  const columns = present(row);
  await tx.run(
    sql(`UPDATE "${table}" SET ${columns.map(([name]) => `"${name}" = ?`).join(', ')} WHERE "${keyColumn}" = ?`, [
      ...columns.map(([, value]) => bound(tx, value)),
      key,
    ]),
  );
}
