import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../../src/db/sql.js';
import { claimListResponse } from '../../src/schemas/claim.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { addSyntheticClaims, WORD } from './search-fixtures.js';

/** SQLite's plans for search pages (see search-pages.test.ts for their results on both engines). */

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ RESPONSE_CACHE_MB: '0' });
  await addSyntheticClaims(t);
});
afterAll(async () => {
  await t?.close();
});

describe('search pages on SQLite', () => {
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
