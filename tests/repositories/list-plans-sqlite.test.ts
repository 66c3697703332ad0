import { beforeAll, describe, expect, it } from 'vitest';
import { FEW_MATCHES } from '../../src/repositories/list.js';
import { claimListResponse } from '../../src/schemas/claim.js';
import { useTestApp } from '../helpers/app.js';
import { changeData } from '../helpers/database.js';
import { queryPlansOf } from '../helpers/query-plans.js';

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
});
