import { beforeAll, describe, expect, it } from 'vitest';
import { claimListResponse } from '../../src/schemas/claim.js';
import type { Sql, SqlReader } from '../../src/db/sql.js';
import { useTestApp } from '../helpers/app.js';
import { changeData } from '../helpers/database.js';
import { FULL_TEXT_TABLES, fullTextCountsSql } from '../helpers/full-text.js';
import { queryPlansOf } from '../helpers/query-plans.js';
import { addSyntheticClaims, WORD } from '../helpers/search-fixtures.js';

/** SQLite's plans for search pages (see search-pages.test.ts for their results on both engines). */

// Searches on the search thread (SQLite) even at the seed's size, as on a large file.
const t = useTestApp({ RESPONSE_CACHE_MB: '0', SEARCH_THREAD_MIN_MB: '0' });
beforeAll(async () => {
  await addSyntheticClaims(t);
});

describe('search pages on SQLite', () => {
  /** The plan of each list id query that `url` runs. */
  async function idQueryPlans(url: string): Promise<string[]> {
    const plans = await queryPlans(url, (text) => text.startsWith('SELECT t."id" AS id FROM "Claim"'));
    expect(plans, url).toHaveLength(1);
    return plans;
  }

  /**
   * The plan of each query `url` runs whose text `wanted` picks, in a generation of its own (a
   * search's total and ranked page ids are read once per generation).
   */
  async function queryPlans(url: string, wanted: (text: string) => boolean): Promise<string[]> {
    await changeData(t.prisma, () => Promise.resolve());
    return (await queryPlansOf(t.app, url)).filter((q) => wanted(q.text)).map((q) => q.plan);
  }

  it('sends a search’s total and its ranking to the reader on a thread of its own, and nothing else there', async () => {
    const { reader, searchReader } = t.app;
    expect(searchReader).not.toBe(reader);
    const sent = new Map<SqlReader, string[]>([
      [reader, []],
      [searchReader, []],
    ]);
    const originals = [reader, searchReader].map((r) => [r, r.all.bind(r)] as const);
    for (const [r, all] of originals)
      r.all = <Row>(query: Sql) => {
        sent.get(r)?.push(query.text);
        return all<Row>(query);
      };
    try {
      // A new word, so that neither read is kept from an earlier request.
      await changeData(t.prisma, () => Promise.resolve());
      for (const url of [`/v1/claims?q=${WORD}`, `/v1/claims?q=${WORD}&topic=troops`, `/v1/claims?q=${WORD}&sort=-createdAt`])
        expect((await t.app.inject(url)).statusCode, url).toBe(200);
    } finally {
      for (const [r, all] of originals) r.all = all;
    }
    const onThread = sent.get(searchReader) ?? [];
    const onLoop = sent.get(reader) ?? [];
    const isSearch = (text: string) => /MATCH/.test(text) && !text.includes('GROUP BY');
    expect(onThread.some((text) => text.startsWith('SELECT COUNT(*) AS n FROM "claim_fts"'))).toBe(true);
    expect(onThread.some((text) => text.startsWith('SELECT COUNT(*) AS n FROM "Claim"'))).toBe(true);
    expect(onThread.some((text) => text.startsWith('WITH b AS MATERIALIZED'))).toBe(true);
    expect(onThread.every(isSearch)).toBe(true);
    // The page in another order is a search too, but a seek of the page's index: on the event loop, as the rows by key.
    expect(onLoop.filter(isSearch).every((text) => !text.includes('bm25'))).toBe(true);
  });

  it('reads a default-order page from the index in order, first page and after a cursor, without sorting the matches', async () => {
    const first = await t.app.inject(`/v1/claims?q=${WORD}&sort=country,id&limit=5`);
    const cursor = claimListResponse.parse(JSON.parse(first.body)).meta.nextCursor;
    expect(cursor).not.toBeNull();
    for (const url of [
      `/v1/claims?q=${WORD}&sort=country,id&limit=5`,
      `/v1/claims?q=${WORD}&sort=country,id&limit=5&cursor=${encodeURIComponent(cursor ?? '')}`,
    ]) {
      for (const plan of await idQueryPlans(url)) {
        expect(plan, url).toContain('Claim_status_countryCode_id_idx (status=? AND countryCode=? AND id=?)');
        expect(plan, url).not.toContain('TEMP B-TREE');
      }
    }
    // After a cursor, the countries before the cursor's are not looked through at all.
    const [afterCursor] = await idQueryPlans(
      `/v1/claims?q=${WORD}&sort=country,id&limit=5&cursor=${encodeURIComponent(cursor ?? '')}`,
    );
    expect(afterCursor).toMatch(/SEARCH Country USING COVERING INDEX \S+ \(code>\?\)/);
  });

  it('reads a first page by relevance from the best matches alone, each looked up by key (more matches than K)', async () => {
    for (const url of [
      `/v1/claims?q=${WORD}`,
      `/v1/claims?q=${WORD}&verification=reported,asserted&claimantType=government_official`,
      `/v1/claims?q=${WORD}&status=all&limit=1`,
    ]) {
      const plans = await queryPlans(url, (text) => text.startsWith('WITH b AS MATERIALIZED'));
      expect(plans, url).toHaveLength(1);
      for (const plan of plans) {
        // FTS5 ranks its matches and keeps the best (a sort of the full-text rows only).
        expect(plan, url).toMatch(/^SCAN \w+_fts VIRTUAL TABLE INDEX 0:M/m);
        expect(plan, url).toMatch(/^SCAN m$/m);
        // Each looked up by id (with the filters' columns when an index has both).
        expect(plan, url).toMatch(/^SEARCH t USING (?:COVERING )?INDEX \S+ \((?:.* AND )?id=\?(?: AND .*)?\)$/m);
        expect(plan, url).not.toMatch(/^SCAN t\b/m);
      }
    }
  });

  it('counts and facets a search from its matches, looking each record up by id (or its key row, for a total by status and country), whatever else is filtered', async () => {
    for (const [url, table] of [
      [`/v1/claims?q=${WORD}&sort=country,id&facet=topic,verification`, 'Claim'],
      [`/v1/claims?q=${WORD}&sort=country,id&country=KP,CN&topic=troops&facet=country`, 'Claim'],
      [`/v1/claims?q=${WORD}&status=retracted&sort=-createdAt`, 'Claim'],
      ['/v1/claims?q=nosuchwordanywhere', 'Claim'],
      ['/v1/trade-figures?q=milliards&facet=reporter,unit', 'TradeFigure'],
      ['/v1/trade-figures?q=milliards&reporter=IR&value[gte]=1', 'TradeFigure'],
    ] as const) {
      const counts = (await queryPlansOf(t.app, url)).filter((q) => q.text.includes('COUNT(*) AS n'));
      // One query per facet, and the total unless an earlier request counted it in this generation.
      const facets = url.match(/facet=([^&]*)/)?.[1]?.split(',').length ?? 0;
      expect(counts.length, url).toBeGreaterThanOrEqual(Math.max(1, facets));
      const byKey = `sqlite_autoindex_${table}_1`;
      // A claim search's total under status and country alone: from the matches' key rows, by key.
      const keyRows = (text: string) => text.startsWith('SELECT COUNT(*) AS n FROM "claim_fts" f JOIN "claim_fts_key" k');
      for (const { plan } of counts.filter((q) => keyRows(q.text))) {
        expect(plan, url).toMatch(/^SCAN f VIRTUAL TABLE INDEX 0:M/m);
        expect(plan, url).toMatch(/^SEARCH k USING INTEGER PRIMARY KEY \(rowid=\?\)$/m);
        expect(plan, url).not.toMatch(/\b(?:SCAN|SEARCH) t\b/);
      }
      for (const plan of counts.filter((q) => !keyRows(q.text)).map((q) => q.plan)) {
        expect(plan, url).toMatch(new RegExp(`^SEARCH t USING (?:COVERING )?INDEX ${byKey} \\(id=\\?\\)$`, 'm'));
        expect(plan, url).not.toMatch(new RegExp(`^(?:SCAN|SEARCH) t USING (?:COVERING )?INDEX (?!${byKey} )`, 'm'));
        expect(plan, url).not.toMatch(/^SCAN t\b/m);
      }
    }
  });

  it('keeps one full-text row per record, under its key and with its text, through inserts, edits, id changes and deletes', async () => {
    const claim = await t.prisma.claim.findFirstOrThrow({ where: { id: { startsWith: 'zz-' } } });
    await t.prisma.claim.update({ where: { id: claim.id }, data: { statement: 'Edited to say quarkwhistle.' } });
    await t.prisma.claim.update({ where: { id: 'zz-002' }, data: { topic: 'economic' } });
    await t.prisma.claim.delete({ where: { id: 'zz-001' } });
    await t.prisma.claim.create({ data: { ...claim, id: 'zz-new', statement: 'New, says quarkwhistle too.' } });
    // Ids never change through the API; a script's rename must still keep the row and its key together.
    await t.prisma.$executeRawUnsafe(
      `UPDATE "Claim" SET "id" = 'zz-renamed', "quote" = 'Renamed quote, florbinate.' WHERE "id" = 'zz-003'`,
    );
    const figure = await t.prisma.tradeFigure.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await t.prisma.tradeFigure.update({ where: { id: figure.id }, data: { caveat: 'Caveat with quarkwhistle.' } });
    await t.prisma.tradeFigure.create({ data: { ...figure, id: 'tf-new', caveat: null } });
    await t.prisma.tradeFigure.delete({ where: { id: 'tf-new' } });
    await t.prisma.tradeFigure.create({ data: { ...figure, id: 'tf-new-2', caveat: null } });
    for (const spec of FULL_TEXT_TABLES) {
      const { table } = spec;
      const [integrity] = await t.prisma.$queryRawUnsafe<{ rows: bigint; keys: bigint; records: bigint; same: bigint }[]>(
        fullTextCountsSql(spec),
      );
      expect(Number(integrity?.records), table).toBeGreaterThan(1);
      for (const count of [integrity?.rows, integrity?.keys, integrity?.same])
        expect(Number(count), table).toBe(Number(integrity?.records));
      // FTS5's own check that its index matches its stored text.
      await t.prisma.$executeRawUnsafe(`INSERT INTO "${table}" ("${table}") VALUES ('integrity-check')`);
    }
    const ids = async (url: string) =>
      (JSON.parse((await t.app.inject(url)).body).data as { id: string }[]).map((r) => r.id).sort();
    expect(await ids('/v1/claims?q=quarkwhistle&status=all')).toEqual([claim.id, 'zz-new']);
    expect(await ids('/v1/claims?q=florbinate&status=all')).toEqual(['zz-renamed']);
    expect(await ids('/v1/trade-figures?q=quarkwhistle&status=all')).toEqual([figure.id]);
  });

  it('finds a record’s full-text row by key, never by scanning the index, in every trigger', async () => {
    const triggers = await t.prisma.$queryRawUnsafe<{ name: string; sql: string }[]>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'claim_fts%' OR name LIKE 'trade_figure_fts%')`,
    );
    expect(triggers.map((r) => r.name).sort()).toEqual(
      [
        ...FULL_TEXT_TABLES.flatMap(({ table }) =>
          ['after_delete', 'after_id_update', 'after_insert', 'after_update'].map((event) => `${table}_${event}`),
        ),
        // A renamed country or person (the search names migration).
        'claim_fts_after_country_name_update',
        'claim_fts_after_leader_name_update',
        // A claim's status or country on its key row (the search key status migration).
        'claim_fts_key_after_status_update',
      ].sort(),
    );
    for (const trigger of triggers) {
      const body = trigger.sql.slice(trigger.sql.indexOf(' BEGIN') + 6, trigger.sql.lastIndexOf('END'));
      const statements = body
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => s.replace(/\b(?:NEW|OLD)\."\w+"/g, '?'));
      expect(statements.length, trigger.name).toBeGreaterThan(0);
      for (const statement of statements) {
        const params = Array.from({ length: statement.split('?').length - 1 }, () => 'x');
        const plan = (await t.prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${statement}`, ...params))
          .map((row) => row.detail)
          .join('\n');
        // FTS5 reports a full scan as `INDEX 0:` and a rowid lookup as `INDEX 0:=`.
        expect(plan, `${trigger.name}: ${statement}`).not.toMatch(/VIRTUAL TABLE INDEX 0:$/m);
        expect(plan, `${trigger.name}: ${statement}`).not.toMatch(/SCAN \S+_key\b/);
      }
    }
  });
});
