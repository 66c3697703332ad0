import { beforeAll, describe, expect, it } from 'vitest';
import { claimListResponse } from '../../src/schemas/claim.js';
import { useTestApp } from '../helpers/app.js';
import { orderLike } from '../helpers/seed-data.js';
import { addSyntheticClaims, CLAIMANT, SYNTHETIC, WORD, type Synthetic } from '../helpers/search-fixtures.js';

/**
 * Search pages in the default order are read country by country from the matches rather than by
 * sorting every match, and after a cursor only from the cursor's country on (SQLite; the plan
 * itself is checked in search-pages-sqlite.test.ts). Every order, filter and cursor must give
 * exactly the rows a plain sort of the matches gives, on both engines.
 */

let rows: Synthetic[] = [];

const t = useTestApp({ RESPONSE_CACHE_MB: '0' });
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
