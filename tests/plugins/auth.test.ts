import type { Server } from 'node:http';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type TestApp } from '../helpers/app.js';
import { expectProblem, parseProblem } from '../helpers/http.js';
import { seedCounts } from '../helpers/seed-data.js';
import { ALICE, API_KEYS, bearer, claimBody, SOURCE_ID } from '../helpers/writes.js';
import { redactQueryCredentials } from '../../src/lib/redact.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A real record for each path parameter, so a request would reach the record if auth let it. */
function concreteUrl(url: string, datasetVersion = 1): string {
  return url
    .replace('/downloads/data/:file', '/downloads/data/claims.csv')
    .replace('/downloads/ndjson/:file', '/downloads/ndjson/claims.ndjson')
    .replace('/downloads/sqlite/:version', `/downloads/sqlite/${datasetVersion}`)
    .replace('/claims/:id', '/claims/by-troops-in-action-opposition-media')
    .replace('/trade-figures/:id', '/trade-figures/cn-ru-total-trade-change-2021')
    .replace('/sources/:id', `/sources/${SOURCE_ID}`)
    .replace('/leaders/:id', '/leaders/javad-owji')
    .replace('/countries/:code', '/countries/BY')
    .replace('/problems/:slug', '/problems/not-found')
    .replace('/assets/:file', '/assets/explorer.css');
}

type Route = { method: string; url: string };

