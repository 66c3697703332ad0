import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresVersionReader, type PostgresVersionReader } from '../../src/db/postgres-version-watch.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { waitFor } from '../helpers/reliability.js';

let database: TestDatabase;
/** Another instance's connection: writes through it are what the reader must notice. */
let other: pg.Client;
const readers: PostgresVersionReader[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ engine: 'postgresql', contents: 'migrated' });
  other = new pg.Client({ connectionString: database.url });
  await other.connect();
  await other.query(`INSERT INTO "DatasetState" ("id", "version", "updatedAt") VALUES (1, 1, now())`);
});
afterAll(async () => {
  for (const reader of readers) await reader.close();
  await other.end();
  await database.remove();
});

async function open(options: Parameters<typeof openPostgresVersionReader>[1] = {}) {
  const reader = await openPostgresVersionReader(database.url, options);
  readers.push(reader);
  return reader;
}

async function bump(): Promise<number> {
  const result = await other.query<{ version: number }>(
    `UPDATE "DatasetState" SET "version" = "version" + 1, "updatedAt" = now() WHERE "id" = 1 RETURNING "version"`,
  );
  return result.rows[0]?.version ?? -1;
}

const versionOf = (reader: PostgresVersionReader) => reader.read()?.version;

describe('openPostgresVersionReader', () => {
  it('reads the current version at once, synchronously', async () => {
    const reader = await open();
    const current = await other.query<{ version: number }>(`SELECT "version" FROM "DatasetState" WHERE "id" = 1`);
    expect(reader.read()).toEqual({ version: current.rows[0]?.version, dataVersion: 0 });
  });

  it('sees another connection’s commit through LISTEN/NOTIFY well before its poll would', async () => {
    const reader = await open({ pollMs: 60_000 });
    const version = await bump();
    const started = Date.now();
    await waitFor(() => versionOf(reader) === version, 2_000, 'the notification');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('never hears a rolled-back change', async () => {
    const reader = await open({ pollMs: 60_000 });
    const before = reader.read();
    await other.query('BEGIN');
    await other.query(`UPDATE "DatasetState" SET "version" = "version" + 100 WHERE "id" = 1`);
    await other.query('ROLLBACK');
    const version = await bump();
    await waitFor(() => versionOf(reader) === version, 2_000, 'the committed change');
    expect(version).toBe((before?.version ?? 0) + 1);
  });

  it('falls back to polling: without notifications a commit is seen within the poll interval', async () => {
    const reader = await open({ pollMs: 50, listen: false });
    const version = await bump();
    await waitFor(() => versionOf(reader) === version, 1_000, 'the poll');
  });

  it('takes this instance’s own commits at once with noteCommitted, and a later notification changes nothing', async () => {
    const reader = await open({ pollMs: 60_000 });
    const version = await bump();
    reader.noteCommitted(version);
    const noted = reader.read();
    expect(noted?.version).toBe(version);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reader.read()).toEqual(noted);
  });

  it('starts a new generation on a bare NOTIFY, for data fixed by hand', async () => {
    const reader = await open({ pollMs: 60_000 });
    const before = reader.read();
    await other.query('NOTIFY allies_dataset_version');
    await waitFor(() => reader.read()?.dataVersion !== before?.dataVersion, 2_000, 'the bare notification');
    expect(reader.read()?.version).toBe(before?.version);
  });

  it('answers null while its connection is lost, then reconnects with a new generation', async () => {
    const reader = await open({ pollMs: 20, reconnectMs: 50 });
    const before = reader.read();
    expect(before).not.toBeNull();
    // Every other connection to this database is a reader's: cut them all, as a failover would.
    await other.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await waitFor(() => reader.read() === null, 2_000, 'the reader to notice');
    const version = await bump();
    await waitFor(() => reader.read() !== null, 5_000, 'the reconnection');
    await waitFor(() => versionOf(reader) === version, 2_000, 'the version after reconnecting');
    expect(reader.read()?.dataVersion).toBeGreaterThan(before?.dataVersion ?? 0);
  });

  it('stops on close', async () => {
    const reader = await open();
    await reader.close();
    expect(reader.read()).toBeNull();
  });
});
