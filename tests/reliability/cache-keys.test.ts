import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/lib/canonical-query.js';
import { cleanup, createLoggedApp, expectNoSecretsInLogs, send, type LoggedApp } from '../helpers/reliability.js';

/**
 * Issue 19, section 2: equivalent spellings of one query (whitespace around list items, the
 * order of a comma list, the order of parameters, percent-encoding) are one response-cache
 * entry with one body, whose `links.self` is the canonical spelling; spellings that differ in
 * meaning, or that the API refuses, stay apart.
 */

let t: LoggedApp;
let base: string;
beforeAll(async () => {
  t = await createLoggedApp();
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await t?.close();
  expectNoSecretsInLogs();
  await cleanup();
});

const LISTS = new Set(['country', 'include', 'facet', 'topic']);

describe('the canonical spelling', () => {
  it('orders parameters, trims, orders and dedupes list items, and decodes what the parser decodes', () => {
    const same: [string, string][] = [
      ['/v1/claims?limit=5&country=KP,BY', '/v1/claims?country=BY,KP&limit=5'],
      ['/v1/claims?country=%20KP%20,BY', '/v1/claims?country=BY,KP'],
      ['/v1/claims?country=KP+,+BY', '/v1/claims?country=BY,KP'],
      ['/v1/claims?country=KP%2CBY', '/v1/claims?country=BY,KP'],
      ['/v1/claims?country=KP,BY,KP', '/v1/claims?country=BY,KP'],
      ['/v1/claims?%63ountry=KP', '/v1/claims?country=KP'],
      ['/v1/claims?&country=KP&&', '/v1/claims?country=KP'],
      ['/v1/claims?', '/v1/claims'],
      ['/v1/trade-figures?value%5Bgte%5D=1e9', '/v1/trade-figures?value[gte]=1e9'],
      ['/v1/claims?q=drone+strikes', '/v1/claims?q=drone%20strikes'],
    ];
    for (const [spelling, canonical] of same) expect(canonicalUrl(spelling, LISTS), spelling).toBe(canonical);
    // Idempotent.
    for (const [, canonical] of same) expect(canonicalUrl(canonical, LISTS)).toBe(canonical);
  });

  it('keeps apart what differs in meaning or in validity', () => {
    const apart: [string, string][] = [
      ['/v1/claims?sort=country,-claimedAt', '/v1/claims?sort=-claimedAt,country'],
      ['/v1/claims?q=a,b', '/v1/claims?q=b,a'],
      ['/v1/claims?q=soldiers', '/v1/claims?q=%20soldiers'],
      ['/v1/claims?status=active', '/v1/claims?status=%20active'],
      ['/v1/claims?limit=5', '/v1/claims?limit=%20%205'],
      ['/v1/claims?country=KP', '/v1/claims?country=KP,'],
      ['/v1/claims?country=KP', '/v1/claims?country=KP&country=KP'],
      ['/v1/claims/kp-a?x=1', '/v1/claims/KP-A?x=1'],
    ];
    for (const [a, b] of apart) expect(canonicalUrl(a, LISTS), `${a} vs ${b}`).not.toBe(canonicalUrl(b, LISTS));
  });
});

/** Equivalent spellings; the first is canonical. */
const GROUPS: string[][] = [
  [
    '/v1/countries/KP?include=claims',
    '/v1/countries/KP?include=%20claims',
    '/v1/countries/KP?include=claims%20',
    '/v1/countries/KP?include=+claims+',
    '/v1/countries/KP?%69nclude=claims',
    '/v1/countries/KP?include=claims&',
    '/v1/countries/KP?include=%63laims',
  ],
  [
    '/v1/countries/KP?include=claims,leaders',
    '/v1/countries/KP?include=leaders,claims',
    '/v1/countries/KP?include=leaders,%20claims',
    '/v1/countries/KP?include=claims,leaders,claims',
  ],
  [
    '/v1/claims?country=BY,KP&facet=topic,verification&limit=3',
    '/v1/claims?limit=3&facet=verification,topic&country=KP,BY',
    '/v1/claims?facet=verification%2Ctopic&country=KP%2C%20BY&limit=3',
    '/v1/claims?country=KP,BY,KP&limit=3&facet=topic,verification',
  ],
  [
    '/v1/trade-figures?limit=2&value[gte]=1e9',
    '/v1/trade-figures?value%5Bgte%5D=1e9&limit=2',
    '/v1/trade-figures?value[gte]=1e9&limit=2',
  ],
  ['/v1/claims?country=KP&format=csv', '/v1/claims?format=csv&country=%20KP'],
  ['/v1/changes?limit=3&since=2', '/v1/changes?since=2&limit=3'],
];

describe('equivalent spellings', () => {
  it('share one cache entry, one body and one ETag, for each group', async () => {
    for (const group of GROUPS) {
      t.app.responseCache.clear();
      const bodies = new Set<string>();
      const tags = new Set<string>();
      for (let round = 0; round < 2; round += 1) {
        for (const url of group) {
          const res = await send(base, 'GET', url);
          expect(res.status, `${url}: ${res.text.slice(0, 200)}`).toBe(200);
          bodies.add(res.text);
          tags.add(String(res.headers.etag));
        }
      }
      expect(t.app.responseCache.stats().entries, group[0]).toBe(1);
      expect(bodies.size, group[0]).toBe(1);
      expect(tags.size, group[0]).toBe(1);
    }
  });

  it('state the canonical spelling as links.self, which answers with the same body', async () => {
    for (const group of GROUPS) {
      const canonical = group[0] as string;
      for (const url of group) {
        const res = await send(base, 'GET', url);
        const body = res.headers['content-type']?.startsWith('application/json')
          ? (JSON.parse(res.text) as { links?: { self?: string } })
          : null;
        if (body?.links?.self === undefined) continue;
        expect(body.links.self, url).toBe(canonical);
        const followed = await send(base, 'GET', body.links.self);
        expect(followed.text, url).toBe(res.text);
      }
    }
  });

  it('list facets in one order, whatever order they are asked in', async () => {
    const a = JSON.parse((await send(base, 'GET', '/v1/claims?facet=verification,country,topic&limit=1')).text) as {
      meta: { facets: Record<string, unknown> };
    };
    const b = JSON.parse((await send(base, 'GET', '/v1/claims?facet=topic,country,verification&limit=1')).text) as {
      meta: { facets: Record<string, unknown> };
    };
    expect(Object.keys(a.meta.facets)).toEqual(['country', 'topic', 'verification']);
    expect(JSON.stringify(b.meta.facets)).toBe(JSON.stringify(a.meta.facets));
  });

  it('do not merge spellings that differ in meaning or that are refused', async () => {
    t.app.responseCache.clear();
    const one = await send(base, 'GET', '/v1/claims?sort=country,-claimedAt&limit=5');
    const two = await send(base, 'GET', '/v1/claims?sort=-claimedAt,country&limit=5');
    expect(one.status).toBe(200);
    expect(two.status).toBe(200);
    expect(one.text).not.toBe(two.text);
    for (let i = 0; i < 2; i += 1) await send(base, 'GET', '/v1/claims?status=active&limit=5');
    expect((await send(base, 'GET', '/v1/claims?status=%20active&limit=5')).status).toBe(400);
    expect((await send(base, 'GET', '/v1/claims?country=KP,&limit=5')).status).toBe(400);
  });
});
