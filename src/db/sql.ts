/** A parameter of a raw read: what both SQLite and PostgreSQL drivers bind without conversion. */
export type SqlParam = string | number | null;

/** SQL text with `?` placeholders, and their values in order. */
export type Sql = { text: string; params: SqlParam[] };

/**
 * Raw reads for the hot paths (lists, counts, facets, search), on a connection of their own.
 * Prisma's query layer costs about 1 ms per list query here; a prepared statement, tens of µs.
 * Writes never go through this: they run on the Writer's own connection (src/db/write-tx.ts).
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

/** Statement texts already converted, so a hot statement is rewritten once. */
const numberedTexts = new Map<string, string>();

/**
 * `?` placeholders as PostgreSQL's `$1, $2, ...`. Statements are written with `?` for both
 * engines; the SQL never holds a `?` of its own (values are always bound).
 */
export function numberedPlaceholders(text: string): string {
  let converted = numberedTexts.get(text);
  if (converted === undefined) {
    let n = 0;
    converted = text.replace(/\?/g, () => `$${(n += 1)}`);
    if (numberedTexts.size >= 500) numberedTexts.clear();
    numberedTexts.set(text, converted);
  }
  return converted;
}
