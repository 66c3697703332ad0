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

  /** An app with a rate limit, logging, so that a hit answered before routing shows in its log (`cache: 'hit'`). */
  async function limitedApp(max: string) {
    const logged: Array<Record<string, unknown>> = [];
    const app = await buildApp(
      testConfig(t.database.url, { RATE_LIMIT_MAX: max, RATE_LIMIT_WINDOW_MS: '60000', LOG_LEVEL: 'info' }),
      {
        logStream: { write: (line: string) => logged.push(JSON.parse(line) as Record<string, unknown>) },
      },
    );
    const answeredBeforeRouting = (id: string) => logged.some((l) => l.reqId === id && l.cache === 'hit');
    return { app, answeredBeforeRouting };
  }

  it('answers hits before routing with a rate limit on too, counting each one in the limiter’s store', async () => {
    const { app, answeredBeforeRouting } = await limitedApp('1000');
    try {
      const url = '/v1/countries/KP';
      const first = await request(app.server).get(url);
      await request(app.server).get(url);
      const hit = await request(app.server).get(url).set('X-Request-Id', 'limited-hit');
      const revalidated = await request(app.server)
        .get(url)
        .set('If-None-Match', String(first.headers.etag))
        .set('X-Request-Id', 'limited-304');
      const routed = await request(app.server).get('/v1/countries/CN');

      expect(hit.status).toBe(200);
      expect(answeredBeforeRouting('limited-hit')).toBe(true);
      expect(hit.headers['x-ratelimit-limit']).toBe('1000');
      expect(hit.headers['x-ratelimit-remaining']).toBe('997');
      expect(Number(hit.headers['x-ratelimit-reset'])).toBeGreaterThan(0);
      expect(Number(hit.headers['x-ratelimit-reset'])).toBeLessThanOrEqual(60);
      expect(revalidated.status).toBe(304);
      expect(answeredBeforeRouting('limited-304')).toBe(true);
      expect(revalidated.headers['x-ratelimit-remaining']).toBe('996');
      // The next routed request goes on from the hits' count: one store.
      expect(routed.headers['x-ratelimit-remaining']).toBe('995');
      expect(app.responseCache.stats()).toMatchObject({ hits: 1, notModified: 1 });
    } finally {
      await app.close();
    }
  });

  it('answers the 429 problem of the limiter once hits have used up the limit, and counts that request', async () => {
    const { app, answeredBeforeRouting } = await limitedApp('3');
    try {
      const url = '/v1/countries/IR';
      const statuses: number[] = [];
      for (const id of ['r1', 'r2', 'r3', 'r4'])
        statuses.push((await request(app.server).get(url).set('X-Request-Id', id)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(answeredBeforeRouting('r3')).toBe(true);
      expect(answeredBeforeRouting('r4')).toBe(false);

      const limited = await request(app.server).get(url);
      expect(limited.status).toBe(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(limited.headers['x-ratelimit-limit']).toBe('3');
      expect(limited.headers['x-ratelimit-remaining']).toBe('0');
      const retryAfter = Number(limited.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(limited.headers['x-ratelimit-reset']).toBe(String(retryAfter));
      expect(JSON.parse(limited.text)).toMatchObject({
        status: 429,
        title: 'Too Many Requests',
        detail: expect.stringContaining('The rate limit is 3 requests per 1 minute per client'),
      });
      expect(app.responseCache.stats().hits).toBe(1);
    } finally {
      await app.close();
    }
  });
});
