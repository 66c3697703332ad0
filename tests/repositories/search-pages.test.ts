import { beforeAll, describe, expect, it } from 'vitest';
import { searchRanking } from '../../src/repositories/search.js';
import { claimListResponse } from '../../src/schemas/claim.js';
import { useTestApp } from '../helpers/app.js';
import { changeData } from '../helpers/database.js';
import { queriesOf } from '../helpers/query-plans.js';
import { orderLike } from '../helpers/seed-data.js';
import { addSyntheticClaims, CLAIMANT, insertClaims, SYNTHETIC, WORD, type Synthetic } from '../helpers/search-fixtures.js';

/**
 * Search pages in the default order are read country by country from the matches rather than by
 * sorting every match, and after a cursor only from the cursor's country on (SQLite; the plan
 * itself is checked in search-pages-sqlite.test.ts). Every order, filter and cursor must give
 * exactly the rows a plain sort of the matches gives, on both engines.
 */

let rows: Synthetic[] = [];

// Searches on the search thread (SQLite) even at the seed's size, as on a large file.
const t = useTestApp({ RESPONSE_CACHE_MB: '0', SEARCH_THREAD_MIN_MB: '0' });
beforeAll(async () => {
  rows = await addSyntheticClaims(t);
});

const planted = (r: Synthetic) => r.statement.includes(WORD);
const byClaimant = (r: Synthetic) => r.claimantName.startsWith(CLAIMANT);
const active = (r: Synthetic) => r.status === 'active';
const country = (r: Synthetic) => r.countryCode;

