import type { Sql, SqlParam } from './sql.js';

/**
 * What a unit of work reads and writes through: raw SQL (`?` placeholders, for both engines)
 * inside the transaction the Writer opened. A unit never begins, commits or rolls back: the
 * Writer does, around each unit a savepoint of its own (src/db/group-commit.ts).
 */
export type Tx = {
  readonly dialect: 'sqlite' | 'postgresql';
  all<Row = Record<string, unknown>>(query: Sql): Promise<Row[]>;
  get<Row = Record<string, unknown>>(query: Sql): Promise<Row | undefined>;
  /** Runs a statement; resolves with the number of rows it changed. */
  run(query: Sql): Promise<number>;
  /** A DateTime as stored: SQLite keeps Prisma's ISO text with +00:00, PostgreSQL a timestamp. */
  dateParam(date: Date): SqlParam;
};

/**
 * One connection reserved for writes, as the Writer drives it. `begin` takes the write lock
 * where the engine has one to take (SQLite: BEGIN IMMEDIATE), so a locked database fails there,
 * before any work; `exec` runs the transaction-control statements (SAVEPOINT, RELEASE,
 * ROLLBACK TO, COMMIT, ROLLBACK).
 */
export type WriteConnection = {
  readonly tx: Tx;
  begin(): Promise<void>;
  exec(statement: string): Promise<void>;
  /** False once the engine ended the transaction itself (SQLite does on some errors: SQLITE_FULL, I/O). */
  inTransaction(): boolean;
  /** A maintenance statement between batches (a PRAGMA on SQLite); what it returned. */
  pragma(statement: string): Promise<unknown>;
  close(): Promise<void>;
};
