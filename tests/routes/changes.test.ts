import request from 'supertest';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { changesResponse } from '../../src/schemas/change.js';
import { revisionListResponse } from '../../src/schemas/common.js';
import { useTestApp } from '../helpers/app.js';
import { expectProblem } from '../helpers/http.js';
import { seedCounts } from '../helpers/seed-data.js';
import { ALICE, API_KEYS, BOB, bearer, claimBody, etagOf, figureBody, write } from '../helpers/writes.js';

type Change = {
  id: number;
  resourceType: string;
  resourceId: string;
  version: number;
  action: string;
  actor: string;
  reason: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
  datasetVersion: number;
  createdAt: string;
};

const t = useTestApp({ API_KEYS });
const SEED_TOTAL = seedCounts.sources + seedCounts.countries + seedCounts.leaders + seedCounts.claims + seedCounts.tradeFigures;

/** What this file's curators did, in order, as the feed should report it. */
const expected: {
  resourceType: string;
  resourceId: string;
  action: string;
  actor: string;
  version: number;
  reason: string | null;
}[] = [];
let seedCursor = '';
let createdClaim = '';
let midpoint = '';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function feed(url: string) {
  const res = await request(t.server).get(url);
  expect(res.status, url).toBe(200);
  return changesResponse.parse(res.body) as {
    data: Change[];
    meta: { limit: number; nextCursor: string; hasMore: boolean };
    links: { self: string; next: string };
  };
}

beforeAll(async () => {
  seedCursor = (await feed('/v1/changes?limit=1000')).meta.nextCursor;

  const created = await write(t.server, 'post', '/v1/claims', claimBody());
  expect(created.status).toBe(201);
  createdClaim = created.body.data.id;
  expected.push({
    resourceType: 'claim',
    resourceId: createdClaim,
    action: 'create',
    actor: ALICE.name,
    version: 1,
    reason: null,
  });

  const patched = await write(
    t.server,
    'patch',
    `/v1/claims/${createdClaim}`,
    { statement: 'Russia is among the least popular countries.', topic: 'rhetorical', reason: 'Closer to the text' },
    {
      authorization: bearer(BOB),
      'if-match': created.headers.etag as string,
    },
  );
  expect(patched.status).toBe(200);
  expected.push({
    resourceType: 'claim',
    resourceId: createdClaim,
    action: 'update',
    actor: BOB.name,
    version: 2,
    reason: 'Closer to the text',
  });

  await sleep(20);
  midpoint = new Date().toISOString();
  await sleep(20);

  const retracted = await write(
    t.server,
    'delete',
    '/v1/claims/kp-offered-100000-soldiers',
    { reason: 'Single state-media report' },
    {
      authorization: bearer(),
      'if-match': await etagOf(t.server, '/v1/claims/kp-offered-100000-soldiers'),
    },
  );
  expect(retracted.status).toBe(200);
  expected.push({
    resourceType: 'claim',
    resourceId: 'kp-offered-100000-soldiers',
    action: 'retract',
    actor: ALICE.name,
    version: 2,
    reason: 'Single state-media report',
  });

  const figure = await write(t.server, 'post', '/v1/trade-figures', figureBody(), { authorization: bearer(BOB) });
  expect(figure.status).toBe(201);
  expected.push({
    resourceType: 'trade_figure',
    resourceId: figure.body.data.id,
    action: 'create',
    actor: BOB.name,
    version: 1,
    reason: null,
  });

  const country = await write(
    t.server,
    'patch',
    '/v1/countries/IR',
    { name: 'Islamic Republic of Iran', reason: 'Official name' },
    { authorization: bearer(), 'if-match': '*' },
  );
  expect(country.status).toBe(200);
  expected.push({
    resourceType: 'country',
    resourceId: 'IR',
    action: 'update',
    actor: ALICE.name,
    version: 2,
    reason: 'Official name',
  });

  // Refused writes leave no trace in the feed.
  expect((await write(t.server, 'post', '/v1/claims', claimBody({ quote: 'pas dans le texte' }))).status).toBe(422);
  expect(
    (
      await write(
        t.server,
        'patch',
        `/v1/claims/${createdClaim}`,
        { statement: 'x', reason: 'stale' },
        { authorization: bearer(), 'if-match': '"v1"' },
      )
    ).status,
  ).toBe(412);
});

