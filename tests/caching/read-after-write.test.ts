import type request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { changeData } from '../helpers/database.js';
import { attr, one, parseHtml, text } from '../helpers/html.js';
import { seedCounts } from '../helpers/seed-data.js';
import { API_KEYS, bearer, claimBody, figureBody, write } from '../helpers/writes.js';

/**
 * A read that starts after a write was acknowledged sees it, on every path that could serve a
 * stale copy: lists, items, counts, nested includes, conditional GETs and the response cache.
 */
describe.each([
  { label: 'with the response cache on (the default)', env: {} as Record<string, string>, cached: true },
  { label: 'with the response cache off', env: { RESPONSE_CACHE_MB: '0' }, cached: false },
  // The cache's own writes must invalidate it at once, not when its version read next expires.
  {
    label: 'with the cache re-reading the dataset version only once a minute',
    env: { CACHE_VERSION_CHECK_MS: '60000' } as Record<string, string>,
    cached: true,
  },
])('read after write, $label', ({ env, cached }) => {
  const t = useTestApp({ API_KEYS, ...env });
  const get = t.get;

  const warm = [
    '/v1',
    '/v1/claims?limit=100',
    '/v1/claims?country=RU&limit=100',
    '/v1/countries/RU/claims',
    '/v1/countries/RU?include=claims',
    '/v1/trade-figures?limit=100',
    '/v1/changes?limit=1000',
    '/v1/sources/putin-allies-four-countries',
    '/v1/claims/ru-least-popular-country',
  ];

  async function warmUp() {
    // Three times: a URL is cached from its second request on, so the third round is served
    // from the cache when it is on.
    for (let round = 0; round < 3; round += 1) for (const url of warm) expect((await get(url)).status, url).toBe(200);
  }

  it('serves warm reads from the cache when it is on (so the checks below exercise it)', async () => {
    const before = t.app.responseCache.stats().hits;
    await warmUp();
    const hits = t.app.responseCache.stats().hits - before;
    if (cached) expect(hits).toBeGreaterThanOrEqual(warm.length);
    else expect(hits).toBe(0);
  });

  it('shows a created claim and trade figure in lists, by id, in counts, in includes and in the feed at once', async () => {
    await warmUp();
    const version = (await get('/v1')).body.version as number;
    const created = await write(t.server, 'post', '/v1/claims', claimBody({ statement: 'Read-after-write claim.' }));
    expect(created.status).toBe(201);
    const id = created.body.data.id as string;
    const figure = await write(t.server, 'post', '/v1/trade-figures', figureBody());
    expect(figure.status).toBe(201);

    const ids = (res: request.Response) => (res.body.data as { id: string }[]).map((r) => r.id);
    expect(ids(await get('/v1/claims?limit=100'))).toContain(id);
    expect(ids(await get('/v1/claims?country=RU&limit=100'))).toContain(id);
    expect(ids(await get('/v1/countries/RU/claims'))).toContain(id);
    expect(((await get('/v1/countries/RU?include=claims')).body.data.claims as { id: string }[]).map((c) => c.id)).toContain(id);
    expect(ids(await get('/v1/trade-figures?limit=100'))).toContain(figure.body.data.id);
    expect((await get(`/v1/claims/${id}`)).body.data.statement).toBe('Read-after-write claim.');
    const meta = (await get('/v1')).body;
    expect(meta.counts.claims).toBeGreaterThanOrEqual(seedCounts.claims + 1);
    expect(meta.version).toBe(version + 2);
    expect((await get('/v1/sources/putin-allies-four-countries')).body.data.counts.claims).toBe(meta.counts.claims);
    expect(((await get('/v1/changes?limit=1000')).body.data as { resourceId: string }[]).map((c) => c.resourceId)).toContain(id);
  });

  it('shows a write in the dataset status of GET /v1 and of the home page (its JSON form and its Dataset block) at once', async () => {
    type Index = { version: number; lastUpdated: string; counts: { claims: number } };
    const status = async () => {
      const html = await get('/').set('accept', 'text/html');
      expect(html.status).toBe(200);
      const block = one(parseHtml(html.text), (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
      const dataset = JSON.parse(text(block)) as { version: string; dateModified: string };
      const index = (await get('/v1')).body as Index;
      expect((await get('/').set('accept', 'application/json')).body).toEqual(index);
      expect(dataset.version).toBe(String(index.version));
      expect(dataset.dateModified).toBe(index.lastUpdated);
      return index;
    };
    // Twice: the second time the status is the one read before, however it is kept.
    await status();
    const before = await status();
    const created = await write(t.server, 'post', '/v1/claims', claimBody({ statement: 'Counted on the home page.' }));
    expect(created.status).toBe(201);
    const after = await status();
    expect(after.version).toBe(before.version + 1);
    expect(after.counts.claims).toBe(before.counts.claims + 1);
    expect(Date.parse(after.lastUpdated)).toBeGreaterThanOrEqual(Date.parse(before.lastUpdated));
    // Another connection's commit (another instance, a script) is seen within CACHE_VERSION_CHECK_MS, 0 here.
    if (env.CACHE_VERSION_CHECK_MS !== undefined) return;
    await changeData(t.prisma, () =>
      t.prisma.claim.update({ where: { id: created.body.data.id as string }, data: { status: 'retracted' } }),
    );
    const changed = await status();
    expect(changed.version).toBe(after.version + 1);
    expect(changed.counts.claims).toBe(before.counts.claims);
  });

  it('shows a correction on the next read, and a conditional GET with the old ETag gets 200, not 304', async () => {
    await warmUp();
    const url = '/v1/claims/ru-least-popular-country';
    const old = await get(url);
    const res = await write(
      t.server,
      'patch',
      url,
      { statement: 'Corrected for read-after-write.', reason: 'test' },
      { authorization: bearer(), 'if-match': old.headers.etag as string },
    );
    expect(res.status).toBe(200);
    const fresh = await get(url).set('if-none-match', old.headers.etag as string);
    expect(fresh.status).toBe(200);
    expect(fresh.body.data.statement).toBe('Corrected for read-after-write.');
    expect(fresh.headers.etag).toBe(res.headers.etag);
    const listed = ((await get('/v1/claims?limit=100')).body.data as { id: string; statement: string }[]).find(
      (c) => c.id === 'ru-least-popular-country',
    );
    expect(listed?.statement).toBe('Corrected for read-after-write.');
  });

  it('finds edited text by its new words and no longer by its old ones in the next search', async () => {
    const ids = async (url: string) => ((await get(url)).body.data as { id: string }[]).map((r) => r.id);
    const created = await write(
      t.server,
      'post',
      '/v1/claims',
      claimBody({
        statement: 'Mentions blorptide first.',
        claimant: { name: 'Ofelia Snarkwater', type: 'journalist', leaderId: null },
      }),
    );
    expect(created.status).toBe(201);
    const id = created.body.data.id as string;
    const figure = await write(t.server, 'post', '/v1/trade-figures', figureBody({ caveat: 'Per the quendrix ledger.' }));
    expect(figure.status).toBe(201);
    const figureId = figure.body.data.id as string;
    expect(await ids('/v1/claims?q=blorptide')).toEqual([id]);
    expect(await ids('/v1/claims?q=snarkwater')).toEqual([id]);
    expect(await ids('/v1/trade-figures?q=quendrix')).toEqual([figureId]);

    const patched = await write(
      t.server,
      'patch',
      `/v1/claims/${id}`,
      {
        statement: 'Mentions vexillane instead.',
        claimant: { name: 'Ofelia Brightwell', type: 'journalist', leaderId: null },
        reason: 'test',
      },
      { authorization: bearer(), 'if-match': '*' },
    );
    expect(patched.status).toBe(200);
    const patchedFigure = await write(
      t.server,
      'patch',
      `/v1/trade-figures/${figureId}`,
      { caveat: 'Per the zamphor ledger.', reason: 'test' },
      { authorization: bearer(), 'if-match': '*' },
    );
    expect(patchedFigure.status).toBe(200);
    expect(await ids('/v1/claims?q=vexillane')).toEqual([id]);
    expect(await ids('/v1/claims?q=brightwell')).toEqual([id]);
    expect(await ids('/v1/claims?q=blorptide')).toEqual([]);
    expect(await ids('/v1/claims?q=snarkwater')).toEqual([]);
    expect(await ids('/v1/trade-figures?q=zamphor')).toEqual([figureId]);
    expect(await ids('/v1/trade-figures?q=quendrix')).toEqual([]);
    // Other records' index rows are untouched by the edit.
    expect((await ids('/v1/claims?q=opposition&limit=100')).length).toBeGreaterThan(0);
  });

  it('drops a retracted claim from lists and counts on the next read', async () => {
    await warmUp();
    const before = (await get('/v1')).body.counts.claims as number;
    const url = '/v1/claims/ru-least-popular-country';
    const res = await write(t.server, 'delete', url, { reason: 'test' }, { authorization: bearer(), 'if-match': '*' });
    expect(res.status).toBe(200);
    expect(((await get('/v1/claims?limit=100')).body.data as { id: string }[]).map((c) => c.id)).not.toContain(
      'ru-least-popular-country',
    );
    expect((await get('/v1')).body.counts.claims).toBe(before - 1);
    expect((await get(url)).body.data.status).toBe('retracted');
  });

  it('never serves a read older than an acknowledged write when reads and writes interleave', async () => {
    for (let i = 0; i < 10; i += 1) {
      const pending = get('/v1/claims?limit=100').then((r) => r.status);
      const created = await write(t.server, 'post', '/v1/claims', claimBody({ statement: `Interleaved ${i}.` }));
      expect(created.status).toBe(201);
      expect(await pending).toBe(200);
      const after = (await get('/v1/claims?limit=100')).body.data as { id: string }[];
      expect(after.map((c) => c.id)).toContain(created.body.data.id);
    }
  });
});
