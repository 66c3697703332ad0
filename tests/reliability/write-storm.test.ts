import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanup,
  expectNoSecretsInLogs,
  idOf,
  postSource,
  queryDatabase,
  startChild,
  type Child,
} from '../helpers/reliability.js';

/**
 * Issue 19.1: writes must not freeze reads. A storm of concurrent writes on the real entry point
 * (what `npm start` runs), and reads sent while it lasts. The property, with no timing
 * threshold: a read is answered while writes are still outstanding (the storm is long enough
 * that a server committing on its event loop answers nothing until it ends), and every write
 * acknowledged with a 201 is in the database afterwards.
 */

const WRITERS = 50;
const WRITES_EACH = 12;
/** Generous: the bound is on the storm, not on the read. */
const READ_TIMEOUT_MS = 60_000;

let server: Child;

beforeAll(async () => {
  // Load shedding off: the property is about the writer, not about 503s shedding reads.
  server = await startChild({ MAX_EVENT_LOOP_DELAY_MS: '0' });
});
afterAll(async () => {
  await server?.stop();
  expectNoSecretsInLogs();
  await cleanup();
});

describe('a write storm', () => {
  it('does not hold reads until it ends, and every acknowledged write is readable afterwards', async () => {
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    let outstanding = WRITERS * WRITES_EACH;
    let stormEnded = false;
    const storm = Promise.all(
      Array.from({ length: WRITERS }, async () => {
        for (let n = 0; n < WRITES_EACH; n += 1) {
          const res = await postSource(server.url, 'storm');
          outstanding -= 1;
          statuses.push(res.status);
          if (res.status === 201) acknowledged.push(idOf(res.text));
        }
      }),
    ).finally(() => (stormEnded = true));

    // Reads once the storm is under way: the first write acknowledged means every writer is sending.
    while (acknowledged.length === 0 && !stormEnded) await new Promise((resolve) => setTimeout(resolve, 5));
    const reads: { path: string; status: number; duringStorm: boolean; outstanding: number }[] = [];
    for (const path of ['/health', '/v1/claims?limit=5', '/v1/sources?limit=3']) {
      const res = await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(READ_TIMEOUT_MS) });
      await res.arrayBuffer();
      reads.push({ path, status: res.status, duringStorm: !stormEnded, outstanding });
    }
    await storm;

    expect(reads.map((r) => r.status)).toEqual([200, 200, 200]);
    // Answered while writes were still waiting for theirs, not after the last one.
    expect(reads.filter((r) => !r.duringStorm || r.outstanding === 0)).toEqual([]);

    expect(new Set(statuses)).toEqual(new Set([201]));
    expect(acknowledged).toHaveLength(WRITERS * WRITES_EACH);
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
    // In the database (the commit happened before the 201), and served over HTTP.
    const stored = new Set(
      (await queryDatabase<{ id: string }>(server, `SELECT "id" FROM "Source" WHERE "title" LIKE 'Reliability storm %'`)).map(
        (r) => r.id,
      ),
    );
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(stored.size).toBe(acknowledged.length);
    for (const id of acknowledged.slice(0, 50)) {
      const res = await fetch(`${server.url}/v1/sources/${id}`);
      expect(res.status, id).toBe(200);
    }
  }, 180_000);
});
