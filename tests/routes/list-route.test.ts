import { describe, expect, it } from 'vitest';
import { claimListResponse } from '../../src/schemas/claim.js';
import { useTestApp } from '../helpers/app.js';
import { READ_ROUTES } from '../helpers/read-routes.js';
import { seedClaims } from '../helpers/seed-data.js';

const t = useTestApp();
const get = t.get;
const head = t.head;

describe('HEAD', () => {
  it('works on every GET route with the GET headers and no body', async () => {
    for (const url of READ_ROUTES) {
      // The same Accept-Encoding for both (superagent sends one with GET only): each coding has its ETag.
      const g = await get(url).set('accept-encoding', 'gzip, deflate');
      const h = await head(url).set('accept-encoding', 'gzip, deflate');
      expect(h.status, url).toBe(200);
      expect(h.text ?? '', url).toBe('');
      expect(h.headers['content-type'], url).toBe(g.headers['content-type']);
      expect(h.headers.etag, url).toBe(g.headers.etag);
      expect(h.headers['x-total-count'], url).toBe(g.headers['x-total-count']);
    }
  });

  it('gives the total and next link of a list without the body', async () => {
    const h = await head('/v1/claims?limit=3');
    expect(h.headers['x-total-count']).toBe(String(seedClaims.length));
    expect(h.headers.link).toMatch(/^<\/v1\/claims\?limit=3&cursor=[^>]+>; rel="next"$/);
    const csv = await head('/v1/claims?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['x-total-count']).toBe(String(seedClaims.length));
  });
});

describe('Link and X-Total-Count', () => {
  it('mirrors meta.total and links.next in headers, with no Link on the last page', async () => {
    const first = await get('/v1/claims?limit=20');
    const body = claimListResponse.parse(first.body);
    expect(first.headers['x-total-count']).toBe(String(seedClaims.length));
    expect(first.headers.link).toBe(`<${body.links.next}>; rel="next"`);
    expect(body.links.self).toBe('/v1/claims?limit=20');
    const last = await get(body.links.next ?? '');
    expect(last.headers.link).toBeUndefined();
    expect(last.headers['x-total-count']).toBe(String(seedClaims.length));
    expect(claimListResponse.parse(last.body).links.next).toBeNull();
  });

  it('keeps the other query parameters in the next link', async () => {
    const body = claimListResponse.parse((await get('/v1/claims?country=BY,KP&sort=-id&limit=2')).body);
    const next = new URL(body.links.next ?? '', 'http://x');
    expect(next.searchParams.get('country')).toBe('BY,KP');
    expect(next.searchParams.get('sort')).toBe('-id');
    expect(next.searchParams.get('limit')).toBe('2');
  });
});
