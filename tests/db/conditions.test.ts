import { describe, expect, it } from 'vitest';
import { and, columnsOf, eq, gte, inList, inSubquery, isNotNull, isNull, lt, lte, NONE, or } from '../../src/db/conditions.js';
import type { DatasetGeneration } from '../../src/db/generation.js';
import type { Sql, SqlReader } from '../../src/db/sql.js';
import { sql } from '../../src/db/sql.js';
import { CursorCodec } from '../../src/lib/cursor.js';
import { sortOrder, type SortField } from '../../src/lib/keyset.js';
import { listPage } from '../../src/repositories/list.js';
import { sqlTable, type TableSpec } from '../../src/repositories/sql-list/index.js';

const sqlite: SqlReader = {
  dialect: 'sqlite',
  all: () => [],
  dateParam: (date) => date.toISOString().replace('Z', '+00:00'),
  close: async () => undefined,
};
const postgres: SqlReader = { ...sqlite, dialect: 'postgresql', dateParam: (date) => date.toISOString() };
const COLUMNS = ['countryCode', 'status', 'claimedAt', 'createdAt', 'verified', 'id'] as const;
const column = columnsOf(COLUMNS);

/** A table on a reader that answers nothing and records every statement it is sent. */
function recordingTable(reader: SqlReader) {
  const sent: Sql[] = [];
  const generation = { now: () => 1 } as unknown as DatasetGeneration;
  // A total of one, so that a page is read (a list matching nothing reads none), which has no rows.
  const recording: SqlReader = {
    ...reader,
    all: <Row>(query: Sql) => (sent.push(query), (query.text.startsWith('SELECT COUNT(*)') ? [{ n: 1 }] : []) as Row[]),
  };
  const spec: TableSpec<(typeof COLUMNS)[number]> = { table: 'Claim', columns: COLUMNS };
  return { sent, table: sqlTable<Record<string, unknown>, (typeof COLUMNS)[number]>({ reader: recording, generation }, spec) };
}

