import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.js';
import { csvColumns } from '../../src/lib/representation.js';
import { include, toClaim } from '../../src/repositories/claim-record.js';
import { claimListResponse, claimResponse, claimSchema, evidenceResponse } from '../../src/schemas/claim.js';
import { createTestApp, useTestApp, type TestApp } from '../helpers/app.js';
import { changeData } from '../helpers/database.js';
import { inTimeZone } from '../helpers/time-zone.js';
import { expectProblem, csvRowOf, walkPages, walkPagesBy } from '../helpers/http.js';
import { claimNames, ids, orderLike, searchMatches, seedClaims, sliceCodePoints, sorted } from '../helpers/seed-data.js';

type SeedClaim = (typeof seedClaims)[number];

const t = useTestApp();
const get = t.get;
const defaultOrder = orderLike(seedClaims, [[(c) => c.countryCode, 'asc']]);
const where = (pred: (c: SeedClaim) => boolean) => sorted(seedClaims.filter(pred).map((c) => c.id));
const searchFields = (c: SeedClaim) => ({ statement: c.statement, quote: c.quote, claimant: c.claimant.name });
/** What a search finds: in the fields named, or (without qFields) in them and the claim's names. */
const searchIds = (q: string, fields?: ('statement' | 'quote' | 'claimant')[]) =>
  where((c) =>
    searchMatches(
      fields === undefined ? [...Object.values(searchFields(c)), claimNames(c)] : fields.map((f) => searchFields(c)[f]),
      q,
    ),
  );

async function nextOf(url: string): Promise<string> {
  const cursor = claimListResponse.parse((await get(url)).body).meta.nextCursor;
  if (cursor === null) throw new Error(`${url} has no next page`);
  return cursor;
}

async function listIds(url: string): Promise<string[]> {
  const res = await get(url);
  expect(res.status, url).toBe(200);
  const body = claimListResponse.parse(res.body);
  expect(body.meta.total).toBe(body.data.length);
  return ids(body.data);
}

describe('GET /v1/claims', () => {
  it('lists every seeded claim in the default order (country, id), validated against the response schema', async () => {
    const res = await get('/v1/claims?limit=100');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = claimListResponse.parse(res.body);
    expect(ids(body.data)).toEqual(defaultOrder);
    expect(body.meta).toMatchObject({ total: seedClaims.length, limit: 100, nextCursor: null, prevCursor: null });
    expect(body.links).toEqual({ self: '/v1/claims?limit=100', first: '/v1/claims?limit=100', prev: null, next: null });
  });

  it('embeds country, claimant and source refs and keeps the seed’s quote and offsets', async () => {
    const seedClaim = seedClaims.find((c) => c.claimant.leaderId !== null);
    if (seedClaim === undefined) throw new Error('seed has no claim by a leader');
    const { data } = claimListResponse.parse((await get('/v1/claims?limit=100')).body);
    const claim = data.find((c) => c.id === seedClaim.id);
    expect(claim).toMatchObject({
      country: { code: seedClaim.countryCode },
      claimant: { name: seedClaim.claimant.name, type: seedClaim.claimant.type, leaderId: seedClaim.claimant.leaderId },
      source: { id: seedClaim.sourceId },
      quote: seedClaim.quote,
      quoteStart: seedClaim.quoteStart,
      quoteEnd: seedClaim.quoteEnd,
      topic: seedClaim.topics[0],
      topics: seedClaim.topics,
      verification: seedClaim.verification,
      claimedAt: seedClaim.claimedAt,
      dateNote: seedClaim.dateNote,
      status: 'active',
    });
  });

  it('defaults to 20 per page', async () => {
    const body = claimListResponse.parse((await get('/v1/claims')).body);
    expect(body.meta.limit).toBe(20);
    expect(body.data).toHaveLength(Math.min(20, seedClaims.length));
    expect(body.meta.total).toBe(seedClaims.length);
  });
});

describe('claim filters', () => {
  it('filters claims by a comma list of countries, case-insensitively', async () => {
    expect(sorted(await listIds('/v1/claims?country=BY,KP&limit=100'))).toEqual(
      where((c) => ['BY', 'KP'].includes(c.countryCode)),
    );
    expect(sorted(await listIds('/v1/claims?country=by,kp&limit=100'))).toEqual(
      where((c) => ['BY', 'KP'].includes(c.countryCode)),
    );
  });

  it('filters by topic, matching any of a claim’s topics, not only its primary one', async () => {
    expect(sorted(await listIds('/v1/claims?topic=troops,labour&limit=100'))).toEqual(
      where((c) => c.topics.some((t) => ['troops', 'labour'].includes(t))),
    );
    const secondary = seedClaims.filter((c) => c.topics.slice(1).includes('troops'));
    expect(secondary.length, 'a seed claim has troops as a second topic').toBeGreaterThan(0);
    const troops = await listIds('/v1/claims?topic=troops&limit=100');
    for (const claim of secondary) expect(troops).toContain(claim.id);
  });

  it('filters by verification', async () => {
    const unverified = where((c) => c.verification === 'unverified');
    expect(unverified.length).toBeGreaterThan(0);
    expect(sorted(await listIds('/v1/claims?verification=unverified&limit=100'))).toEqual(unverified);
  });

  it('filters by claimant type', async () => {
    expect(sorted(await listIds('/v1/claims?claimantType=expert,state_media&limit=100'))).toEqual(
      where((c) => ['expert', 'state_media'].includes(c.claimant.type)),
    );
  });

  it('filters by claimant (leader id)', async () => {
    const expected = where((c) => c.claimant.leaderId === 'igor-korotchenko');
    expect(expected.length).toBeGreaterThan(1);
    expect(sorted(await listIds('/v1/claims?claimant=igor-korotchenko&limit=100'))).toEqual(expected);
  });

  it('filters by source', async () => {
    expect(await listIds('/v1/claims?source=putin-allies-four-countries&limit=100')).toHaveLength(seedClaims.length);
    expect(await listIds('/v1/claims?source=no-such-source&limit=100')).toEqual([]);
  });

  it('combines filters with AND', async () => {
    expect(sorted(await listIds('/v1/claims?country=BY&verification=asserted&topic=military&limit=100'))).toEqual(
      where((c) => c.countryCode === 'BY' && c.verification === 'asserted' && c.topics.includes('military')),
    );
  });

  it('hides retracted claims unless status asks for them', async () => {
    const id = seedClaims[0]?.id ?? '';
    await changeData(t.prisma, () =>
      t.prisma.claim.update({ where: { id }, data: { status: 'retracted', retractionReason: 'test' } }),
    );
    try {
      expect(await listIds('/v1/claims?limit=100')).not.toContain(id);
      expect(await listIds('/v1/claims?status=retracted&limit=100')).toEqual([id]);
      expect(await listIds('/v1/claims?status=all&limit=100')).toHaveLength(seedClaims.length);
    } finally {
      await changeData(t.prisma, () =>
        t.prisma.claim.update({ where: { id }, data: { status: 'active', retractionReason: null } }),
      );
    }
  });

  it('rejects bad filter values with a 400 naming the parameter', async () => {
    expectProblem(await get('/v1/claims?country=ZZZ'), 400, 'country');
    expectProblem(await get('/v1/claims?topic=weather'), 400, 'topic');
    expectProblem(await get('/v1/claims?verification=true'), 400, 'verification');
    expectProblem(await get('/v1/claims?claimedAt[from]=last-june'), 400, 'claimedAt[from]');
    expectProblem(await get('/v1/claims?status=deleted'), 400, 'status');
    expectProblem(await get('/v1/claims?qFields=title&q=x'), 400, 'qFields');
  });
});