function writeRoutes(test: TestApp): Route[] {
  const seen = new Set<string>();
  return test.app.registeredRoutes
    .filter((r) => WRITE_METHODS.has(r.method))
    .map((r) => ({ method: r.method, url: concreteUrl(r.url) }))
    .filter((r) => {
      const key = `${r.method} ${r.url}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function send(server: Server, route: Route, path: string, authorization?: string) {
  let req = request(server)[route.method.toLowerCase() as 'post' | 'patch' | 'delete'](path);
  if (authorization !== undefined) req = req.set('authorization', authorization);
  return req.send({});
}

describe('authentication of every write route', () => {
  let routes: Route[];

  const t = useTestApp({ API_KEYS, AUTH_FAILURE_LIMIT: '100000' });
  beforeAll(async () => {
    // The walk sends a hundred failed attempts; the failure bucket is tested on its own below.
    routes = writeRoutes(t);
  });

  it('finds every write route the API registers (POST, PATCH, DELETE), none of them unparameterised by mistake', () => {
    const names = routes.map((r) => `${r.method} ${r.url}`).sort();
    // At least the routes the issue promises; a new write route is walked automatically.
    for (const expected of [
      'POST /v1/sources',
      `PATCH /v1/sources/${SOURCE_ID}`,
      'POST /v1/claims',
      'PATCH /v1/claims/by-troops-in-action-opposition-media',
      'DELETE /v1/claims/by-troops-in-action-opposition-media',
      'POST /v1/trade-figures',
      'PATCH /v1/trade-figures/cn-ru-total-trade-change-2021',
      'DELETE /v1/trade-figures/cn-ru-total-trade-change-2021',
      'POST /v1/leaders',
      'PATCH /v1/leaders/javad-owji',
      'POST /v1/countries',
      'PATCH /v1/countries/BY',
    ]) {
      expect(names).toContain(expected);
    }
    for (const r of routes) expect(r.url, `${r.method} ${r.url}`).not.toContain(':');
  });

  const variants: { name: string; authorization?: string; query?: string }[] = [
    { name: 'no Authorization header' },
    { name: 'a wrong key', authorization: 'Bearer not-a-configured-key-0000' },
    { name: 'a configured key with a suffix', authorization: `Bearer ${ALICE.key}x` },
    { name: 'a prefix of a configured key', authorization: `Bearer ${ALICE.key.slice(0, -1)}` },
    { name: 'the key under the Basic scheme', authorization: `Basic ${Buffer.from(`alice:${ALICE.key}`).toString('base64')}` },
    { name: 'the bare key without a scheme', authorization: ALICE.key },
    { name: 'the key name instead of the key', authorization: `Bearer ${ALICE.name}` },
    { name: 'an empty Bearer token', authorization: 'Bearer ' },
    { name: 'the key in ?key=', query: `key=${encodeURIComponent(ALICE.key)}` },
    { name: 'the key in ?api_key=', query: `api_key=${encodeURIComponent(ALICE.key)}` },
    { name: 'the key in ?access_token=', query: `access_token=${encodeURIComponent(ALICE.key)}` },
  ];

  for (const variant of variants) {
    it(`answers ${variant.name} with the same 401 problem+json and WWW-Authenticate on every write route`, async () => {
      const bodies: string[] = [];
      for (const route of routes) {
        const path = variant.query === undefined ? route.url : `${route.url}?${variant.query}`;
        const res = await send(t.server, route, path, variant.authorization);
        const label = `${route.method} ${path}`;
        expect(res.status, label).toBe(401);
        const body = expectProblem(res, 401);
        expect(res.headers['www-authenticate'], label).toBe('Bearer realm="allies-api"');
        expect(res.headers['cache-control'], label).toBe('no-store');
        const { instance, ...rest } = body;
        // The instance names the request, but never echoes a key sent in the query string.
        expect(instance).toBe(redactQueryCredentials(path));
        expect(instance).not.toContain(ALICE.key);
        bodies.push(JSON.stringify(rest));
      }
      // Identical on every route: nothing tells a caller which routes or records exist.
      expect(new Set(bodies).size).toBe(1);
      expect(bodies[0]).not.toContain(ALICE.key);
    });
  }

  it('answers a whitespace-padded or tab-separated key with the same 401 (exact bytes, through inject)', async () => {
    // Over a socket, Node strips leading and trailing whitespace of a header value; inject does not.
    for (const authorization of [
      `Bearer ${ALICE.key} `,
      `Bearer  ${ALICE.key}`,
      `Bearer\t${ALICE.key}`,
      ` Bearer ${ALICE.key}x`,
    ]) {
      for (const route of routes) {
        const res = await t.app.inject({
          method: route.method as 'POST',
          url: route.url,
          headers: { authorization, 'content-type': 'application/json' },
          payload: '{}',
        });
        expect(res.statusCode, `${route.method} ${route.url} with ${JSON.stringify(authorization)}`).toBe(401);
        expect(res.headers['www-authenticate']).toBe('Bearer realm="allies-api"');
        parseProblem(res.headers['content-type'], res.body, 401, route.url);
      }
    }
  });

  it('lets a configured key through on every write route (the body is then validated: 400, not 401)', async () => {
    for (const route of routes) {
      const res = await send(t.server, route, route.url, bearer());
      expect(res.status, `${route.method} ${route.url}`).toBe(400);
      expectProblem(res, 400);
      expect(res.headers['www-authenticate']).toBeUndefined();
    }
  });

  it('checks the key before reading the body: a bad key with a non-JSON or malformed body is still 401, not 415 or 400', async () => {
    const plain = await request(t.server).post('/v1/claims').set('content-type', 'text/plain').send('hello');
    expectProblem(plain, 401);
    const malformed = await request(t.server).post('/v1/claims').set('content-type', 'application/json').send('{"broken":');
    expectProblem(malformed, 401);
  });

  it('keeps every read public: each GET route answers without a key and never asks for one', async () => {
    const reads = t.app.registeredRoutes.filter((r) => r.method === 'GET' && !r.url.includes('*'));
    expect(reads.length).toBeGreaterThan(15);
    // The SQLite snapshot is served for the current version only; earlier tests may have written.
    const { version } = (await request(t.server).get('/v1/downloads').expect(200)).body as { version: number };
    for (const route of reads) {
      const url = concreteUrl(route.url, version);
      const res = await request(t.server).get(url);
      // API reads answer 200; documentation pages may redirect (Swagger UI's static index).
      if (url.startsWith('/v1')) expect(res.status, url).toBe(200);
      else expect(res.status, url).toBeLessThan(400);
      expect(res.headers['www-authenticate'], url).toBeUndefined();
    }
  });

  it('accepts each configured key and records its name as the actor', async () => {
    const res = await request(t.server).post('/v1/claims').set('authorization', bearer()).send(claimBody());
    expect(res.status).toBe(201);
    const revisions = await request(t.server).get(`/v1/claims/${res.body.data.id}/revisions`);
    expect(revisions.body.data.map((r: { actor: string }) => r.actor)).toEqual([ALICE.name]);
  });
});

describe('failed-authentication bucket', () => {
  const WINDOW_MS = 2000;

  const t = useTestApp({ API_KEYS, AUTH_FAILURE_LIMIT: '3', RATE_LIMIT_WINDOW_MS: String(WINDOW_MS) });

  it('answers 429 problem+json with Retry-After once an address has failed AUTH_FAILURE_LIMIT times, even for a right key, while reads stay open; the window then resets', async () => {
    const started = Date.now();
    for (let i = 0; i < 3; i += 1) {
      // A spoofed X-Forwarded-For does not open a fresh bucket: no proxy is trusted.
      const res = await request(t.server)
        .post('/v1/claims')
        .set('authorization', 'Bearer wrong-key-000000000000')
        .set('x-forwarded-for', `203.0.113.${i}`)
        .send({});
      expectProblem(res, 401);
    }
    const blocked = await request(t.server).post('/v1/claims').set('authorization', 'Bearer wrong-key-000000000000').send({});
    expectProblem(blocked, 429);
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil(WINDOW_MS / 1000));

    const rightKey = await request(t.server).post('/v1/claims').set('authorization', bearer()).send(claimBody());
    expectProblem(rightKey, 429);
    const noKey = await request(t.server).patch('/v1/claims/by-troops-in-action-opposition-media').send({});
    expectProblem(noKey, 429);

    const read = await request(t.server).get('/v1/claims');
    expect(read.status).toBe(200);
    // Nothing was written while blocked.
    expect(await t.prisma.claim.count()).toBe(seedCounts.claims);
    expect(Date.now() - started).toBeLessThan(WINDOW_MS);

    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS - (Date.now() - started) + 100));
    const afterWindow = await request(t.server).post('/v1/claims').set('authorization', bearer()).send(claimBody());
    expect(afterWindow.status).toBe(201);
  });
});
