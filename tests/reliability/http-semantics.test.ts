import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  cleanup,
  createLoggedApp,
  CURATOR_KEY,
  expectNoSecretsInLogs,
  rawConnection,
  send,
  sleep,
  sourceBody,
  type LoggedApp,
} from '../helpers/reliability.js';

/**
 * Issue 19, HTTP semantics: 405 with Allow for a wrong method, OPTIONS (on a path and `*`), a
 * refused CORS preflight said as such, problem titles for what Node's parser refuses, paths
 * outside the spec redirected, bodies in other charsets refused, the auth scheme
 * case-insensitive.
 */

const ALLOWED = 'https://curators.example.org';
let t: LoggedApp;
let base: string;

beforeAll(async () => {
  t = await createLoggedApp({ CORS_ORIGINS: ALLOWED, REQUEST_TIMEOUT_MS: '1500' });
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await t?.close();
  expectNoSecretsInLogs();
  await cleanup();
});

/** A real record for each collection, so a path with parameters names something that exists. */
const RECORD: Record<string, string> = {
  countries: 'KP',
  claims: 'kp-offered-100000-soldiers',
  leaders: 'javad-owji',
  'trade-figures': 'ir-ru-bilateral-trade-18-months',
  sources: 'putin-allies-four-countries',
};
const fill = (url: string) =>
  url.replace(/^\/v1\/([a-z-]+)\/:[a-z]+/i, (_all, collection: string) => `/v1/${collection}/${RECORD[collection] ?? 'x'}`);

type ProblemBody = { type: string; title: string; status: number; detail: string };
const problemOf = (text: string) => JSON.parse(text) as ProblemBody;

