import pg from 'pg';
import { utcTimestamps } from './postgres-types.js';
import { numberedPlaceholders, type Sql, type SqlReader } from './sql.js';

/** SqlReader on a pool of its own; `?` placeholders become `$1, $2, ...` (numberedPlaceholders). */
export function createPostgresReader(databaseUrl: string): SqlReader {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, types: utcTimestamps });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return {
    dialect: 'postgresql',
    async all<Row>(query: Sql): Promise<Row[]> {
      const result = await pool.query(numberedPlaceholders(query.text), query.params);
      return result.rows as Row[];
    },
    dateParam: (date) => date.toISOString(),
    close: async () => {
      await pool.end();
    },
  };
}
