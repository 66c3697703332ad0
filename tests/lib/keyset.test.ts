import { describe, expect, it } from 'vitest';
import { sortOrder, UnknownSortFieldError, type SortField } from '../../src/lib/keyset.js';

describe('sort keys shared between requests', () => {
  const FIELDS: Record<string, SortField> = {
    id: { column: 'id', nullable: false, type: 'string' },
    claimedAt: { column: 'claimedAt', nullable: true, type: 'string' },
  };

  it('parses a sort once and hands out the same frozen keys, with the ORDER BY written once for them', () => {
    const first = sortOrder('-claimedAt', FIELDS, 'id');
    expect(first.keys).toEqual([
      { ...FIELDS.claimedAt, name: 'claimedAt', direction: 'desc' },
      { ...FIELDS.id, name: 'id', direction: 'asc' },
    ]);
    expect(sortOrder('-claimedAt', FIELDS, 'id')).toBe(first);
    expect(Object.isFrozen(first.keys) && first.keys.every((key) => Object.isFrozen(key))).toBe(true);
    expect(first.orderBy).toBe('t."claimedAt" DESC NULLS LAST, t."id" ASC');
    expect(sortOrder(undefined, FIELDS, 'id')).toBe(sortOrder('id', FIELDS, 'id'));
  });

  it('rejects an unknown sort field every time it is asked', () => {
    expect(() => sortOrder('password', FIELDS, 'id')).toThrow(UnknownSortFieldError);
    expect(() => sortOrder('password', FIELDS, 'id')).toThrow(UnknownSortFieldError);
  });
});