describe('claimedAt range filter', () => {
  // No seed claim states when it was made, so the dated claims come through the write API.
  const KEY = 'range-test-key-0123456789';
  let own: TestApp;
  let ownServer: Server;
  const dated: Record<string, string> = {};
  beforeAll(async () => {
    own = await createTestApp({ API_KEYS: `curator:${KEY}` });
    ownServer = own.app.server;
    const post = (url: string, body: object) =>
      request(ownServer).post(url).set('authorization', `Bearer ${KEY}`).send(body).expect(201);
    const text = 'On 14 June 2022 the minister said trade had doubled. On 31 December 2021 an envoy said it had not.';
    const source = await post('/v1/sources', {
      kind: 'official_statement',
      title: 'Two dated statements',
      author: null,
      publisher: null,
      language: 'en',
      url: null,
      publishedAt: null,
      dateNote: 'Each statement gives its own date.',
      retrievedAt: '2026-11-23T00:00:00Z',
      textNote: 'Written for this test.',
      text,
    });
    for (const [claimedAt, quote] of [
      ['2022-06-14', 'the minister said trade had doubled'],
      ['2021-12-31', 'an envoy said it had not'],
    ] as const) {
      const claim = await post('/v1/claims', {
        countryCode: 'IR',
        sourceId: source.body.data.id,
        claimant: { name: 'A minister', type: 'government_official' },
        statement: `A statement made on ${claimedAt}.`,
        quote,
        topics: ['trade'],
        verification: 'reported',
        verificationNote: 'Attributed.',
        claimedAt,
        dateNote: `Dated ${claimedAt} by the source.`,
      });
      dated[claimedAt] = claim.body.data.id;
    }
  });
  afterAll(async () => {
    await own.close();
  });

  const rangeIds = async (range: string) => {
    const res = await request(ownServer).get(`/v1/claims?${range}&limit=100`);
    expect(res.status, range).toBe(200);
    return sorted(ids(claimListResponse.parse(res.body).data));
  };

  it('keeps claims dated on or after [from], and leaves out every claim without a date', async () => {
    expect(await rangeIds('claimedAt[from]=2022')).toEqual([dated['2022-06-14']]);
    expect(await rangeIds('claimedAt[from]=2021-12-31')).toEqual(sorted([dated['2022-06-14'] ?? '', dated['2021-12-31'] ?? '']));
  });

  it('lets a partial [to] cover its whole period: to=2021 includes 31 December 2021', async () => {
    expect(await rangeIds('claimedAt[to]=2021')).toEqual([dated['2021-12-31']]);
    expect(await rangeIds('claimedAt[to]=2021-11')).toEqual([]);
    expect(await rangeIds('claimedAt[from]=2021&claimedAt[to]=2022-06')).toHaveLength(2);
  });
});

describe('claim sorting', () => {
  it('sorts by several keys, mixing ascending and descending (sort=country,-claimedAt)', async () => {
    const expected = orderLike(seedClaims, [
      [(c) => c.countryCode, 'asc'],
      [(c) => c.claimedAt, 'desc'],
    ]);
    expect(await listIds('/v1/claims?sort=country,-claimedAt&limit=100')).toEqual(expected);
  });

  it('sorts descending by id', async () => {
    expect(await listIds('/v1/claims?sort=-id&limit=100')).toEqual([...seedClaims.map((c) => c.id)].sort().reverse());
  });

  it('sorts by verification then topic', async () => {
    const expected = orderLike(seedClaims, [
      [(c) => c.verification, 'asc'],
      [(c) => c.topics[0] ?? null, 'desc'],
    ]);
    expect(await listIds('/v1/claims?sort=verification,-topic&limit=100')).toEqual(expected);
  });

  it('rejects an unknown sort field with a 400 naming sort', async () => {
    const problem = expectProblem(await get('/v1/claims?sort=country,statement'), 400, 'sort');
    expect(problem.detail).toContain('statement');
    expectProblem(await get('/v1/claims?sort=-password'), 400, 'sort');
  });
});

