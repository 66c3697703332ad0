import { describe, expect, it } from 'vitest';
import type { SqlReader } from '../../src/db/sql.js';
import { sql } from '../../src/db/sql.js';
import { CursorCodec, queryFingerprint } from '../../src/lib/cursor.js';
import { orderBy, sortKeys, UnknownSortFieldError, type SortField } from '../../src/lib/keyset.js';
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

describe('sort keys and cursors shared between requests', () => {
  const FIELDS: Record<string, SortField> = {
    id: { column: 'id', nullable: false, type: 'string' },
    claimedAt: { column: 'claimedAt', nullable: true, type: 'string' },
  };

  it('parses a sort once and hands out the same frozen keys, with one ORDER BY object for them', () => {
    const first = sortKeys('-claimedAt', FIELDS, 'id');
    expect(first).toEqual([
      { ...FIELDS.claimedAt, name: 'claimedAt', direction: 'desc' },
      { ...FIELDS.id, name: 'id', direction: 'asc' },
    ]);
    expect(sortKeys('-claimedAt', FIELDS, 'id')).toBe(first);
    expect(Object.isFrozen(first) && first.every((key) => Object.isFrozen(key))).toBe(true);
    expect(orderBy(first)).toBe(orderBy(first));
    expect(orderBy(first)).toEqual([{ claimedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }]);
    expect(sortKeys(undefined, FIELDS, 'id')).toBe(sortKeys('id', FIELDS, 'id'));
  });

  it('rejects an unknown sort field every time it is asked', () => {
    expect(() => sortKeys('password', FIELDS, 'id')).toThrow(UnknownSortFieldError);
    expect(() => sortKeys('password', FIELDS, 'id')).toThrow(UnknownSortFieldError);
  });

  it('signs cursors the same way for the same secret, and refuses another secret’s', () => {
    const fingerprint = queryFingerprint([{ country: ['KP'] }, [['id', 'asc']]]);
    expect(fingerprint).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const codec = new CursorCodec('a'.repeat(32));
    const cursor = codec.encode(['KP', 'kp-1'], fingerprint);
    expect(new CursorCodec('a'.repeat(32)).encode(['KP', 'kp-1'], fingerprint)).toBe(cursor);
    expect(codec.decode(cursor, fingerprint, 2)).toEqual(['KP', 'kp-1']);
    expect(() => new CursorCodec('b'.repeat(32)).decode(cursor, fingerprint, 2)).toThrow(/not a cursor issued/);
  });
});
