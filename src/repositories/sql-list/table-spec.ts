import type { Sql } from '../../db/sql.js';

/** What a table's list and record reads are told about it: columns, relations, children. */

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

/** What reading one record with its relations needs of a TableSpec (writes read their result back with it too). */
export type RecordSpec = Pick<
  TableSpec<string>,
  'table' | 'key' | 'dateColumns' | 'booleanColumns' | 'references' | 'counts' | 'lists' | 'children'
>;
