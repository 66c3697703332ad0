import type { Server } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimListResponse } from '../../src/schemas/claim.js';
import { datasetSchema } from '../../src/schemas/meta.js';
import type { TestApp } from '../helpers/app.js';
import {
  articleDataset,
  changeData,
  expectProblem,
  seedClaims,
  seedCountries,
  seedFigures,
  seedLeaders,
  startApp,
} from './helpers.js';

let test: TestApp;
let server: Server;

beforeAll(async () => {
  ({ test, server } = await startApp());
});
afterAll(async () => {
  await test.close();
});

const get = (url: string) => request(server).get(url);
const head = (url: string) => request(server).head(url);

const claim = seedClaims[0]?.id ?? '';
const figure = seedFigures[0]?.id ?? '';
const leader = seedLeaders[0]?.id ?? '';
const source = articleDataset.sources[0]?.id ?? '';

/** One URL per GET route of the read API. */
const READ_ROUTES = [
  '/v1',
  '/v1/countries',
  '/v1/countries/kp',
  '/v1/countries/kp/claims',
  '/v1/countries/ir/trade-figures',
  '/v1/countries/ir/leaders',
  '/v1/leaders',
  `/v1/leaders/${leader}`,
  '/v1/claims',
  `/v1/claims/${claim}`,
  `/v1/claims/${claim}/evidence`,
  '/v1/trade-figures',
  `/v1/trade-figures/${figure}`,
  '/v1/sources',
  `/v1/sources/${source}`,
  `/v1/sources/${source}/text`,
];

describe('GET /v1 dataset metadata', () => {
  it('describes the dataset with counts per resource that match the seed', async () => {
    const res = await get('/v1');
    expect(res.status).toBe(200);
    const body = datasetSchema.parse(res.body);
    expect(body.counts).toEqual({
      countries: seedCountries.length,
      leaders: seedLeaders.length,
      claims: seedClaims.length,
      tradeFigures: seedFigures.length,
      sources: articleDataset.sources.length,
    });
    expect(body.sources.map((s) => s.id)).toEqual(articleDataset.sources.map((s) => s.id));
    expect(body.sources[0]?.url).toBe(`/v1/sources/${source}`);
    expect(body.version).toBeGreaterThanOrEqual(1);
    expect(new Date(body.lastUpdated).toISOString()).toBe(body.lastUpdated);
    expect(body.license.code.length).toBeGreaterThan(0);
    expect(body.links).toMatchObject({ claims: '/v1/claims', tradeFigures: '/v1/trade-figures', sources: '/v1/sources' });
    for (const link of Object.values(body.links)) {
      expect((await get(link)).status, link).toBeLessThan(400);
    }
  });
});

