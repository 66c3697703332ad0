import { describe, expect, it } from 'vitest';
import { reverseOrder, sortOrder, UnknownSortFieldError, type SortField } from '../../src/lib/keyset.js';

describe('sort keys shared between requests', () => {
  const FIELDS: Record<string, SortField> = {
    id: { column: 'id', nullable: false, type: 'string' },
    claimedAt: { column: 'claimedAt', nullable: true, type: 'string' },
  };

  it('parses a sort once and hands out the same frozen keys, with the ORDER BY written once for them', () => {
    const first = sortOrder('-claimedAt', FIELDS, 'id');
    expect(first.keys).toEqual([
      { ...FIELDS.claimedAt, name: 'claimedAt', direction: 'desc' },
      { ...FIELDS.id, name: 'id', direction: 'desc' },
    ]);
    expect(sortOrder('-claimedAt', FIELDS, 'id')).toBe(first);
    expect(Object.isFrozen(first.keys) && first.keys.every((key) => Object.isFrozen(key))).toBe(true);
    expect(first.orderBy).toBe('t."claimedAt" DESC NULLS LAST, t."id" DESC');
    expect(sortOrder(undefined, FIELDS, 'id')).toBe(sortOrder('id', FIELDS, 'id'));
  });

  it('rejects an unknown sort field every time it is asked', () => {
    expect(() => sortOrder('password', FIELDS, 'id')).toThrow(UnknownSortFieldError);
    expect(() => sortOrder('password', FIELDS, 'id')).toThrow(UnknownSortFieldError);
  });

  it('reverses an order key by key, nulls moving with the direction, under the same fingerprint', () => {
    const order = sortOrder('-claimedAt', FIELDS, 'id');
    const reversed = reverseOrder(order);
    expect(reversed.keys.map((k) => [k.name, k.direction])).toEqual([
      ['claimedAt', 'asc'],
      ['id', 'asc'],
    ]);
    expect(reversed.orderBy).toBe('t."claimedAt" ASC NULLS FIRST, t."id" ASC');
    expect(reversed.fingerprint).toBe(order.fingerprint);
    expect(reverseOrder(order)).toBe(reversed);
  });
});

describe('the key that ends every order', () => {
  const COUNTRY_FIELDS: Record<string, SortField> = {
    code: { column: 'code', nullable: false, type: 'string' },
    role: { column: 'role', nullable: false, type: 'string' },
  };

  it('is the table’s own key, named when it is not id, so an order on a shared value is total', () => {
    expect(sortOrder('role', COUNTRY_FIELDS, 'code', 'code').keys.map((k) => k.name)).toEqual(['role', 'code']);
    expect(sortOrder('-code,role', COUNTRY_FIELDS, 'code', 'code').keys.map((k) => k.name)).toEqual(['code', 'role']);
  });

  it('must be a sort field: a table whose key is missing from its fields is a programming error', () => {
    expect(() => sortOrder('role', { ...COUNTRY_FIELDS }, 'code')).toThrow(/key field "id"/);
  });

  it('is not the whole order of an empty sort (sort=), which takes the default order', () => {
    expect(sortOrder('', COUNTRY_FIELDS, 'role', 'code').keys.map((k) => k.name)).toEqual(['role', 'code']);
    expect(sortOrder(' , ', COUNTRY_FIELDS, '-role', 'code').keys.map((k) => [k.name, k.direction])).toEqual([
      ['role', 'desc'],
      ['code', 'desc'],
    ]);
  });

  it('runs in the direction of the last field given, so one index on (field, key) serves both directions', () => {
    const directions = (sort: string) => sortOrder(sort, COUNTRY_FIELDS, 'code', 'code').keys.map((k) => k.direction);
    expect(directions('role')).toEqual(['asc', 'asc']);
    expect(directions('-role')).toEqual(['desc', 'desc']);
    expect(directions('-code')).toEqual(['desc']);
  });
});