describe('claim pagination', () => {
  it('walks limit=3 pages via nextCursor with no duplicates and no gaps', async () => {
    const seen = await walkPages(t.server, '/v1/claims?limit=3');
    expect(seen).toEqual(defaultOrder);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('pages a multi-key order with nullable keys the same as one big page', async () => {
    for (const sort of ['-claimedAt,country', 'claimedAt,-country', 'topic,-id', 'createdAt', '-updatedAt']) {
      const all = await listIds(`/v1/claims?sort=${sort}&limit=100`);
      expect(await walkPages(t.server, `/v1/claims?sort=${sort}&limit=3`), sort).toEqual(all);
    }
  });

  it('pages a filtered list; total stays exact on every page', async () => {
    const expected = where((c) => ['BY', 'KP', 'IR'].includes(c.countryCode));
    const seen = await walkPages(t.server, '/v1/claims?country=BY,KP,IR&limit=2', { total: expected.length });
    expect(sorted(seen)).toEqual(expected);
  });

  it('stays stable when claims are inserted between page fetches', async () => {
    const template = seedClaims[0];
    if (template === undefined) throw new Error('no seed claims');
    const { claimant: _c, verificationStart: _s, verificationEnd: _e, topics, ...base } = template;
    const row = (id: string, countryCode: string) => ({
      ...base,
      topic: topics[0] ?? 'other',
      id,
      countryCode,
      claimantName: 'Test',
      claimantType: 'other',
      verificationStart: null,
      verificationEnd: null,
    });
    // One lands before the cursor position (must not shift later pages), one after (must appear once).
    const before = 'by-aaa-inserted-during-paging';
    const after = 'ru-zzz-inserted-during-paging';
    try {
      const seen = await walkPages(t.server, '/v1/claims?limit=3', {
        onPage: async (page) => {
          if (page !== 1) return;
          await changeData(t.prisma, () => t.prisma.claim.create({ data: row(before, 'BY') }));
          await changeData(t.prisma, () => t.prisma.claim.create({ data: row(after, 'RU') }));
        },
      });
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.filter((id) => id !== after)).toEqual(defaultOrder);
      expect(seen).toContain(after);
      expect(seen).not.toContain(before);
    } finally {
      await changeData(t.prisma, () => t.prisma.claim.deleteMany({ where: { id: { in: [before, after] } } }));
    }
  });

  it('walks back from the last page through exactly the forward pages, in reverse, in any order and for a search', async () => {
    for (const url of [
      '/v1/claims?limit=3',
      '/v1/claims?sort=-claimedAt,country&limit=4',
      '/v1/claims?sort=claimedAt,-country&limit=5',
      '/v1/claims?sort=topic,-id&limit=3',
      '/v1/claims?sort=-id&limit=7',
      '/v1/claims?q=russie&limit=2',
      '/v1/claims?q=de&limit=3',
      '/v1/claims?q=North%20Korea&sort=relevance&limit=1',
      '/v1/claims?country=BY,KP,IR&limit=2',
    ]) {
      const forward = await walkPagesBy(t.server, url, 'next');
      const last = forward.at(-1);
      if (last === undefined || forward.length < 3) throw new Error(`${url}: too few pages to walk back`);
      const back = await walkPagesBy(t.server, last.url, 'prev');
      expect(
        back.map((page) => page.ids),
        url,
      ).toEqual(forward.map((page) => page.ids).reverse());
      // The same pages: each one reached going back leads on to the page that followed it going forward.
      expect(
        back.map((page) => page.links.next),
        url,
      ).toEqual(forward.map((page) => page.links.next).reverse());
      expect(back.at(-1)?.links.prev, `${url}: the first page has no prev`).toBeNull();
    }
  });

  it('stays stable walking back when claims are inserted before and after the cursor position', async () => {
    const template = seedClaims[0];
    if (template === undefined) throw new Error('no seed claims');
    const { claimant: _c, verificationStart: _s, verificationEnd: _e, topics, ...base } = template;
    const row = (id: string, countryCode: string) => ({
      ...base,
      topic: topics[0] ?? 'other',
      id,
      countryCode,
      claimantName: 'Test',
      claimantType: 'other',
      verificationStart: null,
      verificationEnd: null,
    });
    const countries = sorted(seedClaims.map((c) => c.countryCode));
    // Walking back, one lands before the cursor position (not yet reached: must appear once), one
    // after it (already passed: must not shift the pages still to come, nor appear).
    const before = 'aaa-inserted-during-paging-back';
    const after = 'zzz-inserted-during-paging-back';
    const forward = await walkPagesBy(t.server, '/v1/claims?limit=3', 'next');
    const last = forward.at(-1);
    if (last === undefined) throw new Error('no pages');
    try {
      const back = await walkPagesBy(t.server, last.url, 'prev', {
        onPage: async (page) => {
          if (page !== 1) return;
          await changeData(t.prisma, () => t.prisma.claim.create({ data: row(before, countries[0] ?? '') }));
          await changeData(t.prisma, () => t.prisma.claim.create({ data: row(after, countries.at(-1) ?? '') }));
        },
      });
      const seen = back.toReversed().flatMap((page) => page.ids);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.filter((id) => id !== before)).toEqual(defaultOrder);
      expect(seen[0]).toBe(before);
      expect(seen).not.toContain(after);
      // The pages walked back before reaching the insert are the forward ones, untouched.
      const untouched = back.length - 1;
      expect(back.slice(0, untouched).map((page) => page.ids)).toEqual(
        forward
          .slice(-untouched)
          .map((page) => page.ids)
          .reverse(),
      );
    } finally {
      await changeData(t.prisma, () => t.prisma.claim.deleteMany({ where: { id: { in: [before, after] } } }));
    }
  });

  it('answers an empty page for a prev cursor with nothing left before it, whose next leads back to the same rows', async () => {
    const first = claimListResponse.parse((await get('/v1/claims?limit=3')).body);
    const second = claimListResponse.parse((await get(first.links.next ?? '')).body);
    expect(second.meta.prevCursor).not.toBeNull();
    const removed = ids(first.data);
    try {
      await changeData(t.prisma, () =>
        t.prisma.claim.updateMany({ where: { id: { in: removed } }, data: { status: 'retracted' } }),
      );
      const back = claimListResponse.parse((await get(second.links.prev ?? '')).body);
      expect(back.data).toEqual([]);
      expect(back.meta.prevCursor).toBeNull();
      // Not after the second page's first row but from it: nothing skipped, nothing repeated.
      const again = claimListResponse.parse((await get(back.links.next ?? '')).body);
      expect(ids(again.data)).toEqual(ids(second.data));
      expect(again.meta.prevCursor).not.toBeNull();
    } finally {
      await changeData(t.prisma, () => t.prisma.claim.updateMany({ where: { id: { in: removed } }, data: { status: 'active' } }));
    }
  });

  it('gives a page past the end (its rows removed) a prev cursor to the page before, its last row included', async () => {
    const pages = await walkPagesBy(t.server, '/v1/claims?limit=3', 'next');
    const last = pages.at(-1);
    const beforeLast = pages.at(-2);
    if (last === undefined || beforeLast === undefined) throw new Error('too few pages');
    const lastIds = last.ids;
    try {
      await changeData(t.prisma, () =>
        t.prisma.claim.updateMany({ where: { id: { in: lastIds } }, data: { status: 'retracted' } }),
      );
      const empty = claimListResponse.parse((await get(last.url)).body);
      expect(empty.data).toEqual([]);
      expect(empty.meta.nextCursor).toBeNull();
      const back = claimListResponse.parse((await get(empty.links.prev ?? '')).body);
      expect(ids(back.data)).toEqual(beforeLast.ids);
      expect(back.links.next).not.toBeNull();
      expect(claimListResponse.parse((await get(back.links.next ?? '')).body).data).toEqual([]);
    } finally {
      await changeData(t.prisma, () => t.prisma.claim.updateMany({ where: { id: { in: lastIds } }, data: { status: 'active' } }));
    }
  });

  it('signs the prev cursor and binds it to the query: turned forward, edited or reused on another query, it is refused', async () => {
    const { meta } = claimListResponse.parse(
      (await get('/v1/claims?country=BY,KP&limit=2&cursor=' + (await nextOf('/v1/claims?country=BY,KP&limit=2')))).body,
    );
    const prev = meta.prevCursor ?? '';
    expect(prev).not.toBe('');
    const [body = '', mac = ''] = prev.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { k: unknown[]; q: string; b?: number };
    expect(payload.b).toBe(1);
    delete payload.b;
    const forward = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${mac}`;
    expectProblem(await get(`/v1/claims?country=BY,KP&limit=2&cursor=${forward}`), 400, 'cursor');
    expectProblem(await get(`/v1/claims?country=BY&limit=2&cursor=${prev}`), 400, 'cursor');
    expectProblem(await get(`/v1/claims?country=BY,KP&sort=-id&limit=2&cursor=${prev}`), 400, 'cursor');
    expect((await get(`/v1/claims?country=BY,KP&limit=5&cursor=${prev}`)).status).toBe(200);
  });

  it('rejects a garbage cursor with a 400 problem naming cursor', async () => {
    expectProblem(await get('/v1/claims?cursor=garbage'), 400, 'cursor');
    expectProblem(await get('/v1/claims?cursor=a.b.c'), 400, 'cursor');
  });

  it('rejects a tampered cursor with a 400 problem naming cursor', async () => {
    const { meta } = claimListResponse.parse((await get('/v1/claims?limit=3')).body);
    const cursor = meta.nextCursor ?? '';
    const [body = '', mac = ''] = cursor.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { k: unknown[]; q: string };
    payload.k = ['ZZ', 'zzz'];
    const forged = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${mac}`;
    expectProblem(await get(`/v1/claims?limit=3&cursor=${forged}`), 400, 'cursor');
    const flipped = `${body}.${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`;
    expectProblem(await get(`/v1/claims?limit=3&cursor=${flipped}`), 400, 'cursor');
  });

  it('rejects a cursor reused with different filters or sort, but allows a different limit', async () => {
    const { meta } = claimListResponse.parse((await get('/v1/claims?country=BY,KP&limit=2')).body);
    const cursor = meta.nextCursor ?? '';
    expect(cursor).not.toBe('');
    expectProblem(await get(`/v1/claims?country=BY&limit=2&cursor=${cursor}`), 400, 'cursor');
    expectProblem(await get(`/v1/claims?limit=2&cursor=${cursor}`), 400, 'cursor');
    expectProblem(await get(`/v1/claims?country=BY,KP&sort=-id&limit=2&cursor=${cursor}`), 400, 'cursor');
    const wider = claimListResponse.parse((await get(`/v1/claims?country=BY,KP&limit=50&cursor=${cursor}`)).body);
    const expected = orderLike(
      seedClaims.filter((c) => ['BY', 'KP'].includes(c.countryCode)),
      [[(c) => c.countryCode, 'asc']],
    );
    expect(ids(wider.data)).toEqual(expected.slice(2));
  });

  it('rejects limit=0 and limit=101 with a 400 naming limit', async () => {
    expectProblem(await get('/v1/claims?limit=0'), 400, 'limit');
    expectProblem(await get('/v1/claims?limit=101'), 400, 'limit');
    expectProblem(await get('/v1/claims?limit=ten'), 400, 'limit');
    expect((await get('/v1/claims?limit=100')).status).toBe(200);
  });
});

