import Database from 'better-sqlite3';
import { cacheSizePragma, sqlitePath } from './engine.js';
import type { Sql, SqlParam } from './sql.js';
import type { Tx, WriteConnection } from './write-tx.js';

/** Distinct statement texts kept prepared (the write path has a few dozen). */
const MAX_STATEMENTS = 500;

/** How Prisma's SQLite adapter stores a DateTime, and so how every reader parses it: ISO text with +00:00. */
export function sqliteDate(date: Date): SqlParam {
  return date.toISOString().replace('Z', '+00:00');
}

/**
 * The write connection on a SQLite file, through better-sqlite3 directly: a statement costs
 * microseconds here, against a few hundred for the same statement through Prisma's query
 * compiler and adapter. Synchronous, so it belongs on the writer's own thread (write-worker.ts),
 * where a commit's fsync blocks nobody's read.
 *
 * No busy timeout: SQLite's own waits inside the call, and the Writer retries asleep instead
 * (the same code runs on the main thread when WRITER_THREAD=main).
 */
export function openSqliteWriteConnection(databaseUrl: string): WriteConnection {
  const db = new Database(sqlitePath(databaseUrl), { fileMustExist: true, timeout: 0 });
  // WAL lets readers proceed during a write and keeps acknowledged commits durable across a crash.
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before the API acknowledges it, even across power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 0');
  db.pragma(cacheSizePragma('writer'));
  const statements = new Map<string, Database.Statement>();
  const prepared = (query: Sql): Database.Statement => {
    let statement = statements.get(query.text);
    if (statement === undefined) {
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      statement = db.prepare(query.text);
      statements.set(query.text, statement);
    }
    return statement;
  };
  const tx: Tx = {
    dialect: 'sqlite',
    all: async <Row>(query: Sql) => prepared(query).all(...query.params) as Row[],
    get: async <Row>(query: Sql) => prepared(query).get(...query.params) as Row | undefined,
    run: async (query) => prepared(query).run(...query.params).changes,
    dateParam: sqliteDate,
  };
  return {
    tx,
    begin: async () => {
      // IMMEDIATE takes the write lock now: another process holding it fails here, before any work.
      db.exec('BEGIN IMMEDIATE');
    },
    exec: async (statement) => {
      db.exec(statement);
    },
    inTransaction: () => db.inTransaction,
    pragma: async (statement) => db.pragma(statement),
    close: async () => {
      statements.clear();
      if (db.open) db.close();
    },
  };
}
