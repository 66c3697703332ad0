import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { expectProblem } from '../helpers/http.js';
import { seedCounts } from '../helpers/seed-data.js';
import { API_KEYS, bearer, etagOf, write } from '../helpers/writes.js';

const t = useTestApp({ API_KEYS });

const get = t.get;
const listIds = async (url: string): Promise<string[]> => {
  const res = await get(url);
  expect(res.status, url).toBe(200);
  return (res.body.data as { id: string }[]).map((r) => r.id);
};

async function retract(url: string, reason: string) {
  return write(t.server, 'delete', url, { reason }, { authorization: bearer(), 'if-match': await etagOf(t.server, url) });
}

describe('retracting a claim (DELETE)', () => {
  const id = 'by-troops-in-action-opposition-media';
  const url = `/v1/claims/${id}`;
  const reason = 'The opposition outlets could not be identified.';

  it('requires a reason in a JSON body: 400 problem+json without one, 415 for a non-JSON one', async () => {
    const headers = { authorization: bearer(), 'if-match': '*' };
    const none = expectProblem(await write(t.server, 'delete', url, undefined, headers), 400);
    expect(none.errors?.length ?? 0).toBeGreaterThan(0);
    expect(expectProblem(await write(t.server, 'delete', url, {}, headers), 400).errors?.map((e) => e.pointer)).toContain(
      '/reason',
    );
    expectProblem(await write(t.server, 'delete', url, { reason: '  ' }, headers), 400);
    expectProblem(await write(t.server, 'delete', url, { reason, cascade: true }, headers), 400);
    const plain = await request(t.server).delete(url).set(headers).set('content-type', 'text/plain').send(reason);
    expectProblem(plain, 415);
    expect((await get(url)).body.data.status).toBe('active');
  });

  it('marks the claim retracted with its reason and answers with the new version', async () => {
    const res = await retract(url, reason);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id, status: 'retracted', retractionReason: reason, version: 2 });
    expect(res.headers.etag).toMatch(/^"v2-/);
  });

  it('keeps the retracted claim readable by id, with its evidence', async () => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id, status: 'retracted', retractionReason: reason });
    const evidence = await get(`${url}/evidence`);
    expect(evidence.status).toBe(200);
    expect(evidence.body.data.matches).toBe(true);
  });

  it('hides it from default lists and counts, shows it with status=retracted and status=all', async () => {
    const active = await listIds('/v1/claims?limit=100');
    expect(active).not.toContain(id);
    expect(active).toHaveLength(seedCounts.claims - 1);
    expect(await listIds('/v1/claims?status=active&limit=100')).toEqual(active);
    expect(await listIds('/v1/claims?status=retracted&limit=100')).toEqual([id]);
    const all = await listIds('/v1/claims?status=all&limit=100');
    expect(all).toContain(id);
    expect(all).toHaveLength(seedCounts.claims);

    expect(await listIds('/v1/countries/BY/claims?limit=100')).not.toContain(id);
    expect(await listIds('/v1/countries/BY/claims?status=retracted')).toEqual([id]);
    expect(await listIds('/v1/claims?q=opposition&limit=100')).not.toContain(id);
    const country = await get('/v1/countries/BY?include=claims');
    expect((country.body.data.claims as { id: string }[]).map((c) => c.id)).not.toContain(id);
    expect((await get('/v1')).body.counts.claims).toBe(seedCounts.claims - 1);
    expect((await get('/v1/sources/putin-allies-four-countries')).body.data.counts.claims).toBe(seedCounts.claims - 1);
  });

  it('answers a second retraction with 409 problem+json and changes nothing', async () => {
    const before = (await get(url)).body.data;
    expectProblem(await retract(url, 'again'), 409);
    expectProblem(await write(t.server, 'delete', url, { reason: 'again' }, { authorization: bearer(), 'if-match': '*' }), 409);
    expect((await get(url)).body.data).toEqual(before);
    const revisions = (await get(`${url}/revisions`)).body.data as { action: string }[];
    expect(revisions.map((r) => r.action)).toEqual(['create', 'retract']);
  });
});

describe('retracting a trade figure (DELETE)', () => {
  const id = 'ir-ru-bilateral-trade-ratio';
  const url = `/v1/trade-figures/${id}`;

  it('hides it from default lists, shows it with status=retracted|all, keeps it readable by id, refuses a second retraction', async () => {
    const res = await retract(url, 'A ratio derived from two figures, not stated as such.');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id,
      status: 'retracted',
      retractionReason: 'A ratio derived from two figures, not stated as such.',
    });

    const active = await listIds('/v1/trade-figures?limit=100');
    expect(active).not.toContain(id);
    expect(active).toHaveLength(seedCounts.tradeFigures - 1);
    expect(await listIds('/v1/trade-figures?status=retracted')).toEqual([id]);
    expect(await listIds('/v1/trade-figures?status=all&limit=100')).toHaveLength(seedCounts.tradeFigures);
    expect(await listIds('/v1/countries/IR/trade-figures')).not.toContain(id);
    expect((await get('/v1')).body.counts.tradeFigures).toBe(seedCounts.tradeFigures - 1);

    expect((await get(url)).body.data.status).toBe('retracted');
    expectProblem(await retract(url, 'again'), 409);
  });

  it('offers no DELETE for sources, leaders or countries (404 problem+json, nothing removed)', async () => {
    for (const target of ['/v1/sources/putin-allies-four-countries', '/v1/leaders/javad-owji', '/v1/countries/KP']) {
      const res = await write(t.server, 'delete', target, { reason: 'x' }, { authorization: bearer(), 'if-match': '*' });
      expect([404, 405]).toContain(res.status);
      expectProblem(res, res.status);
      expect((await get(target)).status).toBe(200);
    }
  });
});