describe('claim search', () => {
  it('finds a country by its English and French names alike, including claims whose text does not name it', async () => {
    const english = sorted(await listIds('/v1/claims?q=North%20Korea&limit=100'));
    const french = sorted(await listIds(`/v1/claims?q=${encodeURIComponent('Corée du Nord')}&limit=100`));
    const korean = where((c) => c.countryCode === 'KP');
    expect(korean.length).toBeGreaterThan(1);
    expect(french).toEqual(english);
    for (const id of korean) expect(english).toContain(id);
    // Accents folded as everywhere else; the short name alone too.
    expect(sorted(await listIds('/v1/claims?q=coree%20du%20nord&limit=100'))).toEqual(english);
    expect(sorted(await listIds(`/v1/claims?q=${encodeURIComponent('Biélorussie')}&limit=100`))).toEqual(
      sorted(await listIds('/v1/claims?q=Belarus&limit=100')),
    );
  });

  it('finds a claim by its claimant’s recorded name', async () => {
    const byLukashenko = where((c) => c.claimant.leaderId === 'alexander-lukashenko');
    expect(byLukashenko.length).toBeGreaterThan(0);
    const found = await listIds('/v1/claims?q=Lukashenko&limit=100');
    for (const id of byLukashenko) expect(found).toContain(id);
  });

  it('finds a claim by the spellings its claimant’s and its country’s names have in the source', async () => {
    const byLukashenko = where((c) => c.claimant.leaderId === 'alexander-lukashenko');
    expect(byLukashenko.length).toBeGreaterThan(0);
    const found = await listIds('/v1/claims?q=Loukachenko&limit=100');
    for (const id of byLukashenko) expect(found).toContain(id);
    expect(sorted(found)).toEqual(searchIds('Loukachenko'));
  });

  it('finds a person by either spelling of their name, in any claim’s text, and highlights the spelling found', async () => {
    // « Lukashenko has sponsored the conflict »: the article's claim, whose French quote says « il ».
    const sponsored = 'by-lukashenko-sponsored-conflict';
    const english = sorted(await listIds('/v1/claims?q=Lukashenko&limit=100'));
    expect(english).toContain(sponsored);
    expect(sorted(await listIds('/v1/claims?q=Loukachenko&limit=100'))).toEqual(english);
    expect(sorted(await listIds('/v1/claims?q=LOUKACHENKO&limit=100'))).toEqual(english);
    const res = await get('/v1/claims?q=Loukachenko&limit=100');
    const body = claimListResponse.parse(res.body);
    const at = body.data.findIndex((c) => c.id === sponsored);
    const passage = body.meta.snippets?.[at];
    expect(passage?.highlights.map((h) => [...passage.text].slice(h.start, h.end).join(''))).toEqual(['Lukashenko']);
    expect(sorted(await listIds('/v1/claims?q=Alexandre&limit=100'))).toEqual(searchIds('Alexandre'));
  });

  it('takes a person’s full name for the person: « Vladimir Putin » finds the claims naming Putin or Poutine', async () => {
    const putin = sorted(await listIds('/v1/claims?q=Putin&limit=100'));
    expect(putin.length).toBeGreaterThan(3);
    expect(sorted(await listIds(`/v1/claims?q=${encodeURIComponent('Vladimir Putin')}&limit=100`))).toEqual(putin);
    expect(sorted(await listIds(`/v1/claims?q=${encodeURIComponent('Alexandre Loukachenko')}&limit=100`))).toEqual(
      sorted(await listIds('/v1/claims?q=Lukashenko&limit=100')),
    );
    for (const q of ['Vladimir Putin', 'Kim Jong Un', 'Xi Jinping Putin', 'Igor Korotchenko troupes'])
      expect(sorted(await listIds(`/v1/claims?q=${encodeURIComponent(q)}&limit=100`)), q).toEqual(searchIds(q));
  });

  it('follows a person’s spellings when a curator changes them', async () => {
    const sponsored = 'by-lukashenko-sponsored-conflict';
    const rename = (nameSource: string) =>
      changeData(t.prisma, () => t.prisma.leader.update({ where: { id: 'alexander-lukashenko' }, data: { nameSource } }));
    expect(await listIds('/v1/claims?q=Loukatchenko&limit=100')).toEqual([]);
    await rename('Alexandre Loukatchenko');
    try {
      // On PostgreSQL the new spellings are read as the app learns of the commit, so the first
      // search after it may still use the old ones.
      await vi.waitFor(async () => expect(await listIds('/v1/claims?q=Loukatchenko&limit=100')).toContain(sponsored), {
        timeout: 3000,
        interval: 50,
      });
    } finally {
      await rename('Alexandre Loukachenko');
    }
  });

  it('leaves names out of a search restricted by qFields', async () => {
    expect(await listIds(`/v1/claims?q=${encodeURIComponent('Corée du Nord')}&qFields=statement&limit=100`)).toEqual(
      searchIds('Corée du Nord', ['statement']),
    );
  });

  it('finds a number however its groups are separated: 100000, 100 000, 100,000 and 100.000', async () => {
    const quoting = where((c) => c.quote.includes('100.000'));
    expect(quoting).toHaveLength(1);
    for (const q of ['100000', '100 000', '100,000', '100.000', '100\u202f000']) {
      const found = await listIds(`/v1/claims?q=${encodeURIComponent(q)}&limit=100`);
      expect(found, q).toEqual(quoting);
    }
    // A decimal is not a thousands group: 12,5 is the words 12 and 5.
    expect(sorted(await listIds('/v1/claims?q=12%2C5&limit=100'))).toEqual(searchIds('12 5'));
  });

  it('finds biélorusses with or without accents', async () => {
    const expected = searchIds('bielorusses');
    expect(expected).toHaveLength(1);
    expect(sorted(await listIds('/v1/claims?q=bi%C3%A9lorusses&limit=100'))).toEqual(expected);
    expect(sorted(await listIds('/v1/claims?q=bielorusses&limit=100'))).toEqual(expected);
    expect(sorted(await listIds('/v1/claims?q=BIELORUSSES&limit=100'))).toEqual(expected);
  });

  it('matches words as prefixes and every word must match', async () => {
    for (const q of ['drone', 'drones', 'troupes', 'Korotchenko', 'chinois commerce', 'Ukraine', 'satellites drones']) {
      const expected = searchIds(q);
      expect(expected.length, q).toBeGreaterThan(0);
      expect(sorted(await listIds(`/v1/claims?q=${encodeURIComponent(q)}&limit=100`)), q).toEqual(expected);
    }
  });

  it('misses cleanly: no hit is 200 with an empty page', async () => {
    const res = await get('/v1/claims?q=zeppelin');
    expect(res.status).toBe(200);
    expect(claimListResponse.parse(res.body)).toMatchObject({ data: [], meta: { total: 0, nextCursor: null } });
  });

  it('treats an empty or blank q as no search', async () => {
    expect(await listIds('/v1/claims?q=&limit=100')).toEqual(defaultOrder);
    expect(await listIds('/v1/claims?q=%20%20&limit=100')).toEqual(defaultOrder);
  });

  it('treats FTS and SQL syntax as plain words, harmlessly', async () => {
    for (const q of [
      "' OR 1=1--",
      '"',
      '*',
      'NEAR(',
      'drones OR troupes',
      'quote:drones',
      '"drones armés"',
      'drones)',
      '^troupes',
    ]) {
      const res = await get(`/v1/claims?q=${encodeURIComponent(q)}&limit=100`);
      expect(res.status, q).toBe(200);
      expect(sorted(ids(claimListResponse.parse(res.body).data)), q).toEqual(searchIds(q));
    }
    // The index is still there and answering afterwards.
    expect(sorted(await listIds('/v1/claims?q=drones&limit=100'))).toEqual(searchIds('drones'));
  });

  it('restricts search to the fields in qFields', async () => {
    const q = 'Jessie';
    expect(searchIds(q, ['claimant']).length).toBeGreaterThan(0);
    expect(searchIds(q, ['statement', 'quote'])).toEqual([]);
    expect(sorted(await listIds(`/v1/claims?q=${q}&limit=100`))).toEqual(searchIds(q));
    expect(sorted(await listIds(`/v1/claims?q=${q}&qFields=claimant&limit=100`))).toEqual(searchIds(q, ['claimant']));
    expect(await listIds(`/v1/claims?q=${q}&qFields=statement,quote&limit=100`)).toEqual([]);
    expect(sorted(await listIds('/v1/claims?q=drones&qFields=quote&limit=100'))).toEqual(searchIds('drones', ['quote']));
    expect(await listIds('/v1/claims?q=drones&qFields=claimant&limit=100')).toEqual([]);
  });

  it('combines search with filters and pages through the results', async () => {
    const expected = where(
      (c) => c.countryCode === 'KP' && searchMatches([...Object.values(searchFields(c)), claimNames(c)], 'Korotchenko'),
    );
    expect(sorted(await listIds('/v1/claims?q=Korotchenko&country=KP&limit=100'))).toEqual(expected);
    expect(sorted(await walkPages(t.server, '/v1/claims?q=de&limit=3'))).toEqual(searchIds('de'));
  });
});

