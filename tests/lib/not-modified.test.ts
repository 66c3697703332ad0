import { describe, expect, it } from 'vitest';
import { ifNoneMatchMatches } from '../../src/lib/not-modified.js';

describe('If-None-Match', () => {
  it('matches entity tags the way RFC 9110 says If-None-Match does', () => {
    expect(ifNoneMatchMatches('"a"', '"a"')).toBe(true);
    expect(ifNoneMatchMatches('W/"a"', '"a"')).toBe(true);
    expect(ifNoneMatchMatches('"b", "a"', '"a"')).toBe(true);
    expect(ifNoneMatchMatches('*', '"a"')).toBe(true);
    expect(ifNoneMatchMatches('"b"', '"a"')).toBe(false);
    expect(ifNoneMatchMatches('a', '"a"')).toBe(false);
  });
});
