import { beforeAll, describe, expect, it } from 'vitest';
import { FEW_MATCHES } from '../../src/repositories/list.js';
import { claimListResponse } from '../../src/schemas/claim.js';
import { useTestApp } from '../helpers/app.js';
import { changeData } from '../helpers/database.js';
import { queryPlansOf } from '../helpers/query-plans.js';

type Order = { claimedAt?: 'asc' | 'desc'; createdAt?: 'asc' | 'desc'; topic?: 'asc' | 'desc'; id?: 'asc' | 'desc' };

/**
 * SQLite's plans for the filter shapes of issue 22 (a frequent combination, one matching
 * nothing, a selective single filter): each reads an index that gives its rows in the default
 * order, instead of reading every row of one filter and checking the others.
 */

const t = useTestApp({ RESPONSE_CACHE_MB: '0' });
/** More North Korean troop claims than FEW_MATCHES, so that their pages are read along the order. */
const COPIES = FEW_MATCHES + 200;

beforeAll(async () => {
  await changeData(t.prisma, async () => {
    await t.prisma.$executeRawUnsafe(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO "Claim" ("id", "countryCode", "claimantName", "claimantType", "claimantLeaderId", "statement", "quote",
         "quoteStart", "quoteEnd", "sourceId", "topic", "verification", "verificationNote", "claimedAt", "dateNote", "status",
         "version", "createdAt", "updatedAt")
       SELECT printf('plan-%05d', (n.i * 7919) % ?), c."countryCode", c."claimantName", c."claimantType", c."claimantLeaderId",
         c."statement", c."quote", c."quoteStart", c."quoteEnd", c."sourceId", c."topic", c."verification", c."verificationNote",
         c."claimedAt", c."dateNote", CASE WHEN n.i % 10 = 0 THEN 'retracted' ELSE 'active' END, 1, c."createdAt", c."updatedAt"
       FROM n, (SELECT * FROM "Claim" WHERE "countryCode" = 'KP' AND "topic" = 'troops' ORDER BY "id" LIMIT 1) c`,
      COPIES,
      COPIES,
    );
    await t.prisma.$executeRawUnsafe(
      `INSERT INTO "ClaimTopic" ("claimId", "topic", "position") SELECT "id", 'troops', 0 FROM "Claim" WHERE "id" LIKE 'plan-%'`,
    );
  });
});

/** Every query `url` runs on the reader, with its plan. */
const queriesOf = (url: string) => queryPlansOf(t.app, url);

const isIdQuery = (text: string) => text.startsWith('SELECT t."id" AS id FROM "Claim"');
const isCount = (text: string) => text.startsWith('SELECT COUNT(*) AS n FROM "Claim"');

describe('claim list plans on SQLite', () => {
  it('reads a selective single filter in order from its own index, page and total', async () => {
    const queries = await queriesOf('/v1/claims?verification=unverified');
    const read = queries.filter((q) => isIdQuery(q.text) || isCount(q.text));
    expect(read).toHaveLength(2);
    for (const { plan } of read) {
      expect(plan).toContain('COVERING INDEX Claim_verification_status_countryCode_id_idx (verification=? AND status=?)');
      expect(plan).not.toContain('TEMP B-TREE');
    }
  });

  it('walks one country in the default order for a frequent topic, probing each claim’s topics, not reading every claim of the topic', async () => {
    const url = '/v1/claims?country=KP&topic=troops&limit=20';
    const first = claimListResponse.parse(JSON.parse((await t.app.inject(url)).body));
    expect(first.meta.total).toBeGreaterThanOrEqual(FEW_MATCHES);
    const queries = await queriesOf(`${url}&cursor=${encodeURIComponent(first.meta.nextCursor ?? '')}`);
    const pages = queries.filter((q) => isIdQuery(q.text));
    expect(pages).toHaveLength(1);
    const plan = pages[0]?.plan ?? '';
    expect(plan).toContain('SEARCH t USING COVERING INDEX Claim_status_countryCode_id_idx (status=? AND countryCode=?');
    expect(plan).toMatch(/SEARCH x EXISTS USING COVERING INDEX \S+ \((?:claimId=\? AND topic=\?|topic=\? AND claimId=\?)\)/);
    expect(plan).not.toContain('LIST SUBQUERY');
    expect(plan).not.toContain('TEMP B-TREE');

    // The same claims, in the same order, as the topic's own rows give.
    const expected = await t.prisma.claim.findMany({
      where: { countryCode: 'KP', status: 'active', topics: { some: { topic: 'troops' } } },
      orderBy: { id: 'asc' },
      select: { id: true },
    });
    expect(first.meta.total).toBe(expected.length);
    const second = claimListResponse.parse(
      JSON.parse((await t.app.inject(`${url}&cursor=${encodeURIComponent(first.meta.nextCursor ?? '')}`)).body),
    );
    expect([...first.data, ...second.data].map((c) => c.id)).toEqual(expected.slice(0, 40).map((c) => c.id));
  });

  it('reads no page for a combination that matches nothing, once its total is known', async () => {
    const queries = await queriesOf('/v1/claims?country=BY&topic=trade');
    expect(queries.filter((q) => isIdQuery(q.text))).toEqual([]);
    expect(queries.filter((q) => isCount(q.text))).toHaveLength(1);
    const body = claimListResponse.parse(JSON.parse((await t.app.inject('/v1/claims?country=BY&topic=trade')).body));
    expect(body.data).toEqual([]);
    expect(body.meta.total).toBe(0);
  });

  /** The first two pages of `url` (limit 20), by their cursors. */
  async function twoPages(url: string) {
    const first = claimListResponse.parse(JSON.parse((await t.app.inject(url)).body));
    const next = `${url}&cursor=${encodeURIComponent(first.meta.nextCursor ?? '')}`;
    const second = claimListResponse.parse(JSON.parse((await t.app.inject(next)).body));
    return { total: first.meta.total, ids: [...first.data, ...second.data].map((c) => c.id), next };
  }

  /** Active claims `where` allows, in `orderBy` (nulls first ascending, last descending, as SQLite and the API put them). */
  const expectedIds = async (where: Record<string, unknown>, orderBy: Order[]) =>
    (await t.prisma.claim.findMany({ where: { status: 'active', ...where }, orderBy, select: { id: true } })).map((c) => c.id);

  it.each([
    ['-claimedAt', 'Claim_claimedAt_id_status_countryCode_idx', [{ claimedAt: 'desc' }, { id: 'desc' }]],
    ['claimedAt', 'Claim_claimedAt_id_status_countryCode_idx', [{ claimedAt: 'asc' }, { id: 'asc' }]],
    ['-createdAt', 'Claim_createdAt_id_status_countryCode_idx', [{ createdAt: 'desc' }, { id: 'desc' }]],
    ['topic', 'Claim_topic_id_status_countryCode_idx', [{ topic: 'asc' }, { id: 'asc' }]],
    ['-id', 'sqlite_autoindex_Claim_1', [{ id: 'desc' }]],
  ] as const)(
    'walks the index of sort=%s for a filter matching many claims, ties by id in the same direction, sorting nothing',
    async (sort, index, orderBy) => {
      const url = `/v1/claims?country=KP&sort=${sort}&limit=20`;
      const { total, ids, next } = await twoPages(url);
      expect(total).toBeGreaterThanOrEqual(FEW_MATCHES);
      expect(ids).toEqual((await expectedIds({ countryCode: 'KP' }, [...orderBy])).slice(0, 40));
      for (const page of [url, next]) {
        const reads = (await queriesOf(page)).filter((q) => isIdQuery(q.text));
        expect(reads).toHaveLength(1);
        expect(reads[0]?.plan).toContain(`USING ${sort === '-id' ? '' : 'COVERING '}INDEX ${index}`);
        expect(reads[0]?.plan).not.toContain('TEMP B-TREE');
      }
    },
  );

  it('walks the sort index for a search matching many claims, reading its matches once, not sorting them all', async () => {
    const url = '/v1/claims?q=soldiers&sort=-createdAt&limit=20';
    // Its plan first: a search's page ids are then kept for the dataset's generation.
    const reads = (await queriesOf(url)).filter((q) => isIdQuery(q.text));
    // Seen twice: on the search reader, which hands a small file's reads to the reader.
    expect(new Set(reads.map((q) => q.text)).size).toBe(1);
    expect(reads[0]?.plan).toContain('SCAN t USING COVERING INDEX Claim_createdAt_id_status_countryCode_idx');
    expect(reads[0]?.plan).toContain('LIST SUBQUERY');
    expect(reads[0]?.plan).not.toContain('TEMP B-TREE');
    const { total, ids } = await twoPages(url);
    expect(total).toBeGreaterThanOrEqual(FEW_MATCHES);
    // Every match sorted, as the plan before the walk read them.
    const expected = await t.prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT "id" FROM "Claim" WHERE "status" = 'active' AND "id" IN (SELECT k."claim_id" FROM "claim_fts" f
         JOIN "claim_fts_key" k ON k."key" = f."rowid" WHERE f."claim_fts" MATCH '"soldiers"*')
       ORDER BY "createdAt" DESC, "id" DESC LIMIT 40`,
    );
    expect(ids).toEqual(expected.map((c) => c.id));
    // Asked again in the same generation, the page's ids are not read again.
    expect((await queriesOf(url)).filter((q) => isIdQuery(q.text))).toEqual([]);
  });

  it('reads a sorted filter matching few claims from the filter’s own index, in the same order as a walk would', async () => {
    const url = '/v1/claims?country=BY&sort=-claimedAt&limit=2';
    const { total, ids } = await twoPages(url);
    expect(total).toBeLessThan(FEW_MATCHES);
    expect(ids).toEqual((await expectedIds({ countryCode: 'BY' }, [{ claimedAt: 'desc' }, { id: 'desc' }])).slice(0, 4));
    const reads = (await queriesOf(url)).filter((q) => isIdQuery(q.text));
    expect(reads[0]?.plan).toContain('Claim_status_countryCode_id_idx (status=? AND countryCode=?)');
  });
});
