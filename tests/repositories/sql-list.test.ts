import { describe, expect, it } from 'vitest';
import type { SqlReader } from '../../src/db/sql.js';
import { sql } from '../../src/db/sql.js';
import { inSubquery, unindexed, whereSql } from '../../src/repositories/sql-list.js';

const sqlite: SqlReader = {
  dialect: 'sqlite',
  all: () => [],
  dateParam: (date) => date.toISOString().replace('Z', '+00:00'),
  close: async () => undefined,
};
const postgres: SqlReader = { ...sqlite, dialect: 'postgresql', dateParam: (date) => date.toISOString() };
const COLUMNS = new Set(['countryCode', 'status', 'claimedAt', 'createdAt', 'verified', 'id']);

describe('the raw-SQL translation of list filters', () => {
  it('writes every operator with its parameters in placeholder order', () => {
    const at = new Date('2024-02-24T00:00:00.000Z');
    const where = {
      AND: [
        { countryCode: { in: ['KP', 'CN'] } },
        { status: 'active' },
        { claimedAt: { gte: '2023', lte: '2024\uffff' } },
        { OR: [{ createdAt: { lt: at } }, { claimedAt: null }] },
        { claimedAt: { not: null } },
        { verified: { equals: true } },
        { id: { equals: null } },
        inSubquery('id', sql('SELECT x FROM y WHERE z MATCH ?', ['drone*'])),
      ],
    };
    expect(whereSql(where, sqlite, COLUMNS)).toEqual({
      text:
        '(t."countryCode" IN (?, ?) AND t."status" = ? AND t."claimedAt" >= ? AND t."claimedAt" <= ? AND ' +
        '(t."createdAt" < ? OR t."claimedAt" IS NULL) AND t."claimedAt" IS NOT NULL AND t."verified" = ? AND ' +
        't."id" IS NULL AND t."id" IN (SELECT x FROM y WHERE z MATCH ?))',
      params: ['KP', 'CN', 'active', '2023', '2024\uffff', '2024-02-24T00:00:00.000+00:00', 1, 'drone*'],
    });
  });

  it('matches everything for no condition and nothing for an empty OR or IN', () => {
    expect(whereSql({}, sqlite, COLUMNS)).toEqual({ text: '1 = 1', params: [] });
    expect(whereSql({ AND: [] }, sqlite, COLUMNS)).toEqual({ text: '1 = 1', params: [] });
    expect(whereSql({ OR: [] }, sqlite, COLUMNS)).toEqual({ text: '1 = 0', params: [] });
    expect(whereSql({ countryCode: { in: [] } }, sqlite, COLUMNS)).toEqual({ text: '1 = 0', params: [] });
  });

  it('keeps the columns of an unindexed condition off SQLite indexes only', () => {
    const where = { AND: [unindexed({ AND: [{ status: 'active' }] }), { countryCode: 'KP' }] };
    expect(whereSql(where, sqlite, COLUMNS).text).toBe('(((+t."status" = ?)) AND t."countryCode" = ?)');
    expect(whereSql(where, postgres, COLUMNS).text).toBe('(((t."status" = ?)) AND t."countryCode" = ?)');
  });

  it('refuses a column or an operator it does not know', () => {
    expect(() => whereSql({ password: 'x' }, sqlite, COLUMNS)).toThrow(/not listable/);
    expect(() => whereSql({ status: { contains: 'x' } }, sqlite, COLUMNS)).toThrow(/unsupported where operator contains/);
    expect(() => whereSql({ status: { in: [{}] } }, sqlite, COLUMNS)).toThrow(/unsupported SQL parameter/);
  });
});