describe('revisions of a record', () => {
  it('lists every version oldest first: who (key name), what (field-level diff), when, why', async () => {
    const res = await request(t.server).get(`/v1/claims/${createdClaim}/revisions`);
    expect(res.status).toBe(200);
    const { data } = revisionListResponse.parse(res.body);
    expect(data.map((r) => [r.version, r.action, r.actor, r.reason])).toEqual([
      [1, 'create', ALICE.name, null],
      [2, 'update', BOB.name, 'Closer to the text'],
    ]);
    const [create, update] = data;
    expect(create?.changes.statement).toEqual({ from: null, to: 'Russia is one of the least popular countries in the world.' });
    expect(create?.changes.quote?.to).toBe(claimBody().quote);
    // Only what changed, with both sides; bookkeeping (version, updatedAt) is not a change.
    expect(update?.changes).toEqual({
      statement: {
        from: 'Russia is one of the least popular countries in the world.',
        to: 'Russia is among the least popular countries.',
      },
      topic: { from: 'diplomatic', to: 'rhetorical' },
      topics: { from: ['diplomatic'], to: ['rhetorical'] },
    });
    expect(Date.parse(update?.createdAt ?? '')).toBeGreaterThanOrEqual(Date.parse(create?.createdAt ?? ''));
    expect(update?.datasetVersion).toBeGreaterThan(create?.datasetVersion ?? Infinity);
  });

  it('gives a page the latest revisions of a record, oldest of them first, and its total: the end of its whole history', async () => {
    const { revisions } = t.app.repositories;
    const records = [
      ['claim', createdClaim],
      ['claim', 'kp-offered-100000-soldiers'],
      ['country', 'IR'],
      ['trade_figure', 'cn-ru-oil-imports-change-2021'],
      ['claim', 'no-such-claim'],
    ] as const;
    for (const [type, id] of records) {
      const history = await revisions.forRecord(type, id);
      for (const limit of [1, 2, 20]) {
        expect(await revisions.latestForRecord(type, id, limit), `${type} ${id} ${limit}`).toEqual({
          rows: history.slice(-limit),
          total: history.length,
        });
      }
    }
    await expect(revisions.latestForRecord('claim', createdClaim, 0)).rejects.toThrow(RangeError);
  });

  it('records a retraction with its reason and the status change', async () => {
    const { data } = revisionListResponse.parse(
      (await request(t.server).get('/v1/claims/kp-offered-100000-soldiers/revisions')).body,
    );
    expect(data.map((r) => [r.action, r.actor])).toEqual([
      ['create', 'seed'],
      ['retract', ALICE.name],
    ]);
    expect(data[1]).toMatchObject({
      version: 2,
      reason: 'Single state-media report',
      changes: { status: { from: 'active', to: 'retracted' }, retractionReason: { from: null, to: 'Single state-media report' } },
    });
  });

  it('diffs a country patch to the one field it changed', async () => {
    const { data } = revisionListResponse.parse((await request(t.server).get('/v1/countries/IR/revisions')).body);
    expect(data.at(-1)).toMatchObject({
      action: 'update',
      actor: ALICE.name,
      changes: { name: { from: 'Iran', to: 'Islamic Republic of Iran' } },
    });
    expect(Object.keys(data.at(-1)?.changes ?? {})).toEqual(['name']);
  });

  it('records a quote change with its new offsets', async () => {
    const figures = await request(t.server).get('/v1/trade-figures/cn-ru-oil-imports-change-2021');
    const before = figures.body.data;
    // Starts earlier and ends earlier than the seeded quote, so both offsets move.
    const quote = 'en 2021, les importations de pétrole ayant augmenté de 55 %';
    const res = await write(
      t.server,
      'patch',
      '/v1/trade-figures/cn-ru-oil-imports-change-2021',
      { quote, reason: 'Shorter quote' },
      {
        authorization: bearer(),
        'if-match': figures.headers.etag as string,
      },
    );
    expect(res.status).toBe(200);
    expected.push({
      resourceType: 'trade_figure',
      resourceId: 'cn-ru-oil-imports-change-2021',
      action: 'update',
      actor: ALICE.name,
      version: 2,
      reason: 'Shorter quote',
    });
    expect(res.body.data.quoteStart).not.toBe(before.quoteStart);
    expect(res.body.data.quoteEnd).not.toBe(before.quoteEnd);
    const { data } = revisionListResponse.parse(
      (await request(t.server).get('/v1/trade-figures/cn-ru-oil-imports-change-2021/revisions')).body,
    );
    expect(data.at(-1)?.changes).toEqual({
      quote: { from: before.quote, to: quote },
      quoteStart: { from: before.quoteStart, to: res.body.data.quoteStart },
      quoteEnd: { from: before.quoteEnd, to: res.body.data.quoteEnd },
    });
  });

  it('answers revisions of an unknown record with 404 problem+json', async () => {
    expectProblem(await request(t.server).get('/v1/claims/no-such-claim/revisions'), 404);
    expectProblem(await request(t.server).get('/v1/countries/ZZ/revisions'), 404);
  });

  it('never shows a key, only key names, anywhere in revisions or the feed', async () => {
    const texts = [
      (await request(t.server).get(`/v1/claims/${createdClaim}/revisions`)).text,
      (await request(t.server).get('/v1/changes?limit=1000')).text,
    ];
    for (const text of texts) {
      expect(text).not.toContain(ALICE.key);
      expect(text).not.toContain(BOB.key);
    }
    const actors = new Set((await feed('/v1/changes?limit=1000')).data.map((c) => c.actor));
    expect([...actors].sort()).toEqual([ALICE.name, BOB.name, 'seed'].sort());
  });
});