describe('a search’s total after writes', () => {
  it('counts the matches as their claims stand after an insert, a retraction, a move to another country and a delete', async () => {
    const template = seedClaims[0];
    if (template === undefined) throw new Error('no seed claims');
    const { claimant: _c, verificationStart: _s, verificationEnd: _e, topics, ...base } = template;
    const id = 'by-search-total-after-writes';
    const data = {
      ...base,
      topic: topics[0] ?? 'other',
      id,
      countryCode: 'BY',
      statement: 'It names glimmerstone.',
      claimantName: 'Test',
      claimantType: 'other',
      verificationStart: null,
      verificationEnd: null,
    };
    // listIds checks each total against the rows listed, which are read from the claims themselves.
    const found = async (filters: string) => listIds(`/v1/claims?q=glimmerstone${filters}&limit=100`);
    try {
      await changeData(t.prisma, () => t.prisma.claim.create({ data }));
      expect(await found('')).toEqual([id]);
      expect(await found('&country=BY')).toEqual([id]);
      expect(await found('&country=RU,UA')).toEqual([]);
      expect(await found('&status=retracted')).toEqual([]);

      await changeData(t.prisma, () =>
        t.prisma.claim.update({ where: { id }, data: { status: 'retracted', retractionReason: 'test' } }),
      );
      expect(await found('')).toEqual([]);
      expect(await found('&status=retracted')).toEqual([id]);
      expect(await found('&status=all&country=BY')).toEqual([id]);

      await changeData(t.prisma, () => t.prisma.claim.update({ where: { id }, data: { status: 'active', countryCode: 'RU' } }));
      expect(await found('&country=RU')).toEqual([id]);
      expect(await found('&country=BY')).toEqual([]);
      expect(await found('&status=retracted')).toEqual([]);
    } finally {
      await changeData(t.prisma, () => t.prisma.claim.deleteMany({ where: { id } }));
    }
    expect(await found('&status=all')).toEqual([]);
    expect(await found('')).toEqual([]);
  });
});

