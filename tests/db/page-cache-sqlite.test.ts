import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type Db } from '../../src/db/client.js';
import { SQLITE_CACHE_KIB } from '../../src/db/engine.js';
import { createSqliteReader } from '../../src/db/sqlite-reader.js';
import { createSqliteThreadReader } from '../../src/db/sqlite-thread-reader.js';
import { openSqliteWriteConnection } from '../../src/db/sqlite-write-connection.js';
import { sql } from '../../src/db/sql.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

/**
 * Each SQLite connection's page cache is sized on purpose, not left at better-sqlite3's 16 MB:
 * a connection's cache fills as it reads, and stays resident for the life of the process.
 */
describe('SQLite page cache per connection', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.remove();
  });

  it('is 16 MB on a connection nobody sized, which is what the project changes', () => {
    const db = new Database(database.file, { readonly: true });
    try {
      expect(db.pragma('cache_size', { simple: true })).toBe(-16000);
    } finally {
      db.close();
    }
  });

  it('is the reader’s, the writer’s and Prisma’s own size', async () => {
    const reader = createSqliteReader(database.url);
    const writer = openSqliteWriteConnection(database.url);
    let prisma: Db | undefined;
    try {
      expect(await reader.all(sql('PRAGMA cache_size', []))).toEqual([{ cache_size: -SQLITE_CACHE_KIB.reader }]);
      expect(await writer.tx.all(sql('PRAGMA cache_size', []))).toEqual([{ cache_size: -SQLITE_CACHE_KIB.writer }]);
      prisma = await createPrismaClient(database.url);
      const [row] = await prisma.$queryRawUnsafe<{ cache_size: number | bigint }[]>('PRAGMA cache_size');
      expect(Number(row?.cache_size)).toBe(-SQLITE_CACHE_KIB.other);
      expect(SQLITE_CACHE_KIB.reader).toBeLessThan(16000);
    } finally {
      await reader.close();
      await writer.close();
      await prisma?.$disconnect();
    }
  });

  it('is smaller on the search thread than on the reader, whose pages every list reads', async () => {
    const onThread = createSqliteThreadReader(database.url);
    try {
      expect(await onThread.all(sql('PRAGMA cache_size', []))).toEqual([{ cache_size: -SQLITE_CACHE_KIB.search }]);
      expect(SQLITE_CACHE_KIB.search).toBeLessThan(SQLITE_CACHE_KIB.reader);
    } finally {
      await onThread.close();
    }
  });
});
