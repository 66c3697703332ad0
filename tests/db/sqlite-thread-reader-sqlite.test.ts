import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteReader } from '../../src/db/sqlite-reader.js';
import { createSqliteThreadReader } from '../../src/db/sqlite-thread-reader.js';
import type { SqlReader } from '../../src/db/sql.js';
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
