import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageUnavailableError } from '../../src/domain/errors.js';
import { createPrismaClient, type Db } from '../../src/db/client.js';
import { Writer } from '../../src/db/writer.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
const clients: Db[] = [];

async function client(url = database.url): Promise<Db> {
  const db = await createPrismaClient(url);
  clients.push(db);
  return db;
}

/** A Writer as one API instance has it: its own connection, reopened after a failure. */
async function instanceWriter(url = database.url): Promise<Writer> {
  return new Writer(await client(url), () => client(url));
}

beforeAll(async () => {
  database = await createTestDatabase({ engine: 'postgresql', contents: 'migrated' });
});
afterAll(async () => {
  // A client that lost a connection mid-transaction never finishes disconnecting (see Writer); bounded here too.
  for (const db of clients) await Promise.race([db.$disconnect().catch(() => undefined), sleep(1000)]);
  await database.remove();
});

describe('the Writer on PostgreSQL', () => {
  it('serializes writers of several instances on the DatasetState row: no version twice, no write lost, ids in commit order', async () => {
    const writers = await Promise.all([instanceWriter(), instanceWriter(), instanceWriter()]);
    const PER_WRITER = 15;
    const acknowledged = await Promise.all(
      writers.flatMap((writer, w) =>
        Array.from({ length: PER_WRITER }, (_, n) =>
          writer.run(async (tx, datasetVersion) => {
            // Work that takes a while, so transactions of different instances would overlap if nothing serialized them.
            await tx.$executeRawUnsafe('SELECT pg_sleep(0.005)');
            await tx.revision.create({
              data: {
                resourceType: 'test',
                resourceId: `w${w}-${n}`,
                version: 1,
                action: 'create',
                actor: `writer-${w}`,
                changes: '{}',
                datasetVersion,
              },
            });
            return datasetVersion;
          }),
        ),
      ),
    );
    const total = writers.length * PER_WRITER;
    expect(new Set(acknowledged).size).toBe(total);
    const reader = await client();
    const state = await reader.datasetState.findUniqueOrThrow({ where: { id: 1 } });
    expect(state.version).toBe(total);
    const revisions = await reader.revision.findMany({ where: { resourceType: 'test' }, orderBy: { id: 'asc' } });
    expect(revisions).toHaveLength(total);
    // The change feed's cursor is the revision id: it must follow commit (dataset version) order.
    expect(revisions.map((r) => r.datasetVersion)).toEqual([...revisions.map((r) => r.datasetVersion)].sort((a, b) => a - b));
  });

  it('reports a connection lost mid-transaction as StorageUnavailableError (503), not retried, and writes again afterwards', async () => {
    const writer = await instanceWriter();
    const before = (await (await client()).datasetState.findUniqueOrThrow({ where: { id: 1 } })).version;
    const failed = writer.run(async (tx) => {
      await tx.$executeRawUnsafe('SELECT pg_terminate_backend(pg_backend_pid())');
      return 'unreachable';
    });
    await expect(failed).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(failed).rejects.toMatchObject({ reason: 'unavailable' });
    const after = await writer.run(async (_tx, datasetVersion) => datasetVersion);
    expect(after).toBe(before + 1);
    // The broken connection was replaced, so closing (app shutdown) does not wait on it forever.
    await expect(Promise.race([writer.close().then(() => 'closed'), sleep(5000).then(() => 'hung')])).resolves.toBe('closed');
  });

  it('reports an unreachable server as busy (503) after retrying, never a 500', async () => {
    const writer = new Writer(await client('postgresql://postgres@127.0.0.1:1/nowhere'));
    const started = Date.now();
    const failed = writer.run(async () => 'never');
    await expect(failed).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(failed).rejects.toMatchObject({ reason: 'busy' });
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
