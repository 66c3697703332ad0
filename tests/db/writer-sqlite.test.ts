import Database from 'better-sqlite3';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writer } from '../../src/db/writer.js';
import { StorageUnavailableError } from '../../src/domain/errors.js';
import { PrismaClient } from '../../src/generated/prisma/client.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

/**
 * The adapter bug itself: SQLITE_BUSY at COMMIT. In WAL mode a commit does not wait for
 * readers, so this is reproduced on a rollback-journal file (what SQLite silently keeps when
 * WAL is unavailable), where COMMIT needs every reader gone: an outside reader holds its lock
 * while the write commits. Afterwards the writer must neither hang nor lose later writes.
 */
describe('Writer after SQLITE_BUSY at COMMIT (prisma/prisma#29933)', () => {
  let database: TestDatabase;
  const clients: PrismaClient[] = [];

  async function connect(): Promise<PrismaClient> {
    // Settings of the app's write connection (no busy timeout: the Writer waits itself), minus WAL.
    const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: database.url, timeout: 0 }) });
    await client.$executeRawUnsafe('PRAGMA busy_timeout = 0');
    await client.$executeRawUnsafe('PRAGMA foreign_keys = ON');
    clients.push(client);
    return client;
  }

  beforeAll(async () => {
    database = await createTestDatabase({ contents: 'migrated' });
    const setup = new Database(database.file);
    setup.pragma('journal_mode = DELETE');
    setup.close();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.$disconnect().catch(() => undefined)));
    database.remove();
  });

  const within = <T>(promise: Promise<T>, ms: number, what: string) =>
    Promise.race([
      promise,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} did not settle in ${ms} ms`)), ms)),
    ]);

  const country = (code: string, alpha3: string) => ({
    code,
    alpha3,
    name: code,
    nameSource: code,
    role: 'other',
    stance: 'test',
  });

  it('fails or retries the write cleanly, then commits every later write for real', async () => {
    const writer = new Writer(await connect(), connect);
    const reader = new Database(database.file);
    let attempts = 0;
    const first = writer.run(async (tx) => {
      attempts += 1;
      await tx.country.create({ data: country('QA', 'QAA') });
      // An outside reader takes its lock after the write started: COMMIT now needs it gone.
      if (attempts === 1) {
        reader.exec('BEGIN');
        reader.prepare('SELECT COUNT(*) FROM Country').get();
      }
    });
    const outcome = await within(
      first.then(
        () => 'committed',
        (error: unknown) => (error instanceof StorageUnavailableError ? 'busy' : `unexpected: ${String(error)}`),
      ),
      15_000,
      'the write during the reader lock',
    ).finally(() => {
      if (reader.inTransaction) reader.exec('COMMIT');
    });
    expect(['committed', 'busy']).toContain(outcome);

    for (const [code, alpha3] of [
      ['QB', 'QBB'],
      ['QC', 'QCC'],
      ['QD', 'QDD'],
    ] as const) {
      await within(
        writer.run((tx) => tx.country.create({ data: country(code, alpha3) })),
        10_000,
        `write ${code}`,
      );
    }

    const check = new Database(database.file, { readonly: true });
    try {
      const codes = (
        check.prepare("SELECT code FROM Country WHERE code LIKE 'Q%' ORDER BY code").all() as { code: string }[]
      ).map((r) => r.code);
      expect(codes).toEqual(outcome === 'committed' ? ['QA', 'QB', 'QC', 'QD'] : ['QB', 'QC', 'QD']);
    } finally {
      check.close();
      reader.close();
    }
  }, 60_000);
});
