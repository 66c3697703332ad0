import { describe, expect, it } from 'vitest';
import { exportFilename, MAX_FILENAME_STEM } from '../../src/lib/export-filename.js';
import { useTestApp } from '../helpers/app.js';
import { expectProblem } from '../helpers/http.js';

const t = useTestApp();
const get = (url: string) => t.get(url).buffer(true);
const filenameOf = (disposition: string | undefined) => /^attachment; filename="([^"]+)"$/.exec(disposition ?? '')?.[1];

describe('Export downloads are named after the resource and its filters', () => {
  it.each([
    ['/v1/claims?format=csv', 'claims.csv'],
    ['/v1/claims?country=KP&format=csv', 'claims-country-KP.csv'],
    ['/v1/countries/KP/claims?format=csv', 'claims-country-KP.csv'],
    ['/v1/countries/kp/claims?format=csv', 'claims-country-KP.csv'],
    ['/v1/countries/KP/claims?format=ndjson', 'claims-country-KP.ndjson'],
    [
      '/v1/claims?format=csv&verification=reported&country=KP,BY&sort=-claimedAt',
      'claims-country-KP-BY-verification-reported.csv',
    ],
    ['/v1/claims?verification=reported&country=KP,BY&format=csv', 'claims-country-KP-BY-verification-reported.csv'],
    ['/v1/claims?q=Cor%C3%A9e%20du%20Nord&format=csv&bom=true', 'claims-q-Coree-du-Nord.csv'],
    ['/v1/claims?q=%22a%22%3B%20filename%3D%2F..%2Fx&format=csv', 'claims-q-a-filename-..-x.csv'],
    ['/v1/countries?format=csv', 'countries.csv'],
    ['/v1/countries?format=ndjson', 'countries.ndjson'],
    ['/v1/countries/IR/trade-figures?format=csv', 'trade-figures-reporter-IR.csv'],
    ['/v1/countries/KP/leaders?format=csv', 'leaders-country-KP.csv'],
    ['/v1/leaders?format=csv', 'leaders.csv'],
    ['/v1/trade-figures?format=csv&value%5Bgte%5D=1000000000', 'trade-figures-value-gte-1000000000.csv'],
    ['/v1/sources?format=csv', 'sources.csv'],
  ])('%s downloads as %s', async (url, name) => {
    const res = await get(url);
    expect(res.status, res.text).toBe(200);
    expect(filenameOf(res.headers['content-disposition'])).toBe(name);
  });

  it('keeps names to safe characters and a bounded length, and long filters that differ get different names', () => {
    const long = (tail: string) => `/v1/claims?q=${'x'.repeat(200)}${tail}`;
    const a = exportFilename('claims', long('a'));
    const b = exportFilename('claims', long('b'));
    for (const name of [a, b]) {
      expect(name.length).toBeLessThanOrEqual(MAX_FILENAME_STEM);
      expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
    }
    expect(a).not.toBe(b);
    expect(exportFilename('claims', '/v1/claims?q=%E2%80%9Cguerre%E2%80%9D%20%C3%A9t%C3%A9')).toBe('claims-q-guerre-ete');
    expect(exportFilename('claims', '/v1/claims?q=..')).toBe('claims');
  });
});

describe('bom=true', () => {
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  const bytes = async (url: string) => {
    const res = await t
      .get(url)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return { status: res.status, body: res.body as Buffer };
  };

  it('starts a CSV with the UTF-8 byte order mark, and only when asked for', async () => {
    const withBom = await bytes('/v1/claims?format=csv&bom=true');
    expect(withBom.status).toBe(200);
    expect(withBom.body.subarray(0, 3).equals(BOM)).toBe(true);
    expect(withBom.body.subarray(3, 5).toString('utf8')).toBe('id');
    const plain = await bytes('/v1/claims?format=csv');
    expect(plain.body.subarray(0, 2).toString('utf8')).toBe('id');
    expect(withBom.body.subarray(3).equals(plain.body)).toBe(true);
    expect((await bytes('/v1/claims?format=csv&bom=false')).body.equals(plain.body)).toBe(true);
    const countries = await bytes('/v1/countries?format=csv&bom=true');
    expect(countries.body.subarray(0, 3).equals(BOM)).toBe(true);
    expect(countries.body.indexOf(BOM, 3)).toBe(-1);
  });

  it('does not touch NDJSON or JSON, and refuses values other than true and false', async () => {
    expect((await bytes('/v1/claims?format=ndjson&bom=true')).body.subarray(0, 1).toString()).toBe('{');
    expect((await bytes('/v1/claims?bom=true')).body.subarray(0, 1).toString()).toBe('{');
    expectProblem(await get('/v1/claims?format=csv&bom=yes'), 400, 'bom');
  });

  it('is documented in the spec on every list that exports CSV', async () => {
    const spec = (await t.app.inject({ url: '/openapi.json' })).json() as {
      paths: Record<string, { get?: { parameters?: { name: string; in: string; description?: string }[] } }>;
    };
    const lists = Object.entries(spec.paths).filter(([, ops]) => ops.get?.parameters?.some((p) => p.name === 'format'));
    expect(lists.length).toBeGreaterThanOrEqual(8);
    for (const [path, ops] of lists) {
      const bom = ops.get?.parameters?.find((p) => p.name === 'bom' && p.in === 'query');
      expect(bom?.description, path).toMatch(/byte order mark/);
    }
  });
});
