/** A parameter of a raw read: what both SQLite and PostgreSQL drivers bind without conversion. */
export type SqlParam = string | number | null;

/** SQL text with `?` placeholders, and their values in order. */
export type Sql = { text: string; params: SqlParam[] };

/**
 * Raw reads for the hot paths (lists, counts, facets, search), on a connection of their own.
 * Prisma's query layer costs about 1 ms per list query here; a prepared statement, tens of µs.
 * Writes never go through this: they stay in Prisma, in the Writer's transactions.
 */
export type SqlReader = {
  readonly dialect: 'sqlite' | 'postgresql';
  all<Row>(sql: Sql): Row[] | Promise<Row[]>;
  /** A DateTime as a parameter compared with stored values (SQLite stores ISO text with +00:00). */
  dateParam(date: Date): SqlParam;
  close(): Promise<void>;
};

export function sql(text: string, params: SqlParam[] = []): Sql {
  return { text, params };
}