describe('the change feed', () => {
  it('starts with the seed’s creations, then every acknowledged write in commit order', async () => {
    const { data, meta } = await feed('/v1/changes?limit=1000');
    expect(meta.hasMore).toBe(false);
    const seed = data.slice(0, SEED_TOTAL);
    expect(seed.every((c) => c.actor === 'seed' && c.action === 'create' && c.version === 1)).toBe(true);
    expect(new Set(seed.map((c) => `${c.resourceType}/${c.resourceId}`)).size).toBe(SEED_TOTAL);
    expect(seed.filter((c) => c.resourceType === 'claim')).toHaveLength(seedCounts.claims);
    const writes = data.slice(SEED_TOTAL).map(({ resourceType, resourceId, action, actor, version, reason }) => ({
      resourceType,
      resourceId,
      action,
      actor,
      version,
      reason,
    }));
    expect(writes).toEqual(expected);
    const ids = data.map((c) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    const versions = data.slice(SEED_TOTAL).map((c) => c.datasetVersion);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(meta.nextCursor).toBe(String(ids.at(-1)));
  });

  it('continues after a cursor: since=<id> gives only later changes', async () => {
    const later = await feed(`/v1/changes?since=${seedCursor}`);
    expect(later.data.map((c) => c.resourceId)).toEqual(expected.map((e) => e.resourceId));
    expect(later.data.every((c) => c.id > Number(seedCursor))).toBe(true);
  });

  it('keeps the cursor where it is when nothing is new', async () => {
    const { meta } = await feed('/v1/changes?limit=1000');
    const empty = await feed(`/v1/changes?since=${meta.nextCursor}`);
    expect(empty.data).toEqual([]);
    expect(empty.meta).toMatchObject({ nextCursor: meta.nextCursor, hasMore: false });
    expect(empty.links.next).toBe(`/v1/changes?since=${meta.nextCursor}&limit=100`);
  });

  it('answers a cursor past any change id the store can hold with an empty page, on PostgreSQL’s 32-bit ids too', async () => {
    const beyond = await feed('/v1/changes?since=10000000000');
    expect(beyond.data).toEqual([]);
    expect(beyond.meta).toMatchObject({ nextCursor: '10000000000', hasMore: false });
  });

  it('pages with limit: following meta.nextCursor (or links.next) yields the whole feed once, hasMore false at the end', async () => {
    const all = (await feed('/v1/changes?limit=1000')).data.map((c) => c.id);
    const seen: number[] = [];
    let url = '/v1/changes?limit=7';
    for (let page = 0; ; page += 1) {
      expect(page).toBeLessThan(50);
      const res = await feed(url);
      seen.push(...res.data.map((c) => c.id));
      expect(res.links.next).toBe(`/v1/changes?since=${res.meta.nextCursor}&limit=7`);
      if (!res.meta.hasMore) break;
      expect(res.data).toHaveLength(7);
      url = res.links.next;
    }
    expect(seen).toEqual(all);
  });

  it('accepts an ISO timestamp: changes at or after it, with a cursor to continue from', async () => {
    const after = await feed(`/v1/changes?since=${encodeURIComponent(midpoint)}`);
    expect(after.data.map((c) => c.resourceId)).toEqual(expected.slice(2).map((e) => e.resourceId));
    expect(after.data.every((c) => Date.parse(c.createdAt) >= Date.parse(midpoint))).toBe(true);
    // The same instant written with an offset.
    const offset = new Date(Date.parse(midpoint)).toISOString().replace('Z', '+00:00');
    expect((await feed(`/v1/changes?since=${encodeURIComponent(offset)}`)).data.map((c) => c.id)).toEqual(
      after.data.map((c) => c.id),
    );
    // Nothing after a future instant; the cursor is then the latest change, ready for polling by id.
    const future = await feed(`/v1/changes?since=${encodeURIComponent('2999-01-01T00:00:00Z')}`);
    const latest = (await feed('/v1/changes?limit=1000')).meta.nextCursor;
    expect(future.data).toEqual([]);
    expect(future.meta.nextCursor).toBe(latest);
  });

  it('answers a bad since or limit with 400 problem+json', async () => {
    for (const query of ['since=yesterday', 'since=-1', 'since=2026-13-45T00:00:00Z', 'limit=0', 'limit=1001', 'cursor=1']) {
      expectProblem(await request(t.server).get(`/v1/changes?${query}`), 400);
    }
  });

  it('lets a mirror that replays the feed from zero reconstruct every claim as the API now serves it', async () => {
    const mirror = new Map<string, Record<string, unknown>>();
    let since: string | undefined;
    for (let page = 0; page < 100; page += 1) {
      const res = await feed(`/v1/changes?limit=10${since === undefined ? '' : `&since=${since}`}`);
      for (const change of res.data) {
        const key = `${change.resourceType}/${change.resourceId}`;
        const record = mirror.get(key) ?? {};
        for (const [field, { to }] of Object.entries(change.changes)) record[field] = to;
        mirror.set(key, record);
      }
      since = res.meta.nextCursor;
      if (!res.meta.hasMore) break;
    }
    const claims = (await request(t.server).get('/v1/claims?status=all&limit=100')).body.data as Record<string, unknown>[];
    expect(claims.length).toBe(seedCounts.claims + 1);
    for (const claim of claims) {
      const mirrored = mirror.get(`claim/${String(claim.id)}`);
      expect(mirrored, String(claim.id)).toBeDefined();
      for (const field of ['statement', 'quote', 'quoteStart', 'quoteEnd', 'topic', 'verification']) {
        expect(mirrored?.[field], `${String(claim.id)}.${field}`).toEqual(claim[field]);
      }
      expect(mirrored?.status ?? 'active', String(claim.id)).toBe(claim.status);
    }
    expect(mirror.get(`claim/${createdClaim}`)?.statement).toBe('Russia is among the least popular countries.');
    expect(mirror.get('claim/kp-offered-100000-soldiers')?.status).toBe('retracted');
    expect(mirror.get('country/IR')?.name).toBe('Islamic Republic of Iran');
  });
});

type XmlElement = { name: string; uri: string; attributes: Record<string, string>; text: string; children: XmlElement[] };

/** Parses with saxes (namespace-aware, throws on any well-formedness error) into a small tree. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value]));
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes, text: '', children: [] };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  if (root === undefined) throw new Error('no root element');
  return root;
}

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);

describe('the change feed as Atom', () => {
  it('is well-formed Atom with the required elements, newest first, each entry linking to the record’s page and revisions', async () => {
    const created = await write(t.server, 'post', '/v1/claims', claimBody({ statement: 'Atom feed check.' })).expect(201);
    const id = String(created.body.data.id);
    for (const res of [
      await t.get('/v1/changes.atom?limit=5'),
      await t.get('/v1/changes?limit=5').set('accept', 'application/atom+xml'),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      const feed = parseXml(res.text);
      expect(feed).toMatchObject({ name: 'feed', uri: 'http://www.w3.org/2005/Atom' });
      for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), name).toBeDefined();
      const entries = feed.children.filter((c) => c.name === 'entry');
      expect(entries).toHaveLength(5);
      for (const entry of entries) {
        for (const name of ['id', 'title', 'updated']) expect(child(entry, name)?.text, name).toBeTruthy();
        expect(Number.isNaN(Date.parse(child(entry, 'updated')?.text ?? ''))).toBe(false);
      }
      const ids = entries.map((e) => Number(/revision:(\d+)$/.exec(child(e, 'id')?.text ?? '')?.[1]));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      const newest = entries[0];
      if (newest === undefined) throw new Error('no entry');
      expect(child(newest, 'title')?.text).toBe(`New claim: ${id} (version 1)`);
      const links = newest.children.filter((c) => c.name === 'link').map((l) => l.attributes);
      expect(links).toContainEqual(expect.objectContaining({ rel: 'alternate', type: 'text/html', href: `/claims/${id}` }));
      expect(links).toContainEqual(expect.objectContaining({ rel: 'related', href: `/v1/claims/${id}/revisions` }));
      expect((await t.get(`/claims/${id}`).set('accept', 'text/html')).status).toBe(200);
      expect((await t.get(`/v1/claims/${id}/revisions`)).status).toBe(200);
    }
  });

  it('answers a parameter it does not take with a 400 naming it', async () => {
    expectProblem(await t.get('/v1/changes.atom?since=3'), 400, 'since');
  });
});
