import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { API_KEYS, idOf, postSource, writeLoad } from '../helpers/reliability.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

/**
 * Two instances of the real entry point (what `npm start` runs) on one PostgreSQL database:
 * the second finds the first's migrations and seed, writes through either are read through the
 * other, and concurrent writers through both never lose an acknowledged write.
 * Each has its response cache on (the default): a write through one empties the other's within
 * the version watch's bound (a notification, or the 100 ms poll).
 */
let database: TestDatabase;
const servers: ServerProcess[] = [];

async function start(): Promise<ServerProcess> {
  const server = await startServer(
    { DATABASE_URL: database.url, API_KEYS, RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0' },
    120_000,
  );
  servers.push(server);
  return server;
}

beforeAll(async () => {
  database = await createTestDatabase({ engine: 'postgresql', contents: 'empty' });
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
    // Two starts, the first migrating and seeding: each given as long as startServer allows it.
  }, 240_000);

  it('serves a write through one instance from the other at once', async () => {
    const created = await postSource(a.url, 'two-instances');
    expect(created.status).toBe(201);
    const id = idOf(created.text);
    const read = await fetch(`${b.url}/v1/sources/${id}`);
    expect(read.status).toBe(200);
  });

  it('gives a cached list on one instance the other instance’s write, with a new ETag, within the watch’s bound', async () => {
    const url = `${b.url}/v1/sources?limit=100`;
    const before = await fetch(url);
    const etag = before.headers.get('etag');
    const total = Number(before.headers.get('x-total-count'));
    // Served from B's cache from now on; it must still move when A writes.
    expect((await fetch(url, { headers: { 'if-none-match': String(etag) } })).status).toBe(304);
    const created = await postSource(a.url, 'cached-on-b');
    expect(created.status).toBe(201);
    const acknowledgedAt = Date.now();
    let seenAfter = Number.POSITIVE_INFINITY;
    let after: Response | undefined;
    while (Date.now() - acknowledgedAt < 2_000) {
      after = await fetch(url, { headers: { 'if-none-match': String(etag) } });
      if (after.status === 200) {
        seenAfter = Date.now() - acknowledgedAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(after?.status).toBe(200);
    expect(after?.headers.get('etag')).not.toBe(etag);
    expect(Number(after?.headers.get('x-total-count'))).toBe(total + 1);
    // The documented bound is the 100 ms poll plus a round trip; a loaded CI machine gets slack.
    expect(seenAfter).toBeLessThan(1_000);
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
