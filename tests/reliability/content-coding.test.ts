import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codedEtag, ifNoneMatchMatches, versionsInIfMatch } from '../../src/lib/conditional-get.js';
import { contentCoding } from '../../src/lib/content-coding.js';
import { bearer, cleanup, createLoggedApp, expectNoSecretsInLogs, send, type LoggedApp } from '../helpers/reliability.js';

/**
 * Issue 19: identity, gzip and br responses are representations of their own, so they do not
 * share one strong ETag (RFC 9110 §8.8.3); If-None-Match still answers 304 across codings; a
 * HEAD states what its GET states (Content-Encoding, Content-Length, ETag), whichever path
 * answers: the response cache before routing, its hook, or no cache.
 */

const CODINGS = ['identity', 'gzip', 'br'] as const;
const URLS = [
  '/v1/claims?limit=5',
  '/v1/claims/kp-offered-100000-soldiers',
  '/v1/countries/KP?include=claims',
  '/v1/claims?country=KP&format=csv',
  '/v1/trade-figures?format=ndjson',
  '/v1',
  '/openapi.json',
];

const variants: { label: string; app: LoggedApp; base: string }[] = [];
beforeAll(async () => {
  for (const [label, env] of [
    ['cache before routing', { RATE_LIMIT_MAX: '0' }],
    ['cache in its hook (rate limit on)', { RATE_LIMIT_MAX: '100000' }],
    ['cache off', { RESPONSE_CACHE_MB: '0' }],
  ] as const) {
    const app = await createLoggedApp(env);
    variants.push({ label, app, base: await app.app.listen({ host: '127.0.0.1', port: 0 }) });
  }
});
afterAll(async () => {
  for (const v of variants) await v.app.close();
  expectNoSecretsInLogs();
  await cleanup();
});

const get = (base: string, url: string, coding: string, headers: Record<string, string> = {}) =>
  send(base, 'GET', url, { 'accept-encoding': coding, ...headers });

