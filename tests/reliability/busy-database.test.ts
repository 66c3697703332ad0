import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';
import { parseProblem } from '../helpers/http.js';
import { API_KEYS, bearer, claimBody } from '../helpers/writes.js';

/**
 * Another process holds SQLite's write lock. Writes must fail cleanly (503, Retry-After, no
 * partial rows) within a bounded time, reads must go on, and once the lock is gone every
 * write the API acknowledges must really be in the file: the Prisma better-sqlite3 adapter
 * can otherwise leave its connection inside a transaction after a BUSY (prisma/prisma#29933),
 * so that later "successful" writes are never committed.
 */
describe('busy database: an outside write lock on the file', () => {
  let database: TestDatabase;
  let file: string;
  let server: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase({ engine: 'sqlite' });
    file = database.file;
    server = await startServer({ API_KEYS, DATABASE_URL: database.url, RATE_LIMIT_MAX: '0' }, 90_000);
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await database?.remove();
  });

  const post = (body: unknown) =>
    fetch(`${server.url}/v1/claims`, {
      method: 'POST',
      headers: { authorization: bearer(), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('answers a write with 503 problem+json and Retry-After within a bounded time while reads stay 200, and writes nothing', async () => {
    const outside = new Database(file);
    outside.exec('BEGIN IMMEDIATE');
    try {
      const started = Date.now();
      const write = post(claimBody({ statement: 'Written while locked.' })).then(async (res) => ({
        res,
        text: await res.text(),
        ms: Date.now() - started,
      }));
      // Reads during the wait: WAL readers are not blocked, and the wait must not block the process.
      const reads: number[] = [];
      let settled = false;
      void write.finally(() => (settled = true));
      while (!settled && Date.now() - started < 12_000) {
        const t = Date.now();
        // Varying the page size keeps these off the response cache: each one reads the database.
        const res = await fetch(`${server.url}/v1/claims?limit=${1 + (reads.length % 50)}`);
        expect(res.status).toBe(200);
        await res.arrayBuffer();
        reads.push(Date.now() - t);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const { res, text, ms } = await write;
      expect(res.status).toBe(503);
      parseProblem(res.headers.get('content-type'), text, 503, '/v1/claims');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // The busy timeout is 5 s: the answer comes after trying that long, and not much later.
      expect(ms).toBeGreaterThanOrEqual(4000);
      expect(ms).toBeLessThan(9000);
      expect(reads.length).toBeGreaterThanOrEqual(10);
      expect(Math.max(...reads)).toBeLessThan(1500);

      const patch = await fetch(`${server.url}/v1/claims/by-troops-in-action-opposition-media`, {
        method: 'PATCH',
        headers: { authorization: bearer(), 'content-type': 'application/json', 'if-match': '*' },
        body: JSON.stringify({ statement: 'Patched while locked.', reason: 'busy test' }),
      });
      expect(patch.status).toBe(503);
      parseProblem(patch.headers.get('content-type'), await patch.text(), 503);
    } finally {
      outside.exec('ROLLBACK');
      outside.close();
    }
    const check = new Database(file, { readonly: true });
    try {
      expect(check.prepare("SELECT COUNT(*) AS n FROM Claim WHERE statement LIKE '% while locked.'").get()).toEqual({ n: 0 });
      expect(check.prepare("SELECT COUNT(*) AS n FROM Revision WHERE actor = 'alice'").get()).toEqual({ n: 0 });
      expect(check.prepare('SELECT version FROM DatasetState WHERE id = 1').get()).toEqual({ version: 1 });
    } finally {
      check.close();
    }
  }, 30_000);

  it('then commits every write it acknowledges: all are in the file when a new connection opens it', async () => {
    const acknowledged: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const res = await post(claimBody({ statement: `After the lock ${i}.` }));
      expect(res.status).toBe(201);
      acknowledged.push(((await res.json()) as { data: { id: string } }).data.id);
    }
    const patch = await fetch(`${server.url}/v1/claims/by-troops-in-action-opposition-media`, {
      method: 'PATCH',
      headers: { authorization: bearer(), 'content-type': 'application/json', 'if-match': '*' },
      body: JSON.stringify({ statement: 'Patched after the lock.', reason: 'busy test' }),
    });
    expect(patch.status).toBe(200);

    const check = new Database(file, { readonly: true });
    try {
      const ids = (check.prepare("SELECT id FROM Claim WHERE statement LIKE 'After the lock %'").all() as { id: string }[]).map(
        (r) => r.id,
      );
      expect(ids.sort()).toEqual([...acknowledged].sort());
      expect(check.prepare("SELECT statement FROM Claim WHERE id = 'by-troops-in-action-opposition-media'").get()).toEqual({
        statement: 'Patched after the lock.',
      });
      expect(check.prepare("SELECT COUNT(*) AS n FROM Revision WHERE actor = 'alice'").get()).toEqual({ n: 7 });
      expect(check.prepare('SELECT version FROM DatasetState WHERE id = 1').get()).toEqual({ version: 8 });
    } finally {
      check.close();
    }
    // And over HTTP, from the server's own read connection.
    for (const id of acknowledged) expect((await fetch(`${server.url}/v1/claims/${id}`)).status).toBe(200);
  }, 30_000);

  it('recovers after the lock is taken and released repeatedly between writes', async () => {
    for (let round = 0; round < 2; round += 1) {
      const outside = new Database(file);
      outside.exec('BEGIN IMMEDIATE');
      const locked = post(claimBody({ statement: `Locked round ${round}.` }));
      // Released while the server is still retrying: the write then goes through.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      outside.exec('ROLLBACK');
      outside.close();
      const res = await locked;
      expect([201, 503]).toContain(res.status);
      const committed = res.status === 201;
      const after = await post(claimBody({ statement: `Unlocked round ${round}.` }));
      expect(after.status).toBe(201);
      const check = new Database(file, { readonly: true });
      try {
        expect(check.prepare('SELECT COUNT(*) AS n FROM Claim WHERE statement = ?').get(`Locked round ${round}.`)).toEqual({
          n: committed ? 1 : 0,
        });
        expect(check.prepare('SELECT COUNT(*) AS n FROM Claim WHERE statement = ?').get(`Unlocked round ${round}.`)).toEqual({
          n: 1,
        });
      } finally {
        check.close();
      }
    }
  }, 40_000);
});
