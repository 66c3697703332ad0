import { describe, expect, it } from 'vitest';
import { claimListResponse } from '../../src/schemas/claim.js';
import { useTestApp } from '../helpers/app.js';
import { parseLinkHeader, walkPagesBy } from '../helpers/http.js';
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

  it('gives the total and first and next links of a list without the body', async () => {
    const h = await head('/v1/claims?limit=3');
    expect(h.headers['x-total-count']).toBe(String(seedClaims.length));
    expect(h.headers.link).toMatch(/^<\/v1\/claims\?limit=3>; rel="first", <\/v1\/claims\?cursor=[^>&]+&limit=3>; rel="next"$/);
    const csv = await head('/v1/claims?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['x-total-count']).toBe(String(seedClaims.length));
  });
});

describe('Link and X-Total-Count', () => {
  it('mirrors meta.total and links first, prev and next in headers: no next on the last page, no prev on the first', async () => {
    const first = await get('/v1/claims?limit=20');
    const body = claimListResponse.parse(first.body);
    expect(first.headers['x-total-count']).toBe(String(seedClaims.length));
    expect(body.links).toMatchObject({ self: '/v1/claims?limit=20', first: '/v1/claims?limit=20', prev: null });
    expect(parseLinkHeader(first.headers.link)).toEqual({ first: body.links.first, next: body.links.next });
    const last = await get(body.links.next ?? '');
    const lastBody = claimListResponse.parse(last.body);
    expect(last.headers['x-total-count']).toBe(String(seedClaims.length));
    expect(lastBody.links.next).toBeNull();
    expect(lastBody.links.prev).not.toBeNull();
    expect(parseLinkHeader(last.headers.link)).toEqual({ first: '/v1/claims?limit=20', prev: lastBody.links.prev });
  });

  it('keeps the other query parameters in the first, prev and next links', async () => {
    const first = claimListResponse.parse((await get('/v1/claims?country=BY,KP&sort=-id&limit=2')).body);
    const second = claimListResponse.parse((await get(first.links.next ?? '')).body);
    for (const link of [second.links.first, second.links.prev, second.links.next]) {
      const url = new URL(link ?? '', 'http://x');
      expect(url.searchParams.get('country'), link ?? 'null').toBe('BY,KP');
      expect(url.searchParams.get('sort'), link ?? 'null').toBe('-id');
      expect(url.searchParams.get('limit'), link ?? 'null').toBe('2');
    }
    expect(new URL(second.links.first, 'http://x').searchParams.has('cursor')).toBe(false);
  });

  it('walks back from the last page of every list through the forward pages, in reverse', async () => {
    for (const [url, key] of [
      ['/v1/countries?limit=1', 'code'],
      ['/v1/countries?sort=-role&limit=2', 'code'],
      ['/v1/countries?sort=name&limit=1', 'code'],
      ['/v1/leaders?limit=2', 'id'],
      ['/v1/trade-figures?sort=-value&limit=1', 'id'],
      ['/v1/countries/IR/trade-figures?limit=1', 'id'],
      ['/v1/countries/BY/claims?limit=2', 'id'],
    ] as const) {
      const forward = await walkPagesBy(t.server, url, 'next', { key });
      const last = forward.at(-1);
      if (last === undefined || forward.length < 2) throw new Error(`${url}: too few pages to walk back`);
      const back = await walkPagesBy(t.server, last.url, 'prev', { key });
      expect(
        back.map((page) => page.ids),
        url,
      ).toEqual(forward.map((page) => page.ids).reverse());
    }
  });
});
