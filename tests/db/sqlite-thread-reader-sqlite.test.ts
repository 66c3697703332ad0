import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteReader } from '../../src/db/sqlite-reader.js';
import { createSqliteThreadReader, fileAtLeast, sizeGatedReader } from '../../src/db/sqlite-thread-reader.js';
import type { Sql, SqlReader } from '../../src/db/sql.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

/** The reader on a thread of its own (a search's long reads): the same rows as the event loop's reader, errors as errors. */

let database: TestDatabase;
let onLoop: SqlReader;
let onThread: SqlReader;

beforeAll(async () => {
  database = await createTestDatabase();
  onLoop = createSqliteReader(database.url);
  onThread = createSqliteThreadReader(database.url);
});
afterAll(async () => {
  await Promise.all([onLoop.close(), onThread.close()]);
  await database.remove();
});

describe('createSqliteThreadReader', () => {
  it('answers what the event loop’s reader answers, for reads sent at once, each with its own rows', async () => {
    const queries = [
      { text: 'SELECT "id", "status", "countryCode" FROM "Claim" ORDER BY "id"', params: [] },
      { text: 'SELECT COUNT(*) AS n FROM "Claim" WHERE "countryCode" = ?', params: ['KP'] },
      { text: 'SELECT "id" FROM "Claim" WHERE "id" = ?', params: ['no-such-claim'] },
    ];
    const [threaded, looped] = await Promise.all([
      Promise.all(queries.map((q) => onThread.all(q))),
      Promise.all(queries.map((q) => onLoop.all(q))),
    ]);
    expect(threaded).toEqual(looped);
    expect((threaded[0] ?? []).length).toBeGreaterThan(0);
  });

  it('fails a read whose SQL fails, with SQLite’s message, and answers the next ones', async () => {
    await expect(onThread.all({ text: 'SELECT * FROM "NoSuchTable"', params: [] })).rejects.toThrow(/no such table/);
    expect(await onThread.all({ text: 'SELECT 1 AS one', params: [] })).toEqual([{ one: 1 }]);
  });

  it('refuses to write: its connection is read-only', async () => {
    await expect(onThread.all({ text: 'DELETE FROM "Claim" RETURNING "id"', params: [] })).rejects.toThrow(
      /readonly|read-only|query_only/i,
    );
    expect((await onLoop.all<{ n: number }>({ text: 'SELECT COUNT(*) AS n FROM "Claim"', params: [] }))[0]?.n).toBeGreaterThan(0);
  });
});

describe('sizeGatedReader and fileAtLeast', () => {
  const recording = (name: string, log: string[]): SqlReader => ({
    dialect: 'sqlite',
    all: <Row>(query: Sql) => {
      log.push(`${name}: ${query.text}`);
      return [] as Row[];
    },
    dateParam: (date) => date.toISOString(),
    close: async () => {
      log.push(`${name}: closed`);
    },
  });

  it('sends reads to the thread only while the database is large, and closes only the thread', async () => {
    const log: string[] = [];
    let large = false;
    const gated = sizeGatedReader(recording('inline', log), recording('thread', log), () => large);
    await gated.all({ text: 'SELECT 1', params: [] });
    large = true;
    await gated.all({ text: 'SELECT 2', params: [] });
    await gated.close();
    expect(log).toEqual(['inline: SELECT 1', 'thread: SELECT 2', 'thread: closed']);
  });

  it('finds a small file small and the same file large once it grew past the size', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'allies-size-gate-'));
    try {
      const file = path.join(dir, 'app.db');
      writeFileSync(file, Buffer.alloc(1000));
      const atLeast = fileAtLeast(file, 4096, 0);
      expect(atLeast()).toBe(false);
      writeFileSync(file, Buffer.alloc(5000));
      expect(atLeast()).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