describe('a method a path does not answer', () => {
  it('is 405 with Allow naming exactly the methods the path has, on every API path', async () => {
    const byPath = new Map<string, Set<string>>();
    for (const route of t.app.registeredRoutes) {
      if (!route.url.startsWith('/v1') && !['/health', '/ready'].includes(route.url)) continue;
      const methods = byPath.get(route.url) ?? new Set<string>();
      methods.add(route.method);
      byPath.set(route.url, methods);
    }
    expect(byPath.size).toBeGreaterThan(20);
    const faults: string[] = [];
    for (const [url, methods] of byPath) {
      const allowed = [...methods, 'OPTIONS'];
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        if (methods.has(method)) continue;
        const res = await send(base, method, fill(url), { authorization: bearer(), 'content-type': 'application/json' }, '{}');
        const allow = String(res.headers.allow ?? '')
          .split(',')
          .map((m) => m.trim());
        if (res.status !== 405) faults.push(`${method} ${url}: ${res.status}`);
        else if ([...allow].sort().join() !== [...allowed].sort().join())
          faults.push(`${method} ${url}: Allow ${res.headers.allow}`);
        else if (!String(res.headers['content-type']).startsWith('application/problem+json'))
          faults.push(`${method} ${url}: not a problem`);
        else if (problemOf(res.text).title !== 'Method Not Allowed') faults.push(`${method} ${url}: ${res.text}`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('says which methods are allowed in plain words', async () => {
    const res = await send(base, 'DELETE', '/v1/claims');
    expect(res.status).toBe(405);
    expect(problemOf(res.text).detail).toBe('DELETE is not allowed on /v1/claims; it answers GET, HEAD, POST, OPTIONS.');
    expect(res.headers['x-request-id']).toBeDefined();
  });

  it('is still 404 on a path that does not exist', async () => {
    for (const method of ['GET', 'DELETE', 'OPTIONS']) {
      const res = await send(base, method, '/v1/nothing-here');
      expect(res.status, method).toBe(404);
      expect(res.headers.allow).toBeUndefined();
    }
  });
});

describe('OPTIONS', () => {
  it('on a path, without a preflight, is 204 with Allow', async () => {
    const res = await send(base, 'OPTIONS', '/v1/claims/kp-offered-100000-soldiers');
    expect(res.status).toBe(204);
    expect(res.headers.allow).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');
  });

  it('on * (the server itself) is 204 with the methods the server knows', async () => {
    const c = rawConnection(base);
    await c.connected;
    await c.write('OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    await Promise.race([c.closed, sleep(5000)]);
    c.socket.destroy();
    expect(c.received()).toMatch(/^HTTP\/1\.1 204 /);
    expect(c.received()).toMatch(/\r\nallow: GET, HEAD, POST, PATCH, DELETE, OPTIONS\r\n/i);
  });

  it('a write preflight from an origin not listed is a 403 that says why, without CORS headers', async () => {
    for (const [path, method] of [
      ['/v1/sources', 'POST'],
      ['/v1/claims/kp-offered-100000-soldiers', 'PATCH'],
      ['/v1/claims/kp-offered-100000-soldiers', 'DELETE'],
    ] as const) {
      const res = await send(base, 'OPTIONS', path, {
        origin: 'https://evil.example',
        'access-control-request-method': method,
        'access-control-request-headers': 'authorization,content-type',
      });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(problemOf(res.text).detail).toMatch(/https:\/\/evil\.example.*CORS_ORIGINS/);
      expect(problemOf(res.text).detail).toContain(method);
    }
    const listed = await send(base, 'OPTIONS', '/v1/sources', { origin: ALLOWED, 'access-control-request-method': 'POST' });
    expect(listed.status).toBe(204);
    expect(listed.headers['access-control-allow-origin']).toBe(ALLOWED);
    const read = await send(base, 'OPTIONS', '/v1/claims', {
      origin: 'https://evil.example',
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'if-none-match',
    });
    expect(read.status).toBe(204);
    expect(read.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('what Node refuses before routing', () => {
  async function raw(text: string, waitMs: number) {
    const c = rawConnection(base);
    await c.connected;
    await c.write(text);
    await Promise.race([c.closed, sleep(waitMs)]);
    c.socket.destroy();
    const [head = '', body = ''] = c.received().split('\r\n\r\n');
    return { head, problem: problemOf(body) };
  }

  it('has its own title: 408 Request Timeout, 431 Request Header Fields Too Large, 400 Bad Request', async () => {
    const timeout = await raw('GET /v1/claims HTTP/1.1\r\nHost: x\r\n', 8000);
    expect(timeout.head).toMatch(/^HTTP\/1\.1 408 /);
    expect(timeout.problem).toMatchObject({ status: 408, title: 'Request Timeout' });
    const large = await raw(`GET /v1/claims HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(32_000)}\r\n\r\n`, 5000);
    expect(large.problem).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
    const malformed = await raw('\u0001 NOT HTTP\r\n\r\n', 5000);
    expect(malformed.problem).toMatchObject({ status: 400, title: 'Bad Request' });
  }, 20_000);
});

describe('paths the spec does not name', () => {
  it('redirects a trailing or doubled slash to the canonical path, query kept, for every method', async () => {
    for (const [path, location] of [
      ['/v1/claims/', '/v1/claims'],
      ['/v1/claims/?country=KP&limit=2', '/v1/claims?country=KP&limit=2'],
      ['/v1//claims', '/v1/claims'],
      ['//v1/claims', '/v1/claims'],
      ['/v1/countries/', '/v1/countries'],
      ['/v1/countries/KP/', '/v1/countries/KP'],
      ['/v1/countries/KP//claims', '/v1/countries/KP/claims'],
      ['/v1/claims/kp-offered-100000-soldiers/evidence/', '/v1/claims/kp-offered-100000-soldiers/evidence'],
      ['/v1/', '/v1'],
      ['/health/', '/health'],
    ] as const) {
      const res = await send(base, 'GET', path);
      expect(res.status, path).toBe(308);
      expect(res.headers.location, path).toBe(location);
      expect(res.text, path).toBe('');
    }
    const post = await send(base, 'POST', '/v1/sources/', { authorization: bearer(), 'content-type': 'application/json' }, '{}');
    expect(post.status).toBe(308);
    expect(post.headers.location).toBe('/v1/sources');
    expect((await send(base, 'GET', '/v1/nothing/')).status).toBe(404);
  });

  it('leaves Swagger UI at /docs and /docs/ alone', async () => {
    expect((await send(base, 'GET', '/docs')).status).toBe(200);
    expect((await send(base, 'GET', '/docs/')).status).toBe(200);
  });

  it('never answers the non-canonical path with its data', async () => {
    const res = await send(base, 'GET', '/v1/claims/');
    expect(res.text).not.toContain('"data"');
  });
});

describe('request bodies', () => {
  it('are refused with 415 when declared in a charset other than UTF-8', async () => {
    for (const contentType of [
      'application/json; charset=latin1',
      'application/json; charset=ISO-8859-1',
      'application/json; charset=utf-16',
      'application/json;charset="UTF-16LE"',
      'application/json; charset=windows-1252',
    ]) {
      const res = await send(
        base,
        'POST',
        '/v1/sources',
        { authorization: bearer(), 'content-type': contentType },
        JSON.stringify(sourceBody('charset')),
      );
      expect(res.status, contentType).toBe(415);
      expect(problemOf(res.text).detail).toMatch(/UTF-8/);
    }
  });

  it('are taken in UTF-8, declared or not', async () => {
    for (const contentType of [
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset=UTF-8',
      'application/json;charset="utf-8"',
    ]) {
      const res = await send(
        base,
        'POST',
        '/v1/sources',
        { authorization: bearer(), 'content-type': contentType },
        JSON.stringify(sourceBody('utf8')),
      );
      expect(res.status, `${contentType}: ${res.text}`).toBe(201);
    }
  });
});

describe('Authorization', () => {
  it('takes the Bearer scheme in any case (RFC 9110 §11.1)', async () => {
    for (const scheme of ['bearer', 'BEARER', 'Bearer', 'bEaReR']) {
      const res = await send(
        base,
        'POST',
        '/v1/sources',
        { authorization: `${scheme} ${CURATOR_KEY}`, 'content-type': 'application/json' },
        JSON.stringify(sourceBody('scheme')),
      );
      expect(res.status, scheme).toBe(201);
    }
    const wrong = await send(
      base,
      'POST',
      '/v1/sources',
      { authorization: `bearer ${CURATOR_KEY.toUpperCase()}`, 'content-type': 'application/json' },
      JSON.stringify(sourceBody('scheme')),
    );
    expect(wrong.status).toBe(401);
  });
});
