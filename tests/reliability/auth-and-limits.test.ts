import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CURATOR_KEY,
  SECOND_KEY,
  WRONG_KEY,
  bearer,
  cleanup,
  createLoggedApp,
  expectNoSecretsInLogs,
  send,
  sourceBody,
  type LoggedApp,
  type Sent,
} from '../helpers/reliability.js';

/**
 * Issue 7, test 9 (every write refuses every wrong way of presenting a key, identically, and
 * repeated failures hit the stricter bucket), plus the general rate limit: 429 problem+json with
 * Retry-After, and X-Forwarded-For believed only from configured proxies.
 */

const apps: LoggedApp[] = [];
async function listening(env: Record<string, string>): Promise<{ app: LoggedApp; base: string }> {
  const app = await createLoggedApp(env);
  apps.push(app);
  return { app, base: await app.app.listen({ host: '127.0.0.1', port: 0 }) };
}
afterAll(async () => {
  for (const app of apps) await app.close();
  expectNoSecretsInLogs();
  await cleanup();
});

/** A real record for each path parameter, so a bypassed check would not hide behind a 404. */
const RECORD: Record<string, string> = {
  '/v1/countries/:code': 'KP',
  '/v1/claims/:id': 'kp-offered-100000-soldiers',
  '/v1/leaders/:id': 'javad-owji',
  '/v1/trade-figures/:id': 'ir-ru-bilateral-trade-18-months',
  '/v1/sources/:id': 'putin-allies-four-countries',
};
const fill = (url: string) => (RECORD[url] === undefined ? url : url.replace(/:[a-z]+$/i, RECORD[url] ?? ''));

/** Every way of presenting a key that must not work: [name, query string, extra headers]. */
const ATTEMPTS: [string, string, Record<string, string>][] = [
  ['no Authorization', '', {}],
  ['a wrong key', '', { authorization: bearer(WRONG_KEY) }],
  ['an empty Bearer', '', { authorization: 'Bearer ' }],
  ['the key without a scheme', '', { authorization: CURATOR_KEY }],
  ['Basic with the key', '', { authorization: `Basic ${Buffer.from(`reliability:${CURATOR_KEY}`).toString('base64')}` }],
  ['two spaces before the key', '', { authorization: `Bearer  ${CURATOR_KEY}` }],
  ['a tab before the key', '', { authorization: `Bearer \t${CURATOR_KEY}` }],
  ['a no-break space after the key', '', { authorization: `Bearer ${CURATOR_KEY}\u00a0` }],
  ['a no-break space before the key', '', { authorization: `Bearer \u00a0${CURATOR_KEY}` }],
  ['the key and a second word', '', { authorization: `Bearer ${CURATOR_KEY} ${CURATOR_KEY}` }],
  ['two keys glued', '', { authorization: `Bearer ${CURATOR_KEY}${SECOND_KEY}` }],
  ['a truncated key', '', { authorization: `Bearer ${CURATOR_KEY.slice(0, -1)}` }],
  ['the key in X-API-Key', '', { 'x-api-key': CURATOR_KEY }],
  ['the key in ?key=', `?key=${CURATOR_KEY}`, {}],
  ['the key in ?api_key=', `?api_key=${CURATOR_KEY}`, {}],
  ['the key in ?access_token=', `?access_token=${CURATOR_KEY}`, {}],
  ['Bearer in ?authorization=', `?authorization=${encodeURIComponent(bearer())}`, {}],
];

function comparable(res: Sent) {
  const body = JSON.parse(res.text) as Record<string, unknown>;
  delete body.instance; // the request's own path and query, the one thing allowed to differ
  return {
    status: res.status,
    contentType: res.headers['content-type'],
    wwwAuthenticate: res.headers['www-authenticate'],
    cacheControl: res.headers['cache-control'],
    body,
  };
}

