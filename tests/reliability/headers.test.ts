import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  cleanup,
  createLoggedApp,
  expectNoSecretsInLogs,
  send,
  sleep,
  sourceBody,
  type LoggedApp,
  type Sent,
} from '../helpers/reliability.js';

/**
 * Issue 7, test 10: security headers on every kind of response, CORS open for reads and closed
 * for writes except from configured origins, request ids; and load shedding's 503.
 */

const ALLOWED = 'https://curators.example.org';
let t: LoggedApp;
let base: string;

beforeAll(async () => {
  t = await createLoggedApp({ CORS_ORIGINS: `${ALLOWED},https://second.example.org` });
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await t?.close();
  expectNoSecretsInLogs();
  await cleanup();
});

/** OWASP REST Security Cheat Sheet's set, on every response that is not Swagger UI's HTML. */
function expectHelmet(res: Sent, what: string) {
  const h = res.headers;
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['strict-transport-security'], what).toMatch(/max-age=\d+/);
  expect(h['content-security-policy'], what).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(h['referrer-policy'], what).toBe('no-referrer');
  expect(h['cross-origin-resource-policy'], what).toBe('cross-origin');
  expect(h['x-powered-by'], what).toBeUndefined();
  expect(h['x-request-id'], what).toMatch(/\S/);
  // Document-only headers mean nothing on JSON, CSV or text, and cost every response bytes.
  for (const name of ['cross-origin-opener-policy', 'origin-agent-cluster', 'x-dns-prefetch-control', 'x-xss-protection'])
    expect(h[name], `${what}: ${name}`).toBeUndefined();
}

