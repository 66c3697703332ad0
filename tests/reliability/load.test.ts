import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanup,
  expectNoSecretsInLogs,
  loadRun,
  rawConnection,
  sleep,
  startChild,
  writeLoad,
  type Child,
} from '../helpers/reliability.js';

/**
 * Issue 7, tests 1 and 2, and slow-loris: one child server (the real entry point) under load.
 * Runs are seconds long here; `npm run bench` is the place for long ones.
 */

const REQUEST_TIMEOUT_MS = 2000;
let server: Child;

beforeAll(async () => {
  server = await startChild({ REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) });
});
afterAll(async () => {
  await server?.stop();
  expectNoSecretsInLogs();
  await cleanup();
});

const READS = [
  '/v1/claims?limit=5',
  '/v1/claims?country=KP&sort=-claimedAt',
  '/v1/countries',
  '/v1/countries/IR',
  '/v1/claims/kp-offered-100000-soldiers',
  '/v1/trade-figures?format=csv',
  '/v1/claims?q=soldiers',
  '/v1/sources?limit=2',
  '/health',
];

describe('under load', () => {
  it('answers 3,000 requests over 50 connections with zero errors and zero non-2xx', async () => {
    const result = await loadRun(server.url, READS, 50, { requests: 3000 });
    expect(result.errors, 'connection errors').toBe(0);
    expect(result.timeouts, 'timeouts').toBe(0);
    expect(result.non2xx, 'non-2xx responses').toBe(0);
    expect(result['2xx']).toBe(3000);
    expect(result['2xx']).toBe(result.requests.total);
  });

  it('keeps every write it acknowledged with 201 readable afterwards, while reads go on', async () => {
    let stop = false;
    const reads = loadRun(server.url, READS, 20, 3).finally(() => (stop = true));
    const writes = writeLoad(server.url, 'mixed', 6, () => stop);
    const [readResult, writeResult] = await Promise.all([reads, writes]);

    expect(readResult.errors + readResult.timeouts + readResult.non2xx, 'failed reads').toBe(0);
    expect(writeResult.failures).toEqual([]);
    expect(new Set(writeResult.statuses)).toEqual(new Set([201]));
    expect(writeResult.acknowledged.length).toBeGreaterThan(10);
    expect(new Set(writeResult.acknowledged).size).toBe(writeResult.acknowledged.length);

    for (const id of writeResult.acknowledged) {
      const res = await fetch(`${server.url}/v1/sources/${id}`);
      expect(res.status, id).toBe(200);
      expect(((await res.json()) as { data: { id: string } }).data.id).toBe(id);
    }
    // And in the collection and the change feed, not only by id.
    const listed = new Set<string>();
    for (let url: string | null = '/v1/sources?limit=100'; url !== null;) {
      const res = await fetch(`${server.url}${url}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as { data: { id: string }[]; links: { next: string | null } };
      for (const row of page.data) listed.add(row.id);
      url = page.links.next;
    }
    expect(writeResult.acknowledged.filter((id) => !listed.has(id))).toEqual([]);
  });
});

describe('slow clients', () => {
  it('cuts off a slow-loris client at the request timeout while another client is served', async () => {
    const loris = rawConnection(server.url);
    await loris.connected;
    const started = Date.now();
    await loris.write('GET /v1/countries HTTP/1.1\r\nHost: localhost\r\n');
    // One header line every 300 ms: never idle, so only the request timeout can stop it.
    const drip = (async () => {
      for (let i = 0; i < 60 && !loris.socket.destroyed; i += 1) {
        await loris.write(`X-Drip-${i}: ${'a'.repeat(8)}\r\n`);
        await sleep(300);
      }
    })();

    // Meanwhile a normal client is served at once, several times.
    for (let i = 0; i < 5; i += 1) {
      const t0 = Date.now();
      const res = await fetch(`${server.url}/v1/countries`);
      expect(res.status).toBe(200);
      expect(Date.now() - t0).toBeLessThan(1500);
      await sleep(200);
    }

    const closedAt = await Promise.race([loris.closed, sleep(15_000).then(() => null)]);
    loris.socket.destroy();
    await drip;
    expect(closedAt, 'the slow client was never cut off').not.toBeNull();
    // Node checks request deadlines periodically; allow the timeout plus one check and slack.
    expect((closedAt ?? 0) - started).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect((closedAt ?? 0) - started).toBeLessThan(REQUEST_TIMEOUT_MS + 4000);
    expect(loris.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(loris.received()).toMatch(/content-type: application\/problem\+json/i);
    expect(loris.received()).not.toMatch(/ 200 OK/);
  }, 30_000);
});