describe('ETag and caching', () => {
  it('sends a strong ETag and Cache-Control on every GET route', async () => {
    for (const url of READ_ROUTES) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.etag, url).toMatch(/^"[^"]+"$/);
      expect(res.headers['cache-control'], url).toBeDefined();
    }
  });

  it('answers 304 with no body when If-None-Match matches the ETag, on every GET route', async () => {
    for (const url of READ_ROUTES) {
      const first = await get(url);
      const again = await get(url).set('if-none-match', String(first.headers.etag));
      expect(again.status, url).toBe(304);
      expect(again.text ?? '', url).toBe('');
      expect(again.headers.etag).toBe(first.headers.etag);
    }
  });

  it('answers 200 when If-None-Match does not match', async () => {
    const res = await get('/v1/claims').set('if-none-match', '"something-else"');
    expect(res.status).toBe(200);
  });

  it('changes the ETag when the data changes', async () => {
    const url = `/v1/claims/${claim}`;
    const before = await get(url);
    const original = seedClaims[0]?.verificationNote ?? '';
    await changeData(test.prisma, () =>
      test.prisma.claim.update({ where: { id: claim }, data: { verificationNote: `${original} (edited)` } }),
    );
    try {
      const after = await get(url).set('if-none-match', String(before.headers.etag));
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
    } finally {
      await changeData(test.prisma, () =>
        test.prisma.claim.update({ where: { id: claim }, data: { verificationNote: original } }),
      );
    }
  });

  it('gives different representations of one URL different ETags and says it varies on Accept', async () => {
    const json = await get('/v1/claims?limit=2');
    const ld = await get('/v1/claims?limit=2').set('accept', 'application/ld+json');
    expect(json.headers.etag).not.toBe(ld.headers.etag);
    for (const res of [json, ld, await get(`/v1/claims/${claim}`)]) {
      expect(res.headers.vary?.split(',').map((v: string) => v.trim().toLowerCase())).toContain('accept');
    }
  });

  it('never lets errors be cached', async () => {
    const res = await get('/v1/claims/no-such-claim');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('CORS', () => {
  it('opens every read to any origin and exposes ETag, Link and X-Total-Count', async () => {
    for (const url of ['/v1/claims?limit=1', `/v1/claims/${claim}`, '/v1/countries/kp', '/v1/claims/no-such-claim']) {
      const res = await get(url).set('origin', 'https://newsroom.example');
      expect(res.headers['access-control-allow-origin'], url).toBe('*');
      const exposed = String(res.headers['access-control-expose-headers'])
        .split(',')
        .map((h) => h.trim().toLowerCase());
      expect(exposed, url).toEqual(expect.arrayContaining(['etag', 'link', 'x-total-count']));
    }
  });

  it('answers a preflight for GET from any origin', async () => {
    const res = await request(server)
      .options('/v1/claims')
      .set('origin', 'https://newsroom.example')
      .set('access-control-request-method', 'GET');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toContain('GET');
    expect(res.headers['access-control-allow-methods']).toContain('HEAD');
  });
});

describe('HEAD', () => {
  it('works on every GET route with the GET headers and no body', async () => {
    for (const url of READ_ROUTES) {
      // The same Accept-Encoding for both (superagent sends one with GET only): each coding has its ETag.
      const g = await get(url).set('accept-encoding', 'gzip, deflate');
      const h = await head(url).set('accept-encoding', 'gzip, deflate');
      expect(h.status, url).toBe(200);
      expect(h.text ?? '', url).toBe('');
      expect(h.headers['content-type'], url).toBe(g.headers['content-type']);
      expect(h.headers.etag, url).toBe(g.headers.etag);
      expect(h.headers['x-total-count'], url).toBe(g.headers['x-total-count']);
    }
  });

  it('gives the total and next link of a list without the body', async () => {
    const h = await head('/v1/claims?limit=3');
    expect(h.headers['x-total-count']).toBe(String(seedClaims.length));
    expect(h.headers.link).toMatch(/^<\/v1\/claims\?limit=3&cursor=[^>]+>; rel="next"$/);
    const csv = await head('/v1/claims?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['x-total-count']).toBe(String(seedClaims.length));
  });
});

describe('Link and X-Total-Count', () => {
  it('mirrors meta.total and links.next in headers, with no Link on the last page', async () => {
    const first = await get('/v1/claims?limit=20');
    const body = claimListResponse.parse(first.body);
    expect(first.headers['x-total-count']).toBe(String(seedClaims.length));
    expect(first.headers.link).toBe(`<${body.links.next}>; rel="next"`);
    expect(body.links.self).toBe('/v1/claims?limit=20');
    const last = await get(body.links.next ?? '');
    expect(last.headers.link).toBeUndefined();
    expect(last.headers['x-total-count']).toBe(String(seedClaims.length));
    expect(claimListResponse.parse(last.body).links.next).toBeNull();
  });

  it('keeps the other query parameters in the next link', async () => {
    const body = claimListResponse.parse((await get('/v1/claims?country=BY,KP&sort=-id&limit=2')).body);
    const next = new URL(body.links.next ?? '', 'http://x');
    expect(next.searchParams.get('country')).toBe('BY,KP');
    expect(next.searchParams.get('sort')).toBe('-id');
    expect(next.searchParams.get('limit')).toBe('2');
  });
});

describe('compression', () => {
  it('gzips a large body when the client asks, to the same JSON', async () => {
    const plain = await get('/v1/claims?limit=100').set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    // supertest decodes gzip itself, so the parsed body must equal the identity one.
    const res = await get('/v1/claims?limit=100').set('accept-encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body).toEqual(plain.body);
  });

  it('leaves small bodies uncompressed', async () => {
    // An empty list: a country record, with the basis of each field, is over the 1 KB threshold.
    const res = await get('/v1/claims?country=ZZ').set('accept-encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBeLessThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('compresses large CSV exports too', async () => {
    const res = await get('/v1/claims?format=csv').set('accept-encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.text.split('\r\n').filter((l) => l.length > 0).length).toBeGreaterThan(seedClaims.length);
  });
});

describe('errors are RFC 9457 problem+json', () => {
  it('answers 406 for Accept: image/png on every GET route', async () => {
    for (const url of READ_ROUTES) {
      expectProblem(await get(url).set('accept', 'image/png'), 406);
    }
  });

  it('answers 406 for a format the resource does not offer via Accept', async () => {
    expectProblem(await get(`/v1/claims/${claim}`).set('accept', 'text/csv'), 406);
  });

  it('answers 404 for an unknown route and an unknown id', async () => {
    const route = expectProblem(await get('/v1/nothing-here'), 404);
    expect(route.type).toBe('/problems/not-found');
    for (const url of ['/v1/claims/nope', '/v1/trade-figures/nope', '/v1/leaders/nope', '/v1/sources/nope', '/v1/countries/zz']) {
      expectProblem(await get(url), 404);
    }
  });

  it('answers a method a resource does not support with a 405 problem naming the methods it has', async () => {
    const put = await request(server).put(`/v1/claims/${claim}`).send({});
    expectProblem(put, 405);
    expect(put.headers.allow).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');
    expectProblem(await request(server).delete('/v1/countries/KP'), 405);
    expectProblem(await request(server).post('/v1/claims/evidence').send({}), 405);
    expectProblem(await request(server).post('/v1/nothing/here').send({}), 404);
  });

  it('names the parameter for limit=0, limit=101, country=ZZZ and an unknown parameter', async () => {
    expectProblem(await get('/v1/claims?limit=0'), 400, 'limit');
    expectProblem(await get('/v1/claims?limit=101'), 400, 'limit');
    expectProblem(await get('/v1/claims?country=ZZZ'), 400, 'country');
    const unknown = expectProblem(await get('/v1/claims?colour=red'), 400, 'colour');
    expect(unknown.detail).toContain('colour');
    expectProblem(await get('/v1/countries?verbose=1'), 400, 'verbose');
    for (const url of [
      `/v1/claims/${claim}`,
      `/v1/claims/${claim}/evidence`,
      `/v1/leaders/${leader}`,
      `/v1/trade-figures/${figure}`,
      `/v1/sources/${source}`,
      '/v1',
    ]) {
      expectProblem(await get(`${url}?include=source`), 400, 'include');
    }
  });

  it('lists every bad parameter at once', async () => {
    const problem = expectProblem(await get('/v1/claims?limit=0&country=ZZZ&topic=weather'), 400);
    expect(problem.errors?.map((e) => e.parameter).sort()).toEqual(['country', 'limit', 'topic']);
    for (const e of problem.errors ?? []) expect(e.detail.length).toBeGreaterThan(0);
  });

  it('masks an unexpected failure as a 500 problem without internals', async () => {
    // Take the search index away under the running app, then put it back.
    await test.prisma.$executeRawUnsafe('ALTER TABLE claim_fts RENAME TO claim_fts_away');
    try {
      const problem = expectProblem(await get('/v1/claims?q=drones'), 500);
      expect(problem.detail).not.toMatch(/claim_fts|sqlite|prisma/i);
    } finally {
      await test.prisma.$executeRawUnsafe('ALTER TABLE claim_fts_away RENAME TO claim_fts');
    }
    expect((await get('/v1/claims?q=drones')).status).toBe(200);
  });

  describe('validators on streamed exports', () => {
    it('gives CSV and NDJSON exports an ETag per representation that revalidates to 304 and moves with the data', async () => {
      const csv = await get('/v1/claims?format=csv&q=drones');
      const ndjson = await get('/v1/claims?format=ndjson&q=drones');
      const csvTag = csv.headers.etag as string;
      expect(csvTag).toMatch(/^"x\d+-[\w-]+(\.gzip)?"$/);
      expect(ndjson.headers.etag).not.toBe(csvTag);
      const again = await get('/v1/claims?format=csv&q=drones').set('If-None-Match', csvTag);
      expect(again.status).toBe(304);
      await changeData(test.prisma, async () => undefined);
      const after = await get('/v1/claims?format=csv&q=drones').set('If-None-Match', csvTag);
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(csvTag);
      expect(after.text).toBe(csv.text);
    });
  });
});
