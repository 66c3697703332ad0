import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageUnavailableError } from '../../src/domain/errors.js';
import { GroupCommitter } from '../../src/db/group-commit.js';
import { openPostgresWriteConnection } from '../../src/db/postgres-write-connection.js';
import { sql } from '../../src/db/sql.js';
import type { Tx } from '../../src/db/write-tx.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

/** The single writer's group commit on PostgreSQL, driven with units of the test's own. */

type Unit = (tx: Tx, datasetVersion: number) => Promise<unknown>;
type Waiter = { resolve: (value: unknown) => void; reject: (error: unknown) => void };

let database: TestDatabase;
const committers: GroupCommitter<Unit, unknown, Waiter>[] = [];

/** A writer as one API instance has it: its own connection, opened again after one is lost. */
function instanceWriter(url = database.url, busyTimeoutMs?: number) {
  const c = new GroupCommitter<Unit, unknown, Waiter>(
    // A shorter busy timeout waits as long for a lock held by another instance.
    () => openPostgresWriteConnection(url, busyTimeoutMs),
    (tx, unit, datasetVersion) => unit(tx, datasetVersion) as Promise<unknown>,
    (_version, outcomes) => {
      for (const [waiter, outcome] of outcomes) {
        if (outcome.ok) waiter.resolve(outcome.value);
        else waiter.reject(outcome.error);
      }
    },
    { maxBatch: 64, ...(busyTimeoutMs === undefined ? {} : { busyTimeoutMs }) },
  );
  committers.push(c);
  return { committer: c, run: (unit: Unit) => new Promise<unknown>((resolve, reject) => c.enqueue({ resolve, reject }, unit)) };
}

async function query<T>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await createTestDatabase({ engine: 'postgresql', contents: 'migrated' });
});
afterAll(async () => {
  // Bounded: a writer whose connection was killed must not hold the file up.
  for (const c of committers) await Promise.race([c.close().catch(() => undefined), sleep(2000)]);
  await database.remove();
});

const revision = (resourceId: string, actor: string) => async (tx: Tx, datasetVersion: number) => {
  // Work that takes a while, so transactions of different instances would overlap if nothing serialized them.
  await tx.run(sql('SELECT pg_sleep(0.005)'));
  await tx.run(
    sql(
      `INSERT INTO "Revision" ("resourceType", "resourceId", "version", "action", "actor", "changes", "datasetVersion", "createdAt") VALUES ('test', ?, 1, 'create', ?, '{}', ?, ?)`,
      [resourceId, actor, datasetVersion, tx.dateParam(new Date())],
    ),
  );
  return datasetVersion;
};

describe('the writer on PostgreSQL', () => {
  it('serializes writers of several instances on the DatasetState row: no version twice, no write lost, ids in commit order', async () => {
    const writers = [instanceWriter(), instanceWriter(), instanceWriter()];
    const PER_WRITER = 15;
    const acknowledged = await Promise.all(
      writers.flatMap((writer, w) =>
        Array.from({ length: PER_WRITER }, (_, n) => writer.run(revision(`w${w}-${n}`, `writer-${w}`))),
      ),
    );
    const total = writers.length * PER_WRITER;
    expect(new Set(acknowledged).size).toBe(total);
    const [state] = await query<{ version: number }>('SELECT "version" FROM "DatasetState" WHERE "id" = 1');
    expect(state?.version).toBe(total);
    const revisions = await query<{ datasetVersion: number }>(
      `SELECT "datasetVersion" FROM "Revision" WHERE "resourceType" = 'test' ORDER BY "id"`,
    );
    expect(revisions).toHaveLength(total);
    // The change feed's cursor is the revision id: it must follow commit (dataset version) order.
    expect(revisions.map((r) => r.datasetVersion)).toEqual([...revisions.map((r) => r.datasetVersion)].sort((a, b) => a - b));
  });

  it('rolls a failing write back alone: an SQL error inside one savepoint leaves the others of its batch to commit', async () => {
    const writer = instanceWriter();
    const outcomes = await Promise.allSettled([
      writer.run(revision('kept-1', 'savepoints')),
      writer.run(async (tx) => {
        await revision('lost', 'savepoints')(tx, 0);
        await tx.run(sql('SELECT * FROM "NoSuchTable"'));
      }),
      writer.run(revision('kept-2', 'savepoints')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const rows = await query<{ resourceId: string }>(
      `SELECT "resourceId" FROM "Revision" WHERE "actor" = 'savepoints' ORDER BY "id"`,
    );
    expect(rows.map((r) => r.resourceId)).toEqual(['kept-1', 'kept-2']);
  });

  it('reports a connection lost mid-transaction as StorageUnavailableError (503), not retried, and writes again afterwards', async () => {
    const writer = instanceWriter();
    const [before] = await query<{ version: number }>('SELECT "version" FROM "DatasetState" WHERE "id" = 1');
    let attempts = 0;
    const failed = writer.run(async (tx) => {
      attempts += 1;
      await tx.run(sql('SELECT pg_terminate_backend(pg_backend_pid())'));
      return 'unreachable';
    });
    await expect(failed).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(failed).rejects.toMatchObject({ reason: 'unavailable' });
    expect(attempts).toBe(1);
    const after = await writer.run(async (_tx, datasetVersion) => datasetVersion);
    expect(after).toBe(Number(before?.version) + 1);
    // The broken connection was replaced, so closing (app shutdown) does not wait on it forever.
    await expect(Promise.race([writer.committer.close().then(() => 'closed'), sleep(5000).then(() => 'hung')])).resolves.toBe(
      'closed',
    );
  });

  it('answers a write that waits too long for another instance’s lock with StorageUnavailableError (busy), nothing written', async () => {
    const writer = instanceWriter(database.url, 500);
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT * FROM "DatasetState" WHERE "id" = 1 FOR UPDATE');
    try {
      await holder.query(`SET LOCAL lock_timeout = 0`);
      const outcome = await writer.run(revision('locked-out', 'lock-test')).catch((error: unknown) => error);
      expect(outcome).toBeInstanceOf(StorageUnavailableError);
      expect(outcome).toMatchObject({ reason: 'busy' });
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect(await query(`SELECT 1 FROM "Revision" WHERE "actor" = 'lock-test'`)).toEqual([]);
  }, 20_000);

  it('reports an unreachable server as busy (503) after retrying, never a 500', async () => {
    const writer = instanceWriter('postgresql://postgres@127.0.0.1:1/nowhere');
    const started = Date.now();
    const failed = writer.run(async () => 'never');
    await expect(failed).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(failed).rejects.toMatchObject({ reason: 'busy' });
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