/** Every id of `url`, following cursors with pages of `limit`, and the total every page gave. */
async function walk(url: string, limit: number): Promise<{ ids: string[]; totals: Set<number> }> {
  const ids: string[] = [];
  const totals = new Set<number>();
  let cursor: string | null = null;
  for (let page = 0; page === 0 || cursor !== null; page += 1) {
    if (page > SYNTHETIC) throw new Error(`${url}: pagination does not end`);
    const next = `${url}&limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const response = await t.app.inject(next);
    expect(response.statusCode, next).toBe(200);
    const body = claimListResponse.parse(JSON.parse(response.body));
    ids.push(...body.data.map((c) => c.id));
    totals.add(body.meta.total);
    cursor = body.meta.nextCursor;
  }
  return { ids, totals };
}

describe('search pages', () => {
  const inOrder = (match: (r: Synthetic) => boolean, order: Parameters<typeof orderLike<Synthetic>>[1] = [[country, 'asc']]) =>
    orderLike(rows.filter(match), order);
  const cases: [string, () => string[]][] = [
    [`/v1/claims?q=${WORD}&sort=country,id`, () => inOrder((r) => planted(r) && active(r))],
    [
      `/v1/claims?q=${WORD}&sort=-country,-id`,
      () =>
        inOrder(
          (r) => planted(r) && active(r),
          [
            [country, 'desc'],
            [(r) => r.id, 'desc'],
          ],
        ),
    ],
    [`/v1/claims?q=${WORD}&sort=-country`, () => inOrder((r) => planted(r) && active(r), [[country, 'desc']])],
    [`/v1/claims?q=${WORD}&sort=country,id&status=all`, () => inOrder(planted)],
    [`/v1/claims?q=${WORD}&sort=country,id&status=retracted`, () => inOrder((r) => planted(r) && !active(r))],
    [
      `/v1/claims?q=${WORD}&sort=country,id&country=BY,KP`,
      () => inOrder((r) => planted(r) && active(r) && ['BY', 'KP'].includes(r.countryCode)),
    ],
    [`/v1/claims?q=${CLAIMANT}&qFields=claimant&sort=country,id`, () => inOrder((r) => byClaimant(r) && active(r))],
    [`/v1/claims?q=${CLAIMANT}%20${WORD}&sort=country,id`, () => inOrder((r) => byClaimant(r) && planted(r) && active(r))],
    [
      `/v1/claims?q=${WORD}&sort=-createdAt`,
      () => inOrder((r) => planted(r) && active(r), [[(r) => r.createdAt.toISOString(), 'desc']]),
    ],
  ];

  it('counts a search per facet value exactly as the matches have them, alone and with other filters', async () => {
    const tally = (match: (r: Synthetic) => boolean, key: (r: Synthetic) => string) => {
      const counts: Record<string, number> = {};
      for (const r of rows.filter(match)) counts[key(r)] = (counts[key(r)] ?? 0) + 1;
      return counts;
    };
    const facetCases: [string, Record<string, Record<string, number>>][] = [
      [
        `/v1/claims?q=${WORD}&sort=country,id&status=all&facet=country,status`,
        { country: tally(planted, country), status: tally(planted, (r) => r.status) },
      ],
      [
        `/v1/claims?q=${WORD}&sort=country,id&country=BY,KP&facet=country,topic`,
        {
          country: tally((r) => planted(r) && active(r) && ['BY', 'KP'].includes(r.countryCode), country),
          topic: tally(
            (r) => planted(r) && active(r) && ['BY', 'KP'].includes(r.countryCode),
            () => 'troops',
          ),
        },
      ],
      [`/v1/claims?q=nosuchwordanywhere&facet=country`, { country: {} }],
    ];
    for (const [url, expected] of facetCases) {
      const response = await t.app.inject(url);
      expect(response.statusCode, url).toBe(200);
      const body = claimListResponse.parse(JSON.parse(response.body));
      for (const counts of Object.values(expected).slice(0, 1)) {
        expect(body.meta.total, url).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
      }
      // Facets list only values that occur; an empty search has none.
      expect(body.meta.facets, url).toEqual(expected);
    }
    expect(Object.keys(facetCases[0]?.[1].country ?? {}).length).toBeGreaterThan(1);
  });

  it('gives every match once, in order, through cursors of any page size, with one total', async () => {
    for (const [url, expectedIds] of cases) {
      const expected = expectedIds();
      expect(expected.length, url).toBeGreaterThan(1);
      for (const limit of [1, 7, 100]) {
        const { ids, totals } = await walk(url, limit);
        expect(ids, `${url} limit ${limit}`).toEqual(expected);
        expect([...totals], `${url} limit ${limit}`).toEqual([expected.length]);
      }
    }
  });
});

/**
 * A first page by relevance is read from the best matches alone when they show it
 * (ListTable.bestPage), else by ranking every match. Claims made for it, in groups of identical
 * text (so of equal rank), ids in the reverse of the order they are written (and indexed) in: A
 * (the word three times) and B (twice), mostly retracted; C (once), a hundred claims of one rank
 * that straddles the cut of the best matches whatever K is between 101 and 199; D (the word only
 * in the claimant's name), in another country, its active claims of a verification of their own,
 * as are two of A's.
 */
describe('search by relevance: the first page from the best matches', () => {
  const TOP = 'quokkafied';
  const GROUPS = [
    { name: 'a', size: 50, statement: `${TOP} ${TOP} ${TOP} statement`, claimant: 'Claimant A', country: 'KP' },
    { name: 'b', size: 50, statement: `${TOP} ${TOP} statement`, claimant: 'Claimant B', country: 'KP' },
    { name: 'c', size: 100, statement: `${TOP} statement`, claimant: 'Claimant C', country: 'KP' },
    { name: 'd', size: 300, statement: 'Plain statement', claimant: `Claimant ${TOP}`, country: 'BY' },
  ];
  const retracted = (group: string, i: number) => ((group === 'a' || group === 'b') && i >= 5) || (group === 'd' && i < 100);
  const disputed = (group: string, i: number) => (group === 'a' && (i === 1 || i === 3)) || (group === 'd' && i >= 100);

  beforeAll(async () => {
    await insertClaims(
      t,
      GROUPS.flatMap((g) =>
        Array.from({ length: g.size }, (_, i) => ({
          id: `zq-${g.name}-${String(g.size - 1 - i).padStart(3, '0')}`,
          countryCode: g.country,
          status: retracted(g.name, i) ? 'retracted' : 'active',
          claimantName: g.claimant,
          statement: g.statement,
          verification: disputed(g.name, i) ? 'disputed' : 'reported',
        })),
      ),
    );
  });

  /** The statement texts `urls`, asked for at once, read. */
  async function readsOf(...urls: string[]): Promise<string[]> {
    const queries = await queriesOf(t.app, async () => {
      for (const response of await Promise.all(urls.map((url) => t.app.inject(url)))) expect(response.statusCode).toBe(200);
    });
    return queries.map((query) => query.text);
  }

  const isBest = (text: string) => text.startsWith('WITH b AS MATERIALIZED');
  // Every match ranked, the list's status and countries applied first (searchRanking's filter), joined as m.
  const isFull = (text: string) => /JOIN \(SELECT .* AS "rank" FROM .*\) m ON m\."id" = /.test(text);

  /**
   * What the page's reads were: from the best matches, and whether every match was ranked too (the
   * fallback). In a new generation, since a search's page ids are read once per generation.
   */
  async function plansOf(url: string): Promise<{ best: boolean; full: boolean }> {
    await changeData(t.prisma, () => Promise.resolve());
    const texts = await readsOf(url);
    return { best: texts.some(isBest), full: texts.some(isFull) };
  }

  it('reads a search’s total and page ids once per generation, for requests asking at once too, and again after a write', async () => {
    await changeData(t.prisma, () => Promise.resolve());
    const url = `/v1/claims?q=${TOP}&limit=10`;
    const isTotal = (text: string) => text.startsWith('SELECT COUNT(*) AS n FROM "claim_fts"');
    const counts = (texts: string[]) => ({ total: texts.filter(isTotal).length, best: texts.filter(isBest).length });
    expect(counts(await readsOf(url, url, url))).toEqual({ total: 1, best: 1 });
    expect(counts(await readsOf(url))).toEqual({ total: 0, best: 0 });
    await changeData(t.prisma, () => Promise.resolve());
    expect(counts(await readsOf(url, url))).toEqual({ total: 1, best: 1 });
  });

  /** The ids of the full query (every match ranked, joined, filtered and sorted), as pages read them after a cursor. */
  async function fullQuery(where: string, params: string[]): Promise<string[]> {
    const ranking = searchRanking(t.app.reader, 'claim', TOP);
    const rows = await t.app.reader.all<{ id: string }>({
      text: `SELECT t."id" AS id FROM "Claim" t JOIN (${ranking.text}) m ON m."id" = t."id" WHERE ${where} ORDER BY m."rank" ASC, t."id" ASC`,
      params: [...ranking.params, ...params],
    });
    return rows.map((r) => r.id);
  }

  const active = [`t."status" = ?`, ['active']] as const;
  // [query, the full query's condition, the reads expected: the best matches only, then the
  // full query too (the fallback), or the full query only]
  const cases: [string, readonly [string, readonly string[]], 'best' | 'fallback' | 'full'][] = [
    // The 6th active claim is of B, the 10th too: before the cut.
    [`q=${TOP}&limit=5`, active, 'best'],
    [`q=${TOP}&limit=9`, active, 'best'],
    [`q=${TOP}&limit=1`, active, 'best'],
    // The 11th is of C, the rank the cut falls in: a tie at the K-th rank proves nothing.
    [`q=${TOP}&limit=10`, active, 'fallback'],
    [`q=${TOP}`, active, 'fallback'],
    // Filtered-out rows before the cut, enough left.
    [`q=${TOP}&status=retracted`, [`t."status" = ?`, ['retracted']], 'best'],
    [`q=${TOP}&status=all&limit=31`, [`1 = 1`, []], 'best'],
    // Too few left among the best: 2 of A, the others (of D) past the cut.
    [`q=${TOP}&verification=disputed`, [`t."status" = ? AND t."verification" = ?`, ['active', 'disputed']], 'fallback'],
    // None left: every claim of BY is past the cut (and BY's own best, ranked among BY's
    // matches, are all of one rank: a tie at the cut).
    [`q=${TOP}&country=BY`, [`t."status" = ? AND t."countryCode" = ?`, ['active', 'BY']], 'fallback'],
    // No more matches kept than K (which grows with the page): the full query, never tried.
    [`q=${TOP}&limit=100`, active, 'full'],
    [`q=${TOP}&status=all&limit=100`, [`1 = 1`, []], 'full'],
    [`q=${TOP}&country=BY&status=retracted`, [`t."status" = ? AND t."countryCode" = ?`, ['retracted', 'BY']], 'full'],
  ];

  it('has ties straddling the cut and filtered-out rows before it (what the cases below rely on)', async () => {
    const ranking = searchRanking(t.app.reader, 'claim', TOP);
    const ranks = (
      await t.app.reader.all<{ id: string; rank: number | string }>({
        text: `SELECT "id", "rank" FROM (${ranking.text}) m ORDER BY "rank", "id"`,
        params: ranking.params,
      })
    ).map((r) => ({ group: r.id.slice(3, 4), rank: Number(r.rank) }));
    expect(ranks).toHaveLength(500);
    // The groups in order, each of one rank, each rank strictly after the one before.
    expect(ranks.map((r) => r.group).join('')).toBe(GROUPS.map((g) => g.name.repeat(g.size)).join(''));
    for (const [i, r] of ranks.entries()) {
      const before = ranks[i - 1];
      if (before === undefined) continue;
      if (before.group === r.group) expect(r.rank).toBe(before.rank);
      else expect(r.rank).toBeGreaterThan(before.rank);
    }
  });

  it('gives exactly the full query’s page, total and next page, reading the best matches when they show the page and every match when not', async () => {
    for (const [query, [where, params], plan] of cases) {
      const url = `/v1/claims?${query}`;
      const limit = Number(/limit=(\d+)/.exec(query)?.[1] ?? 20);
      const expected = await fullQuery(where, [...params]);
      expect(expected.length, url).toBeGreaterThan(0);
      expect(await plansOf(url), url).toEqual({ best: plan !== 'full', full: plan !== 'best' });
      const first = claimListResponse.parse(JSON.parse((await t.app.inject(url)).body));
      expect(
        first.data.map((c) => c.id),
        url,
      ).toEqual(expected.slice(0, limit));
      expect(first.meta.total, url).toBe(expected.length);
      expect(first.meta.nextCursor !== null, url).toBe(expected.length > limit);
      // The next page (read by ranking every match) goes on from the rank the first page recorded.
      if (first.meta.nextCursor === null) continue;
      const next = claimListResponse.parse(
        JSON.parse((await t.app.inject(`${url}&cursor=${encodeURIComponent(first.meta.nextCursor)}`)).body),
      );
      expect(
        next.data.map((c) => c.id),
        url,
      ).toEqual(expected.slice(limit, 2 * limit));
    }
  });
});

/**
 * A country's first page by relevance, when every one of its matches ranks after the best
 * matches of the word: its best are ranked among its own matches (searchRanking's filter), so
 * they show the page without every match of the word being ranked. Claims made for it: KP's, the
 * word six times; IR's, five times down to once, thirty of each (so of five ranks, on either
 * engine), all after KP's.
 */
describe('search by relevance: a country’s first page from its own best matches', () => {
  const WORD = 'wombatized';
  const ir = (i: number) => `zw-ir-${String(i).padStart(3, '0')}`;

  beforeAll(async () => {
    await insertClaims(t, [
      ...Array.from({ length: 200 }, (_, i) => ({
        id: `zw-kp-${String(i).padStart(3, '0')}`,
        countryCode: 'KP',
        statement: `${`${WORD} `.repeat(6)}statement`,
      })),
      ...Array.from({ length: 150 }, (_, i) => ({
        id: ir(i),
        countryCode: 'IR',
        statement: `${`${WORD} `.repeat(5 - Math.floor(i / 30))}statement`,
      })),
    ]);
  });

  it('reads the country’s best matches only, and gives the full query’s page, total and next page', async () => {
    const url = `/v1/claims?q=${WORD}&country=IR&limit=5`;
    // The full query: every match of the word ranked, then IR's kept.
    const ranking = searchRanking(t.app.reader, 'claim', WORD);
    const expected = (
      await t.app.reader.all<{ id: string }>({
        text: `SELECT t."id" AS id FROM "Claim" t JOIN (${ranking.text}) m ON m."id" = t."id" WHERE t."status" = ? AND t."countryCode" = ? ORDER BY m."rank" ASC, t."id" ASC`,
        params: [...ranking.params, 'active', 'IR'],
      })
    ).map((r) => r.id);
    // The most repeated first: five ranks, each after KP's.
    expect(expected).toHaveLength(150);
    expect(expected.slice(0, 30).sort()).toEqual(Array.from({ length: 30 }, (_, i) => ir(i)));

    await changeData(t.prisma, () => Promise.resolve());
    const texts = (
      await queriesOf(t.app, async () => {
        expect((await t.app.inject(url)).statusCode).toBe(200);
      })
    ).map((q) => q.text);
    expect(texts.some((text) => text.startsWith('WITH b AS MATERIALIZED'))).toBe(true);
    // No page read from every match ranked (the fallback).
    expect(texts.some((text) => /JOIN \(SELECT .* AS "rank" FROM .*\) m ON m\."id" = /.test(text))).toBe(false);

    const first = claimListResponse.parse(JSON.parse((await t.app.inject(url)).body));
    expect(first.data.map((c) => c.id)).toEqual(expected.slice(0, 5));
    expect(first.meta.total).toBe(150);
    const next = claimListResponse.parse(
      JSON.parse((await t.app.inject(`${url}&cursor=${encodeURIComponent(first.meta.nextCursor ?? '')}`)).body),
    );
    expect(next.data.map((c) => c.id)).toEqual(expected.slice(5, 10));
  });
});