describe('authentication on every write route', () => {
  let t: { app: LoggedApp; base: string };
  beforeAll(async () => {
    // A failure limit out of the way: this matrix is many failures from one address.
    t = await listening({ AUTH_FAILURE_LIMIT: '100000' });
  });

  it('refuses missing, wrong, padded and query-string keys with one identical 401 on every non-GET route', async () => {
    const writes = t.app.app.registeredRoutes.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
    expect(writes.length).toBeGreaterThanOrEqual(12);
    const count = async () =>
      (JSON.parse((await send(t.base, 'GET', '/v1/sources?limit=1')).text) as { meta: { total: number } }).meta.total;
    const before = await count();

    let reference: ReturnType<typeof comparable> | undefined;
    const faults: string[] = [];
    for (const route of writes) {
      const path = fill(route.url);
      const body =
        route.method === 'POST' && route.url === '/v1/sources'
          ? JSON.stringify(sourceBody('auth'))
          : JSON.stringify({ reason: 'auth probe', name: 'x' });
      for (const [name, query, headers] of ATTEMPTS) {
        const res = await send(
          t.base,
          route.method,
          `${path}${query}`,
          { 'content-type': 'application/json', 'if-match': '*', ...headers },
          body,
        );
        if (res.status !== 401) {
          faults.push(`${route.method} ${route.url} with ${name}: ${res.status}`);
          continue;
        }
        const seen = comparable(res);
        reference ??= seen;
        try {
          expect(seen).toEqual(reference);
        } catch {
          faults.push(`${route.method} ${route.url} with ${name}: a different 401 ${JSON.stringify(seen)}`);
        }
      }
    }
    expect(faults).toEqual([]);
    expect(reference?.contentType).toMatch(/^application\/problem\+json/);
    expect(reference?.wwwAuthenticate).toMatch(/^Bearer /);
    expect(await count()).toBe(before);
  });

  it('accepts the right key, so the refusals above are about the key', async () => {
    const res = await send(
      t.base,
      'POST',
      '/v1/sources',
      { authorization: bearer(), 'content-type': 'application/json' },
      JSON.stringify(sourceBody('auth-ok')),
    );
    expect(res.status, res.text).toBe(201);
    const second = await send(
      t.base,
      'POST',
      '/v1/sources',
      { authorization: bearer(SECOND_KEY), 'content-type': 'application/json' },
      JSON.stringify(sourceBody('auth-ok')),
    );
    expect(second.status, second.text).toBe(201);
  });
});

describe('the stricter bucket for failed authentication', () => {
  it('answers 429 problem+json with Retry-After after AUTH_FAILURE_LIMIT failures, even to a right key, while reads go on', async () => {
    const { base } = await listening({ AUTH_FAILURE_LIMIT: '3', RATE_LIMIT_MAX: '1000' });
    const post = (authorization: string, headers: Record<string, string> = {}) =>
      send(
        base,
        'POST',
        '/v1/sources',
        { authorization, 'content-type': 'application/json', ...headers },
        JSON.stringify(sourceBody('bucket')),
      );
    for (let i = 0; i < 3; i += 1) expect((await post(bearer(WRONG_KEY))).status).toBe(401);
    const limited = await post(bearer(WRONG_KEY));
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((JSON.parse(limited.text) as { status: number }).status).toBe(429);
    // Blocked for the window, whatever is presented; the general limit is far away.
    expect((await post(bearer())).status).toBe(429);
    expect((await post(bearer(), { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
    expect((await send(base, 'GET', '/v1/claims?limit=1')).status).toBe(200);
  });
});

describe('general rate limit', () => {
  const hammer = async (base: string, n: number, headers: () => Record<string, string> = () => ({}), path = '/v1/countries') => {
    const statuses: number[] = [];
    let last: Sent | undefined;
    for (let i = 0; i < n; i += 1) {
      last = await send(base, 'GET', path, headers());
      statuses.push(last.status);
    }
    return { statuses, last };
  };

  it('answers 429 problem+json with Retry-After past RATE_LIMIT_MAX, and X-Forwarded-For does not dodge it without a trusted proxy', async () => {
    const { base } = await listening({ RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_MS: '60000' });
    // One URL again and again: after the second, each is a response-cache hit, and hits count too.
    const first = await hammer(base, 6);
    expect(first.statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const res = first.last as Sent;
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(res.text)).toMatchObject({ status: 429, title: 'Too Many Requests' });
    let n = 0;
    const forged = await hammer(base, 10, () => ({
      'x-forwarded-for': `198.51.100.${(n += 1)}`,
      'x-real-ip': `198.51.100.${n}`,
    }));
    expect(new Set(forged.statuses)).toEqual(new Set([429]));
    // Unknown URLs count as well: a flood of 404s is still a flood.
    expect((await hammer(base, 3, () => ({}), '/no-such-route')).statuses).toEqual([429, 429, 429]);
  });

  it('believes X-Forwarded-For from a configured proxy, one bucket per client behind it', async () => {
    const { base } = await listening({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000', TRUST_PROXY: '127.0.0.1' });
    const one = await hammer(base, 4, () => ({ 'x-forwarded-for': '198.51.100.1' }));
    expect(one.statuses).toEqual([200, 200, 200, 429]);
    const other = await hammer(base, 3, () => ({ 'x-forwarded-for': '198.51.100.2' }));
    expect(other.statuses).toEqual([200, 200, 200]);
  });
});
