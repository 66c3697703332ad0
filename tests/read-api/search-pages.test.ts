import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../../src/db/sql.js';
import { claimListResponse } from '../../src/schemas/claim.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { testEngine } from '../helpers/database.js';
import { changeData, orderLike } from './helpers.js';

/**
 * Search pages in the default order are read country by country from the matches rather than by
 * sorting every match, and after a cursor only from the cursor's country on. Every order, filter
 * and cursor must give exactly the rows a plain sort of the matches gives, on both engines.
 */

const WORD = 'zorblax';
const CLAIMANT = 'Quibbit';
const SYNTHETIC = 240;

type Synthetic = { id: string; countryCode: string; status: string; createdAt: Date; claimantName: string; statement: string };

let t: TestApp;
let rows: Synthetic[] = [];
let countries: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ RESPONSE_CACHE_MB: '0' });
  countries = (await t.prisma.country.findMany({ select: { code: true }, orderBy: { code: 'asc' } })).map((c) => c.code);
  const source = await t.prisma.source.findFirstOrThrow({ select: { id: true } });
  // Ids are shuffled against the insertion order (37 is prime to 240) and countries taken in
  // turn by fours, so neither order of the matches comes for free from how they were written.
  rows = Array.from({ length: SYNTHETIC }, (_, i) => ({
    id: `zz-${String((i * 37) % SYNTHETIC).padStart(3, '0')}`,
    countryCode: countries[Math.floor(i / 4) % countries.length] as string,
    status: i % 11 === 0 ? 'retracted' : 'active',
    createdAt: new Date(Date.UTC(2026, 0, 1) + ((i * 13) % SYNTHETIC) * 60_000),
    claimantName: i % 5 === 0 ? `${CLAIMANT} ${i}` : `Claimant ${i}`,
    statement: i % 3 === 0 ? `Statement ${i} without the word` : `Statement ${i} mentions ${WORD} here`,
  }));
  await changeData(t.prisma, () =>
    t.prisma.claim.createMany({
      data: rows.map((r) => ({
        ...r,
        updatedAt: r.createdAt,
        claimantType: 'government_official',
        quote: 'Synthetic quote.',
        quoteStart: 0,
        quoteEnd: 16,
        sourceId: source.id,
        topic: 'troops',
        verification: 'reported',
        verificationNote: 'Synthetic.',
        dateNote: 'Synthetic.',
      })),
    }),
  );
});
afterAll(async () => {
  await t?.close();
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
    [`/v1/claims?q=${WORD}`, () => inOrder((r) => planted(r) && active(r))],
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
    [`/v1/claims?q=${WORD}&status=all`, () => inOrder(planted)],
    [`/v1/claims?q=${WORD}&status=retracted`, () => inOrder((r) => planted(r) && !active(r))],
    [`/v1/claims?q=${WORD}&country=BY,KP`, () => inOrder((r) => planted(r) && active(r) && ['BY', 'KP'].includes(r.countryCode))],
    [`/v1/claims?q=${CLAIMANT}&qFields=claimant`, () => inOrder((r) => byClaimant(r) && active(r))],
    [`/v1/claims?q=${CLAIMANT}%20${WORD}`, () => inOrder((r) => byClaimant(r) && planted(r) && active(r))],
    [
      `/v1/claims?q=${WORD}&sort=-createdAt`,
      () => inOrder((r) => planted(r) && active(r), [[(r) => r.createdAt.toISOString(), 'desc']]),
    ],
  ];

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

describe.runIf(testEngine() === 'sqlite')('search pages on SQLite', () => {
  /** The plan of each list id query that `url` runs. */
  async function idQueryPlans(url: string): Promise<string[]> {
    const reader = t.app.reader;
    const all = reader.all.bind(reader);
    const queries: Sql[] = [];
    reader.all = <Row>(query: Sql) => {
      queries.push(query);
      return all<Row>(query);
    };
    try {
      expect((await t.app.inject(url)).statusCode, url).toBe(200);
    } finally {
      reader.all = all;
    }
    const idQueries = queries.filter((q) => q.text.startsWith('SELECT t."id" AS id FROM "Claim"'));
    expect(idQueries, url).toHaveLength(1);
    return Promise.all(
      idQueries.map(async (q) => {
        const plan = await all<{ detail: string }>({ text: `EXPLAIN QUERY PLAN ${q.text}`, params: q.params });
        return plan.map((row) => row.detail).join('\n');
      }),
    );
  }

  it('reads a default-order page from the index in order, first page and after a cursor, without sorting the matches', async () => {
    const first = await t.app.inject(`/v1/claims?q=${WORD}&limit=5`);
    const cursor = claimListResponse.parse(JSON.parse(first.body)).meta.nextCursor;
    expect(cursor).not.toBeNull();
    for (const url of [
      `/v1/claims?q=${WORD}&limit=5`,
      `/v1/claims?q=${WORD}&limit=5&cursor=${encodeURIComponent(cursor ?? '')}`,
    ]) {
      for (const plan of await idQueryPlans(url)) {
        expect(plan, url).toContain('Claim_status_countryCode_id_idx (status=? AND countryCode=? AND id=?)');
        expect(plan, url).not.toContain('TEMP B-TREE');
      }
    }
    // After a cursor, the countries before the cursor's are not looked through at all.
    const [afterCursor] = await idQueryPlans(`/v1/claims?q=${WORD}&limit=5&cursor=${encodeURIComponent(cursor ?? '')}`);
    expect(afterCursor).toMatch(/SEARCH Country USING COVERING INDEX \S+ \(code>\?\)/);
  });

  it('reads record ids from the first column of each FTS5 content table', async () => {
    for (const [table, idColumn] of [
      ['claim_fts', 'claim_id'],
      ['trade_figure_fts', 'trade_figure_id'],
    ]) {
      const [row] = await t.prisma.$queryRawUnsafe<{ rows: bigint | number; same: bigint | number }[]>(
        `SELECT COUNT(*) AS rows, SUM(c."c0" IS f."${idColumn}") AS same FROM "${table}" f JOIN "${table}_content" c ON c."id" = f."rowid"`,
      );
      expect(Number(row?.rows), table).toBeGreaterThan(0);
      expect(Number(row?.same), table).toBe(Number(row?.rows));
    }
  });
});
