import { describe, expect, it } from 'vitest';
import { linkHeader, listLinks } from '../../src/lib/representation.js';

describe('list links', () => {
  it('replaces the cursor where the canonical spelling puts it, in name order, and keeps the rest as it is', () => {
    const links = listLinks('/v1/countries?cursor=old&limit=2&q=caf%C3%A9+noir&sort=-role,name', {
      nextCursor: 'n.x',
      prevCursor: 'p.y',
    });
    expect(links).toEqual({
      self: '/v1/countries?cursor=old&limit=2&q=caf%C3%A9+noir&sort=-role,name',
      first: '/v1/countries?limit=2&q=caf%C3%A9+noir&sort=-role,name',
      prev: '/v1/countries?cursor=p.y&limit=2&q=caf%C3%A9+noir&sort=-role,name',
      next: '/v1/countries?cursor=n.x&limit=2&q=caf%C3%A9+noir&sort=-role,name',
    });
    expect(listLinks('/v1/claims?country=BY,KP&limit=2', { nextCursor: 'n', prevCursor: null }).next).toBe(
      '/v1/claims?country=BY,KP&cursor=n&limit=2',
    );
  });

  it('drops a cursor however its name is encoded, and leaves a bare path bare', () => {
    expect(listLinks('/v1/claims?%63ursor=a&limit=3', { nextCursor: null, prevCursor: null }).first).toBe('/v1/claims?limit=3');
    expect(listLinks('/v1/claims?%63ursor=a&limit=3', { nextCursor: 'b', prevCursor: null }).next).toBe(
      '/v1/claims?cursor=b&limit=3',
    );
    expect(listLinks('/v1/claims?cursor=a', { nextCursor: null, prevCursor: 'b' })).toMatchObject({
      first: '/v1/claims',
      prev: '/v1/claims?cursor=b',
      next: null,
    });
    expect(listLinks('/v1/claims', { nextCursor: 'c', prevCursor: null })).toMatchObject({
      first: '/v1/claims',
      next: '/v1/claims?cursor=c',
    });
  });

  it('escapes what a URI may not hold, so a link cannot end the Link header’s <…>', () => {
    expect(listLinks('/v1/claims?q=a>b<c"d é&limit=2', { nextCursor: null, prevCursor: null }).first).toBe(
      '/v1/claims?q=a%3Eb%3Cc%22d%20%C3%A9&limit=2',
    );
  });

  it('writes first always, prev and next only where there is such a page, in the Link header', () => {
    expect(linkHeader({ self: '/a?cursor=x', first: '/a', prev: null, next: '/a?cursor=n' })).toBe(
      '</a>; rel="first", </a?cursor=n>; rel="next"',
    );
    expect(linkHeader({ self: '/a?cursor=x', first: '/a', prev: '/a?cursor=p', next: null })).toBe(
      '</a>; rel="first", </a?cursor=p>; rel="prev"',
    );
  });
});