describe('security headers', () => {
  it('are on JSON, CSV, cached, problem, 401 and 201 responses', async () => {
    const first = await send(base, 'GET', '/v1/claims?limit=2');
    expect(first.status).toBe(200);
    expectHelmet(first, 'a JSON list');
    // Stored on its second request, served from memory on the third.
    expectHelmet(await send(base, 'GET', '/v1/claims?limit=2'), 'the response the cache stores');
    const cached = await send(base, 'GET', '/v1/claims?limit=2');
    expectHelmet(cached, 'a cache hit');
    expectHelmet(await send(base, 'GET', '/v1/trade-figures?format=csv'), 'CSV');
    const missing = await send(base, 'GET', '/v1/claims/no-such-claim');
    expect(missing.status).toBe(404);
    expectHelmet(missing, 'a 404 problem');
    expectHelmet(await send(base, 'GET', '/v1/claims?limit=0'), 'a 400 problem');
    const unauthorised = await send(base, 'POST', '/v1/sources', { 'content-type': 'application/json' }, '{}');
    expect(unauthorised.status).toBe(401);
    expectHelmet(unauthorised, 'a 401');
    const created = await send(
      base,
      'POST',
      '/v1/sources',
      { authorization: bearer(), 'content-type': 'application/json' },
      JSON.stringify(sourceBody('headers')),
    );
    expect(created.status).toBe(201);
    expectHelmet(created, 'a 201');
    expect(created.headers['cache-control']).toBe('no-store');
    // Router-level refusals (undecodable paths) run no hooks, so helmet never sees them; they
    // are short problem documents and at least carry the request id.
    expect((await send(base, 'GET', '/v1/claims/%ED%A0%80')).headers['x-request-id']).toMatch(/\S/);
  });

  it('on a 304 are left to the stored 200: a 304 carries validators, caching, CORS and the request id only, whoever answers it', async () => {
    const uncached = await createLoggedApp({ RESPONSE_CACHE_MB: '0' });
    const preRouter = await createLoggedApp({ RATE_LIMIT_MAX: '0' });
    try {
      const servers = [
        { label: 'cache in the hook path', app: t.app, url: base },
        { label: 'cache off', app: uncached.app, url: await uncached.app.listen({ host: '127.0.0.1', port: 0 }) },
        { label: 'cache before routing', app: preRouter.app, url: await preRouter.app.listen({ host: '127.0.0.1', port: 0 }) },
      ];
      // Large enough to be compressed (the 200 then varies on Accept-Encoding), and an export.
      const paths = ['/v1/claims?limit=3&country=CN', '/v1/countries/kp?include=leaders', '/v1/claims?format=csv&country=BY'];
      const request = { origin: 'https://app.example', 'accept-encoding': 'gzip' };
      for (const server of servers) {
        for (const path of paths) {
          const full = await send(server.url, 'GET', path, request);
          expect(full.status, `${server.label} ${path}`).toBe(200);
          expectHelmet(full, `${server.label} ${path}: the 200`);
          // Emptied so the first conditional request is a miss: with the cache on, its 304 is made
          // from the captured 200, and the next ones are hits.
          server.app.responseCache.clear();
          // RFC 9110 §13.1.2: If-None-Match compares weakly, against each tag of a list.
          const etag = String(full.headers.etag);
          const conditions = [etag, `W/${etag}`, `"not-this-one", ${etag}`, '*'];
          const sent = [
            ...conditions.map((c) => ['GET', c] as const),
            ...conditions.slice(0, 2).map((c) => ['HEAD', c] as const),
          ];
          for (const [method, ifNoneMatch] of sent) {
            const what = `${server.label}: ${method} ${path} If-None-Match ${ifNoneMatch}`;
            const res = await send(server.url, method, path, { ...request, 'if-none-match': ifNoneMatch });
            expect(res.status, what).toBe(304);
            expect(res.text, what).toBe('');
            const h = res.headers;
            expect(h.etag, what).toBe(full.headers.etag);
            expect(h['cache-control'], what).toBe(full.headers['cache-control']);
            expect(h.vary, what).toBe(full.headers.vary);
            expect(h['access-control-allow-origin'], what).toBe('*');
            expect(h['access-control-expose-headers'], what).toMatch(/ETag/);
            expect(h['x-request-id'], what).toMatch(/\S/);
            // §15.4.5: no other representation metadata. §8.6: a 304 to a GET may only state the
            // 200's length (Fastify's HEAD handler always states one).
            const absent = [
              'content-type',
              'content-encoding',
              'content-disposition',
              'link',
              'x-total-count',
              'content-security-policy',
              'strict-transport-security',
              'x-content-type-options',
              'x-frame-options',
              'referrer-policy',
              'cross-origin-resource-policy',
            ];
            if (method === 'GET') absent.push('content-length');
            for (const name of absent) expect(h[name], `${what}: ${name}`).toBeUndefined();
          }
        }
      }
      expect(t.app.responseCache.stats().notModified, 'the cached paths answered 304s themselves').toBeGreaterThan(0);
    } finally {
      await uncached.close();
      await preRouter.close();
    }
  });

  it('on Swagger UI are helmet’s whole policy for HTML, with the sources its page needs', async () => {
    for (const path of ['/docs', '/docs/static/index.html']) {
      const page = await send(base, 'GET', path);
      expect(page.status, path).toBeLessThan(400);
      const h = page.headers;
      expect(h['content-security-policy'], path).toMatch(/default-src 'self'/);
      expect(h['content-security-policy'], path).toMatch(/script-src 'self' 'unsafe-inline'/);
      // Over plain HTTP from a LAN host it would send every asset to https://, which is not served.
      expect(h['content-security-policy'], path).not.toMatch(/upgrade-insecure-requests/);
      expect(h['x-frame-options'], path).toBe('SAMEORIGIN');
      expect(h['cross-origin-opener-policy'], path).toBe('same-origin');
      expect(h['x-dns-prefetch-control'], path).toBe('off');
      expect(h['x-permitted-cross-domain-policies'], path).toBe('none');
      expect(h['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('echo a sane inbound X-Request-Id and replace anything else', async () => {
    expect((await send(base, 'GET', '/health', { 'x-request-id': 'trace-42.a:b_c' })).headers['x-request-id']).toBe(
      'trace-42.a:b_c',
    );
    for (const insane of ['x'.repeat(200), 'a b', '<script>', 'id\u00e9']) {
      const id = (await send(base, 'GET', '/health', { 'x-request-id': insane })).headers['x-request-id'];
      expect(id).not.toBe(insane);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('CORS', () => {
  const preflight = (path: string, origin: string, method: string) =>
    send(base, 'OPTIONS', path, {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'authorization,content-type,if-match',
    });

  it('refuses a write preflight from an unlisted origin: no Access-Control-Allow-Origin', async () => {
    const writes: [string, string][] = [
      ['/v1/sources', 'POST'],
      ['/v1/claims/kp-offered-100000-soldiers', 'PATCH'],
      ['/v1/claims/kp-offered-100000-soldiers', 'DELETE'],
      ['/v1/countries', 'POST'],
    ];
    for (const origin of [
      'https://evil.example',
      'null',
      `${ALLOWED}.evil.example`,
      `${ALLOWED}:8443`,
      'http://curators.example.org',
      ALLOWED.toUpperCase(),
    ]) {
      for (const [path, method] of writes) {
        const res = await preflight(path, origin, method);
        expect(res.status, `${method} ${path} from ${origin}`).toBeLessThan(500);
        expect(res.headers['access-control-allow-origin'], `${method} ${path} from ${origin}`).toBeUndefined();
        expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      }
    }
  });

  it('accepts a write preflight from a configured origin, naming it, with the write methods and headers', async () => {
    const res = await preflight('/v1/sources', ALLOWED, 'POST');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(String(res.headers['access-control-allow-methods'])).toMatch(/POST/);
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toMatch(/authorization/);
    expect(String(res.headers.vary)).toMatch(/origin/i);
    const patch = await preflight('/v1/claims/kp-offered-100000-soldiers', 'https://second.example.org', 'PATCH');
    expect(patch.headers['access-control-allow-origin']).toBe('https://second.example.org');
  });

  it('does not expose a write response to an unlisted origin, and does to a listed one', async () => {
    const body = JSON.stringify(sourceBody('cors'));
    const evil = await send(
      base,
      'POST',
      '/v1/sources',
      { origin: 'https://evil.example', authorization: bearer(), 'content-type': 'application/json' },
      body,
    );
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const good = await send(
      base,
      'POST',
      '/v1/sources',
      { origin: ALLOWED, authorization: bearer(), 'content-type': 'application/json' },
      JSON.stringify(sourceBody('cors')),
    );
    expect(good.status).toBe(201);
    expect(good.headers['access-control-allow-origin']).toBe(ALLOWED);
  });

  it('opens reads to every origin', async () => {
    const pre = await preflight('/v1/claims', 'https://anyone.example', 'GET');
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(String(pre.headers['access-control-allow-methods'])).not.toMatch(/POST|PATCH|DELETE/);
    const read = await send(base, 'GET', '/v1/claims?limit=1', { origin: 'https://anyone.example' });
    expect(read.status).toBe(200);
    expect(read.headers['access-control-allow-origin']).toBe('*');
    expect(String(read.headers['access-control-expose-headers'])).toMatch(/ETag/i);
  });
});

describe('load shedding', () => {
  it('answers 503 problem+json with Retry-After when memory is over MAX_RSS_BYTES', async () => {
    const shed = await createLoggedApp({ MAX_RSS_BYTES: '1' });
    try {
      const url = await shed.app.listen({ host: '127.0.0.1', port: 0 });
      await sleep(1500); // under-pressure samples memory once a second
      for (const [method, path] of [
        ['GET', '/v1/claims'],
        ['GET', '/v1/countries/KP'],
        ['POST', '/v1/sources'],
      ] as const) {
        const res = await send(
          url,
          method,
          path,
          { authorization: bearer(), 'content-type': 'application/json' },
          method === 'POST' ? JSON.stringify(sourceBody('shed')) : undefined,
        );
        expect(res.status, `${method} ${path}`).toBe(503);
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(JSON.parse(res.text)).toMatchObject({ status: 503 });
      }
    } finally {
      await shed.close();
    }
  });
});
