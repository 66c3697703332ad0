/**
 * One table's list reads in raw SQL: `sql-table.ts` (`sqlTable`: pages, totals, facets, the row
 * cache per generation), `keyset-condition.ts` (rows after a cursor), `records.ts` (rows by key with
 * their relations nested), `table-spec.ts` (what a table says of itself).
 */
export { hydrateColumns, readRecord } from './records.js';
export { sqlTable, type ListTable, type Page, type Ranking, type Reads } from './sql-table.js';
export {
  COUNTRY_REF,
  COUNTRY_SELECT,
  SOURCE_REF,
  SOURCE_SELECT,
  type RecordSpec,
  type Reference,
  type RelationCount,
  type TableSpec,
  type ValueList,
} from './table-spec.js';