describe('the rules', () => {
  it('make one tag per coding, leave weak tags alone, and match a response’s codings to each other', () => {
    expect(codedEtag('"abc"', 'gzip')).toBe('"abc.gzip"');
    expect(codedEtag('"v3-abc"', 'br')).toBe('"v3-abc.br"');
    expect(codedEtag('"abc"', null)).toBe('"abc"');
    expect(codedEtag('W/"abc"', 'gzip')).toBe('W/"abc"');
    for (const [header, etag] of [
      ['"abc.gzip"', '"abc"'],
      ['"abc"', '"abc.br"'],
      ['"abc.br"', '"abc.gzip"'],
      ['W/"abc.gzip"', '"abc"'],
      ['"x", "abc.deflate"', '"abc.br"'],
    ]) {
      expect(ifNoneMatchMatches(header as string, etag as string), `${header} vs ${etag}`).toBe(true);
    }
    expect(ifNoneMatchMatches('"abd.gzip"', '"abc.gzip"')).toBe(false);
    expect(ifNoneMatchMatches('"abc.zip"', '"abc"')).toBe(false);
    // If-Match names versions; a coded tag names the same one.
    expect(versionsInIfMatch('"v7-abc.gzip"')).toEqual([7]);
  });

  it('choose the coding as @fastify/compress does', () => {
    const coding = (value: string | undefined, extra: Record<string, string> = {}) =>
      contentCoding({ ...(value === undefined ? {} : { 'accept-encoding': value }), ...extra });
    expect(coding(undefined)).toBeNull();
    expect(coding('identity')).toBeNull();
    expect(coding('gzip, deflate, br')).toBe('br');
    expect(coding('gzip')).toBe('gzip');
    expect(coding('GZIP')).toBe('gzip');
    expect(coding('x-gzip')).toBe('gzip');
    expect(coding('*')).toBe('gzip');
    expect(coding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(coding('gzip;q=0')).toBeNull();
    expect(coding('deflate')).toBe('deflate');
    expect(coding('gzip', { 'x-no-compression': '1' })).toBeNull();
  });
});

describe('each coding', () => {
  it('has its own strong ETag, the same on every request, whichever path answers', async () => {
    for (const { label, base } of variants) {
      for (const url of URLS) {
        const tags: string[] = [];
        for (const coding of CODINGS) {
          // Three requests: a miss, the one that fills the cache, a hit.
          const seen = new Set<string>();
          for (let i = 0; i < 3; i += 1) {
            const res = await get(base, url, coding);
            expect(res.status, `${label} ${url} ${coding}`).toBe(200);
            seen.add(String(res.headers.etag));
            if (coding !== 'identity' && res.headers['content-encoding'] !== undefined) {
              expect(res.headers['content-encoding']).toBe(coding);
            }
            expect(String(res.headers.vary).toLowerCase(), `${label} ${url}`).toContain('accept-encoding');
          }
          expect([...seen], `${label} ${url} ${coding}`).toHaveLength(1);
          tags.push([...seen][0] as string);
        }
        expect(new Set(tags).size, `${label} ${url}: ${tags.join(' ')}`).toBe(3);
        for (const tag of tags) expect(tag.startsWith('W/'), tag).toBe(false);
      }
    }
  }, 60_000);

  it('answers If-None-Match with 304 across codings, carrying the tag its own 200 has', async () => {
    for (const { label, base } of variants) {
      for (const url of URLS) {
        const tagOf: Record<string, string> = {};
        for (const coding of CODINGS) tagOf[coding] = String((await get(base, url, coding)).headers.etag);
        for (const held of CODINGS) {
          for (const asked of CODINGS) {
            // Twice: once while the cache may still be filling, once from it.
            for (let i = 0; i < 2; i += 1) {
              const res = await get(base, url, asked, { 'if-none-match': tagOf[held] as string });
              expect(res.status, `${label} ${url}: held ${held}, asked ${asked}`).toBe(304);
              expect(res.headers.etag, `${label} ${url}: held ${held}, asked ${asked}`).toBe(tagOf[asked]);
              expect(res.headers['content-length']).toBeUndefined();
              expect(res.text).toBe('');
            }
          }
        }
      }
    }
  }, 60_000);
});

describe('HEAD', () => {
  it('states what its GET states: Content-Encoding, Content-Length and ETag, for every coding', async () => {
    for (const { label, base } of variants) {
      for (const url of URLS) {
        for (const coding of CODINGS) {
          const full = await get(base, url, coding);
          const head = await send(base, 'HEAD', url, { 'accept-encoding': coding });
          const what = `${label} HEAD ${url} ${coding}`;
          expect(head.status, what).toBe(200);
          expect(head.text, what).toBe('');
          expect(head.headers['content-encoding'], what).toBe(full.headers['content-encoding']);
          expect(head.headers['content-length'], what).toBe(full.headers['content-length']);
          expect(head.headers.etag, what).toBe(full.headers.etag);
          expect(head.headers['content-type'], what).toBe(full.headers['content-type']);
        }
      }
    }
  }, 60_000);
});

describe('a curator', () => {
  it('can use the tag of a compressed GET as If-Match', async () => {
    const { base } = variants[0] as (typeof variants)[number];
    const read = await get(base, '/v1/leaders/javad-owji', 'gzip');
    const tag = String(read.headers.etag);
    expect(tag).toMatch(/\.gzip"$/);
    const res = await send(
      base,
      'PATCH',
      '/v1/leaders/javad-owji',
      { authorization: bearer(), 'content-type': 'application/json', 'if-match': tag, 'accept-encoding': 'gzip' },
      JSON.stringify({ title: 'Ministre du Pétrole (probe)', reason: 'content-coding test' }),
    );
    expect(res.status, res.text).toBe(200);
  });
});