describe('claim search by relevance', () => {
  const frenchName = encodeURIComponent('Corée du Nord');

  it('sorts a search by relevance by default: a claim whose own text has the words comes before one found by its country’s names', async () => {
    const inText = searchIds('Corée du Nord', ['statement', 'quote', 'claimant']);
    expect(inText).toHaveLength(1);
    const ranked = await listIds(`/v1/claims?q=${frenchName}&limit=100`);
    expect(ranked.length).toBeGreaterThan(1);
    expect(ranked[0]).toBe(inText[0]);
    expect(await listIds(`/v1/claims?q=${frenchName}&sort=relevance&limit=100`)).toEqual(ranked);
    // Any other order is still there when asked for.
    expect(await listIds(`/v1/claims?q=${frenchName}&sort=id&limit=100`)).toEqual(sorted(ranked));
  });

  it('pages through a ranked search with cursors: every match once, in the order of one page, ties by id', async () => {
    for (const q of ['de', 'North Korea', '100 000', 'troupes']) {
      const url = `/v1/claims?q=${encodeURIComponent(q)}`;
      const whole = await listIds(`${url}&limit=100`);
      expect(sorted(whole), q).toEqual(searchIds(q));
      expect(await walkPages(t.server, `${url}&limit=2`), q).toEqual(whole);
      expect(await walkPages(t.server, `${url}&sort=relevance&limit=1`), q).toEqual(whole);
    }
  });

  it('exports a ranked search in its ranked order', async () => {
    const whole = await listIds('/v1/claims?q=de&limit=100');
    const res = await get('/v1/claims?q=de&format=ndjson');
    expect(res.status).toBe(200);
    const lines = res.text
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(lines).toEqual(whole);
  });

  it('gives each hit a snippet: a passage of a searched field, with the matched words as code point offsets', async () => {
    const res = await get(`/v1/claims?q=${frenchName}&limit=100`);
    const body = claimListResponse.parse(res.body);
    const snippets = body.meta.snippets ?? [];
    expect(snippets).toHaveLength(body.data.length);
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    body.data.forEach((claim, i) => {
      const hit = snippets[i];
      expect(hit, claim.id).not.toBeNull();
      const field = { statement: claim.statement, quote: claim.quote, claimant: claim.claimant.name }[hit!.field as 'quote'];
      expect(sliceCodePoints(field, hit!.start, hit!.end), claim.id).toBe(hit!.text);
      for (const h of hit!.highlights) {
        expect(['coree', 'du', 'nord'].some((w) => fold(sliceCodePoints(hit!.text, h.start, h.end)).startsWith(w))).toBe(true);
      }
    });
    // The claim whose quote names the country shows it, highlighted.
    const first = snippets[0]!;
    expect(first.field).toBe('quote');
    expect(first.highlights.map((h) => sliceCodePoints(first.text, h.start, h.end))).toEqual(
      expect.arrayContaining(['Corée', 'du', 'Nord']),
    );
    // A number's groups are one highlight however they are separated.
    const number = claimListResponse.parse((await get('/v1/claims?q=100000')).body).meta.snippets?.[0];
    expect(number?.highlights.map((h) => sliceCodePoints(number.text, h.start, h.end))).toEqual(['100,000']);
    // No search, no snippets.
    expect(claimListResponse.parse((await get('/v1/claims?limit=5')).body).meta.snippets).toBeUndefined();
  });

  it('rejects sort=relevance without a search, with a 400 naming sort', async () => {
    const res = await get('/v1/claims?sort=relevance');
    expectProblem(res, 400, 'sort');
    expect(JSON.stringify(res.body)).toContain('q');
  });
});