describe('the raw-SQL conditions of list filters', () => {
  it('writes every operator with its parameters in placeholder order', () => {
    const at = new Date('2024-02-24T00:00:00.000Z');
    const where = and(
      inList(column('countryCode'), ['KP', 'CN']),
      eq(column('status'), 'active'),
      gte(column('claimedAt'), '2023'),
      lte(column('claimedAt'), '2024\uffff'),
      or(lt(column('createdAt'), sqlite.dateParam(at)), eq(column('claimedAt'), null)),
      isNotNull(column('claimedAt')),
      eq(column('verified'), 1),
      isNull(column('id')),
      inSubquery(column('id'), sql('SELECT x FROM y WHERE z MATCH ?', ['drone*'])),
    );
    expect(where).toEqual({
      text:
        '(t."countryCode" IN (?, ?) AND t."status" = ? AND t."claimedAt" >= ? AND t."claimedAt" <= ? AND ' +
        '(t."createdAt" < ? OR t."claimedAt" IS NULL) AND t."claimedAt" IS NOT NULL AND t."verified" = ? AND ' +
        't."id" IS NULL AND t."id" IN (SELECT x FROM y WHERE z MATCH ?))',
      params: ['KP', 'CN', 'active', '2023', '2024\uffff', '2024-02-24T00:00:00.000+00:00', 1, 'drone*'],
    });
  });

  it('matches everything for no condition and nothing for an empty OR or IN', () => {
    expect(and()).toEqual({ text: '1 = 1', params: [] });
    expect(and(undefined, undefined)).toEqual({ text: '1 = 1', params: [] });
    expect(or()).toEqual({ text: '1 = 0', params: [] });
    expect(inList(column('countryCode'), [])).toEqual({ text: '1 = 0', params: [] });
  });

  it('keeps the columns of a search’s counts off SQLite indexes only, and its match on the key', async () => {
    for (const [reader, status] of [
      [sqlite, '+t."status" = ?'],
      [postgres, 't."status" = ?'],
    ] as const) {
      const { sent, table } = recordingTable(reader);
      const match = inSubquery(table.column('id'), sql('SELECT x FROM y WHERE z MATCH ?', ['drone*']));
      await listPage(table, new CursorCodec('c'.repeat(32)), {
        filter: (c) => and(eq(c('status'), 'active'), eq(c('countryCode'), 'KP')),
        match,
        order: sortOrder(
          undefined,
          { id: { column: 'id', nullable: false, type: 'string' } } as Record<string, SortField<(typeof COLUMNS)[number]>>,
          'id',
        ),
        limit: 20,
        cursor: undefined,
        facets: ['status'],
        filters: {},
      });
      const [count, page, facet] = sent.map((query) => query.text);
      expect(count).toMatch(/^SELECT COUNT\(\*\) AS n FROM "Claim" t WHERE/);
      expect(page).toMatch(/^SELECT t."id" AS id FROM "Claim" t WHERE/);
      expect(page).toContain('WHERE ((t."status" = ? AND t."countryCode" = ?) AND t."id" IN (SELECT');
      expect(count).toContain(`WHERE ((${status} AND ${status.replace('status', 'countryCode')}) AND t."id" IN (SELECT`);
      expect(facet).toContain(`WHERE ((${status} AND`);
    }
  });

  it('refuses a column it does not know', () => {
    // @ts-expect-error: not a listable column, which the compiler already says
    expect(() => column('password')).toThrow(/not listable/);
    expect(NONE.text).toBe('1 = 0');
  });

  it('continues after a cursor with one row comparison, or the general expansion where nulls or directions differ', () => {
    const { table } = recordingTable(sqlite);
    const fields: Record<string, SortField<(typeof COLUMNS)[number]>> = {
      id: { column: 'id', nullable: false, type: 'string' },
      country: { column: 'countryCode', nullable: false, type: 'string' },
      claimedAt: { column: 'claimedAt', nullable: true, type: 'string' },
      createdAt: { column: 'createdAt', nullable: false, type: 'date' },
    };
    expect(table.after(sortOrder('country', fields, 'id'), ['KP', 'kp-1'])).toEqual({
      text: '(t."countryCode", t."id") > (?, ?)',
      params: ['KP', 'kp-1'],
    });
    expect(table.after(sortOrder('-createdAt', fields, 'id'), ['2024-02-24T00:00:00.000Z', 'kp-1'])).toEqual({
      text: '(t."createdAt", t."id") < (?, ?)',
      params: ['2024-02-24T00:00:00.000+00:00', 'kp-1'],
    });
    expect(table.after(sortOrder('createdAt,-id', fields, 'id'), ['2024-02-24T00:00:00.000Z', 'kp-1'])).toEqual({
      text: '(t."createdAt" > ? OR (t."createdAt" = ? AND t."id" < ?))',
      params: ['2024-02-24T00:00:00.000+00:00', '2024-02-24T00:00:00.000+00:00', 'kp-1'],
    });
    expect(table.after(sortOrder('-claimedAt', fields, 'id'), ['2023', 'kp-1'])).toEqual({
      text: '((t."claimedAt" < ? OR t."claimedAt" IS NULL) OR (t."claimedAt" = ? AND t."id" < ?))',
      params: ['2023', '2023', 'kp-1'],
    });
    expect(table.after(sortOrder('-claimedAt', fields, 'id'), [null, 'kp-1'])).toEqual({
      text: '(t."claimedAt" IS NULL AND t."id" < ?)',
      params: ['kp-1'],
    });
    expect(table.after(sortOrder('claimedAt', fields, 'id'), [null, 'kp-1'])).toEqual({
      text: '(t."claimedAt" IS NOT NULL OR (t."claimedAt" IS NULL AND t."id" > ?))',
      params: ['kp-1'],
    });
  });
});
