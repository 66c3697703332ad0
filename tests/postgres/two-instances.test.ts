import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresTestDatabase, type TestDatabase } from '../helpers/database.js';
import { API_KEYS, idOf, postSource, writeLoad } from '../helpers/reliability.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

/**
 * Two instances of the real entry point (what `npm start` runs) on one PostgreSQL database:
 * the second finds the first's migrations and seed, writes through either are read through the
 * other, and concurrent writers through both never lose an acknowledged write.
 * The response cache is off: wiring it to the PostgreSQL version watch is still open (#8).
 */
let database: TestDatabase;
const servers: ServerProcess[] = [];

async function start(): Promise<ServerProcess> {
  const server = await startServer(
    { DATABASE_URL: database.url, API_KEYS, RATE_LIMIT_MAX: '0', RESPONSE_CACHE_MB: '0', MAX_EVENT_LOOP_DELAY_MS: '0' },
    120_000,
  );
  servers.push(server);
  return server;
}

beforeAll(async () => {
  database = await createPostgresTestDatabase({ empty: true });
}, 60_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGTERM')));
  await database.remove();
});

describe('two instances on one PostgreSQL database', () => {
  let a: ServerProcess;
  let b: ServerProcess;

  it('starts the first on an empty database (migrate, seed) and the second on the same one', async () => {
    a = await start();
    expect(a.output()).toMatch(/applied migrations/);
    b = await start();
    expect(b.output()).not.toMatch(/applied migrations/);
    const bodies = await Promise.all([a, b].map(async (s) => (await fetch(`${s.url}/v1/claims?limit=100`)).text()));
    expect(JSON.parse(bodies[0] ?? '').meta.total).toBeGreaterThan(0);
    expect(bodies[0]).toBe(bodies[1]);
    expect((await fetch(`${b.url}/ready`)).status).toBe(200);
  });

  it('serves a write through one instance from the other at once', async () => {
    const created = await postSource(a.url, 'two-instances');
    expect(created.status).toBe(201);
    const id = idOf(created.text);
    const read = await fetch(`${b.url}/v1/sources/${id}`);
    expect(read.status).toBe(200);
  });

  it('never loses an acknowledged write when clients write through both instances at once', async () => {
    const deadline = Date.now() + 4_000;
    const until = () => Date.now() > deadline;
    const [throughA, throughB] = await Promise.all([writeLoad(a.url, 'via-a', 4, until), writeLoad(b.url, 'via-b', 4, until)]);
    const acknowledged = [...throughA.acknowledged, ...throughB.acknowledged];
    expect(acknowledged.length).toBeGreaterThan(10);
    expect([...throughA.statuses, ...throughB.statuses].every((s) => s === 201 || s === 503)).toBe(true);
    expect([...throughA.failures, ...throughB.failures]).toEqual([]);
    for (const server of [a, b]) {
      for (const id of acknowledged)
        expect((await fetch(`${server.url}/v1/sources/${id}`)).status, `${id} on ${server.url}`).toBe(200);
    }
  });
});
