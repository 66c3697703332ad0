import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTestApp, useTestApp } from '../helpers/app.js';

type Injected = { statusCode: number; headers: Record<string, unknown>; rawPayload: Buffer; body: string };

/** Headers that legitimately differ between two responses to the same request. */
const PER_RESPONSE = new Set(['date', 'x-request-id', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

function stableHeaders(response: Injected): Record<string, unknown> {
  return Object.fromEntries(Object.entries(response.headers).filter(([name]) => !PER_RESPONSE.has(name)));
}

describe('response cache', () => {
  const t = useTestApp();
  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers }) as unknown as Promise<Injected>;
  const stats = () => t.app.responseCache.stats();

  it('is on by default and answers a repeated GET from memory with the same bytes and headers', async () => {
    expect(t.app.responseCache.enabled).toBe(true);
    const url = '/v1/countries/KP?include=claims,tradeFigures,leaders';
    const before = stats();
    const first = await get(url);
    expect(stats(), 'asked for once: not stored').toMatchObject({ stores: before.stores, skipped: before.skipped + 1 });
    const miss = await get(url);
    expect(stats().stores, 'asked for again: stored').toBe(before.stores + 1);
    const hit = await get(url);
    const after = stats();
    expect(after.misses - before.misses).toBe(2);
    expect(after.hits - before.hits).toBe(1);
    expect(miss.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(miss.statusCode).toBe(200);
    expect(hit.statusCode).toBe(200);
    expect(hit.rawPayload.equals(miss.rawPayload)).toBe(true);
    expect(stableHeaders(hit)).toEqual(stableHeaders(miss));
    expect(hit.headers['content-length']).toBe(miss.headers['content-length']);
    expect(hit.headers.etag).toMatch(/^"/);
    // Per-request headers set before the cache answers are kept, not replayed from the miss.
    expect(hit.headers['x-request-id']).toBeDefined();
    expect(hit.headers['x-request-id']).not.toBe(miss.headers['x-request-id']);
  });

  it('caches lists, a cursor page and the streamed CSV export byte for byte', async () => {
    const first = await get('/v1/claims?limit=5');
    const next = JSON.parse(first.body).meta.nextCursor as string;
    for (const url of [
      '/v1/claims?country=KP',
      '/v1/claims?q=drones',
      `/v1/claims?limit=5&cursor=${next}`,
      '/v1/claims?format=csv',
    ]) {
      await get(url);
      const miss = await get(url);
      const before = stats().hits;
      const hit = await get(url);
      expect(stats().hits - before, url).toBe(1);
      expect(hit.statusCode, url).toBe(200);
      expect(hit.rawPayload.equals(miss.rawPayload), url).toBe(true);
      expect(stableHeaders(hit), url).toEqual(stableHeaders(miss));
    }
  });

  it('answers a matching If-None-Match with a 304 from the cache, and a stale one with the full body', async () => {
    const url = '/v1/claims?country=BY';
    await get(url);
    const full = await get(url);
    const etag = String(full.headers.etag);
    const before = stats();
    const revalidated = await get(url, { 'if-none-match': etag });
    const listed = await get(url, { 'if-none-match': `"other", W/${etag}` });
    const changed = await get(url, { 'if-none-match': '"something-else"' });
    const after = stats();
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.rawPayload.length).toBe(0);
    expect(revalidated.headers.etag).toBe(etag);
    expect(listed.statusCode).toBe(304);
    expect(after.notModified - before.notModified).toBe(2);
    expect(after.misses - before.misses).toBe(0);
    expect(changed.statusCode).toBe(200);
    expect(changed.rawPayload.equals(full.rawPayload)).toBe(true);
  });

  it('fills the cache from a conditional request and still answers it with a 304', async () => {
    const url = '/v1/claims?country=CN';
    // Asked for once before, so the conditional request is the one that fills the cache.
    const probe = await get(url);
    const etag = String(probe.headers.etag);
    t.app.responseCache.clear();
    const before = stats();
    const conditional = await get(url, { 'if-none-match': etag });
    expect(conditional.statusCode).toBe(304);
    expect(conditional.rawPayload.length).toBe(0);
    const full = await get(url);
    const after = stats();
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(1);
    expect(full.statusCode).toBe(200);
    expect(full.headers.etag).toBe(etag);
  });

  it('keeps one entry per query and per negotiated representation', async () => {
    const kp = await get('/v1/claims?country=KP');
    const by = await get('/v1/claims?country=BY');
    expect(kp.body).not.toBe(by.body);
    expect(JSON.parse(kp.body).data.every((c: { country: { code: string } }) => c.country.code === 'KP')).toBe(true);

    const json = await get('/v1/claims', { accept: 'application/json' });
    const csv = await get('/v1/claims', { accept: 'text/csv' });
    const jsonAgain = await get('/v1/claims', { accept: 'application/json' });
    const csvAgain = await get('/v1/claims', { accept: 'text/csv' });
    expect(String(json.headers['content-type'])).toContain('application/json');
    expect(String(csv.headers['content-type'])).toContain('text/csv');
    expect(jsonAgain.rawPayload.equals(json.rawPayload)).toBe(true);
    expect(csvAgain.rawPayload.equals(csv.rawPayload)).toBe(true);

    const plain = await get('/v1/claims?limit=50');
    const gzip = await get('/v1/claims?limit=50', { 'accept-encoding': 'gzip' });
    const gzipAgain = await get('/v1/claims?limit=50', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipAgain.rawPayload.equals(gzip.rawPayload)).toBe(true);
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('never serves a response older than the last committed dataset version', async () => {
    const url = '/v1/claims/kp-offered-100000-soldiers';
    const original = JSON.parse((await get(url)).body).data.statement as string;
    await get(url);
    const before = stats();
    // A write as the write API makes it: the change and the version bump in one transaction.
    await t.prisma.$transaction([
      t.prisma.claim.update({ where: { id: 'kp-offered-100000-soldiers' }, data: { statement: `${original} (edited)` } }),
      t.prisma.datasetState.update({ where: { id: 1 }, data: { version: { increment: 1 } } }),
    ]);
    const fresh = await get(url);
    const after = stats();
    expect(JSON.parse(fresh.body).data.statement).toBe(`${original} (edited)`);
    expect(after.invalidations - before.invalidations).toBe(1);
    expect(after.version).toBe((before.version ?? 0) + 1);
    expect(after.misses - before.misses).toBe(1);
    // Every other entry went with the old version.
    expect(after.entries).toBe(1);
  });

  it('also drops entries after a commit that forgot to bump the dataset version', async () => {
    const url = '/v1/claims/kp-ideologically-aligned';
    const original = JSON.parse((await get(url)).body).data.statement as string;
    await get(url);
    const before = stats();
    await t.prisma.claim.update({
      where: { id: 'kp-ideologically-aligned' },
      data: { statement: `${original} (fixed by hand)` },
    });
    const fresh = await get(url);
    expect(JSON.parse(fresh.body).data.statement).toBe(`${original} (fixed by hand)`);
    expect(stats().invalidations - before.invalidations).toBe(1);
    expect(stats().version).toBe(before.version);
  });

  it('does not cache errors, no-store responses, non-GET methods or authorised requests', async () => {
    const cases: Array<{ method: 'GET' | 'HEAD' | 'POST'; url: string; headers?: Record<string, string> }> = [
      { method: 'GET', url: '/v1/countries/ZZ' },
      { method: 'GET', url: '/v1/claims?limit=0' },
      { method: 'GET', url: '/v1/claims?unknown=1' },
      { method: 'GET', url: '/v1/claims/does-not-exist' },
      { method: 'GET', url: '/v1/claims', headers: { accept: 'image/png' } },
      { method: 'GET', url: '/ready' },
      { method: 'HEAD', url: '/v1/claims' },
      { method: 'POST', url: '/v1/claims' },
      { method: 'GET', url: '/v1/claims?country=IR', headers: { authorization: 'Bearer not-a-key-but-personal-anyway' } },
    ];
    t.app.responseCache.clear();
    const before = stats();
    for (const c of cases) {
      const first = await t.app.inject({
        method: c.method,
        url: c.url,
        headers: c.headers ?? {},
        ...(c.method === 'POST' ? { payload: {} } : {}),
      });
      const second = await t.app.inject({
        method: c.method,
        url: c.url,
        headers: c.headers ?? {},
        ...(c.method === 'POST' ? { payload: {} } : {}),
      });
      expect(second.statusCode, `${c.method} ${c.url}`).toBe(first.statusCode);
    }
    const after = stats();
    expect(after.stores - before.stores).toBe(0);
    expect(after.hits - before.hits).toBe(0);
    expect(after.entries).toBe(0);
  });
});

describe('response cache bounds', () => {
  it('evicts the oldest entries to stay within RESPONSE_CACHE_MB', async () => {
    // About 20 KiB: room for a handful of one-claim pages (about 3 KiB each with headers), not a dozen.
    const t = await createTestApp({ RESPONSE_CACHE_MB: '0.02' });
    try {
      const budget = 0.02 * 1024 * 1024;
      const urls = ['KP', 'BY', 'CN', 'IR', 'RU', 'UA'].flatMap((code) => [
        `/v1/claims?country=${code}&limit=1`,
        `/v1/claims?country=${code}&limit=1&sort=-id`,
      ]);
      // Twice each: a URL is stored from its second request on (see below).
      for (const url of urls) for (let i = 0; i < 2; i += 1) await t.app.inject({ method: 'GET', url });
      const s = t.app.responseCache.stats();
      expect(s.stores).toBe(urls.length);
      expect(s.evictions).toBeGreaterThan(0);
      expect(s.bytes).toBeLessThanOrEqual(budget);
      expect(s.entries).toBeLessThan(s.stores);
      // The newest entry survived, the oldest did not.
      const hitsBefore = s.hits;
      await t.app.inject({ method: 'GET', url: urls[s.stores - 1] as string });
      expect(t.app.responseCache.stats().hits).toBe(hitsBefore + 1);
      await t.app.inject({ method: 'GET', url: urls[0] as string });
      expect(t.app.responseCache.stats().hits).toBe(hitsBefore + 1);
    } finally {
      await t.close();
    }
  });

  it('stores a response only when its URL was asked for recently, so one-off URLs cost no copy and evict nothing', async () => {
    const t = await createTestApp({ RESPONSE_CACHE_MB: '0.02' });
    try {
      const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
      const stats = () => t.app.responseCache.stats();
      const oneOffWhileEmpty = await get('/v1/claims?country=IR&limit=1');
      expect(oneOffWhileEmpty.statusCode).toBe(200);
      expect(stats(), 'not stored even with the budget unused').toMatchObject({ stores: 0, skipped: 1, entries: 0, bytes: 0 });

      const fillers = ['KP', 'BY', 'CN', 'IR', 'RU', 'UA'].flatMap((code) =>
        ['id', '-id', 'country', '-country'].map((sort) => `/v1/claims?country=${code}&limit=1&sort=${sort}`),
      );
      for (const url of fillers) {
        await get(url);
        await get(url);
        if (stats().evictions > 0) break;
      }
      expect(stats().evictions, 'the budget is reached').toBeGreaterThan(0);
      const full = stats();

      const oneOff = '/v1/claims?country=KP&limit=1';
      const first = await get(oneOff);
      expect(first.statusCode).toBe(200);
      expect(stats()).toMatchObject({
        stores: full.stores,
        evictions: full.evictions,
        skipped: full.skipped + 1,
        bytes: full.bytes,
      });

      const second = await get(oneOff);
      expect(second.body).toBe(first.body);
      expect(stats().stores, 'asked for again: stored').toBe(full.stores + 1);
      const third = await get(oneOff);
      expect(third.body).toBe(first.body);
      expect(stats().hits).toBe(full.hits + 1);

      // A skipped conditional request is still answered 304, by the route's own validator.
      const conditional = '/v1/claims?country=BY&limit=1';
      const head = await t.app.inject({ method: 'HEAD', url: conditional });
      const notModified = await get(conditional, { 'if-none-match': String(head.headers.etag) });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.body).toBe('');
      expect(stats()).toMatchObject({ stores: full.stores + 1, skipped: full.skipped + 2 });
    } finally {
      await t.close();
    }
  });

  it('spares an entry hit since it was stored and evicts the older unhit ones first', async () => {
    const t = await createTestApp({ RESPONSE_CACHE_MB: '0.02' });
    try {
      const get = (url: string) => t.app.inject({ method: 'GET', url });
      const urls = ['KP', 'BY', 'CN', 'IR', 'RU', 'UA'].flatMap((code) => [
        `/v1/claims?country=${code}&limit=1`,
        `/v1/claims?country=${code}&limit=1&sort=-id`,
      ]);
      const [first, second] = urls as [string, string];
      await get(first);
      await get(first);
      // Keep the oldest entry in use while newer ones fill the budget, up to the first eviction.
      for (const url of urls.slice(1)) {
        await get(first);
        await get(url);
        await get(url);
        if (t.app.responseCache.stats().evictions > 0) break;
      }
      expect(t.app.responseCache.stats().evictions).toBeGreaterThan(0);
      const { hits } = t.app.responseCache.stats();
      await get(first);
      expect(t.app.responseCache.stats().hits, 'the oldest entry, in use, was kept').toBe(hits + 1);
      await get(second);
      expect(t.app.responseCache.stats().hits, 'the next oldest, unused since stored, was evicted').toBe(hits + 1);
    } finally {
      await t.close();
    }
  });

  it('never replays another request’s rate-limit counters', async () => {
    const t = await createTestApp({ RATE_LIMIT_MAX: '1000' });
    try {
      await t.app.inject({ method: 'GET', url: '/v1/claims?country=KP' });
      const miss = await t.app.inject({ method: 'GET', url: '/v1/claims?country=KP' });
      const hit = await t.app.inject({ method: 'GET', url: '/v1/claims?country=KP' });
      expect(t.app.responseCache.stats().hits).toBe(1);
      expect(miss.headers['x-ratelimit-remaining']).toBeDefined();
      // Fresh from the limiter when it runs before the cache, absent when it does not: never stale.
      expect(hit.headers['x-ratelimit-remaining']).not.toBe(miss.headers['x-ratelimit-remaining']);
    } finally {
      await t.close();
    }
  });

  it('is off with RESPONSE_CACHE_MB=0', async () => {
    const t = await createTestApp({ RESPONSE_CACHE_MB: '0' });
    try {
      expect(t.app.responseCache.enabled).toBe(false);
      const a = await t.app.inject({ method: 'GET', url: '/v1/claims' });
      const b = await t.app.inject({ method: 'GET', url: '/v1/claims' });
      expect(b.body).toBe(a.body);
      expect(t.app.responseCache.stats().entries).toBe(0);
    } finally {
      await t.close();
    }
  });
});
