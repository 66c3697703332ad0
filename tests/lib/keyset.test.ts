import { describe, expect, it } from 'vitest';
import { orderBy, sortKeys, UnknownSortFieldError, type SortField } from '../../src/lib/keyset.js';

describe('sort keys shared between requests', () => {
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
});
