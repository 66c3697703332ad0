import pg from 'pg';
import type { Sql, SqlReader } from './sql.js';

/**
 * SqlReader on a pool of its own. Statements are written with `?` placeholders for both engines;
 * they become `$1, $2, ...` here (the SQL never holds a `?` of its own: values are always bound).
 */
export function createPostgresReader(databaseUrl: string): SqlReader {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const texts = new Map<string, string>();
  const numbered = (text: string): string => {
    let converted = texts.get(text);
    if (converted === undefined) {
      let n = 0;
      converted = text.replace(/\?/g, () => `$${(n += 1)}`);
      if (texts.size >= 500) texts.clear();
      texts.set(text, converted);
    }
    return converted;
  };
  return {
    dialect: 'postgresql',
    async all<Row>(query: Sql): Promise<Row[]> {
      const result = await pool.query(numbered(query.text), query.params);
      return result.rows as Row[];
    },
    dateParam: (date) => date.toISOString(),
    close: async () => {
      await pool.end();
    },
  };
}