describe('claim facets', () => {
  it('counts matches per value for the current filter, not the current page', async () => {
    const res = await get('/v1/claims?country=KP&facet=verification,topic&limit=1');
    const body = claimListResponse.parse(res.body);
    const kp = seedClaims.filter((c) => c.countryCode === 'KP');
    const count = (values: string[]) =>
      values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
    expect(body.data).toHaveLength(1);
    expect(body.meta.facets).toEqual({
      verification: count(kp.map((c) => c.verification)),
      topic: count(kp.flatMap((c) => c.topics)),
    });
  });

  it('facets by country, claimant type and source over everything when unfiltered', async () => {
    const body = claimListResponse.parse((await get('/v1/claims?facet=country,claimantType,source')).body);
    const count = (values: string[]) =>
      values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
    expect(body.meta.facets).toEqual({
      country: count(seedClaims.map((c) => c.countryCode)),
      claimantType: count(seedClaims.map((c) => c.claimant.type)),
      source: count(seedClaims.map((c) => c.sourceId)),
    });
  });

  it('leaves facets out unless asked, and rejects unknown facets naming facet', async () => {
    const body = claimListResponse.parse((await get('/v1/claims')).body);
    expect(body.meta.facets).toBeUndefined();
    expectProblem(await get('/v1/claims?facet=statement'), 400, 'facet');
  });
});

