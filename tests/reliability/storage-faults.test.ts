import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanup,
  createLoggedApp,
  expectNoSecretsInLogs,
  idOf,
  lockDatabase,
  postSource,
  type LoggedApp,
} from '../helpers/reliability.js';

/**
 * Issue 7, tests 5 and 6: the database locked by another process, and the disk full. The app
 * runs in-process and listens on a real port; the response cache is off so every read reaches SQLite.
 */

let t: LoggedApp;
let base: string;

beforeAll(async () => {
  t = await createLoggedApp({ RESPONSE_CACHE_MB: '0' });
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await t?.close();
  expectNoSecretsInLogs();
  await cleanup();
});

function counts(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      sources: n('SELECT COUNT(*) AS n FROM Source'),
      revisions: n('SELECT COUNT(*) AS n FROM Revision'),
      version: n('SELECT version AS n FROM DatasetState WHERE id = 1'),
      integrity: db.pragma('integrity_check', { simple: true }),
    };
  } finally {
    db.close();
  }
}

async function timedGet(path: string) {
  const started = Date.now();
  const res = await fetch(`${base}${path}`);
  await res.arrayBuffer();
  return { status: res.status, ms: Date.now() - started };
}

function expectUnavailable(res: Awaited<ReturnType<typeof postSource>>) {
  expect(res.status, res.text).toBe(503);
  expect(Number(res.retryAfter)).toBeGreaterThan(0);
  expect(res.contentType).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(res.text) as { status: number; detail: string };
  expect(problem.status).toBe(503);
  expect(problem.detail).not.toMatch(/SQLITE|prisma|at .*\.ts/i);
}

describe('database locked by another process', () => {
  it('answers writes 503 with Retry-After, keeps serving reads, and recovers after release', async () => {
    const before = counts(t.database.file);
    const lock = await lockDatabase(t.database.file);
    let released = false;
    try {
      let writeSettled = false;
      const write = postSource(base, 'locked').finally(() => (writeSettled = true));
      // Reads go on while the write waits for the lock.
      const reads: { status: number; ms: number }[] = [];
      for (let i = 0; i < 8; i += 1) {
        reads.push(await timedGet(`/v1/claims?limit=${i + 1}`));
        reads.push(await timedGet(`/v1/countries/KP`));
      }
      // Every read above was answered while the write was still waiting for the lock.
      expect(writeSettled).toBe(false);
      expectUnavailable(await write);
      expect(reads.map((r) => r.status)).toEqual(reads.map(() => 200));
      expect(Math.max(...reads.map((r) => r.ms))).toBeLessThan(1000);
      // After a failed write the service still answers everything but writes.
      expect((await timedGet('/v1/claims?limit=3&sort=id')).status).toBe(200);
      expect((await timedGet('/ready')).status).toBe(200);

      await lock.release();
      released = true;
      const after = await postSource(base, 'unlocked');
      expect(after.status, after.text).toBe(201);
      expect((await timedGet(`/v1/sources/${idOf(after.text)}`)).status).toBe(200);
      const now = counts(t.database.file);
      // Exactly the one write after the release: nothing from the refused one.
      expect(now.sources).toBe(before.sources + 1);
      expect(now.revisions).toBe(before.revisions + 1);
      expect(now.version).toBe(before.version + 1);
    } finally {
      if (!released) await lock.release();
    }
  }, 30_000);
});

describe('disk full', () => {
  /** A PRAGMA on the writer's own connection, where SQLite enforces max_page_count. */
  const writerPragma = (statement: string) => t.app.writer.pragma(statement);

  it('answers writes 503 with nothing partially written, keeps serving reads, and recovers', async () => {
    const pages = ((await writerPragma('page_count')) as { page_count: number }[])[0]?.page_count;
    expect(pages).toBeDefined();
    // A file that cannot grow: what a full disk looks like to SQLite (SQLITE_FULL).
    await writerPragma(`max_page_count = ${Number(pages)}`);
    const before = counts(t.database.file);
    try {
      // Large enough to need new pages; small ones may fit in free space, and that is fine.
      for (const size of [200_000, 400_000]) expectUnavailable(await postSource(base, 'full', { textBytes: size }));
      const reads = [await timedGet('/v1/claims'), await timedGet('/v1/sources?limit=50'), await timedGet('/v1')];
      expect(reads.map((r) => r.status)).toEqual([200, 200, 200]);
      const now = counts(t.database.file);
      expect(now).toEqual(before);
    } finally {
      await writerPragma('max_page_count = 4294967294');
    }
    const after = await postSource(base, 'room-again', { textBytes: 200_000 });
    expect(after.status, after.text).toBe(201);
    const now = counts(t.database.file);
    expect(now.sources).toBe(before.sources + 1);
    expect(now.version).toBe(before.version + 1);
    expect(now.integrity).toBe('ok');
  });
});
