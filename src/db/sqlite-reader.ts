import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS, cacheSizePragma, sqlitePath } from './engine.js';
import type { Sql, SqlReader } from './sql.js';

/** Distinct statement texts kept prepared; filters with IN lists of many lengths could grow it without bound. */
const MAX_STATEMENTS = 500;

/** Prisma's SQLite adapter writes DateTime as ISO 8601 text with an explicit +00:00 offset. */
export const sqliteDateParam = (date: Date): string => date.toISOString().replace('Z', '+00:00');

/**
 * SqlReader on a read-only better-sqlite3 connection with its statements prepared once. In WAL
 * mode a read never waits for the writer, and each statement sees the last committed state.
 */
export function createSqliteReader(databaseUrl: string, role: 'reader' | 'search' = 'reader'): SqlReader {
  const db = new Database(sqlitePath(databaseUrl), { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  db.pragma('query_only = ON');
  db.pragma(cacheSizePragma(role));
  const statements = new Map<string, Database.Statement>();
  return {
    dialect: 'sqlite',
    all<Row>(query: Sql): Row[] {
      let statement = statements.get(query.text);
      if (statement === undefined) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statement = db.prepare(query.text);
        statements.set(query.text, statement);
      }
      return statement.all(...query.params) as Row[];
    },
    dateParam: sqliteDateParam,
    close: async () => {
      statements.clear();
      db.close();
    },
  };
}