describe('claim exports', () => {
  it('round-trips CSV: parsed rows equal the JSON items flattened to dotted columns', async () => {
    const json = claimListResponse.parse((await get('/v1/claims?limit=100')).body);
    const res = await get('/v1/claims?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="claims.csv"');
    expect(res.headers['x-total-count']).toBe(String(seedClaims.length));
    const header = res.text.split('\r\n')[0]?.split(',') ?? [];
    expect(header).toEqual(csvColumns(claimSchema));
    expect(header).toEqual(expect.arrayContaining(['country.code', 'claimant.name', 'source.title', 'verificationQuote.text']));
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual(json.data.map((c) => csvRowOf(c, header)));
    expect(rows.find((r) => r.id === 'by-troops-in-action-opposition-media')?.['verificationQuote.text']).toContain('vérifié');
    // A claim with several topics keeps them in one cell, primary first, beside its primary topic.
    const multi = seedClaims.find((c) => c.topics.length > 1);
    const row = rows.find((r) => r.id === multi?.id);
    expect(row?.topic).toBe(multi?.topics[0]);
    expect(row?.topics).toBe(multi?.topics.join('; '));
  });

  it('serves CSV for Accept: text/csv too, filtered like JSON', async () => {
    const res = await get('/v1/claims?country=KP').set('accept', 'text/csv');
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(
      orderLike(
        seedClaims.filter((c) => c.countryCode === 'KP'),
        [],
      ),
    );
  });

  it('exports every matching row as CSV, ignoring the page limit', async () => {
    const rows = parse((await get('/v1/claims?format=csv&limit=2')).text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(seedClaims.length);
  });

  it('keeps the header row on an empty CSV export', async () => {
    const res = await get('/v1/claims?format=csv&q=zeppelin');
    expect(res.status).toBe(200);
    expect(res.text).toBe(`${csvColumns(claimSchema).join(',')}\r\n`);
    expect(res.headers['x-total-count']).toBe('0');
  });

  it('streams NDJSON with one valid claim per line, as many lines as the total', async () => {
    for (const [url, accept, jsonUrl] of [
      ['/v1/claims?format=ndjson', '*/*', '/v1/claims?limit=100'],
      ['/v1/claims?verification=reported', 'application/x-ndjson', '/v1/claims?verification=reported&limit=100'],
    ] as const) {
      const res = await get(url).set('accept', accept);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
      const lines = res.text.split('\n').filter((l) => l.length > 0);
      expect(res.text.endsWith('\n')).toBe(true);
      expect(lines).toHaveLength(Number(res.headers['x-total-count']));
      const claims = lines.map((l) => claimSchema.parse(JSON.parse(l)));
      expect(ids(claims)).toEqual(await listIds(jsonUrl));
    }
  });

  it('rejects an unknown format value', async () => {
    expectProblem(await get('/v1/claims?format=xml'), 400, 'format');
  });
});

describe('GET /v1/claims/{id}', () => {
  it('returns one claim validated against the response schema', async () => {
    for (const seed of seedClaims) {
      const res = await get(`/v1/claims/${seed.id}`);
      expect(res.status).toBe(200);
      const { data } = claimResponse.parse(res.body);
      expect(data).toMatchObject({
        id: seed.id,
        quote: seed.quote,
        verification: seed.verification,
        country: { code: seed.countryCode },
      });
    }
  });

  it('answers every claim as stored, a retracted one too: each field as Prisma reads the row', async () => {
    const own = await createTestApp();
    try {
      const retracted = seedClaims[0]!.id;
      await changeData(own.prisma, () =>
        own.prisma.claim.update({
          where: { id: retracted },
          data: { status: 'retracted', retractionReason: 'Test', version: { increment: 1 } },
        }),
      );
      const rows = await own.prisma.claim.findMany({ include, orderBy: { id: 'asc' } });
      expect(rows.find((row) => row.id === retracted)?.status).toBe('retracted');
      for (const row of rows) {
        const res = await own.app.inject({ url: `/v1/claims/${row.id}` });
        expect(res.statusCode, row.id).toBe(200);
        expect(res.json().data, row.id).toEqual(toClaim(row));
      }
    } finally {
      await own.close();
    }
  });

  it('answers 404 problem+json for an unknown id and 400 for a malformed one', async () => {
    expectProblem(await get('/v1/claims/no-such-claim'), 404);
    expectProblem(await get('/v1/claims/Not_A_Slug'), 400, 'id');
  });
});

describe('GET /v1/claims/{id}/evidence', () => {
  it('gives the quote at its offsets in the served source text, whose SHA-256 is textSha256', async () => {
    for (const seed of seedClaims) {
      const res = await get(`/v1/claims/${seed.id}/evidence`);
      expect(res.status).toBe(200);
      const { data } = evidenceResponse.parse(res.body);
      const textRes = await get(data.source.textUrl);
      expect(textRes.headers['content-type']).toBe('text/plain; charset=utf-8');
      const text = textRes.text;
      expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(data.source.textSha256);
      expect(data.quote).toEqual({ text: seed.quote, start: seed.quoteStart, end: seed.quoteEnd });
      expect(sliceCodePoints(text, data.quote.start, data.quote.end)).toBe(seed.quote);
      expect(data.matches).toBe(true);
      expect(data.offsetUnit).toBe('unicode_code_point');
      // The paragraph is itself verbatim at its offsets and contains the quote.
      expect(sliceCodePoints(text, data.paragraph.start, data.paragraph.end)).toBe(data.paragraph.text);
      expect(data.paragraph.start).toBeLessThanOrEqual(data.quote.start);
      expect(data.paragraph.end).toBeGreaterThanOrEqual(data.quote.end);
      expect(data.paragraph.text).not.toContain('\n\n');
    }
  });

  it('includes the verification passage when the source has one', async () => {
    const seed = seedClaims.find((c) => c.verificationQuote !== null);
    if (seed === undefined || seed.verificationQuote === null) throw new Error('no claim with a verification quote');
    const { data } = evidenceResponse.parse((await get(`/v1/claims/${seed.id}/evidence`)).body);
    expect(data.verificationQuote).toEqual({
      text: seed.verificationQuote,
      start: seed.verificationStart,
      end: seed.verificationEnd,
    });
  });

  it('answers 404 problem+json for an unknown claim', async () => {
    expectProblem(await get('/v1/claims/no-such-claim/evidence'), 404);
  });
});

describe('dates whatever the server’s time zone', () => {
  it('gives each claim the same createdAt and updatedAt in a list as by id, and as under the default zone', async () => {
    type Dated = { id: string; createdAt: string; updatedAt: string };
    const expected = (await get('/v1/claims?limit=100&status=all')).body.data as Dated[];
    expect(expected.length).toBe(seedClaims.length);
    const [listed, byId] = await inTimeZone('Asia/Tokyo', async () => {
      const app = await buildApp(t.config);
      try {
        const list = JSON.parse((await app.inject({ url: '/v1/claims?limit=100&status=all' })).body).data as Dated[];
        const one = await Promise.all(
          list.map(async (c) => JSON.parse((await app.inject({ url: `/v1/claims/${c.id}` })).body).data as Dated),
        );
        return [list, one];
      } finally {
        await app.close();
      }
    });
    const dates = (rows: Dated[]) => rows.map(({ id, createdAt, updatedAt }) => ({ id, createdAt, updatedAt }));
    expect(dates(listed)).toEqual(dates(expected));
    expect(dates(byId)).toEqual(dates(expected));
  });
});
