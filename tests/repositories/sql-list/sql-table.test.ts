import { describe, expect, it } from 'vitest';
import type { DatasetGeneration } from '../../../src/db/generation.js';
import type { Sql, SqlReader } from '../../../src/db/sql.js';
import { sortOrder } from '../../../src/lib/keyset.js';
import { sqlTable, type TableSpec } from '../../../src/repositories/sql-list/index.js';

const COLUMNS = ['id', 'status'] as const;
type Column = (typeof COLUMNS)[number];
const ORDER = sortOrder<Column>('id', { id: { column: 'id', nullable: false, type: 'string' } }, 'id');
const WHERE: Sql = { text: '1 = 1', params: [] };

/**
 * A table on a reader that answers a page's id query with the ids it is told to, and a read of
 * rows by key with one row per key asked, recording the keys asked for.
 */
function tableOf() {
  let ids: string[] = [];
  const rowsRead: string[][] = [];
  let idReads = 0;
  const reader: SqlReader = {
    dialect: 'sqlite',
    all: <Row>(query: Sql) => {
      if (query.text.startsWith('SELECT t."id" AS id')) {
        idReads += 1;
        return ids.map((id, i) => ({ id, rank: i })) as Row[];
      }
      const keys = query.params as string[];
      rowsRead.push(keys);
      return keys.map((id) => ({ id, status: 'active' })) as Row[];
    },
    dateParam: (date) => date.toISOString(),
    close: async () => undefined,
  };
  const generation = { now: () => 1 } as unknown as DatasetGeneration;
  const spec: TableSpec<Column> = { table: 'Claim', columns: COLUMNS };
  const table = sqlTable<Record<string, unknown>, Column>({ reader, generation }, spec);
  const read = async (page: string[], exported = false) => {
    ids = page;
    rowsRead.length = 0;
    const { rows } = await table.page(WHERE, ORDER, page.length, { exported });
    return { rows, rowsRead: rowsRead.flat() };
  };
  /** A page of a search ranking, after position `from`; how many id queries it read. */
  const ranked = async (page: string[], from: number, exported = false) => {
    ids = page;
    const before = idReads;
    const where = { text: 't."id" > ?', params: [from] };
    await table.page(where, ORDER, page.length, { ranking: RANKING, exported });
    return idReads - before;
  };
  return { read, ranked };
}

const RANKING: Sql = { text: 'SELECT "id", 0 AS "rank" FROM "matches"', params: [] };

const idsOf = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(5, '0')}`);

describe('the row cache of a table’s list reads', () => {
  it('keeps the rows pages share through an export of more rows than it holds, and lends them to the export', async () => {
    const { read } = tableOf();
    const page = idsOf('page', 20);
    const first = await read(page);
    expect(first.rowsRead).toEqual(page);
    expect((await read(page)).rowsRead).toEqual([]);

    // Twelve batches of 500: more rows than the cache holds (MAX_ROWS, 5,000).
    const exported = idsOf('export', 6000);
    for (let at = 0; at < exported.length; at += 500) {
      const batch = exported.slice(at, at + 500);
      expect((await read(batch, true)).rowsRead).toEqual(batch);
    }
    // A batch holding cached rows reads only the others, and hands out the cached objects.
    const mixed = await read([...page.slice(0, 5), 'export-x'], true);
    expect(mixed.rowsRead).toEqual(['export-x']);
    expect(mixed.rows.slice(0, 5)).toEqual(first.rows.slice(0, 5));
    expect(mixed.rows[0]).toBe(first.rows[0]);

    const again = await read(page);
    expect(again.rowsRead).toEqual([]);
    expect(again.rows[0]).toBe(first.rows[0]);
    // An export's own rows were never kept.
    expect((await read(exported.slice(0, 20))).rowsRead).toEqual(exported.slice(0, 20));
  });

  it('keeps a search’s page ids through an export by rank of more batches than it holds, without keeping the export’s', async () => {
    const { ranked } = tableOf();
    const page = idsOf('page', 20);
    expect(await ranked(page, 0)).toBe(1);
    expect(await ranked(page, 0)).toBe(0);
    // More batches than the page ids kept (MAX_RANKED_PAGES, 500), each read once.
    for (let batch = 1; batch <= 501; batch += 1) expect(await ranked(idsOf(`export-${batch}`, 2), batch, true)).toBe(1);
    expect(await ranked(idsOf('export-1', 2), 1, true)).toBe(1);
    expect(await ranked(page, 0)).toBe(0);
  });
});
