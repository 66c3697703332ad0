import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { expectProblem } from '../helpers/http.js';
import { claim, figure, leader, READ_ROUTES, source } from '../helpers/read-routes.js';

const t = useTestApp();
const get = t.get;

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
    const put = await request(t.server).put(`/v1/claims/${claim}`).send({});
    expectProblem(put, 405);
    expect(put.headers.allow).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');
    expectProblem(await request(t.server).delete('/v1/countries/KP'), 405);
    expectProblem(await request(t.server).post('/v1/claims/evidence').send({}), 405);
    expectProblem(await request(t.server).post('/v1/nothing/here').send({}), 404);
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
    await t.prisma.$executeRawUnsafe('ALTER TABLE claim_fts RENAME TO claim_fts_away');
    try {
      const problem = expectProblem(await get('/v1/claims?q=drones'), 500);
      expect(problem.detail).not.toMatch(/claim_fts|sqlite|prisma/i);
    } finally {
      await t.prisma.$executeRawUnsafe('ALTER TABLE claim_fts_away RENAME TO claim_fts');
    }
    expect((await get('/v1/claims?q=drones')).status).toBe(200);
  });
});
