import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig, useTestApp } from '../helpers/app.js';

/** Headers that legitimately differ between two responses to the same request. */
const PER_RESPONSE = new Set(['date', 'x-request-id', 'connection', 'keep-alive']);

function stable(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)));
}

describe('response cache hits answered before routing (real sockets)', () => {
  const lines: Array<Record<string, unknown>> = [];
  // An app that logs, so hits can be seen in the log.
  const t = useTestApp(
    { LOG_LEVEL: 'info' },
    { logStream: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) } },
  );

  it('replays the miss byte for byte, with its own request id, and Fastify never sees the hit', async () => {
    const url = '/v1/claims?country=KP&limit=3';
    // Stored from its second request on.
    await request(t.app.server).get(url);
    const miss = await request(t.app.server).get(url).set('X-Request-Id', 'first-request');
    const routed = t.app.responseCache.stats();
    const hit = await request(t.app.server).get(url).set('X-Request-Id', 'second-request');
    const after = t.app.responseCache.stats();

    expect(miss.status).toBe(200);
    expect(hit.status).toBe(200);
    expect(hit.text).toBe(miss.text);
    expect(stable(hit.headers)).toEqual(stable(miss.headers));
    expect(hit.headers['x-request-id']).toBe('second-request');
    expect(after.hits - routed.hits).toBe(1);
    // The onRequest hook of the cache counts a miss for every request it sees; a hit before routing is not one.
    expect(after.misses).toBe(routed.misses);
    const logged = lines.find((l) => l.reqId === 'second-request');
    expect(logged).toMatchObject({ msg: 'request completed', cache: 'hit', res: { statusCode: 200 } });
  });

  it('generates a request id when the inbound one is not sane', async () => {
    const url = '/v1/countries/BY';
    await request(t.app.server).get(url);
    await request(t.app.server).get(url);
    const hits = t.app.responseCache.stats().hits;
    const hit = await request(t.app.server).get(url).set('X-Request-Id', 'bad id with spaces');
    expect(hit.status).toBe(200);
    expect(hit.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(t.app.responseCache.stats().hits).toBe(hits + 1);
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const url = '/v1/claims?country=CN';
    await request(t.app.server).get(url);
    const full = await request(t.app.server).get(url);
    const before = t.app.responseCache.stats().notModified;
    const revalidated = await request(t.app.server).get(url).set('If-None-Match', String(full.headers.etag));
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
    expect(revalidated.headers.etag).toBe(full.headers.etag);
    expect(t.app.responseCache.stats().notModified - before).toBe(1);
  });

  it('never answers a request with credentials or another method from memory', async () => {
    const url = '/v1/claims?country=IR';
    await request(t.app.server).get(url);
    const hits = t.app.responseCache.stats().hits;
    const head = await request(t.app.server).head(url);
    const withKey = await request(t.app.server).get(url).set('Authorization', 'Bearer not-a-key-but-long-enough');
    expect(head.status).toBe(200);
    // Reads are public; the key only matters to writes, but a request carrying one is never a hit.
    expect(withKey.status).toBe(200);
    expect(t.app.responseCache.stats().hits).toBe(hits);
  });

  it('notices a commit by another process within CACHE_VERSION_CHECK_MS, and not before', async () => {
    const windowed = await buildApp(testConfig(t.database.url, { CACHE_VERSION_CHECK_MS: '300' }));
    try {
      const url = '/v1/claims/kp-offered-100000-soldiers';
      // The window runs from the app's last read of the version: at the earliest, the first request's.
      const windowStart = performance.now();
      const original = (await request(windowed.server).get(url)).body.data.statement as string;
      // Stored on this second request, so the next one inside the window is served from memory.
      await request(windowed.server).get(url);
      await t.prisma.$transaction([
        t.prisma.claim.update({ where: { id: 'kp-offered-100000-soldiers' }, data: { statement: `${original} (edited)` } }),
        t.prisma.datasetState.update({ where: { id: 1 }, data: { version: { increment: 1 } } }),
      ]);
      const early = await request(windowed.server).get(url);
      // Only meaningful if it was answered inside the window; on a slow machine it may not have been.
      if (performance.now() - windowStart < 250) expect(early.body.data.statement).toBe(original);
      await new Promise((resolve) => setTimeout(resolve, 320));
      const late = await request(windowed.server).get(url);
      expect(late.body.data.statement).toBe(`${original} (edited)`);
    } finally {
      await windowed.close();
    }
  });

  it('is not used when a rate limit is configured, so every hit is counted', async () => {
    const limited = await buildApp(testConfig(t.database.url, { RATE_LIMIT_MAX: '1000' }));
    try {
      const url = '/v1/countries/KP';
      await request(limited.server).get(url);
      await request(limited.server).get(url);
      const hit = await request(limited.server).get(url);
      expect(hit.status).toBe(200);
      expect(limited.responseCache.stats().hits).toBe(1);
      expect(hit.headers['x-ratelimit-remaining']).toBe('997');
    } finally {
      await limited.close();
    }
  });
});
