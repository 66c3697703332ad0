import type { CursorCodec } from '../lib/cursor.js';
import { listMethods, mapOncePerRow, type Filters, type ListDefinition, type ListParameters } from './list.js';
import { sqlTable, type ListTable, type Reads, type TableSpec } from './sql-list/index.js';
import { versionedWrites, type AnyResource, type WriteDeps } from './versioned.js';

/**
 * The parts every repository of a versioned, listed resource is made of, declared once per
 * resource: its SQL table (the record's spec and every scalar column of the Prisma model), its
 * API mapping once per row (see mapOncePerRow) and its writes. `open` builds them on one app's
 * reads and writer, with the list methods of the resource's own definition (its order, filters,
 * search), which may use the table.
 */
export function listedResource<Row extends Record<string, unknown>, C extends string, Out, R extends AnyResource>(
  record: Omit<TableSpec<C>, 'columns'>,
  columns: Readonly<Record<string, C>>,
  toOut: (row: Row) => Out,
  writes: R,
) {
  const spec: TableSpec<C> = { ...record, columns: Object.values(columns) };
  const listed = mapOncePerRow(toOut);
  return {
    listed,
    open<Q extends ListParameters<F>, F extends string = never>(
      reads: Reads,
      codec: CursorCodec,
      deps: WriteDeps,
      definition: (table: ListTable<Row, C>) => ListDefinition<Filters<Q>, C, Out>,
      facetColumns?: Readonly<Record<F, C>>,
    ) {
      const table = sqlTable<Row, C>(reads, spec);
      const list = listMethods<Q, Row, C, Out, F>(table, codec, definition(table), listed, facetColumns);
      return { table, list, writes: versionedWrites(deps, writes) };
    },
  };
}
