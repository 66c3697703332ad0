import { describe, expect, it } from 'vitest';
import {
  exportEtag,
  ifNoneMatchMatches,
  isNotModified,
  keptOnNotModified,
  recordEtag,
  versionsInIfMatch,
} from '../../src/lib/conditional-get.js';

describe('conditional GET rules', () => {
  it('answers 304 only when the request has If-None-Match and it matches the ETag the 200 would carry', () => {
    expect(isNotModified('"a"', '"a"')).toBe(true);
    expect(isNotModified('W/"a", "b"', '"a"')).toBe(true);
    expect(isNotModified(undefined, '"a"')).toBe(false);
    expect(isNotModified('"a"', undefined)).toBe(false);
    expect(isNotModified('"a"', ['"a"'])).toBe(false);
    expect(isNotModified('"b"', '"a"')).toBe(false);
  });

  it('gives a record an ETag whose version If-Match can read back, and which moves with the body', () => {
    const tag = recordEtag(3, '{"data":{}}');
    expect(tag).toMatch(/^"v3-[\w-]{27}"$/);
    expect(recordEtag(3, '{"data":{"a":1}}')).not.toBe(tag);
    expect(versionsInIfMatch(tag)).toEqual([3]);
    expect(versionsInIfMatch(`"v1", ${tag}, "other"`)).toEqual([1, 3]);
    expect(versionsInIfMatch('W/"v3-x", "x3"')).toEqual([]);
  });

  it('gives each export representation of a URL its own ETag, which moves with the dataset version', () => {
    const csv = exportEtag(7, 'csv', '/v1/claims?format=csv');
    expect(csv).toMatch(/^"x7-[\w-]{22}"$/);
    expect(exportEtag(7, 'ndjson', '/v1/claims?format=csv')).not.toBe(csv);
    expect(exportEtag(8, 'csv', '/v1/claims?format=csv')).not.toBe(csv);
  });

  it('keeps on a 304 the validators, caching, CORS, rate-limit and request-id headers, in any case, and nothing else', () => {
    for (const name of [
      'ETag',
      'cache-control',
      'Vary',
      'Access-Control-Allow-Origin',
      'X-RateLimit-Remaining',
      'x-request-id',
    ]) {
      expect(keptOnNotModified(name), name).toBe(true);
    }
    for (const name of ['content-type', 'content-length', 'link', 'x-total-count', 'content-security-policy']) {
      expect(keptOnNotModified(name), name).toBe(false);
    }
  });
});

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
